#pragma once

#include "core/location/GeoPoint.h"

#include <QObject>
#include <QTimer>

class QGeoPositionInfo;
class QGeoPositionInfoSource;

namespace tepat {

// Positions as they arrive from a GPS receiver speaking NMEA (Qt Positioning's nmea plugin:
// serial/USB port, or a socket such as gpsd's NMEA feed) or from the operating system's
// position source. Keeps the most accurate fix so far; the operator decides when to save it.
class LivePosition : public QObject
{
    Q_OBJECT

public:
    explicit LivePosition(QObject *parent = nullptr);
    ~LivePosition() override;

    // `nmeaSource` as the nmea plugin takes it: "serial:/dev/ttyUSB0", "serial:COM3",
    // "serial:" (look for a known receiver), "socket://host:port".
    void startNmea(const QString &nmeaSource, int timeoutMs = 90000);
    void startSystem(int timeoutMs = 30000);
    void stop();
    bool isRunning() const;

    std::optional<LocationFix> best() const { return m_best; }
    int fixCount() const { return m_fixCount; }

    static QString serialSource(const QString &port);
    // Serial ports worth offering: /dev/ttyUSB*, /dev/ttyACM* (Linux); COM1–COM16 (Windows).
    static QStringList candidatePorts();

Q_SIGNALS:
    void fixReceived(const tepat::LocationFix &fix);
    void failed(const QString &message);

private:
    void begin(QGeoPositionInfoSource *source, LocationSource kind, int timeoutMs);
    void onPosition(const QGeoPositionInfo &info);
    void fail(const QString &message);

    QGeoPositionInfoSource *m_source = nullptr;
    LocationSource m_kind = LocationSource::NmeaReceiver;
    QTimer m_timeout;
    std::optional<LocationFix> m_best;
    int m_fixCount = 0;
};

} // namespace tepat
