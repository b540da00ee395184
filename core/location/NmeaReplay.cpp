#include "core/location/NmeaReplay.h"

#include <QFile>
#include <QGeoPositionInfo>
#include <QNmeaPositionInfoSource>

namespace tepat {

namespace {

// Gives access to Qt Positioning's sentence parser, which is a protected member.
class SentenceParser final : public QNmeaPositionInfoSource
{
public:
    SentenceParser()
        : QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode)
    {
        setUserEquivalentRangeError(NmeaReplay::userEquivalentRangeError);
    }

    bool parse(const QByteArray &sentence, QGeoPositionInfo *info, bool *hasFix)
    {
        return parsePosInfoFromNmeaData(sentence.constData(), int(sentence.size()), info, hasFix);
    }
};

constexpr QGeoPositionInfo::Attribute carriedAttributes[] = {
    QGeoPositionInfo::HorizontalAccuracy, QGeoPositionInfo::VerticalAccuracy,
    QGeoPositionInfo::GroundSpeed, QGeoPositionInfo::Direction};

void merge(QGeoPositionInfo &epoch, const QGeoPositionInfo &sentence)
{
    QGeoCoordinate c = epoch.coordinate();
    const QGeoCoordinate s = sentence.coordinate();
    if (s.isValid()) {
        c.setLatitude(s.latitude());
        c.setLongitude(s.longitude());
    }
    if (!std::isnan(s.altitude())) {
        c.setAltitude(s.altitude());
    }
    epoch.setCoordinate(c);
    // GGA carries the time only, RMC the date too; a GSA carries neither.
    const QDateTime time = sentence.timestamp();
    if (time.time().isValid() && (!epoch.timestamp().time().isValid() ||
                                  (!epoch.timestamp().date().isValid() && time.date().isValid()))) {
        epoch.setTimestamp(time);
    }
    for (const auto attribute : carriedAttributes) {
        if (sentence.hasAttribute(attribute)) {
            epoch.setAttribute(attribute, sentence.attribute(attribute));
        }
    }
}

} // namespace

Result<NmeaReplay::Outcome> NmeaReplay::read(QIODevice &device)
{
    SentenceParser parser;
    Outcome outcome;
    QGeoPositionInfo epoch;
    bool epochHasFix = false;
    QDate currentDate;                  // GGA carries no date; RMC/ZDA do
    std::optional<double> lastAccuracy; // GSA may come once for several epochs
    qint64 bytesRead = 0;

    const auto finishEpoch = [&] {
        QDateTime time = epoch.timestamp();
        if (time.date().isValid()) {
            currentDate = time.date();
        } else if (time.time().isValid() && currentDate.isValid()) {
            time = QDateTime(currentDate, time.time(), Qt::UTC);
        }
        if (epoch.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
            lastAccuracy = epoch.attribute(QGeoPositionInfo::HorizontalAccuracy);
        }
        const QGeoCoordinate c = epoch.coordinate();
        if (epochHasFix && c.isValid()) {
            LocationFix fix;
            fix.point = {c.latitude(), c.longitude()};
            fix.accuracyMetres = lastAccuracy;
            fix.time = time.isValid() && time.date().isValid() ? time : QDateTime();
            fix.source = LocationSource::NmeaLog;
            outcome.fixes << fix;
        }
        epoch = QGeoPositionInfo();
        epochHasFix = false;
    };

    while (!device.atEnd()) {
        const QByteArray raw = device.readLine(4096);
        if (raw.isEmpty()) {
            break;
        }
        bytesRead += raw.size();
        if (bytesRead > maxBytes) {
            return Error{QStringLiteral("location.nmea_too_large"),
                         tr("Berkas log NMEA lebih dari %1 MB. Potong bagian saat di rumah "
                            "keluarga ini saja, lalu ulangi.")
                             .arg(maxBytes / (1024 * 1024))};
        }
        const QByteArray line = raw.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        QGeoPositionInfo sentence;
        bool hasFix = false;
        if (!parser.parse(line, &sentence, &hasFix)) {
            ++outcome.linesIgnored;
            continue;
        }
        ++outcome.sentencesUsed;
        const QTime sentenceTime = sentence.timestamp().time();
        const QTime epochTime = epoch.timestamp().time();
        if (sentenceTime.isValid() && epochTime.isValid() && sentenceTime != epochTime) {
            finishEpoch();
        }
        merge(epoch, sentence);
        // A GSA reports the fix mode without a position; only position sentences count.
        epochHasFix = epochHasFix || (hasFix && sentence.coordinate().isValid());
    }
    finishEpoch();

    if (outcome.sentencesUsed == 0) {
        return Error{QStringLiteral("location.nmea_none"),
                     tr("Berkas ini bukan log NMEA yang terbaca (tidak ada kalimat $GPGGA/$GPRMC "
                        "dengan checksum benar).")};
    }
    if (outcome.fixes.isEmpty()) {
        return Error{QStringLiteral("location.nmea_no_fix"),
                     tr("Log NMEA tidak berisi posisi: penerima GPS belum mendapat sinyal satelit "
                        "saat merekam. Rekam lagi di tempat terbuka.")};
    }
    return outcome;
}

Result<NmeaReplay::Outcome> NmeaReplay::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("location.nmea_unreadable"),
                     tr("Berkas log NMEA %1 tidak bisa dibaca: %2").arg(path, file.errorString())};
    }
    if (file.size() > maxBytes) {
        return Error{QStringLiteral("location.nmea_too_large"),
                     tr("Berkas log NMEA lebih dari %1 MB. Potong bagian saat di rumah "
                        "keluarga ini saja, lalu ulangi.")
                         .arg(maxBytes / (1024 * 1024))};
    }
    return read(file);
}

std::optional<LocationFix> NmeaReplay::best(const QList<LocationFix> &fixes)
{
    std::optional<LocationFix> chosen;
    for (const LocationFix &fix : fixes) {
        const double accuracy = fix.accuracyMetres.value_or(qInf());
        if (!chosen || accuracy <= chosen->accuracyMetres.value_or(qInf())) {
            chosen = fix;
        }
    }
    return chosen;
}

} // namespace tepat
