#include "core/location/LivePosition.h"

#include "core/location/NmeaReplay.h"

#include <QDir>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>

namespace tepat {

LivePosition::LivePosition(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(m_kind == LocationSource::System
                 ? tr("Lokasi sistem tidak memberi posisi. Pakai penerima GPS, berkas log NMEA "
                      "atau ketik koordinat.")
                 : tr("Penerima GPS belum mendapat posisi. Pastikan alat menyala dan di tempat "
                      "terbuka, lalu coba lagi."));
    });
}

LivePosition::~LivePosition()
{
    stop();
}

QString LivePosition::serialSource(const QString &port)
{
    return QStringLiteral("serial:") + port;
}

QStringList LivePosition::candidatePorts()
{
#ifdef Q_OS_WIN
    QStringList ports;
    for (int i = 1; i <= 16; ++i) {
        ports << QStringLiteral("COM%1").arg(i);
    }
    return ports;
#else
    QStringList ports;
    const QDir dev(QStringLiteral("/dev"));
    for (const QString &name :
         dev.entryList({QStringLiteral("ttyUSB*"), QStringLiteral("ttyACM*")}, QDir::System)) {
        ports << dev.filePath(name);
    }
    return ports;
#endif
}

void LivePosition::startNmea(const QString &nmeaSource, int timeoutMs)
{
    stop();
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createSource(
        QStringLiteral("nmea"), {{QStringLiteral("nmea.source"), nmeaSource}}, this);
    if (!source) {
        fail(tr("Penerima GPS tidak bisa dibuka (%1). Periksa kabel dan nama port.")
                 .arg(nmeaSource));
        return;
    }
    // Without a User Equivalent Range Error Qt reports no accuracy at all.
    if (auto *nmea = qobject_cast<QNmeaPositionInfoSource *>(source)) {
        nmea->setUserEquivalentRangeError(NmeaReplay::userEquivalentRangeError);
    }
    begin(source, LocationSource::NmeaReceiver, timeoutMs);
}

void LivePosition::startSystem(int timeoutMs)
{
    stop();
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createDefaultSource(this);
    if (!source) {
        fail(tr("Komputer ini tidak punya sumber lokasi sistem. Pakai penerima GPS, berkas log "
                "NMEA atau ketik koordinat."));
        return;
    }
    begin(source, LocationSource::System, timeoutMs);
}

void LivePosition::begin(QGeoPositionInfoSource *source, LocationSource kind, int timeoutMs)
{
    m_source = source;
    m_kind = kind;
    m_best.reset();
    m_fixCount = 0;
    connect(source, &QGeoPositionInfoSource::positionUpdated, this, &LivePosition::onPosition);
    connect(source, &QGeoPositionInfoSource::errorOccurred, this,
            [this](QGeoPositionInfoSource::Error error) {
                if (error == QGeoPositionInfoSource::AccessError ||
                    error == QGeoPositionInfoSource::ClosedError) {
                    fail(m_kind == LocationSource::System
                             ? tr("Lokasi sistem tidak bisa dipakai (akses ditolak atau "
                                  "dimatikan).")
                             : tr("Sambungan ke penerima GPS terputus atau tidak bisa dibuka."));
                }
            });
    m_timeout.start(timeoutMs);
    source->startUpdates();
}

void LivePosition::stop()
{
    m_timeout.stop();
    if (m_source) {
        m_source->stopUpdates();
        m_source->disconnect(this);
        m_source->deleteLater();
        m_source = nullptr;
    }
}

bool LivePosition::isRunning() const
{
    return m_source != nullptr;
}

void LivePosition::onPosition(const QGeoPositionInfo &info)
{
    const QGeoCoordinate c = info.coordinate();
    if (!info.isValid() || !c.isValid()) {
        return;
    }
    m_timeout.stop();
    LocationFix fix;
    fix.point = {c.latitude(), c.longitude()};
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
        fix.accuracyMetres = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
    }
    fix.time = info.timestamp();
    fix.source = m_kind;
    ++m_fixCount;
    if (!m_best || fix.accuracyMetres.value_or(qInf()) <= m_best->accuracyMetres.value_or(qInf())) {
        m_best = fix;
    }
    Q_EMIT fixReceived(fix);
}

void LivePosition::fail(const QString &message)
{
    stop();
    Q_EMIT failed(message);
}

} // namespace tepat
