#include "sync/server/LoginThrottle.h"

#include "core/common/Clock.h"

#include <QCryptographicHash>

namespace tepat::central {

namespace {

constexpr qsizetype kMaxEntries = 100000;

} // namespace

QString LoginThrottle::nameKey(const QString &username)
{
    return QString::fromLatin1(
        QCryptographicHash::hash("tepat-login-name:" + username.left(64).toLower().toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

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
    const std::lock_guard lock(m_mutex);
    return qMax(waitFor(m_byAddress, addressKey(peer)), waitFor(m_byName, nameKey(username)));
}

LoginThrottle::Change LoginThrottle::fail(QHash<QString, Entry> &table, Kind kind,
                                          const QString &key, int capSeconds)
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
    return {kind, key, e, ++m_seq};
}

QList<LoginThrottle::Change> LoginThrottle::failed(const QHostAddress &peer,
                                                   const QString &username)
{
    const std::lock_guard lock(m_mutex);
    return {fail(m_byAddress, Kind::Address, addressKey(peer), kAddressCapSeconds),
            fail(m_byName, Kind::Name, nameKey(username), kNameCapSeconds)};
}

LoginThrottle::Change LoginThrottle::succeeded(const QString &username)
{
    const std::lock_guard lock(m_mutex);
    const QString key = nameKey(username);
    m_byName.remove(key);
    return {Kind::Name, key, Entry{0, m_clock.now(), {}}, ++m_seq};
}

void LoginThrottle::restore(const QList<Change> &changes)
{
    const std::lock_guard lock(m_mutex);
    const QDateTime now = m_clock.now();
    for (const Change &c : changes) {
        m_seq = qMax(m_seq, c.seq);
        if (c.entry.failures <= 0 || !c.entry.last.isValid() ||
            c.entry.last.secsTo(now) > kForgetSeconds) {
            continue;
        }
        (c.kind == Kind::Address ? m_byAddress : m_byName).insert(c.key, c.entry);
    }
}

} // namespace tepat::central
