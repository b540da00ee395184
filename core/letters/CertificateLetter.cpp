#include "core/letters/CertificateLetter.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/disbursements/DisbursementHistory.h"
#include "core/domain/IdentityNumber.h"
#include "core/letters/IndonesianText.h"
#include "core/letters/LetterSigner.h"
#include "core/register/RegisterRepository.h"
#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tepat {

namespace {

// The register's labels in Indonesian whatever the interface language: letters are Indonesian.
template<typename E>
QString documentLabel(E value)
{
    for (const auto &e : VocabularyTable<E>::entries()) {
        if (e.value == value) {
            return QString::fromUtf8(e.label);
        }
    }
    return {};
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        out << v.toString();
    }
    return out;
}

} // namespace

QJsonObject SignatureBlock::toJson() const
{
    return {{QStringLiteral("place_date"), placeAndDate},
            {QStringLiteral("heading"), heading},
            {QStringLiteral("titles"), toArray(titleLines)},
            {QStringLiteral("name"), name},
            {QStringLiteral("rank"), rank},
            {QStringLiteral("nip"), nip}};
}

SignatureBlock SignatureBlock::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("place_date")).toString(),
            json.value(QStringLiteral("heading")).toString(),
            toList(json.value(QStringLiteral("titles"))),
            json.value(QStringLiteral("name")).toString(),
            json.value(QStringLiteral("rank")).toString(),
            json.value(QStringLiteral("nip")).toString()};
}

QJsonObject LetterContent::toJson() const
{
    QJsonArray rows;
    for (const auto &[label, value] : identity) {
        rows.append(QJsonArray{label, value});
    }
    QJsonObject json{{QStringLiteral("registered"), registered},
                     {QStringLiteral("number"), number},
                     {QStringLiteral("issued_on"), issuedOn.toString(Qt::ISODate)},
                     {QStringLiteral("letterhead"), toArray(letterhead)},
                     {QStringLiteral("contact"), toArray(contact)},
                     {QStringLiteral("logo"), logoSha256},
                     {QStringLiteral("font"), font},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("opening"), opening},
                     {QStringLiteral("identity"), rows},
                     {QStringLiteral("statements"), toArray(statements)},
                     {QStringLiteral("closing"), closing},
                     {QStringLiteral("signer"), signer.toJson()},
                     {QStringLiteral("copies_to"), toArray(copiesTo)},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("desil"), desil},
                     {QStringLiteral("qr"), qrPayload}};
    if (acknowledgement) {
        json.insert(QStringLiteral("acknowledgement"), acknowledgement->toJson());
    }
    return json;
}

LetterContent LetterContent::fromJson(const QJsonObject &json)
{
    LetterContent c;
    c.registered = json.value(QStringLiteral("registered")).toBool();
    c.number = json.value(QStringLiteral("number")).toString();
    c.issuedOn = QDate::fromString(json.value(QStringLiteral("issued_on")).toString(), Qt::ISODate);
    c.letterhead = toList(json.value(QStringLiteral("letterhead")));
    c.contact = toList(json.value(QStringLiteral("contact")));
    c.logoSha256 = json.value(QStringLiteral("logo")).toString();
    c.font = json.value(QStringLiteral("font")).toString();
    c.title = json.value(QStringLiteral("title")).toString();
    c.opening = json.value(QStringLiteral("opening")).toString();
    for (const QJsonValue &row : json.value(QStringLiteral("identity")).toArray()) {
        c.identity.append({row.toArray().at(0).toString(), row.toArray().at(1).toString()});
    }
    c.statements = toList(json.value(QStringLiteral("statements")));
    c.closing = json.value(QStringLiteral("closing")).toString();
    c.signer = SignatureBlock::fromJson(json.value(QStringLiteral("signer")).toObject());
    if (json.contains(QStringLiteral("acknowledgement"))) {
        c.acknowledgement =
            SignatureBlock::fromJson(json.value(QStringLiteral("acknowledgement")).toObject());
    }
    c.copiesTo = toList(json.value(QStringLiteral("copies_to")));
    c.name = json.value(QStringLiteral("name")).toString();
    c.desil = json.value(QStringLiteral("desil")).toInt();
    c.qrPayload = json.value(QStringLiteral("qr")).toString();
    return c;
}

