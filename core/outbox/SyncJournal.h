#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace tepat {

class Clock;
class Database;

enum class SyncOutcome
{
    Ok,       // everything sent was acknowledged, the pull is complete
    Partial,  // finished, but some items are parked or waiting
    Failed,   // stopped by an error (network, server, store)
    Cancelled // stopped by the operator
};

struct SyncRun
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    std::optional<SyncOutcome> outcome; // empty while running (or when the process died)
    int sent = 0;
    int acknowledged = 0;
    int parked = 0;
    int pulled = 0;
    int decisions = 0;
    QString message;
    QString actor;
};

// The record of sync attempts (sync_run): what the Sinkronisasi page shows as "last success"
// and what `tepat-cli sync` reports.
class SyncJournal
{
    Q_DECLARE_TR_FUNCTIONS(SyncJournal)

public:
    SyncJournal(const Database &db, const Clock &clock);

    Result<qint64> begin(const QString &actor) const;
    Status finish(const SyncRun &run) const; // run.id from begin()
    Result<std::optional<SyncRun>> last() const;
    Result<std::optional<SyncRun>> lastSuccess() const; // outcome ok or partial

    static QString code(SyncOutcome outcome);
    static std::optional<SyncOutcome> outcomeFromCode(QStringView code);
    static QString label(SyncOutcome outcome);

private:
    Result<std::optional<SyncRun>> one(const QString &where) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
