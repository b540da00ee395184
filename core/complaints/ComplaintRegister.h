#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace tepat {

class Clock;
class Database;
class Session;

enum class ComplaintKind
{
    Complaint, // pengaduan
    Objection  // sanggah: a recipient said not to be eligible
};

enum class ComplaintChannel
{
    Counter,
    Phone,
    CekBansos,
    Upstream
};

// received → handling → answered/closed, or forwarded to Dinsos (from received or handling).
enum class ComplaintStatus
{
    Received,
    Handling,
    Answered,
    Closed,
    Forwarded
};

struct Complaint
{
    qint64 id = 0;
    ComplaintKind kind = ComplaintKind::Complaint;
    ComplaintChannel channel = ComplaintChannel::Counter;
    bool anonymous = false;
    QString complainantName;
    QString complainantContact;
    QString householdId; // optional
    QString program;     // optional, a vocabulary code (PKH, BPNT, PBI-JK, …)
    QString subject;     // what the complaint is about
    ComplaintStatus status = ComplaintStatus::Received;
    QDateTime receivedAt;
    QString recordedBy;
    std::optional<QDateTime> verifiedAt; // objections: when the field check confirmed it
    QString handledBy;
    QString answer;
    QDateTime updatedAt;
    std::optional<QDateTime> closedAt;

    bool isOpen() const
    {
        return status == ComplaintStatus::Received || status == ComplaintStatus::Handling;
    }
};

class ComplaintText
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintText)

public:
    static QString code(ComplaintKind kind);
    static QString code(ComplaintChannel channel);
    static QString code(ComplaintStatus status);
    static std::optional<ComplaintKind> kindFromCode(QStringView code);
    static std::optional<ComplaintChannel> channelFromCode(QStringView code);
    static std::optional<ComplaintStatus> statusFromCode(QStringView code);
    static QString label(ComplaintKind kind);
    static QString label(ComplaintChannel channel);
    static QString label(ComplaintStatus status);
    static QList<ComplaintStatus> allStatuses();
    static QList<ComplaintChannel> allChannels();
};

// Which complaints a list shows, newest first, a page at a time: with a limit, the next page
// starts after the last complaint of the one before (keyset on received time and number).
struct ComplaintQuery
{
    QList<ComplaintStatus> statuses; // empty: every status
    int limit = 0;                   // 0: all of them
    QDateTime afterReceivedAt;       // the last one shown (with afterId); invalid: the newest
    qint64 afterId = 0;

    static ComplaintQuery open() // received or being handled
    {
        return {{ComplaintStatus::Received, ComplaintStatus::Handling}, 0, {}, 0};
    }
};

struct ComplaintCounts
{
    int open = 0;    // received or being handled
    int lapsing = 0; // open objections past the lapse period without verification
};

// The register of complaints (table `complaint`, schema 41). Every change checks the session's
// permission and writes its audit entry in the same transaction; rows are never deleted.
class ComplaintRegister
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRegister)

public:
    // An objection not verified within this many days lapses (domain.md, DTSEN).
    static constexpr int kLapseDays = 14;

    ComplaintRegister(const Database &db, const Clock &clock);

    static bool permitted(const Session &session);

    // Records a new complaint (status received, received now). Returns it with its id.
    Result<Complaint> record(const Session &session, Complaint complaint) const;
    // Takes it up (received → handling).
    Status startHandling(const Session &session, qint64 id) const;
    // The field check confirmed the objection (stops the lapse clock).
    Status markVerified(const Session &session, qint64 id) const;
    // Answers it (→ answered) or closes it (→ closed) with the answer text.
    Status answer(const Session &session, qint64 id, const QString &answerText) const;
    Status close(const Session &session, qint64 id, const QString &answerText) const;
    // Sends it on to Dinsos (→ forwarded) with a note on why.
    Status forward(const Session &session, qint64 id, const QString &note) const;

    Result<Complaint> find(const Session &session, qint64 id) const;
    // Newest first; with a status, only those.
    Result<QList<Complaint>> list(const Session &session,
                                  std::optional<ComplaintStatus> status = std::nullopt) const;
    Result<QList<Complaint>> list(const Session &session, const ComplaintQuery &query) const;
    Result<ComplaintCounts> counts(const Session &session) const;

    // True when the complaint is an open objection received more than kLapseDays ago (by the
    // clock) and still not verified.
    static bool lapsed(const Complaint &complaint, const QDateTime &now);
    bool lapsed(const Complaint &complaint) const;

private:
    // What one step writes: an UPDATE of the complaint (its id is bound last) and the audit
    // details besides "lapsed".
    struct Change
    {
        QString sql;
        QVariantList values;
        QJsonObject details;
    };
    using Plan = std::function<Result<Change>(const Complaint &current, const QDateTime &now)>;

    // Every step of a complaint after it is recorded: checks the permission, reads it inside
    // the transaction, lets `plan` refuse or say what to write, writes it and the audit entry.
    Status change(const Session &session, qint64 id, const QString &action, const Plan &plan) const;
    Status transition(const Session &session, qint64 id, ComplaintStatus to,
                      const QString &answerText, const QString &action) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
