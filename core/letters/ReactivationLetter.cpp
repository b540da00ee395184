#include "core/letters/ReactivationLetter.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/letters/IndonesianText.h"
#include "core/letters/LetterSigner.h"
#include "core/storage/Database.h"

namespace tepat {

namespace {

struct ReasonInfo
{
    ReactivationReason reason;
    const char *code;
    const char *label;    // the form (translated)
    const char *document; // the letter (Indonesian by law)
};

const ReasonInfo kReasons[] = {
    {ReactivationReason::SickInTreatment, "sick_in_treatment",
     QT_TRANSLATE_NOOP("ReactivationForm", "Sakit dan sedang menjalani perawatan"),
     "sedang sakit dan menjalani perawatan"},
    {ReactivationReason::ChronicIllness, "chronic_illness",
     QT_TRANSLATE_NOOP("ReactivationForm", "Penyakit kronis yang perlu pengobatan rutin"),
     "menderita penyakit kronis yang memerlukan pengobatan rutin"},
    {ReactivationReason::Poor, "poor",
     QT_TRANSLATE_NOOP("ReactivationForm", "Miskin atau rentan miskin"),
     "termasuk warga miskin atau rentan miskin"},
    {ReactivationReason::Disabled, "disabled",
     QT_TRANSLATE_NOOP("ReactivationForm", "Penyandang disabilitas"),
     "merupakan penyandang disabilitas"},
    {ReactivationReason::Elderly, "elderly",
     QT_TRANSLATE_NOOP("ReactivationForm", "Lanjut usia tanpa penghasilan"),
     "berusia lanjut dan tidak berpenghasilan"},
};

QString documentLabel(Sex sex)
{
    return sex == Sex::Male     ? QStringLiteral("Laki-laki")
           : sex == Sex::Female ? QStringLiteral("Perempuan")
                                : QString();
}

} // namespace

QList<ReactivationReason> ReactivationForm::allReasons()
{
    QList<ReactivationReason> out;
    for (const ReasonInfo &r : kReasons) {
        out << r.reason;
    }
    return out;
}

QString ReactivationForm::reasonCode(ReactivationReason reason)
{
    for (const ReasonInfo &r : kReasons) {
        if (r.reason == reason) {
            return QLatin1String(r.code);
        }
    }
    return {};
}

std::optional<ReactivationReason> ReactivationForm::reasonFromCode(QStringView code)
{
    for (const ReasonInfo &r : kReasons) {
        if (code == QLatin1String(r.code)) {
            return r.reason;
        }
    }
    return std::nullopt;
}

QString ReactivationForm::reasonLabel(ReactivationReason reason)
{
    for (const ReasonInfo &r : kReasons) {
        if (r.reason == reason) {
            return QCoreApplication::translate("ReactivationForm", r.label);
        }
    }
    return {};
}

QString ReactivationForm::documentReason(ReactivationReason reason)
{
    for (const ReasonInfo &r : kReasons) {
        if (r.reason == reason) {
            return QString::fromUtf8(r.document);
        }
    }
    return {};
}

TemplateText::Values ReactivationComposer::values(const CertificateSubject &s,
                                                  const ReactivationForm &form,
                                                  const LetterSettings &settings,
                                                  const QString &number, QDate issuedOn,
                                                  QDate dataDate)
{
    TemplateText::Values v =
        CertificateComposer::values(s, CertificateForm{}, settings, number, issuedOn, dataDate);
    QStringList reasons;
    for (ReactivationReason r : form.reasons) {
        reasons << ReactivationForm::documentReason(r);
    }
    v.insert(QStringLiteral("alasan"), indonesian::joinList(reasons));
    v.insert(QStringLiteral("faskes"), form.facility.trimmed());
    v.insert(QStringLiteral("catatan"), form.note.trimmed());
    v.insert(QStringLiteral("tanggal_desil"), indonesian::date(s.desilAsOf));
    v.insert(QStringLiteral("status_pbi"),
             s.desil >= 6 ? QStringLiteral("kepesertaan PBI-JK desil 6–10 "
                                           "dinonaktifkan berdasarkan Keputusan Menteri Sosial "
                                           "Nomor 03/HUK/2026")
                          : QString());
    v.insert(QStringLiteral("nomor_pengantar"), form.coverLetterNumber);
    v.insert(QStringLiteral("tanggal_pengantar"), indonesian::date(form.coverLetterDate));
    v.insert(QStringLiteral("berlaku_sampai"),
             indonesian::date(issuedOn.addMonths(kValidityMonths)));
    return v;
}

LetterContent ReactivationComposer::compose(const CertificateSubject &s,
                                            const ReactivationForm &form,
                                            const LetterSettings &settings, const QString &number,
                                            QDate issuedOn, QDate dataDate)
{
    const TemplateText::Values v = values(s, form, settings, number, issuedOn, dataDate);
    // The kop, signer, acknowledgement and tembusan exactly as the surat keterangan has them.
    LetterContent c =
        CertificateComposer::compose(s, CertificateForm{}, settings, number, issuedOn, dataDate);
    const auto fill = [&v](const char *text) {
        const QString filled = TemplateText::fill(QString::fromUtf8(text), v);
        return filled.isEmpty() ? TemplateText::kMissing.toString() : filled;
    };
    c.title = QStringLiteral("SURAT REKOMENDASI REAKTIVASI PBI-JK");
    const ReactivationTemplates &t = settings.reactivation;
    c.opening = TemplateText::fill(t.opening, v);
    c.identity = {
        {QStringLiteral("Nama"), fill("{nama}")},
        {QStringLiteral("NIK"), fill("{nik}")},
        {QStringLiteral("No. KK"), fill("{no_kk}")},
        {QStringLiteral("Jenis Kelamin"),
         documentLabel(s.sex).isEmpty() ? TemplateText::kMissing.toString() : documentLabel(s.sex)},
        {QStringLiteral("Tempat/Tgl. Lahir"), fill("[[{tempat_lahir}, ]][[{tanggal_lahir}]]")},
        {QStringLiteral("Alamat"), fill("[[{alamat}]][[ RT {rt}]][[/RW {rw}]]")},
        {settings.letterhead.villageKind(), fill("{kelurahan}")},
    };
    c.statements = {TemplateText::fill(t.registered, v), TemplateText::fill(t.recommendation, v)};
    c.closing = TemplateText::fill(t.closing, v);
    return c;
}

ReactivationService::ReactivationService(const Database &db, const Clock &clock,
                                         const Session &session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{}

Status ReactivationService::check(const CertificateSubject &s, const ReactivationForm &form) const
{
    if (const Status allowed = m_session.require(Permission::PrintLetters); !allowed) {
        return allowed;
    }
    if (s.personId.isEmpty()) {
        return Error{QStringLiteral("reactivation.not_in_register"),
                     tr("Surat rekomendasi reaktivasi PBI-JK hanya untuk warga yang ada dalam "
                        "data DTSEN. Cari warganya lewat pencarian.")};
    }
    if (!s.registered) {
        return Error{QStringLiteral("reactivation.not_active"),
                     tr("%1 tidak aktif dalam data DTSEN (%2); rekomendasi reaktivasi tidak dapat "
                        "dibuat.")
                         .arg(s.name, s.statusNote)};
    }
    if (form.reasons.isEmpty()) {
        return Error{QStringLiteral("reactivation.reason_missing"),
                     tr("Pilih paling sedikit satu alasan reaktivasi (misalnya sakit dan sedang "
                        "dirawat).")};
    }
    return {};
}

Result<LetterContent> ReactivationService::preview(const CertificateSubject &subject,
                                                   const ReactivationForm &form,
                                                   const LetterSettings &settings) const
{
    if (const Status s = check(subject, form); !s) {
        return s.error();
    }
    if (const Status s = settings.validate(); !s) {
        return s.error();
    }
    return ReactivationComposer::compose(subject, form, settings,
                                         CertificateService::pendingNumber(), m_clock.today(),
                                         CertificateComposer::dataDate(m_db));
}

Result<LetterRecord> ReactivationService::issue(const CertificateSubject &subject,
                                                const ReactivationForm &form,
                                                const LetterSettings &settings) const
{
    if (const Status s = check(subject, form); !s) {
        return s.error();
    }
    if (const Status s = settings.validate(); !s) {
        return s.error();
    }
    const QDate dataDate = CertificateComposer::dataDate(m_db);
    if (!dataDate.isValid()) {
        return Error{QStringLiteral("letter.no_data_date"),
                     tr("Tanggal data DTSEN belum diketahui. Muat snapshot atau lakukan "
                        "sinkronisasi dulu.")};
    }
    NewLetter letter;
    letter.kind = LetterKind::Reactivation;
    letter.numbering = settings.numbering(settings.codeCertificate);
    letter.issuedOn = m_clock.today();
    letter.registered = true;
    letter.personId = subject.personId;
    letter.subjectName = subject.name;
    letter.purpose = QStringLiteral("reaktivasi PBI-JK");
    const LetterSigner signer(m_db, m_clock);
    return LetterRegister(m_db, m_clock)
        .issue(letter, m_session.username(),
               [&](const LetterRecord &numbered) -> Result<LetterSeal> {
                   LetterContent content = ReactivationComposer::compose(
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

Result<QList<LetterRecord>> ReactivationService::issueAll(const QStringList &personIds,
                                                          const ReactivationForm &form,
                                                          const LetterSettings &settings) const
{
    QList<LetterRecord> issued;
    for (const QString &id : personIds) {
        const Result<CertificateSubject> subject = CertificateComposer::fromRegister(m_db, id);
        if (!subject) {
            return subject.error();
        }
        Result<LetterRecord> letter = issue(*subject, form, settings);
        if (!letter) {
            return letter.error();
        }
        issued.append(std::move(letter.value()));
    }
    return issued;
}

} // namespace tepat
