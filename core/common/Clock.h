#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tepat {

// Where "now" comes from. Tests replace it; code never calls QDateTime::currentDateTime().
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    static const Clock &system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

// How a moment is stored and sent: UTC, ISO 8601 with milliseconds, "2026-11-23T03:00:00.000Z".
// Stored text compares in time order; hash what is stored.
inline QString storedTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
inline QDateTime parseStoredTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace tepat
