#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <cmath>
#include <optional>

namespace tepat {

// A point on the WGS 84 ellipsoid in decimal degrees.
struct GeoPoint
{
    double latitude = std::nan("");
    double longitude = std::nan("");

    bool isValid() const
    {
        return std::isfinite(latitude) && std::isfinite(longitude) && latitude >= -90.0 &&
               latitude <= 90.0 && longitude >= -180.0 && longitude <= 180.0;
    }
};

// Where a household's point came from. `Register` is the point the central register already
// holds (household.latitude/longitude); the others are recorded here.
enum class LocationSource
{
    Register,
    NmeaReceiver, // GPS receiver on a serial/USB port
    System,       // the operating system's position source
    NmeaLog,      // a recorded NMEA log file, replayed
    PhotoExif,    // the GPS tags of a house photo
    Typed         // typed coordinates
};

// One position with what is known about it.
struct LocationFix
{
    GeoPoint point;
    std::optional<double> accuracyMetres; // horizontal; empty when the source does not say
    QDateTime time;                       // of the fix; invalid when unknown
    LocationSource source = LocationSource::Typed;
    QString photoSha256; // for PhotoExif
};

class Geo
{
    Q_DECLARE_TR_FUNCTIONS(Geo)

public:
    // Great-circle distance on the WGS 84 ellipsoid (Qt Positioning).
    static double distanceMetres(const GeoPoint &a, const GeoPoint &b);
    // Indonesia's extent (Weh to Merauke, Miangas to Ndana) with a small margin. A box, so it
    // also covers bits of neighbouring countries; it is there to catch swapped signs and
    // axes, not to settle borders.
    static bool insideIndonesia(const GeoPoint &point);

    static QString decimalText(const GeoPoint &point); // "-7.816600, 112.011900"
    static QString dmsText(const GeoPoint &point);     // "7° 48' 59.8\" LS, 112° 0' 42.8\" BT"
    static QString distanceText(double metres);        // "850 m", "7,3 km"

    static QString sourceCode(LocationSource source);
    static std::optional<LocationSource> sourceFromCode(QStringView code);
    static QString sourceLabel(LocationSource source);
};

} // namespace tepat
