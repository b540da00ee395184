#pragma once

#include "core/common/Result.h"
#include "core/domain/Finding.h"
#include "core/domain/Household.h"
#include "core/letters/LetterRegister.h"
#include "core/letters/LetterSettings.h"
#include "core/letters/TemplateText.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tepat {

class Clock;
class Database;
class Session;

// The lines of a signature: "Kediri, 23 November 2026", "a.n. Lurah Bangsal", "Sekretaris
// Kelurahan,", then (after the space to sign) the name, rank and NIP.
struct SignatureBlock
{
    QString placeAndDate;
    QString heading; // "Mengetahui," above a countersignature
    QStringList titleLines;
    QString name;
    QString rank;
    QString nip;

    QJsonObject toJson() const;
    static SignatureBlock fromJson(const QJsonObject &json);
};

// Everything a surat keterangan prints, already filled in. Kept in the register as it was
// printed, so a reprint (SALINAN) is the same letter even after the templates change.
struct LetterContent
{
    bool registered = false;
    QString number;
    QDate issuedOn;
    QStringList letterhead;
    QStringList contact;
    QString logoSha256;
    QString font;
    QString title;
    QString opening;
    QList<std::pair<QString, QString>> identity;
    QStringList statements;
    QString closing;
    SignatureBlock signer;
    std::optional<SignatureBlock> acknowledgement; // "Mengetahui, Camat …"
    QStringList copiesTo;
    QString name;
    int desil = 0;
    QString qrPayload; // not part of the content hash: it carries the hash

    QJsonObject toJson() const;
    static LetterContent fromJson(const QJsonObject &json);
    QByteArray hash() const; // SHA-256 of the canonical JSON without the QR payload
};

// Who a letter is about: a person from the register, or a resident typed in at the counter
// (then the letter says "not registered").
struct CertificateSubject
{
    QString personId; // empty: typed in
    QString householdId;
    QString name;
    QString nik;
    QString kkNumber;
    Sex sex = Sex::Unknown;
    QString birthPlace;
    QDate birthDate;
    QString occupation;
    MaritalStatus maritalStatus = MaritalStatus::Unknown;
    QString address;
    QString rt;
    QString rw;
    bool registered = false;
    int desil = 0;
    QDate desilAsOf;          // BPS's date of that desil
    QList<Program> programs;  // current programmes of the household
    QString statusNote;       // why a listed person is not registered any more
    QString lastDisbursement; // the family's last disbursement event, in letter words
    // Typed in: the operator has read the warnings (a birth date or sex that disagrees with
    // the NIK) and confirmed the data; without it a warning blocks like an error.
    bool warningsAcknowledged = false;
};

// What the register does not hold and the counter asks for.
struct CertificateForm
{
    QString religion;
    QString purpose;
    QString coverLetterNumber; // surat pengantar RT/RW
    QDate coverLetterDate;

    static QString defaultPurpose() { return QStringLiteral("persyaratan administrasi"); }
    static QStringList religions();
    static QStringList suggestedPurposes();
};

// Builds letters from the register and the settings.
class CertificateComposer
{
    Q_DECLARE_TR_FUNCTIONS(CertificateComposer)

public:
    static Result<CertificateSubject> fromRegister(const Database &db, const QString &personId);
    // The date of the data the letter is based on: the last snapshot or sync.
    static QDate dataDate(const Database &db);
    static TemplateText::Values values(const CertificateSubject &subject,
                                       const CertificateForm &form, const LetterSettings &settings,
                                       const QString &number, QDate issuedOn, QDate dataDate);
    static LetterContent compose(const CertificateSubject &subject, const CertificateForm &form,
                                 const LetterSettings &settings, const QString &number,
                                 QDate issuedOn, QDate dataDate);
};

// Issues surat keterangan DTKS (numbered, signed, registered) and records their prints.
class CertificateService
{
    Q_DECLARE_TR_FUNCTIONS(CertificateService)

public:
    CertificateService(const Database &db, const Clock &clock, const Session &session);

    // What the NIK rules say about a resident typed in at the counter (a person from the
    // register has been checked already): errors block (no name, an impossible NIK, a NIK that
    // is in the register); warnings (the NIK's own, a birth date or sex that disagrees with it)
    // need the operator's acknowledgement. Nothing for a person from the register.
    Findings review(const CertificateSubject &subject) const;
    // The first error of review(), or an unacknowledged warning, as a Status.
    Status checkSubject(const CertificateSubject &subject) const;
    // A typed-in resident's missing birth date and sex taken from the NIK (never a default).
    static CertificateSubject completedFromNik(const CertificateSubject &subject,
                                               const Clock &clock);
    // Where a preview shows the number that printing will take.
    static QString pendingNumber() { return QStringLiteral("(nomor diberikan saat dicetak)"); }

    // The letter as it will be printed, with pendingNumber() instead of a number and no
    // verification code: nothing is taken from the register and nothing is stored.
    Result<LetterContent> preview(const CertificateSubject &subject, const CertificateForm &form,
                                  const LetterSettings &settings) const;
    Result<LetterRecord> issue(const CertificateSubject &subject, const CertificateForm &form,
                               const LetterSettings &settings) const;
    // Voids a number issued by mistake (LetterRegister::voidLetter) for whoever may issue.
    Status voidLetter(qint64 letterId, const QString &reason) const;
    // The first print of a letter is the original; every later one is a copy (SALINAN).
    Status recordPrint(qint64 letterId, bool copy, Paper paper, const QString &target) const;

private:
    struct Prepared
    {
        CertificateSubject subject;
        QDate dataDate;
        QStringList warnings; // codes of the acknowledged warnings, recorded with the letter
    };
    Result<Prepared> prepare(const CertificateSubject &subject,
                             const LetterSettings &settings) const;

    const Database &m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace tepat