QByteArray LetterContent::hash() const
{
    QJsonObject json = toJson();
    json.remove(QStringLiteral("qr"));
    return QCryptographicHash::hash(QJsonDocument(json).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

QStringList CertificateForm::religions()
{
    return {QStringLiteral("Islam"),
            QStringLiteral("Kristen"),
            QStringLiteral("Katolik"),
            QStringLiteral("Hindu"),
            QStringLiteral("Buddha"),
            QStringLiteral("Khonghucu"),
            QStringLiteral("Kepercayaan terhadap Tuhan YME")};
}

QStringList CertificateForm::suggestedPurposes()
{
    return {defaultPurpose(),
            QStringLiteral("pendaftaran sekolah melalui jalur afirmasi"),
            QStringLiteral("pengajuan Kartu Indonesia Pintar (KIP)"),
            QStringLiteral("pengaktifan kembali kepesertaan PBI-JK BPJS Kesehatan"),
            QStringLiteral("keringanan biaya perawatan di rumah sakit"),
            QStringLiteral("pengajuan beasiswa")};
}

Result<CertificateSubject> CertificateComposer::fromRegister(const Database &db,
                                                             const QString &personId)
{
    const RegisterRepository repo(db, Clock::system());
    const Result<Person> person = repo.person(personId.trimmed());
    if (!person) {
        return person.error();
    }
    const Result<Household> household = repo.household(person->householdId);
    if (!household) {
        return household.error();
    }
    if (person->status == PersonStatus::Deceased) {
        return Error{QStringLiteral("letter.deceased"),
                     tr("%1 tercatat meninggal dunia; surat keterangan DTSEN tidak dapat dibuat "
                        "untuknya.")
                         .arg(person->name)};
    }
    CertificateSubject s;
    s.personId = person->id;
    s.householdId = household->id;
    s.name = person->name;
    s.nik = person->nik;
    s.kkNumber = household->kkNumber;
    s.sex = person->sex;
    s.birthPlace = person->birthPlace;
    s.birthDate = person->birthDate;
    s.occupation = person->occupation;
    s.maritalStatus = person->maritalStatus;
    s.address = household->address;
    s.rt = household->rt;
    s.rw = household->rw;
    s.desil = household->desil;
    s.desilAsOf = household->desilAsOf;
    s.registered =
        person->status == PersonStatus::Active && household->status == HouseholdStatus::Active;
    if (person->status != PersonStatus::Active) {
        s.statusNote =
            QStringLiteral("status dalam data: ") + documentLabel(person->status).toLower();
    } else if (household->status != HouseholdStatus::Active) {
        s.statusNote = QStringLiteral("status keluarga dalam data: ") +
                       documentLabel(household->status).toLower();
    }
    const Result<QList<ProgramMembership>> programs = repo.programs(household->id);
    if (!programs) {
        return programs.error();
    }
    for (const ProgramMembership &m : *programs) {
        if (!m.until.isValid() && !s.programs.contains(m.program)) {
            s.programs.append(m.program);
        }
    }
    const Result<std::optional<Disbursement>> last =
        DisbursementHistory(db, Clock::system()).latest(household->id);
    if (!last) {
        return last.error();
    }
    if (*last) {
        s.lastDisbursement = DisbursementText::documentText(**last, documentLabel((*last)->program),
                                                            indonesian::date((*last)->date));
    }
    return s;
}

QDate CertificateComposer::dataDate(const Database &db)
{
    QDate date = QDate::fromString(db.setting(QStringLiteral("data_date")), Qt::ISODate);
    // The sync records its last successful pull here; a newer pull is a newer data date.
    Result<QSqlQuery> q =
        db.query(QStringLiteral("SELECT value FROM replica_state WHERE key = 'last_pull_at'"));
    if (q && q->next()) {
        const QDate pulled = parseStoredTime(q->value(0).toString()).toLocalTime().date();
        if (pulled.isValid() && (!date.isValid() || pulled > date)) {
            date = pulled;
        }
    }
    return date;
}

TemplateText::Values CertificateComposer::values(const CertificateSubject &s,
                                                 const CertificateForm &form,
                                                 const LetterSettings &settings,
                                                 const QString &number, QDate issuedOn,
                                                 QDate dataDate)
{
    const Letterhead &h = settings.letterhead;
    QStringList programs;
    for (Program p : s.programs) {
        programs << documentLabel(p);
    }
    const QString purpose = form.purpose.trimmed().isEmpty() ? CertificateForm::defaultPurpose()
                                                             : form.purpose.trimmed();
    return {
        {QStringLiteral("nama"), s.name},
        {QStringLiteral("nik"), s.nik},
        {QStringLiteral("no_kk"), s.kkNumber},
        {QStringLiteral("jenis_kelamin"), s.sex == Sex::Unknown ? QString() : documentLabel(s.sex)},
        {QStringLiteral("tempat_lahir"), s.birthPlace},
        {QStringLiteral("tanggal_lahir"), indonesian::date(s.birthDate)},
        {QStringLiteral("agama"), form.religion},
        {QStringLiteral("pekerjaan"), s.occupation},
        {QStringLiteral("status_perkawinan"),
         s.maritalStatus == MaritalStatus::Unknown ? QString() : documentLabel(s.maritalStatus)},
        {QStringLiteral("alamat"), s.address},
        {QStringLiteral("rt"), s.rt},
        {QStringLiteral("rw"), s.rw},
        {QStringLiteral("kelurahan"), h.village},
        {QStringLiteral("jenis_wilayah"), h.villageKind()},
        {QStringLiteral("kecamatan"), h.district},
        {QStringLiteral("kabupaten"), h.regency},
        {QStringLiteral("id_dtks"), s.registered ? s.householdId : QString()},
        {QStringLiteral("desil"), s.desil > 0 ? QString::number(s.desil) : QString()},
        {QStringLiteral("program"), indonesian::joinList(programs)},
        {QStringLiteral("penyaluran_terakhir"), s.lastDisbursement},
        {QStringLiteral("tanggal_data"), indonesian::date(dataDate)},
        {QStringLiteral("keterangan_data"), s.statusNote},
        {QStringLiteral("keperluan"), purpose},
        {QStringLiteral("nomor_pengantar"), form.coverLetterNumber},
        {QStringLiteral("tanggal_pengantar"), indonesian::date(form.coverLetterDate)},
        {QStringLiteral("berlaku_sampai"),
         indonesian::date(issuedOn.addMonths(settings.validityMonths))},
        {QStringLiteral("nomor_surat"), number},
        {QStringLiteral("tanggal_surat"), indonesian::date(issuedOn)},
        {QStringLiteral("jabatan_penandatangan"), settings.signer.statedPosition()},
        {QStringLiteral("nama_penandatangan"), settings.signer.name},
    };
}

LetterContent CertificateComposer::compose(const CertificateSubject &s, const CertificateForm &form,
                                           const LetterSettings &settings, const QString &number,
                                           QDate issuedOn, QDate dataDate)
{
    const TemplateText::Values v = values(s, form, settings, number, issuedOn, dataDate);
    const auto fill = [&v](const char *text) {
        const QString filled = TemplateText::fill(QString::fromUtf8(text), v);
        return filled.isEmpty() ? TemplateText::kMissing.toString() : filled;
    };
    LetterContent c;
    c.registered = s.registered;
    c.number = number;
    c.issuedOn = issuedOn;
    c.letterhead = settings.letterhead.lines();
    c.contact = settings.letterhead.contactLines();
    c.logoSha256 = settings.letterhead.logoSha256;
    c.font = settings.font;
    c.title = QStringLiteral("SURAT KETERANGAN");
    c.opening = TemplateText::fill(settings.templates.opening, v);
    c.identity = {
        {QStringLiteral("Nama"), fill("{nama}")},
        {QStringLiteral("NIK"), fill("{nik}")},
        {QStringLiteral("No. KK"), fill("{no_kk}")},
        {QStringLiteral("Jenis Kelamin"), fill("{jenis_kelamin}")},
        {QStringLiteral("Tempat/Tgl. Lahir"), fill("[[{tempat_lahir}, ]][[{tanggal_lahir}]]")},
        {QStringLiteral("Agama"), fill("{agama}")},
        {QStringLiteral("Pekerjaan"), fill("{pekerjaan}")},
        {QStringLiteral("Status Perkawinan"), fill("{status_perkawinan}")},
        {QStringLiteral("Alamat"), fill("[[{alamat}]][[ RT {rt}]][[/RW {rw}]]")},
        {settings.letterhead.villageKind(), fill("{kelurahan}")},
        {QStringLiteral("Kecamatan"), fill("{kecamatan}")},
        {QStringLiteral("Kabupaten/Kota"), fill("{kabupaten}")},
    };
    c.statements = {TemplateText::fill(s.registered ? settings.templates.registered
                                                    : settings.templates.notRegistered,
                                       v),
                    TemplateText::fill(settings.templates.purpose, v)};
    c.closing = TemplateText::fill(settings.templates.closing, v);
    c.signer.placeAndDate = TemplateText::fill(
        QStringLiteral("[[%1, ]]{tanggal_surat}").arg(settings.place.trimmed()), v);
    c.signer.titleLines = settings.signer.titleLines();
    c.signer.name = settings.signer.name.trimmed();
    c.signer.rank = settings.signer.rank.trimmed();
    c.signer.nip = settings.signer.nip.trimmed();
    if (settings.camatBlock) {
        SignatureBlock camat;
        camat.heading = QStringLiteral("Mengetahui,");
        camat.titleLines = {QStringLiteral("Camat ") + settings.letterhead.district + u','};
        camat.name = settings.camatName.trimmed();
        camat.rank = settings.camatRank.trimmed();
        camat.nip = settings.camatNip.trimmed();
        c.acknowledgement = camat;
    }
    c.copiesTo = settings.copiesTo;
    c.name = s.name;
    c.desil = s.registered ? s.desil : 0;
    return c;
}

CertificateService::CertificateService(const Database &db, const Clock &clock,
                                       const Session &session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{}

Findings CertificateService::review(const CertificateSubject &s) const
{
    Findings findings;
    if (s.name.trimmed().isEmpty()) {
        findings.append({Severity::Error, QStringLiteral("letter.name_missing"),
                         tr("Nama warga belum diisi."), QStringLiteral("name")});
    }
    if (!s.personId.isEmpty()) {
        return findings;
    }
    // A resident typed in at the counter: the NIK must be valid and not in the register, or
    // the letter would wrongly say "not registered".
    IdentityCheck nik =
        IdentityNumberValidator(IdentityNumberValidator::Kind::Nik, m_clock).check(s.nik);
    if (nik.findings.isEmpty() && nik.digits.isEmpty()) {
        nik.findings.append({Severity::Error, QStringLiteral("nik.invalid"), tr("NIK tidak sah.")});
    }
    if (nik.acceptable()) {
        IdentityNumberValidator::compareWithRecord(nik, s.birthDate, s.sex);
    }
    for (Finding f : std::as_const(nik.findings)) {
        if (f.field.isEmpty()) {
            f.field = f.code == QLatin1String("nik.birth_date_mismatch")
                          ? QStringLiteral("birth_date")
                      : f.code == QLatin1String("nik.sex_mismatch") ? QStringLiteral("sex")
                                                                    : QStringLiteral("nik");
        }
        findings.append(f);
    }
    if (!nik.acceptable()) {
        return findings;
    }
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT 1 FROM person WHERE nik = ?"), {nik.digits});
    if (!q) {
        findings.append({Severity::Error, q.error().code, q.error().message});
    } else if (q->next()) {
        findings.append({Severity::Error, QStringLiteral("letter.nik_in_register"),
                         tr("NIK ini ada dalam data DTSEN. Pilih orangnya lewat pencarian "
                            "agar surat memuat data yang tercatat."),
                         QStringLiteral("nik")});
    }
    return findings;
}

Status CertificateService::checkSubject(const CertificateSubject &s) const
{
    const Findings findings = review(s);
    QStringList warnings;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error) {
            const QString code = f.code.startsWith(QLatin1String("nik."))
                                     ? QStringLiteral("letter.nik_invalid")
                                     : f.code;
            return Error{code, f.message};
        }
        warnings << f.message;
    }
    if (!warnings.isEmpty() && !s.warningsAcknowledged) {
        return Error{QStringLiteral("letter.warning_unacknowledged"),
                     tr("%1 Periksa KTP/KK warga; bila datanya memang benar, centang "
                        "\"Data sudah diperiksa\" lalu lanjutkan.")
                         .arg(warnings.join(u' '))};
    }
    return {};
}

CertificateSubject CertificateService::completedFromNik(const CertificateSubject &subject,
                                                        const Clock &clock)
{
    CertificateSubject s = subject;
    if (!s.personId.isEmpty()) {
        return s;
    }
    const IdentityCheck nik =
        IdentityNumberValidator(IdentityNumberValidator::Kind::Nik, clock).check(s.nik);
    if (!nik.acceptable()) {
        return s;
    }
    s.nik = nik.digits;
    if (!s.birthDate.isValid()) {
        s.birthDate = nik.date;
    }
    if (s.sex == Sex::Unknown) {
        s.sex = nik.sex;
    }
    return s;
}

Result<CertificateService::Prepared>
CertificateService::prepare(const CertificateSubject &subject, const LetterSettings &settings) const
{
    if (const Status allowed = m_session.require(Permission::PrintLetters); !allowed) {
        return allowed.error();
    }
    if (const Status s = checkSubject(subject); !s) {
        return s.error();
    }
    if (const Status s = settings.validate(); !s) {
        return s.error();
    }
    Prepared p;
    p.dataDate = CertificateComposer::dataDate(m_db);
    if (!p.dataDate.isValid()) {
        return Error{QStringLiteral("letter.no_data_date"),
                     tr("Tanggal data DTSEN belum diketahui. Muat snapshot atau lakukan "
                        "sinkronisasi dulu.")};
    }
    for (const Finding &f : review(subject)) {
        p.warnings << f.code;
    }
    p.subject = completedFromNik(subject, m_clock);
    return p;
}

Result<LetterContent> CertificateService::preview(const CertificateSubject &subject,
                                                  const CertificateForm &form,
                                                  const LetterSettings &settings) const
{
    const Result<Prepared> p = prepare(subject, settings);
    if (!p) {
        return p.error();
    }
    return CertificateComposer::compose(p->subject, form, settings, pendingNumber(),
                                        m_clock.today(), p->dataDate);
}

Result<LetterRecord> CertificateService::issue(const CertificateSubject &input,
                                               const CertificateForm &form,
                                               const LetterSettings &settings) const
{
    const Result<Prepared> prepared = prepare(input, settings);
    if (!prepared) {
        return prepared.error();
    }
    const CertificateSubject &subject = prepared->subject;
    const QDate dataDate = prepared->dataDate;
    NewLetter letter;
    letter.kind = LetterKind::Certificate;
    letter.numbering = settings.numbering(settings.codeCertificate);
    letter.issuedOn = m_clock.today();
    letter.registered = subject.registered;
    letter.personId = subject.personId;
    letter.subjectName = subject.name;
    letter.purpose = form.purpose.trimmed().isEmpty() ? CertificateForm::defaultPurpose()
                                                      : form.purpose.trimmed();
    letter.acknowledgedWarnings = prepared->warnings;
    const LetterSigner signer(m_db, m_clock);
    return LetterRegister(m_db, m_clock)
        .issue(letter, m_session.username(),
               [&](const LetterRecord &numbered) -> Result<LetterSeal> {
                   LetterContent content = CertificateComposer::compose(
                       subject, form, settings, numbered.number, numbered.issuedOn, dataDate);
                   const QByteArray hash = content.hash();
                   const Result<QString> payload =
                       signer.sign({content.number, content.issuedOn, content.registered,
                                    content.name, content.desil, hash});
                   if (!payload) {
                       return payload.error();
                   }
                   content.qrPayload = signer.qrText(*payload);
                   const QStringList fields = payload->split(u'|');
                   return LetterSeal{content.toJson(), QString::fromLatin1(hash.toHex()),
                                     fields.value(7), fields.value(8)};
               });
}

Status CertificateService::voidLetter(qint64 letterId, const QString &reason) const
{
    if (const Status allowed = m_session.require(Permission::PrintLetters); !allowed) {
        return allowed;
    }
    return LetterRegister(m_db, m_clock).voidLetter(letterId, m_session.username(), reason);
}

Status CertificateService::recordPrint(qint64 letterId, bool copy, Paper paper,
                                       const QString &target) const
{
    if (const Status allowed = m_session.require(Permission::PrintLetters); !allowed) {
        return allowed;
    }
    return LetterRegister(m_db, m_clock)
        .recordPrint(letterId, m_session.username(), copy, PaperInfo::code(paper), target);
}

} // namespace tepat
