#include "core/letters/LetterSettings.h"

#include "core/domain/RegionDirectory.h"
#include "core/letters/IndonesianText.h"
#include "core/letters/TemplateText.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tepat {

namespace {

// Document wording is Indonesian by law and by design: it is not translated (see
// IndonesianText.h); operators change it in Pengaturan › Surat & kop.
const char *const kOpening =
    "Yang bertanda tangan di bawah ini, {jabatan_penandatangan}, Kecamatan {kecamatan}, "
    "{kabupaten}[[, berdasarkan Surat Pengantar Ketua RT/RW[[ {rt}/{rw}]] Nomor {nomor_pengantar}"
    "[[ tanggal {tanggal_pengantar}]]]], dengan ini menerangkan bahwa:";
const char *const kRegistered =
    "Berdasarkan Data Terpadu Kesejahteraan Sosial/Data Tunggal Sosial Ekonomi Nasional "
    "(DTKS/DTSEN) per tanggal {tanggal_data}, nama tersebut di atas beserta keluarganya BENAR "
    "TERDAFTAR dalam DTKS/DTSEN dengan ID DTKS {id_dtks}[[ pada desil {desil}]]. Program bantuan "
    "sosial yang tercatat untuk keluarga tersebut: {program|tidak ada}.[[ Penyaluran bantuan "
    "terakhir: {penyaluran_terakhir}.]]";
const char *const kNotRegistered =
    "Berdasarkan Data Terpadu Kesejahteraan Sosial/Data Tunggal Sosial Ekonomi Nasional "
    "(DTKS/DTSEN) per tanggal {tanggal_data}, nama tersebut di atas TIDAK TERDAFTAR dalam "
    "DTKS/DTSEN[[ ({keterangan_data})]].";
const char *const kPurpose = "Surat keterangan ini diberikan untuk keperluan {keperluan} dan "
                             "berlaku sampai dengan tanggal {berlaku_sampai}.";
const char *const kClosing = "Demikian surat keterangan ini dibuat dengan sebenarnya untuk "
                             "dipergunakan sebagaimana mestinya.";

QString key(const char *name)
{
    return QStringLiteral("letters.") + QLatin1String(name);
}

QString authorityCode(SignerAuthority a)
{
    switch (a) {
    case SignerAuthority::Own:
        return QStringLiteral("own");
    case SignerAuthority::OnBehalf:
        return QStringLiteral("an");
    case SignerAuthority::UnderInstruction:
        return QStringLiteral("ub");
    case SignerAuthority::Acting:
        return QStringLiteral("plt");
    case SignerAuthority::Daily:
        return QStringLiteral("plh");
    }
    return {};
}

SignerAuthority authorityFromCode(const QString &code)
{
    for (SignerAuthority a : {SignerAuthority::OnBehalf, SignerAuthority::UnderInstruction,
                              SignerAuthority::Acting, SignerAuthority::Daily}) {
        if (authorityCode(a) == code) {
            return a;
        }
    }
    return SignerAuthority::Own;
}

// The surat rekomendasi reaktivasi PBI-JK.
const char *const kReactivationOpening =
    "Yang bertanda tangan di bawah ini, {jabatan_penandatangan}, Kecamatan {kecamatan}, "
    "{kabupaten}[[, berdasarkan Surat Pengantar Ketua RT/RW[[ {rt}/{rw}]] Nomor {nomor_pengantar}"
    "[[ tanggal {tanggal_pengantar}]]]], dengan ini memberikan rekomendasi kepada:";
const char *const kReactivationRegistered =
    "Berdasarkan Data Tunggal Sosial Ekonomi Nasional (DTSEN) per tanggal {tanggal_data}, nama "
    "tersebut di atas terdaftar dengan ID DTSEN {id_dtks}[[ pada desil {desil}[[ per "
    "{tanggal_desil}]]]][[; {status_pbi}]].";
// The reasons and the recommendation in one paragraph, so the letter keeps to one page.
const char *const kReactivationRecommendation =
    "Berdasarkan pengecekan kami, yang bersangkutan {alasan}[[, dirawat di {faskes}]][[ "
    "({catatan})]]. Oleh karena itu kami merekomendasikan agar kepesertaan Penerima Bantuan "
    "Iuran Jaminan Kesehatan (PBI-JK) BPJS Kesehatan yang bersangkutan diaktifkan kembali "
    "selama 6 (enam) bulan, sampai dengan tanggal {berlaku_sampai}.";
const char *const kReactivationClosing =
    "Demikian surat rekomendasi ini dibuat dengan sebenarnya untuk "
    "dipergunakan sebagaimana mestinya.";

// Each part of a template set must be filled and use only the given placeholders.
Status validateParts(std::initializer_list<std::pair<const char *, const QString *>> parts,
                     const QStringList &placeholders)
{
    for (const auto &[name, text] : parts) {
        if (text->trimmed().isEmpty()) {
            return Error{
                QStringLiteral("template.empty"),
                LetterSettings::tr("Templat \"%1\" kosong.").arg(LetterSettings::tr(name))};
        }
        if (const Status s = TemplateText::validate(*text, placeholders); !s) {
            return Error{s.error().code, LetterSettings::tr("Templat \"%1\": %2")
                                             .arg(LetterSettings::tr(name), s.error().message)};
        }
    }
    return {};
}

} // namespace

