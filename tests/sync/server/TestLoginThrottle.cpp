#include "core/common/Clock.h"
#include "sync/server/LoginThrottle.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;
using tepat::central::LoginThrottle;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsGrowPerNameAcrossAddressesUpToACap()
    {
        FixedClock clock(referenceNow());
        LoginThrottle throttle(clock);
        const QString name = QStringLiteral("op.bangsal");
        // Each guess from another address: the name is counted all the same.
        for (int i = 0; i < LoginThrottle::kFreeFailures; ++i) {
            const QHostAddress from(QStringLiteral("198.51.100.%1").arg(i + 1));
            QCOMPARE(throttle.wait(from, name), 0);
            throttle.failed(from, name);
        }
        const QHostAddress next(QStringLiteral("203.0.113.9"));
        QCOMPARE(throttle.wait(next, name), 0);
        throttle.failed(next, name);
        QCOMPARE(throttle.wait(QHostAddress(QStringLiteral("203.0.113.10")), name), 1);
        QCOMPARE(throttle.wait(QHostAddress(QStringLiteral("203.0.113.10")),
                               QStringLiteral("OP.BANGSAL")),
                 1); // names are compared as the server stores them
        QList<qint64> waits;
        for (int i = 0; i < 12; ++i) {
            clock.advanceSeconds(throttle.wait(next, name));
            throttle.failed(QHostAddress(QStringLiteral("192.0.2.%1").arg(i + 1)), name);
            waits.append(throttle.wait(QHostAddress(QStringLiteral("192.0.2.200")), name));
        }
        QCOMPARE(waits, (QList<qint64>{2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300, 300}));
        // A success forgets the name.
        throttle.succeeded(name);
        QCOMPARE(throttle.wait(QHostAddress(QStringLiteral("192.0.2.200")), name), 0);
        // A quiet quarter of an hour forgets too.
        for (int i = 0; i < 8; ++i) {
            throttle.failed(QHostAddress(QStringLiteral("192.0.2.201")), QStringLiteral("x"));
        }
        QVERIFY(throttle.wait(QHostAddress(QStringLiteral("192.0.2.202")), QStringLiteral("x")) >
                0);
        clock.advanceSeconds(LoginThrottle::kForgetSeconds + 1);
        QCOMPARE(throttle.wait(QHostAddress(QStringLiteral("192.0.2.202")), QStringLiteral("x")),
                 0);
        throttle.failed(QHostAddress(QStringLiteral("192.0.2.202")), QStringLiteral("x"));
        QCOMPARE(throttle.wait(QHostAddress(QStringLiteral("192.0.2.203")), QStringLiteral("x")),
                 0);
    }

    void anAddressIsCountedWhateverTheNameAndIpv6ByNetwork()
    {
        FixedClock clock(referenceNow());
        LoginThrottle throttle(clock);
        for (int i = 0; i <= LoginThrottle::kFreeFailures; ++i) {
            // Each from another host of the same /64.
            throttle.failed(QHostAddress(QStringLiteral("2001:db8:1:2::%1").arg(i + 1)),
                            QStringLiteral("nama%1").arg(i));
        }
        QCOMPARE(throttle.wait(QHostAddress(QStringLiteral("2001:db8:1:2:ffff::1")),
                               QStringLiteral("nama.lain")),
                 1);
        QCOMPARE(throttle.wait(QHostAddress(QStringLiteral("2001:db8:1:3::1")),
                               QStringLiteral("nama.lain")),
                 0);
        QCOMPARE(LoginThrottle::addressKey(QHostAddress(QStringLiteral("::ffff:192.0.2.1"))),
                 QStringLiteral("192.0.2.1"));
        // The address cap is longer than the name cap.
        for (int i = 0; i < 30; ++i) {
            throttle.failed(QHostAddress(QStringLiteral("192.0.2.50")),
                            QStringLiteral("n%1").arg(i));
        }
        QCOMPARE(throttle.wait(QHostAddress(QStringLiteral("192.0.2.50")), QStringLiteral("z")),
                 LoginThrottle::kAddressCapSeconds);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "TestLoginThrottle.moc"
