#include "core/location/GeoPoint.h"

#include "core/common/Language.h"

#include <QGeoCoordinate>

namespace tepat {

double Geo::distanceMetres(const GeoPoint &a, const GeoPoint &b)
{
    return QGeoCoordinate(a.latitude, a.longitude)
        .distanceTo(QGeoCoordinate(b.latitude, b.longitude));
}

bool Geo::insideIndonesia(const GeoPoint &point)
{
    return point.isValid() && point.latitude >= -11.5 && point.latitude <= 6.5 &&
           point.longitude >= 94.5 && point.longitude <= 141.5;
}

QString Geo::decimalText(const GeoPoint &point)
{
    return QStringLiteral("%1, %2").arg(point.latitude, 0, 'f', 6).arg(point.longitude, 0, 'f', 6);
}

QString Geo::dmsText(const GeoPoint &point)
{
    // Degrees, minutes and seconds to a tenth, with the hemisphere as people here write it
    // (LU/LS, BT/BB); CoordinateText reads it back.
    const auto dms = [](double value) {
        const qint64 tenths = qRound64(std::abs(value) * 36000.0);
        return QStringLiteral("%1\u00B0 %2' %3\"")
            .arg(tenths / 36000)
            .arg(tenths / 600 % 60)
            .arg(double(tenths % 600) / 10.0, 0, 'f', 1);
    };
    const QString lat = point.latitude < 0 ? tr("%1 LS") : tr("%1 LU");
    const QString lon = point.longitude < 0 ? tr("%1 BB") : tr("%1 BT");
    return QStringLiteral("%1, %2").arg(lat.arg(dms(point.latitude)),
                                        lon.arg(dms(point.longitude)));
}

QString Geo::distanceText(double metres)
{
    if (metres < 1000.0) {
        return tr("%1 m").arg(qRound(metres));
    }
    const double km = std::round(metres / 100.0) / 10.0;
    return tr("%1 km").arg(Language::locale().toString(km, 'f', km == std::round(km) ? 0 : 1));
}

QString Geo::sourceCode(LocationSource source)
{
    switch (source) {
    case LocationSource::Register:
        return QStringLiteral("register");
    case LocationSource::NmeaReceiver:
        return QStringLiteral("nmea");
    case LocationSource::System:
        return QStringLiteral("system");
    case LocationSource::NmeaLog:
        return QStringLiteral("nmea_log");
    case LocationSource::PhotoExif:
        return QStringLiteral("exif");
    case LocationSource::Typed:
        return QStringLiteral("typed");
    }
    return {};
}

std::optional<LocationSource> Geo::sourceFromCode(QStringView code)
{
    for (LocationSource s :
         {LocationSource::Register, LocationSource::NmeaReceiver, LocationSource::System,
          LocationSource::NmeaLog, LocationSource::PhotoExif, LocationSource::Typed}) {
        if (code == sourceCode(s)) {
            return s;
        }
    }
    return std::nullopt;
}

QString Geo::sourceLabel(LocationSource source)
{
    switch (source) {
    case LocationSource::Register:
        return tr("data DTSEN");
    case LocationSource::NmeaReceiver:
        return tr("penerima GPS");
    case LocationSource::System:
        return tr("lokasi sistem");
    case LocationSource::NmeaLog:
        return tr("berkas log NMEA");
    case LocationSource::PhotoExif:
        return tr("GPS foto");
    case LocationSource::Typed:
        return tr("diketik");
    }
    return {};
}

} // namespace tepat