QString PaperInfo::code(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QStringLiteral("A4");
    case Paper::F4:
        return QStringLiteral("F4");
    case Paper::F4Narrow:
        return QStringLiteral("F4-210");
    }
    return {};
}

std::optional<Paper> PaperInfo::fromCode(QStringView code)
{
    for (Paper p : all()) {
        if (code.compare(PaperInfo::code(p), Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return std::nullopt;
}

QString PaperInfo::label(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return tr("A4 (210 × 297 mm)");
    case Paper::F4:
        return tr("F4 (215 × 330 mm)");
    case Paper::F4Narrow:
        return tr("F4/Folio (210 × 330 mm)");
    }
    return {};
}

QSizeF PaperInfo::sizeMm(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return {210, 297};
    case Paper::F4:
        return {215, 330};
    case Paper::F4Narrow:
        return {210, 330};
    }
    return {210, 297};
}

QString Letterhead::villageKind() const
{
    return desa ? QStringLiteral("Desa") : QStringLiteral("Kelurahan");
}

QString Letterhead::headTitle() const
{
    return desa ? QStringLiteral("Kepala Desa") : QStringLiteral("Lurah");
}

QStringList Letterhead::lines() const
{
    QStringList out;
    if (!regency.trimmed().isEmpty()) {
        out << QStringLiteral("PEMERINTAH ") + regency.trimmed().toUpper();
    }
    if (!district.trimmed().isEmpty()) {
        out << QStringLiteral("KECAMATAN ") + district.trimmed().toUpper();
    }
    out << (villageKind() + u' ' + village.trimmed()).toUpper();
    return out;
}

QStringList Letterhead::contactLines() const
{
    QStringList first;
    if (!address.trimmed().isEmpty()) {
        first << address.trimmed();
    }
    if (!postalCode.trimmed().isEmpty()) {
        first << QStringLiteral("Kode Pos ") + postalCode.trimmed();
    }
    QStringList second;
    if (!phone.trimmed().isEmpty()) {
        second << QStringLiteral("Telp. ") + phone.trimmed();
    }
    if (!email.trimmed().isEmpty()) {
        second << QStringLiteral("Surel: ") + email.trimmed();
    }
    QStringList out;
    for (const QStringList &line : {first, second}) {
        if (!line.isEmpty()) {
            out << line.join(QStringLiteral(", "));
        }
    }
    return out;
}

QStringList Signer::titleLines() const
{
    const QString own = position.trimmed();
    const QString boss = principal.trimmed().isEmpty() ? own : principal.trimmed();
    switch (authority) {
    case SignerAuthority::Own:
        return {own + u','};
    case SignerAuthority::OnBehalf:
        return {QStringLiteral("a.n. ") + boss, own + u','};
    case SignerAuthority::UnderInstruction:
        if (intermediate.trimmed().isEmpty()) {
            return {QStringLiteral("a.n. ") + boss, QStringLiteral("u.b."), own + u','};
        }
        return {QStringLiteral("a.n. ") + boss, intermediate.trimmed(), QStringLiteral("u.b."),
                own + u','};
    case SignerAuthority::Acting:
        return {QStringLiteral("Plt. ") + boss + u','};
    case SignerAuthority::Daily:
        return {QStringLiteral("Plh. ") + boss + u','};
    }
    return {own + u','};
}

QString Signer::statedPosition() const
{
    if (authority == SignerAuthority::Own || principal.trimmed().isEmpty()) {
        return position.trimmed();
    }
    return principal.trimmed();
}

LetterTemplates LetterTemplates::defaults()
{
    return {QString::fromUtf8(kOpening), QString::fromUtf8(kRegistered),
            QString::fromUtf8(kNotRegistered), QString::fromUtf8(kPurpose),
            QString::fromUtf8(kClosing)};
}

QStringList LetterTemplates::placeholders()
{
    static const QStringList all =
        QString::fromLatin1(
            "nama nik no_kk jenis_kelamin tempat_lahir tanggal_lahir "
            "agama pekerjaan status_perkawinan alamat rt rw kelurahan "
            "jenis_wilayah kecamatan kabupaten id_dtks desil program penyaluran_terakhir "
            "tanggal_data keterangan_data keperluan nomor_pengantar "
            "tanggal_pengantar berlaku_sampai nomor_surat tanggal_surat "
            "jabatan_penandatangan nama_penandatangan")
            .split(u' ');
    return all;
}

Status LetterTemplates::validate() const
{
    return validateParts(
        {{QT_TRANSLATE_NOOP("LetterSettings", "Pembuka"), &opening},
         {QT_TRANSLATE_NOOP("LetterSettings", "Pernyataan terdaftar"), &registered},
         {QT_TRANSLATE_NOOP("LetterSettings", "Pernyataan tidak terdaftar"), &notRegistered},
         {QT_TRANSLATE_NOOP("LetterSettings", "Keperluan dan masa berlaku"), &purpose},
         {QT_TRANSLATE_NOOP("LetterSettings", "Penutup"), &closing}},
        placeholders());
}

ReactivationTemplates ReactivationTemplates::defaults()
{
    return {QString::fromUtf8(kReactivationOpening), QString::fromUtf8(kReactivationRegistered),
            QString::fromUtf8(kReactivationRecommendation),
            QString::fromUtf8(kReactivationClosing)};
}

QStringList ReactivationTemplates::placeholders()
{
    static const QStringList all =
        LetterTemplates::placeholders() +
        QString::fromLatin1("alasan faskes catatan tanggal_desil status_pbi").split(u' ');
    return all;
}

Status ReactivationTemplates::validate() const
{
    return validateParts(
        {{QT_TRANSLATE_NOOP("LetterSettings", "Pembuka rekomendasi PBI-JK"), &opening},
         {QT_TRANSLATE_NOOP("LetterSettings", "Data DTSEN rekomendasi PBI-JK"), &registered},
         {QT_TRANSLATE_NOOP("LetterSettings", "Alasan dan rekomendasi PBI-JK"), &recommendation},
         {QT_TRANSLATE_NOOP("LetterSettings", "Penutup rekomendasi PBI-JK"), &closing}},
        placeholders());
}

LetterSettings LetterSettings::defaults(const QString &villageCode)
{
    LetterSettings s;
    const std::optional<Village> village = RegionDirectory::instance().village(villageCode);
    if (village) {
        s.letterhead.regency = indonesian::titleCase(village->regencyName);
        s.letterhead.district = indonesian::titleCase(village->districtName);
        s.letterhead.village = indonesian::titleCase(village->name);
        // Kemendagri codes: 1xxx is a kelurahan, 2xxx a desa.
        s.letterhead.desa = village->code.section(u'.', 3, 3).startsWith(u'2');
    }
    const Letterhead &h = s.letterhead;
    s.signer.position = h.headTitle() + u' ' + h.village;
    s.signer.principal = s.signer.position;
    s.signer.intermediate =
        (h.desa ? QStringLiteral("Sekretaris Desa") : QStringLiteral("Sekretaris Kelurahan"));
    QString unitVillage = h.village;
    unitVillage.remove(u' ');
    s.unitCode = (h.desa ? QStringLiteral("Ds.") : QStringLiteral("Kel.")) + unitVillage;
    // Cities sign with the city's name, villages with their own.
    QString city = h.regency;
    city.remove(QStringLiteral("Kota "), Qt::CaseInsensitive);
    s.place = h.regency.startsWith(QLatin1String("Kota"), Qt::CaseInsensitive) ? city : h.village;
    return s;
}

LetterSettings LetterSettings::load(const Database &db)
{
    LetterSettings s = defaults(db.setting(QStringLiteral("village_code")));
    const auto text = [&db](const char *name, QString &field) {
        field = db.setting(key(name), field);
    };
    text("regency", s.letterhead.regency);
    text("district", s.letterhead.district);
    text("village", s.letterhead.village);
    s.letterhead.desa =
        db.setting(key("village_kind"),
                   s.letterhead.desa ? QStringLiteral("desa") : QStringLiteral("kelurahan")) ==
        QLatin1String("desa");
    text("address", s.letterhead.address);
    text("postal_code", s.letterhead.postalCode);
    text("phone", s.letterhead.phone);
    text("email", s.letterhead.email);
    text("logo", s.letterhead.logoSha256);
    text("signer_name", s.signer.name);
    text("signer_nip", s.signer.nip);
    text("signer_rank", s.signer.rank);
    text("signer_position", s.signer.position);
    text("signer_principal", s.signer.principal);
    text("signer_intermediate", s.signer.intermediate);
    s.signer.authority = authorityFromCode(db.setting(key("signer_authority")));
    text("head_name", s.headName);
    text("head_nip", s.headNip);
    text("place", s.place);
    text("number_pattern", s.numberPattern);
    text("unit_code", s.unitCode);
    text("code_certificate", s.codeCertificate);
    text("code_minutes", s.codeMinutes);
    text("code_sptjm", s.codeSptjm);
    s.paper = PaperInfo::fromCode(db.setting(key("paper"))).value_or(s.paper);
    text("font", s.font);
    s.validityMonths =
        db.setting(key("validity_months"), QString::number(s.validityMonths)).toInt();
    text("template.opening", s.templates.opening);
    text("template.registered", s.templates.registered);
    text("template.not_registered", s.templates.notRegistered);
    text("template.purpose", s.templates.purpose);
    text("template.closing", s.templates.closing);
    text("template.reactivation_opening", s.reactivation.opening);
    text("template.reactivation_registered", s.reactivation.registered);
    text("template.reactivation_recommendation", s.reactivation.recommendation);
    text("template.reactivation_closing", s.reactivation.closing);
    s.camatBlock = db.setting(key("camat_block")) == QLatin1String("1");
    text("camat_name", s.camatName);
    text("camat_nip", s.camatNip);
    text("camat_rank", s.camatRank);
    const QString copies = db.setting(key("copies_to"));
    if (!copies.isEmpty()) {
        s.copiesTo = copies.split(u'\n', Qt::SkipEmptyParts);
    }
    return s;
}

Status LetterSettings::validate() const
{
    if (letterhead.village.trimmed().isEmpty()) {
        return Error{QStringLiteral("letters.village_missing"),
                     tr("Nama kelurahan/desa pada kop surat belum diisi.")};
    }
    if (signer.position.trimmed().isEmpty()) {
        return Error{QStringLiteral("letters.signer_position_missing"),
                     tr("Jabatan penanda tangan belum diisi.")};
    }
    if (validityMonths < 1 || validityMonths > 24) {
        return Error{QStringLiteral("letters.validity"),
                     tr("Masa berlaku surat harus 1 sampai 24 bulan.")};
    }
    if (font != QLatin1String("arial") && font != QLatin1String("bookman")) {
        return Error{QStringLiteral("letters.font"),
                     tr("Huruf harus Arial atau Bookman Old Style.")};
    }
    // A NIP (civil servant number) is 18 digits, often written in groups ("19700101 199503 1
    // 001"); a kepala desa has none. It is printed as typed.
    const std::pair<const char *, const QString *> nips[] = {
        {QT_TR_NOOP("NIP penanda tangan"), &signer.nip},
        {QT_TR_NOOP("NIP lurah/kepala desa"), &headNip},
        {QT_TR_NOOP("NIP camat"), &camatNip}};
    static const QRegularExpression separators(QStringLiteral("[ .\\-]"));
    static const QRegularExpression nipPattern(QStringLiteral("^[0-9]{18}$"));
    for (const auto &[name, nip] : nips) {
        const QString digits = QString(*nip).remove(separators);
        if (!digits.isEmpty() && !nipPattern.match(digits).hasMatch()) {
            return Error{
                QStringLiteral("letters.nip"),
                tr("%1 harus 18 angka (boleh dipisah spasi), atau dikosongkan.").arg(tr(name))};
        }
    }
    for (const QString &code : {codeCertificate, codeMinutes, codeSptjm}) {
        if (const Status s = LetterNumber::validate(numbering(code)); !s) {
            return s;
        }
    }
    if (const Status s = templates.validate(); !s) {
        return s;
    }
    return reactivation.validate();
}

Status LetterSettings::save(const Database &db, const Clock &clock, const QString &actor) const
{
    if (const Status s = validate(); !s) {
        return s;
    }
    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun();
    }
    const std::pair<const char *, QString> values[] = {
        {"regency", letterhead.regency},
        {"district", letterhead.district},
        {"village", letterhead.village},
        {"village_kind", letterhead.desa ? QStringLiteral("desa") : QStringLiteral("kelurahan")},
        {"address", letterhead.address},
        {"postal_code", letterhead.postalCode},
        {"phone", letterhead.phone},
        {"email", letterhead.email},
        {"logo", letterhead.logoSha256},
        {"signer_name", signer.name},
        {"signer_nip", signer.nip},
        {"signer_rank", signer.rank},
        {"signer_position", signer.position},
        {"signer_principal", signer.principal},
        {"signer_intermediate", signer.intermediate},
        {"signer_authority", authorityCode(signer.authority)},
        {"head_name", headName},
        {"head_nip", headNip},
        {"place", place},
        {"number_pattern", numberPattern},
        {"unit_code", unitCode},
        {"code_certificate", codeCertificate},
        {"code_minutes", codeMinutes},
        {"code_sptjm", codeSptjm},
        {"paper", PaperInfo::code(paper)},
        {"font", font},
        {"validity_months", QString::number(validityMonths)},
        {"template.opening", templates.opening},
        {"template.registered", templates.registered},
        {"template.not_registered", templates.notRegistered},
        {"template.purpose", templates.purpose},
        {"template.closing", templates.closing},
        {"template.reactivation_opening", reactivation.opening},
        {"template.reactivation_registered", reactivation.registered},
        {"template.reactivation_recommendation", reactivation.recommendation},
        {"template.reactivation_closing", reactivation.closing},
        {"camat_block", camatBlock ? QStringLiteral("1") : QStringLiteral("0")},
        {"camat_name", camatName},
        {"camat_nip", camatNip},
        {"camat_rank", camatRank},
        {"copies_to", copiesTo.join(u'\n')},
    };
    QJsonArray changed;
    for (const auto &[name, value] : values) {
        if (db.setting(key(name)) == value) {
            continue;
        }
        if (const Status s = db.setSetting(key(name), value); !s) {
            return s;
        }
        changed.append(QLatin1String(name));
    }
    if (!changed.isEmpty()) {
        const auto audit = AuditTrail(db, clock).record(
            actor, QStringLiteral("settings.letters"), QStringLiteral("setting"),
            QStringLiteral("letters"), {{QStringLiteral("changed"), changed}});
        if (!audit) {
            return audit.error();
        }
    }
    return tx.commit();
}

} // namespace tepat
