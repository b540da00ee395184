#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace tepat {
class Clock;
}

namespace tepat::central::console {

// One supervisor signed in to the review console.
struct ConsoleSession
{
    QByteArray id;   // the cookie's value: 32 random bytes, base64url
    QByteArray csrf; // the token every form of this session carries back
    qint64 accountId = 0;
    QString username;
    QString displayName;
    QString regencyCode;
    QByteArray credential; // a digest of the password hash it signed in with (credentialOf)
    QDateTime opened;
    QDateTime lastSeen;
};

// The console's sessions, kept in memory and shared by the worker threads (a mutex). In memory
// rather than in the store: a session lives at most a working day, a restart of tepat-central
// only asks the supervisors to sign in again, nothing of it is ever written to disk, and the
// central schema needs no table for it. A session ends when it is idle for kIdleMinutes, kMaxHours
// after it opened, or when its supervisor signs out.
class ConsoleSessions
{
public:
    static constexpr int kIdleMinutes = 30;
    static constexpr int kMaxHours = 12;
    static constexpr int kMaxSessions = 2000; // the oldest idle ones go first

    explicit ConsoleSessions(const Clock &clock);

    ConsoleSession open(qint64 accountId, const QString &username, const QString &displayName,
                        const QString &regencyCode, const QByteArray &credential);
    // The session with this id, marked as seen now; nothing when unknown or expired (an expired
    // one is forgotten).
    std::optional<ConsoleSession> find(const QByteArray &id);
    void close(const QByteArray &id);
    int count() const;

    static QByteArray randomToken();
    // What a session remembers of the account's stored password hash: a new password (set by
    // `tepat-central user password` in another process) no longer matches, and every session
    // opened with the old one ends at its next request.
    static QByteArray credentialOf(const QByteArray &passwordHash);
    // Constant time in the length of `expected`.
    static bool sameToken(const QByteArray &given, const QByteArray &expected);

private:
    bool expired(const ConsoleSession &s, const QDateTime &now) const;
    void dropOldest();

    const Clock &m_clock;
    mutable QMutex m_mutex;
    QHash<QByteArray, ConsoleSession> m_sessions;
};

} // namespace tepat::central::console
