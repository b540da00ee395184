#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <mutex>

namespace tepat {
class Clock;
}

namespace tepat::central {

// Slows down password guessing without locking anyone out: per client address and per typed
// user name (known or not, so the answer says nothing about which names exist), the first
// failures cost nothing, then each further failure makes the next attempt wait 1 s, 2 s,
// 4 s … up to a cap (15 minutes per address, 5 minutes per name). A quiet quarter of an hour
// forgets the failures. Asked before any hashing, on the event thread, while the login workers
// count; every change is handed back so that the server can keep it (LoginBackoff) and a
// restart does not give a guesser a fresh start. Names are kept only as a digest: people type
// passwords into the name field.
class LoginThrottle
{
public:
    struct Entry
    {
        int failures = 0;
        QDateTime last;
        QDateTime blockedUntil;
    };
    enum class Kind
    {
        Address,
        Name
    };
    // One entry as it now is; `seq` orders the changes (a later one replaces an earlier one,
    // whichever is stored first). A name's entry with no failures: forgotten.
    struct Change
    {
        Kind kind = Kind::Address;
        QString key;
        Entry entry;
        qint64 seq = 0;
    };

    static constexpr int kFreeFailures = 5;
    static constexpr int kAddressCapSeconds = 15 * 60;
    static constexpr int kNameCapSeconds = 5 * 60;
    static constexpr int kForgetSeconds = 15 * 60;

    explicit LoginThrottle(const Clock &clock);

    // Seconds before this address may try this name again; 0: go ahead.
    qint64 wait(const QHostAddress &peer, const QString &username) const;
    QList<Change> failed(const QHostAddress &peer, const QString &username);
    // The name's failures are forgotten; the address's are not (an attacker with an account of
    // their own could otherwise clear them between guesses).
    Change succeeded(const QString &username);
    // Takes back what a previous run kept (entries already forgotten are left out).
    void restore(const QList<Change> &changes);

    // IPv4 addresses one by one; IPv6 by /64 (one subscriber's network).
    static QString addressKey(const QHostAddress &peer);
    // A typed name as it is counted: lower case, as a digest (never the text itself).
    static QString nameKey(const QString &username);

private:
    qint64 waitFor(const QHash<QString, Entry> &table, const QString &key) const;
    Change fail(QHash<QString, Entry> &table, Kind kind, const QString &key, int capSeconds);

    const Clock &m_clock;
    mutable std::mutex m_mutex; // wait() on the event thread, failed() on the login workers
    QHash<QString, Entry> m_byAddress;
    QHash<QString, Entry> m_byName;
    qint64 m_seq = 0;
};

} // namespace tepat::central
