#pragma once

#include "core/common/Result.h"
#include "core/location/GeoPoint.h"

#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace tepat {

// Replays a recorded NMEA log (GGA, RMC, GSA, GLL, VTG, ZDA) into fixes. Sentences are parsed
// by Qt Positioning's NMEA parser (checksums checked, bad ones ignored); the sentences of one
// epoch (same UTC time, plus the GSA that follows without a time) are merged into one fix, as
// QNmeaPositionInfoSource does for a live receiver. Synchronous and without an event loop, so
// the command-line tool and worker threads can use it.
class NmeaReplay
{
    Q_DECLARE_TR_FUNCTIONS(NmeaReplay)

public:
    // Qt reports no accuracy until a User Equivalent Range Error is set; 5.1 m is the typical
    // value Qt's documentation gives. Horizontal accuracy is then 2 × HDOP × UERE.
    static constexpr double userEquivalentRangeError = 5.1;
    static constexpr qint64 maxBytes = 64LL * 1024 * 1024;

    struct Outcome
    {
        QList<LocationFix> fixes; // in log order, each with source NmeaLog
        int sentencesUsed = 0;
        int linesIgnored = 0; // bad checksum, unknown sentence, noise
    };

    static Result<Outcome> read(QIODevice &device);
    static Result<Outcome> readFile(const QString &path);

    // The fix to keep: the most accurate one, the latest among equals.
    static std::optional<LocationFix> best(const QList<LocationFix> &fixes);
};

} // namespace tepat
