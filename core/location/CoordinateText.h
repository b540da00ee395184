#pragma once

#include "core/common/Result.h"
#include "core/location/GeoPoint.h"

#include <QCoreApplication>

namespace tepat {

// Coordinates as people type or paste them: decimal degrees with a point or a comma as the
// decimal separator ("-7.8166", "-7,8166"), degrees-minutes-seconds ("7°48'59.8\"S",
// "7 48 59,8 LS"), degrees and decimal minutes ("S 7° 48.997'"), with a sign or a hemisphere
// letter in English (N/S/E/W) or Indonesian (U/S/T/B, LU/LS/BT/BB).
class CoordinateText
{
    Q_DECLARE_TR_FUNCTIONS(CoordinateText)

public:
    enum class Axis
    {
        Latitude,
        Longitude
    };

    static Result<double> parseValue(QStringView text, Axis axis);
    // Latitude then longitude, separated by a semicolon, a comma and space, spaces, or a
    // single comma; a pair written longitude first with hemisphere letters is put right.
    static Result<GeoPoint> parsePair(QStringView text);
};

} // namespace tepat
