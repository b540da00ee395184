#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace tepat {
class Clock;
}

namespace tepat::sync {

// Exponential backoff with jitter: after n failures in a row, the wait is drawn from
// [d/2, d] with d = min(cap, base * 2^(n-1)), so installations that lost the same connection do
// not all come back at the same second. `random` returns [0, 1); tests pass their own.
class Backoff
{
public:
    explicit Backoff(qint64 baseSeconds = 30, qint64 capSeconds = 3600,
                     std::function<double()> random = {});
    qint64 delaySeconds(int failures) const;
    qint64 capSeconds() const { return m_cap; }
    qint64 baseSeconds() const { return m_base; }

private:
    qint64 m_base;
    qint64 m_cap;
    std::function<double()> m_random;
};

// Decides when the next automatic sync is due: right away when asked or when the network
// comes back, every `interval` while all is well, with backoff after failures. Time comes from
// the Clock, so tests can run two weeks in a second; in the application a timer polls it and
// QNetworkInformation reports the network coming back.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    SyncScheduler(const Clock &clock, Backoff backoff = Backoff(), QObject *parent = nullptr);

    void setInterval(qint64 seconds) { m_interval = seconds; }
    QDateTime nextAttemptAt() const { return m_next; }
    int failures() const { return m_failures; }
    bool isRunning() const { return m_running; }
    bool isOnline() const { return m_online; }

    // Emits syncDue() when an attempt is due and none is running.
    void poll();
    void requestNow();
    void finished(bool success);
    void setOnline(bool online);

    // The application's drivers: a timer and the operating system's network reachability.
    void startPolling(int seconds = 30);
    bool watchNetwork();

Q_SIGNALS:
    void syncDue();
    void onlineChanged(bool online);

private:
    const Clock &m_clock;
    Backoff m_backoff;
    qint64 m_interval = 15 * 60;
    QDateTime m_next;
    int m_failures = 0;
    bool m_running = false;
    bool m_online = true;
    QTimer m_timer;
};

} // namespace tepat::sync
