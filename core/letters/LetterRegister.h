#pragma once

#include "core/common/Result.h"
#include "core/letters/LetterNumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

class QIODevice;
class QSqlQuery;

namespace tepat {

class Clock;
class Database;

enum class LetterKind
{
    Certificate, // surat keterangan DTKS
    Minutes,     // berita acara musyawarah
    Sptjm,       // surat pernyataan tanggung jawab mutlak
    Addendum,    // adendum berita acara
    Reactivation // surat rekomendasi reaktivasi PBI-JK
};

struct LetterRecord
{
    qint64 id = 0;
    int year = 0;
    int serial = 0;
    QString number;
    LetterKind kind = LetterKind::Certificate;
    QDate issuedOn;
    QDateTime issuedAt;
    QString issuedBy;
    std::optional<bool> registered;
    QString personId;
    QString subjectName;
    QString purpose;
    qint64 meetingId = 0;
    QJsonObject content;
    QString contentHash;
    QString keyId;
    QString signature;
    int prints = 0;
    // A number issued by mistake: voided with a reason, kept in the register, never reused.
    QDateTime voidedAt;
    QString voidedBy;
    QString voidReason;
    // A printed letter withdrawn by the village (LetterRevocation): kept, never printed again.
    QDateTime revokedAt;
    QString revokedBy;
    QString revokeReason;

    bool isVoid() const { return voidedAt.isValid(); }
    bool isRevoked() const { return revokedAt.isValid(); }
};

struct NewLetter
{
    LetterKind kind = LetterKind::Certificate;
    NumberingRule numbering;
    QDate issuedOn;
    std::optional<bool> registered;
    QString personId;
    QString subjectName;
    QString purpose;
    qint64 meetingId = 0;
    QStringList acknowledgedWarnings; // codes of the warnings the operator confirmed (audited)
};

// What is stored with a number once it is known: the printed content and its fingerprint.
struct LetterSeal
{
    QJsonObject content;
    QString contentHash;
    QString keyId;
    QString signature;
};
using LetterSealer = std::function<Result<LetterSeal>(const LetterRecord &numbered)>;

struct LetterQuery
{
    QString text; // part of the number or the name
    int year = 0; // 0: every year
    std::optional<LetterKind> kind;
};

// The register of outgoing letters (buku agenda surat keluar). Numbers come from one serial per
// year, taken inside BEGIN IMMEDIATE so two letters made at the same moment, even from two
// connections, never share a number or leave a gap. Nothing in it is changed or deleted.
class LetterRegister
{
    Q_DECLARE_TR_FUNCTIONS(LetterRegister)

public:
    LetterRegister(const Database &db, const Clock &clock);

    // Takes the next number, lets `seal` fill in the content, stores the letter and its audit
    // entry, all in one transaction (a savepoint inside a caller's transaction). When `seal`
    // fails, nothing is stored and the number stays free.
    Result<LetterRecord> issue(const NewLetter &letter, const QString &actor,
                               const LetterSealer &seal) const;

    Result<LetterRecord> get(qint64 id) const;
    Result<LetterRecord> byNumber(const QString &number) const;
    // Newest first; keyset paging on id.
    Result<QList<LetterRecord>> search(const LetterQuery &query, int limit,
                                       qint64 beforeId = 0) const;
    Result<QList<int>> years() const;

    // Records a print or PDF. The first one is the original, later ones copies (SALINAN).
    Status recordPrint(qint64 id, const QString &actor, bool copy, const QString &paper,
                       const QString &target) const;

    // Voids a number issued by mistake: the letter stays in the register with state
    // "dibatalkan", the reason, who and when (audited). It is not printed again, its number is
    // never given again, and its verification code answers "void". Once voided, always voided.
    Status voidLetter(qint64 id, const QString &actor, const QString &reason) const;

    // The register as CSV for a spreadsheet: UTF-8 with BOM, ';' separated, formulas defused.
    Status exportCsv(const LetterQuery &query, QIODevice &out) const;

    static QString kindCode(LetterKind kind);
    static std::optional<LetterKind> kindFromCode(QStringView code);
    static QString kindLabel(LetterKind kind);
    // "berlaku", "dibatalkan" or "dicabut", for people.
    static QString stateLabel(const LetterRecord &letter);

private:
    static LetterRecord read(const QSqlQuery &q);

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
