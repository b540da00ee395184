#pragma once

#include "sync/client/SyncTypes.h"

#include <QCoreApplication>

#include <atomic>

namespace tepat {
class Clock;
class Database;
class Session;
} // namespace tepat

namespace tepat::sync {

class ServerConnection;

// One sync with tepat-central: sign in (refresh token, else password), upload the files the
// outbox needs, push the outbox in batches, pull the change stream (or the snapshot first),
// release held records, and record the run. Blocking: run it on a worker thread (the UI) or
// on the main thread of a command-line tool or test. Everything committed stays committed
// when it stops half-way (network cut, cancel, process killed).
class SyncSession
{
    Q_DECLARE_TR_FUNCTIONS(SyncSession)

public:
    SyncSession(const Database &db, const Clock &clock, SyncOptions options);
    ~SyncSession();

    void setRefreshToken(const QString &token) { m_refreshToken = token; }
    void setPassword(const QByteArray &password) { m_password = password; }
    // Asked when a password is needed and none was given (command line).
    void setPasswordProvider(PasswordFn provider) { m_passwordProvider = std::move(provider); }
    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }
    // Thread-safe; the session stops at the next request and reports Cancelled.
    void cancel() { m_cancelled = true; }

    SyncReport run();

    // After an operator confirmed that the server was restored or replaced: forget the
    // cursor, pull a fresh snapshot next time and confirm again every request the server
    // acknowledged but has not decided (docs/sync-protocol.md, "Pull"). Needs
    // Permission::Send.
    static Status acceptServer(const Database &db, const Clock &clock, const Session &session);

private:
    Status runStages(SyncReport &report);

    const Database &m_db;
    const Clock &m_clock;
    SyncOptions m_options;
    QString m_refreshToken;
    QByteArray m_password;
    PasswordFn m_passwordProvider;
    ProgressFn m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tepat::sync
