#include "core/location/NmeaReplay.h"
#include "tests/support/FieldImages.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace tepat;

class TestNmeaReplay : public QObject
{
    Q_OBJECT

    static QString data(const char *name)
    {
        return QStringLiteral(TEPAT_TEST_DATA "/field/") + QLatin1String(name);
    }

private Q_SLOTS:
    void ggaRmcGsaGivePositionAndAccuracy()
    {
        const Result<NmeaReplay::Outcome> replay = NmeaReplay::readFile(data("visit.nmea"));
        QVERIFY2(replay.ok(), replay.ok() ? "" : qPrintable(replay.error().message));
        // Three epochs; the damaged sentence and the noise are ignored, not a fourth fix.
        QCOMPARE(replay->fixes.size(), 3);
        QCOMPARE(replay->sentencesUsed, 9);
        QCOMPARE(replay->linesIgnored, 6); // comment, 3 × GSV, bad checksum, noise
        for (const LocationFix &fix : replay->fixes) {
            QCOMPARE(fix.source, LocationSource::NmeaLog);
            QVERIFY(fix.accuracyMetres.has_value());        // not NaN: the UERE is set
            QCOMPARE(fix.time.date(), QDate(2026, 11, 23)); // from RMC, merged into the epoch
        }
        // Accuracy = 2 × HDOP × UERE (5.1 m).
        QCOMPARE(qRound(*replay->fixes[0].accuracyMetres * 100), qRound(2 * 1.8 * 5.1 * 100));
        const std::optional<LocationFix> best = NmeaReplay::best(replay->fixes);
        QVERIFY(best);
        QCOMPARE(best->time, QDateTime(QDate(2026, 11, 23), QTime(2, 15, 31), Qt::UTC));
        QVERIFY(std::abs(best->point.latitude - -7.81661) < 1e-6);
        QVERIFY(std::abs(best->point.longitude - 112.01191) < 1e-6);
        QCOMPARE(qRound(*best->accuracyMetres * 100), qRound(2 * 0.9 * 5.1 * 100));
    }

    void badChecksumIsIgnored()
    {
        // One good epoch, then the same sentence with a corrupted checksum and position.
        QByteArray log = test::nmeaSentence(
                             "GPGGA,030000.00,0749.0000,S,11200.7000,E,1,07,1.0,70.0,M,12.1,M,,") +
                         "\r\n";
        QByteArray damaged =
            test::nmeaSentence("GPGGA,030001.00,0149.0000,S,11900.7000,E,1,07,0.5,70.0,M,12.1,M,,");
        damaged[damaged.size() - 1] = damaged.endsWith('0') ? '1' : '0';
        log += damaged + "\r\n";
        QBuffer buffer(&log);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const Result<NmeaReplay::Outcome> replay = NmeaReplay::read(buffer);
        QVERIFY(replay.ok());
        QCOMPARE(replay->fixes.size(), 1);
        QCOMPARE(replay->linesIgnored, 1);
        QVERIFY(std::abs(replay->fixes[0].point.latitude - (-(7 + 49 / 60.0))) < 1e-9);
        // GGA alone gives no date: the fix time stays unknown rather than guessed.
        QVERIFY(!replay->fixes[0].time.isValid());
    }

    void logWithoutFixIsRefused()
    {
        const Result<NmeaReplay::Outcome> replay = NmeaReplay::readFile(data("nofix.nmea"));
        QVERIFY(!replay);
        QCOMPARE(replay.error().code, QStringLiteral("location.nmea_no_fix"));
    }

    void notNmeaIsRefused()
    {
        QByteArray text("bukan log GPS\nhanya teks biasa\n");
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const Result<NmeaReplay::Outcome> replay = NmeaReplay::read(buffer);
        QVERIFY(!replay);
        QCOMPARE(replay.error().code, QStringLiteral("location.nmea_none"));
        const Result<NmeaReplay::Outcome> missing =
            NmeaReplay::readFile(QStringLiteral("/nonexistent/visit.nmea"));
        QCOMPARE(missing.error().code, QStringLiteral("location.nmea_unreadable"));
    }

    void bestPrefersAccuracyThenLatest()
    {
        LocationFix a;
        a.accuracyMetres = 12;
        a.point = {-7.1, 112.1};
        LocationFix b = a;
        b.accuracyMetres = 6;
        b.point = {-7.2, 112.2};
        LocationFix c = b;
        c.point = {-7.3, 112.3};
        LocationFix d = a;
        d.accuracyMetres.reset();
        QCOMPARE(NmeaReplay::best({a, b, c, d})->point.latitude, -7.3);
        QCOMPARE(NmeaReplay::best({d})->point.latitude, -7.1);
        QVERIFY(!NmeaReplay::best({}));
    }
};

QTEST_GUILESS_MAIN(TestNmeaReplay)
#include "TestNmeaReplay.moc"
