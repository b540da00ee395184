#include "sync/client/SyncScheduler.h"

#include "core/common/Clock.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

namespace tepat::sync {

Backoff::Backoff(qint64 baseSeconds, qint64 capSeconds, std::function<double()> random)
    : m_base(baseSeconds)
    , m_cap(capSeconds)
    , m_random(random ? std::move(random) : std::function<double()>([] {
        return QRandomGenerator::global()->generateDouble();
    }))
{}

qint64 Backoff::delaySeconds(int failures) const
{
    qint64 d = m_base;
    for (int i = 1; i < failures && d < m_cap; ++i) {
        d *= 2;
    }
    d = qMin(d, m_cap);
    return d / 2 + qint64(m_random() * double(d - d / 2));
}

SyncScheduler::SyncScheduler(const Clock &clock, Backoff backoff, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_backoff(std::move(backoff))
    , m_next(clock.now())
{
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::poll);
}

void SyncScheduler::poll()
{
    if (m_running || !m_online || m_clock.now() < m_next) {
        return;
    }
    m_running = true;
    Q_EMIT syncDue();
}

void SyncScheduler::requestNow()
{
    m_next = m_clock.now();
    poll();
}

void SyncScheduler::finished(bool success)
{
    m_running = false;
    if (success) {
        m_failures = 0;
        m_next = m_clock.now().addSecs(m_interval);
    } else {
        ++m_failures;
        m_next = m_clock.now().addSecs(m_backoff.delaySeconds(m_failures));
    }
}

void SyncScheduler::setOnline(bool online)
{
    const bool cameBack = online && !m_online;
    const bool changed = online != m_online;
    m_online = online;
    if (changed) {
        Q_EMIT onlineChanged(online);
    }
    if (cameBack) {
        m_failures = 0;
        requestNow();
    }
}

void SyncScheduler::startPolling(int seconds)
{
    m_timer.start(seconds * 1000);
}

bool SyncScheduler::watchNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        return false;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    const auto apply = [this](QNetworkInformation::Reachability r) {
        setOnline(r == QNetworkInformation::Reachability::Online ||
                  r == QNetworkInformation::Reachability::Site ||
                  r == QNetworkInformation::Reachability::Unknown);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
    return true;
}

} // namespace tepat::sync
