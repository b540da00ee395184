#include "sync/server/LoginThrottle.h"

#include "core/common/Clock.h"

namespace tepat::central {

namespace {

constexpr qsizetype kMaxEntries = 100000;

QString nameKey(const QString &username)
{
    return username.left(64).toLower();
}

} // namespace

LoginThrottle::LoginThrottle(const Clock &clock)
    : m_clock(clock)
{}

QString LoginThrottle::addressKey(const QHostAddress &peer)
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4) {
        return QHostAddress(v4).toString();
    }
    Q_IPV6ADDR bytes = peer.toIPv6Address();
    for (int i = 8; i < 16; ++i) {
        bytes[i] = 0;
    }
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

qint64 LoginThrottle::waitFor(const QHash<QString, Entry> &table, const QString &key) const
{
    const auto it = table.constFind(key);
    if (it == table.constEnd() || !it->blockedUntil.isValid()) {
        return 0;
    }
    const qint64 left = m_clock.now().secsTo(it->blockedUntil);
    return left > 0 ? left : 0;
}

qint64 LoginThrottle::wait(const QHostAddress &peer, const QString &username) const
{
    return qMax(waitFor(m_byAddress, addressKey(peer)), waitFor(m_byName, nameKey(username)));
}

void LoginThrottle::fail(QHash<QString, Entry> &table, const QString &key, int capSeconds)
{
    const QDateTime now = m_clock.now();
    if (table.size() >= kMaxEntries) {
        for (auto it = table.begin(); it != table.end();) {
            it = it->last.secsTo(now) > kForgetSeconds ? table.erase(it) : std::next(it);
        }
        if (table.size() >= kMaxEntries) {
            table.clear(); // a flood of names: forget rather than grow without bound
        }
    }
    Entry &e = table[key];
    if (e.last.isValid() && e.last.secsTo(now) > kForgetSeconds) {
        e = Entry{};
    }
    ++e.failures;
    e.last = now;
    if (e.failures > kFreeFailures) {
        const int step = qMin(e.failures - kFreeFailures - 1, 20);
        e.blockedUntil = now.addSecs(qMin<qint64>(qint64(1) << step, capSeconds));
    }
}

void LoginThrottle::failed(const QHostAddress &peer, const QString &username)
{
    fail(m_byAddress, addressKey(peer), kAddressCapSeconds);
    fail(m_byName, nameKey(username), kNameCapSeconds);
}

void LoginThrottle::succeeded(const QString &username)
{
    m_byName.remove(nameKey(username));
}

} // namespace tepat::central
