#include "sync/server/console/ConsoleSessions.h"

#include "core/common/Clock.h"

#include <QCryptographicHash>
#include <QMutexLocker>
#include <QRandomGenerator>

namespace tepat::central::console {

ConsoleSessions::ConsoleSessions(const Clock &clock)
    : m_clock(clock)
{}

QByteArray ConsoleSessions::randomToken()
{
    QByteArray bytes(32, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool ConsoleSessions::sameToken(const QByteArray &given, const QByteArray &expected)
{
    if (expected.isEmpty() || given.size() != expected.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        difference |= static_cast<unsigned char>(given[i] ^ expected[i]);
    }
    return difference == 0;
}

ConsoleSession ConsoleSessions::open(qint64 accountId, const QString &username,
                                     const QString &displayName, const QString &regencyCode,
                                     const QByteArray &credential)
{
    ConsoleSession s;
    s.id = randomToken();
    s.csrf = randomToken();
    s.accountId = accountId;
    s.username = username;
    s.displayName = displayName;
    s.regencyCode = regencyCode;
    s.credential = credential;
    s.opened = m_clock.now();
    s.lastSeen = s.opened;
    QMutexLocker lock(&m_mutex);
    if (m_sessions.size() >= kMaxSessions) {
        dropOldest();
    }
    m_sessions.insert(s.id, s);
    return s;
}

QByteArray ConsoleSessions::credentialOf(const QByteArray &passwordHash)
{
    return QCryptographicHash::hash(passwordHash, QCryptographicHash::Sha256);
}

bool ConsoleSessions::expired(const ConsoleSession &s, const QDateTime &now) const
{
    return s.lastSeen.secsTo(now) >= qint64(kIdleMinutes) * 60 ||
           s.opened.secsTo(now) >= qint64(kMaxHours) * 3600;
}

void ConsoleSessions::dropOldest()
{
    const QDateTime now = m_clock.now();
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        it = expired(it.value(), now) ? m_sessions.erase(it) : std::next(it);
    }
    while (m_sessions.size() >= kMaxSessions) {
        auto oldest = m_sessions.begin();
        for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
            if (it->lastSeen < oldest->lastSeen) {
                oldest = it;
            }
        }
        m_sessions.erase(oldest);
    }
}

std::optional<ConsoleSession> ConsoleSessions::find(const QByteArray &id)
{
    if (id.isEmpty()) {
        return std::nullopt;
    }
    const QDateTime now = m_clock.now();
    QMutexLocker lock(&m_mutex);
    auto it = m_sessions.find(id);
    if (it == m_sessions.end()) {
        return std::nullopt;
    }
    if (expired(*it, now)) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    it->lastSeen = now;
    return *it;
}

void ConsoleSessions::close(const QByteArray &id)
{
    QMutexLocker lock(&m_mutex);
    m_sessions.remove(id);
}

int ConsoleSessions::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_sessions.size());
}

} // namespace tepat::central::console
