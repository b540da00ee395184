#pragma once

#include "core/letters/CertificateLetter.h"

#include <QCoreApplication>

namespace tepat {

// Why the village recommends reactivating a resident's PBI-JK health cover (SK Mensos
// 03/HUK/2026 switched off desil 6–10; reactivation starts at the village and lasts six months).
enum class ReactivationReason
{
    SickInTreatment, // sakit dan sedang menjalani perawatan
    ChronicIllness,  // penyakit kronis/katastropik yang perlu pengobatan rutin
    Poor,            // miskin atau rentan miskin menurut pengecekan kelurahan
    Disabled,        // penyandang disabilitas
    Elderly          // lanjut usia tanpa penghasilan
};

struct ReactivationForm
{
    QList<ReactivationReason> reasons;
    QString facility;          // the health facility treating the resident, when known
    QString note;              // what the village found (free text)
    QString coverLetterNumber; // surat pengantar RT/RW
    QDate coverLetterDate;

    static QList<ReactivationReason> allReasons();
    static QString reasonCode(ReactivationReason reason);
    static std::optional<ReactivationReason> reasonFromCode(QStringView code);
    // For the form (translated); the letter uses documentReason().
    static QString reasonLabel(ReactivationReason reason);
    // The wording on the letter (Indonesian, not translated).
    static QString documentReason(ReactivationReason reason);
};

// The surat rekomendasi reaktivasi PBI-JK: the same kop, numbering register, signer and signed
// verification code as the surat keterangan; the resident's desil with its BPS date, the reasons,
// the health facility, and the six months the reactivation lasts.
class ReactivationComposer
{
    Q_DECLARE_TR_FUNCTIONS(ReactivationComposer)

public:
    static constexpr int kValidityMonths = 6;

    static TemplateText::Values values(const CertificateSubject &subject,
                                       const ReactivationForm &form, const LetterSettings &settings,
                                       const QString &number, QDate issuedOn, QDate dataDate);
    static LetterContent compose(const CertificateSubject &subject, const ReactivationForm &form,
                                 const LetterSettings &settings, const QString &number,
                                 QDate issuedOn, QDate dataDate);
};

class ReactivationService
{
    Q_DECLARE_TR_FUNCTIONS(ReactivationService)

public:
    ReactivationService(const Database &db, const Clock &clock, const Session &session);

    // Only residents of the register: errors for someone not in it, not active, or without a
    // reason given.
    Status check(const CertificateSubject &subject, const ReactivationForm &form) const;
    Result<LetterContent> preview(const CertificateSubject &subject, const ReactivationForm &form,
                                  const LetterSettings &settings) const;
    Result<LetterRecord> issue(const CertificateSubject &subject, const ReactivationForm &form,
                               const LetterSettings &settings) const;
    // Several residents at once (a batch); stops at the first refusal, every issued letter stays.
    Result<QList<LetterRecord>> issueAll(const QStringList &personIds, const ReactivationForm &form,
                                         const LetterSettings &settings) const;

private:
    const Database &m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace tepat
