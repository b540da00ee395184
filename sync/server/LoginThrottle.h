#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QString>

namespace tepat {
class Clock;
}

namespace tepat::central {

// Slows down password guessing without locking anyone out: per client address and per typed
// user name (known or not, so the answer says nothing about which names exist), the first
// failures cost nothing, then each further failure makes the next attempt wait 1 s, 2 s,
// 4 s … up to a cap (15 minutes per address, 5 minutes per name). A quiet quarter of an hour
// forgets the failures. Kept in memory: a restart forgets them too. Asked before any hashing.
class LoginThrottle
{
public:
    static constexpr int kFreeFailures = 5;
    static constexpr int kAddressCapSeconds = 15 * 60;
    static constexpr int kNameCapSeconds = 5 * 60;
    static constexpr int kForgetSeconds = 15 * 60;

    explicit LoginThrottle(const Clock &clock);

    // Seconds before this address may try this name again; 0: go ahead.
    qint64 wait(const QHostAddress &peer, const QString &username) const;
    void failed(const QHostAddress &peer, const QString &username);
    // The name's failures are forgotten; the address's are not (an attacker with an account of
    // their own could otherwise clear them between guesses).
    void succeeded(const QString &username);

    // IPv4 addresses one by one; IPv6 by /64 (one subscriber's network).
    static QString addressKey(const QHostAddress &peer);

private:
    struct Entry
    {
        int failures = 0;
        QDateTime last;
        QDateTime blockedUntil;
    };
    qint64 waitFor(const QHash<QString, Entry> &table, const QString &key) const;
    void fail(QHash<QString, Entry> &table, const QString &key, int capSeconds);

    const Clock &m_clock;
    QHash<QString, Entry> m_byAddress;
    QHash<QString, Entry> m_byName;
};

} // namespace tepat::central
