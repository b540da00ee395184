#include "core/location/LivePosition.h"
#include "core/location/NmeaReplay.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace tepat;

// A receiver streaming NMEA, through Qt Positioning's nmea plugin. A local TCP socket stands
// in for the serial port (the plugin reads both the same way).
class TestLivePosition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Qt Positioning hides plugins marked "Testable: false" (nmea, geoclue2) from Qt Test
        // runs; this test is about exactly those plugins.
        qunsetenv("QT_QTESTLIB_RUNNING");
    }

    void receiverStreamGivesFixesWithAccuracy()
    {
        QFile log(QStringLiteral(TEPAT_TEST_DATA "/field/visit.nmea"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray nmea = log.readAll();
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server, nmea] {
            QTcpSocket *socket = server.nextPendingConnection();
            socket->write(nmea);
        });

        LivePosition live;
        QSignalSpy fixes(&live, &LivePosition::fixReceived);
        QSignalSpy failures(&live, &LivePosition::failed);
        live.startNmea(QStringLiteral("socket://127.0.0.1:%1").arg(server.serverPort()));
        QVERIFY2(live.isRunning(),
                 failures.isEmpty() ? "" : qPrintable(failures.first().first().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(fixes.size(), 3, 10000);
        QCOMPARE(failures.size(), 0);
        const LocationFix first = fixes.first().first().value<LocationFix>();
        QCOMPARE(first.source, LocationSource::NmeaReceiver);
        QVERIFY(first.accuracyMetres.has_value()); // not NaN: the UERE is set
        QVERIFY(live.best());
        QCOMPARE(qRound(*live.best()->accuracyMetres * 100),
                 qRound(2 * 0.9 * NmeaReplay::userEquivalentRangeError * 100));
        QVERIFY(std::abs(live.best()->point.latitude - -7.81661) < 1e-6);
        live.stop();
        QVERIFY(!live.isRunning());
    }

    void missingReceiverFailsClearly()
    {
        LivePosition live;
        QSignalSpy failures(&live, &LivePosition::failed);
        live.startNmea(LivePosition::serialSource(QStringLiteral("/dev/tepat-no-such-port")), 500);
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 10000);
        QVERIFY(!failures.first().first().toString().isEmpty());
        QVERIFY(!live.isRunning());
    }

    void systemSourceWithoutPositionFailsClearly()
    {
        // No position service in the test environment: either no source at all, or one that
        // stays silent until the timeout.
        LivePosition live;
        QSignalSpy failures(&live, &LivePosition::failed);
        live.startSystem(300);
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 10000);
        QVERIFY(failures.first().first().toString().contains(QStringLiteral("lokasi sistem"),
                                                             Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestLivePosition)
#include "TestLivePosition.moc"
