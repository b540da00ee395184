#pragma once

#include "core/common/Result.h"
#include "core/letters/LetterNumber.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QStringList>

namespace tepat {

class Clock;
class Database;

// Paper for printed documents. F4 as Indonesian offices use it is 215 × 330 mm; some printers
// call 210 × 330 mm F4 or Folio (Qt's QPageSize::Folio).
enum class Paper
{
    A4,
    F4,
    F4Narrow
};

struct PaperInfo
{
    Q_DECLARE_TR_FUNCTIONS(PaperInfo)

public:
    static QString code(Paper paper); // "A4", "F4", "F4-210"
    static std::optional<Paper> fromCode(QStringView code);
    static QString label(Paper paper);
    static QSizeF sizeMm(Paper paper);
    static QList<Paper> all() { return {Paper::A4, Paper::F4, Paper::F4Narrow}; }
};

// "a.n.", "u.b.", "Plt.", "Plh." (Tata Naskah Dinas) or signing in one's own position.
enum class SignerAuthority
{
    Own,
    OnBehalf,
    UnderInstruction,
    Acting,
    Daily
};

// Kop surat: Pemerintah Kabupaten/Kota …, Kecamatan …, Kelurahan/Desa …, address line.
struct Letterhead
{
    QString regency;  // "Kota Kediri"
    QString district; // "Pesantren"
    QString village;  // "Bangsal"
    bool desa = false;
    QString address;
    QString postalCode;
    QString phone;
    QString email;
    QString logoSha256; // ContentStore; empty: no logo

    QString villageKind() const; // "Kelurahan" / "Desa"
    QString headTitle() const;   // "Lurah" / "Kepala Desa"
    QStringList lines() const;   // PEMERINTAH KOTA KEDIRI / KECAMATAN … / KELURAHAN …
    QStringList contactLines() const;
};

struct Signer
{
    QString name;
    QString nip; // optional: a kepala desa has none
    QString rank;
    QString position;     // the signer's own position, "Sekretaris Kelurahan"
    QString principal;    // whose authority: "Lurah Bangsal" (a.n., u.b., Plt., Plh.)
    QString intermediate; // u.b.: the official in between, "Sekretaris Kelurahan"
    SignerAuthority authority = SignerAuthority::Own;

    // The lines above the signature, e.g. {"a.n. Lurah Bangsal", "Sekretaris Kelurahan,"}.
    QStringList titleLines() const;
    // Who "yang bertanda tangan di bawah ini" is in the letter's wording.
    QString statedPosition() const;
};

// The paragraphs of a surat keterangan DTKS (TemplateText syntax).
struct LetterTemplates
{
    QString opening;
    QString registered;
    QString notRegistered;
    QString purpose;
    QString closing;

    static LetterTemplates defaults();
    static QStringList placeholders();
    Status validate() const;
};

// The wording of the surat rekomendasi reaktivasi PBI-JK, with the surat keterangan's
// placeholders plus the reasons ({alasan}), the health facility ({faskes}), the note
// ({catatan}), the desil's date ({tanggal_desil}) and the PBI-JK status ({status_pbi}).
struct ReactivationTemplates
{
    QString opening;
    QString registered;     // the DTSEN entry and desil
    QString recommendation; // the reasons and what is recommended
    QString closing;

    static ReactivationTemplates defaults();
    static QStringList placeholders();
    Status validate() const;
};

// Everything the office sets once for its letters and documents, kept in the store's settings.
struct LetterSettings
{
    Q_DECLARE_TR_FUNCTIONS(LetterSettings)

public:
    Letterhead letterhead;
    Signer signer;
    QString headName; // the lurah / kepala desa, who signs berita acara and SPTJM
    QString headNip;
    QString place; // "Kediri" in "Kediri, 23 November 2026"
    QString numberPattern = LetterNumber::defaultPattern();
    QString unitCode;
    QString codeCertificate = LetterNumber::defaultClassification();
    QString codeMinutes = LetterNumber::defaultClassification();
    QString codeSptjm = LetterNumber::defaultClassification();
    Paper paper = Paper::A4;
    QString font = QStringLiteral("arial"); // "arial" or "bookman"
    int validityMonths = 3;
    LetterTemplates templates = LetterTemplates::defaults();
    ReactivationTemplates reactivation = ReactivationTemplates::defaults();
    bool camatBlock = false; // "Mengetahui, Camat …"
    QString camatName;
    QString camatNip;
    QString camatRank;
    QStringList copiesTo; // tembusan

    NumberingRule numbering(const QString &classification) const
    {
        return {numberPattern, classification, unitCode};
    }

    // Defaults for a village code (names from the official area list).
    static LetterSettings defaults(const QString &villageCode);
    static LetterSettings load(const Database &db);
    Status validate() const;
    // Saves every field in one transaction and records it in the audit trail.
    Status save(const Database &db, const Clock &clock, const QString &actor) const;
};

} // namespace tepat
