#include "core/photos/PhotoExif.h"

#include <QTimeZone>

#include <mutex>

// libexiv2 0.27 declares std::auto_ptr in its interface; keep the deprecation warnings it
// causes out of the build without hiding them elsewhere.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace tepat {

namespace {

void initialiseExiv2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize(); // makes later use from several threads safe
    });
}

QString text(const Exiv2::ExifData &exif, const char *key)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    return it == exif.end() ? QString() : QString::fromStdString(it->toString()).trimmed();
}

std::optional<double> degrees(const Exiv2::ExifData &exif, const char *valueKey, const char *refKey,
                              char negative)
{
    const auto it = exif.findKey(Exiv2::ExifKey(valueKey));
    if (it == exif.end() || it->count() != 3) {
        return std::nullopt;
    }
    double value = 0;
    double unit = 1;
    for (long i = 0; i < 3; ++i) {
        const Exiv2::Rational r = it->toRational(i);
        if (r.second == 0) {
            return std::nullopt;
        }
        value += double(r.first) / double(r.second) / unit;
        unit *= 60;
    }
    const QString ref = text(exif, refKey).toUpper();
    if (ref.startsWith(QLatin1Char(negative))) {
        value = -value;
    }
    return value;
}

QDateTime captureTime(const Exiv2::ExifData &exif, const QTimeZone &localZone)
{
    QString stamp = text(exif, "Exif.Photo.DateTimeOriginal");
    QString offset = text(exif, "Exif.Photo.OffsetTimeOriginal");
    if (stamp.isEmpty()) {
        stamp = text(exif, "Exif.Image.DateTime");
        offset = text(exif, "Exif.Photo.OffsetTime");
    }
    const QDateTime local =
        QDateTime::fromString(stamp.left(19), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!local.isValid()) {
        return {};
    }
    // "+07:00"
    if (offset.size() == 6 && (offset[0] == u'+' || offset[0] == u'-') && offset[3] == u':') {
        bool hoursOk = false;
        bool minutesOk = false;
        const int hours = offset.mid(1, 2).toInt(&hoursOk);
        const int minutes = offset.mid(4, 2).toInt(&minutesOk);
        if (hoursOk && minutesOk) {
            const int seconds = (offset[0] == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
            return QDateTime(local.date(), local.time(), QTimeZone(seconds));
        }
    }
    return QDateTime(local.date(), local.time(), localZone);
}

} // namespace

PhotoExif PhotoExif::read(const QByteArray &imageBytes, const QTimeZone &localZone)
{
    initialiseExiv2();
    PhotoExif facts;
    try {
        Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte *>(imageBytes.constData()), long(imageBytes.size()));
        if (!image.get()) {
            return facts;
        }
        image->readMetadata();
        const Exiv2::ExifData &exif = image->exifData();
        if (exif.empty()) {
            return facts;
        }
        const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (orientation != exif.end() && orientation->count() > 0) {
            const long value = orientation->toLong();
            facts.orientation = value >= 1 && value <= 8 ? int(value) : 1;
        }
        facts.capturedAt = captureTime(exif, localZone);
        const auto lat =
            degrees(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", 'S');
        const auto lon =
            degrees(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef", 'W');
        // Cameras without a fix often write 0/0.
        if (lat && lon && !(*lat == 0.0 && *lon == 0.0)) {
            const GeoPoint point{*lat, *lon};
            if (point.isValid()) {
                facts.gps = point;
            }
        }
    } catch (const std::exception &e) {
        // Unreadable metadata is not fatal: the picture itself is checked by the decoder.
        qInfo("photo EXIF unreadable, using defaults: %s", e.what());
        return PhotoExif{};
    }
    return facts;
}

} // namespace tepat

#pragma GCC diagnostic pop
