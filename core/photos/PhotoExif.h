#pragma once

#include "core/location/GeoPoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace tepat {

// What a photo's EXIF says that Tepat keeps: how to turn it upright, when it was taken and
// where. Read with libexiv2.
struct PhotoExif
{
    int orientation = 1; // EXIF 1–8; 1 when absent or invalid
    QDateTime capturedAt;
    std::optional<GeoPoint> gps;

    // Missing or broken EXIF gives the defaults: a photo without metadata is still a photo.
    // Camera clocks keep local time without a zone: the offset tag is used when present,
    // otherwise `localZone`.
    static PhotoExif read(const QByteArray &imageBytes,
                          const QTimeZone &localZone = QTimeZone::systemTimeZone());
};

} // namespace tepat
