#include "core/common/Clock.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/LoginBackoff.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tepat;
using namespace tepat::test;
using tepat::central::LoginBackoff;
using tepat::central::LoginThrottle;

class TestLoginBackoff : public QObject
{
    Q_OBJECT

    static qint64 count(const central::CentralDatabase &db, const QString &sql)
    {
        auto q = db.query(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    // What one run counted, a second run takes back: the same waits for the same address and
    // name; the name is kept only as a digest.
    void aSecondThrottleTakesBackWhatTheFirstKept()
    {
        QTemporaryDir dir;
        auto db = central::CentralDatabase::open(dir.path(), {}, true);
        QVERIFY(db);
        FixedClock clock(referenceNow());
        const QHostAddress from(QStringLiteral("198.51.100.7"));
        const QString name = QStringLiteral("Op.Bangsal");
        {
            LoginThrottle first(clock);
            for (int i = 0; i < LoginThrottle::kFreeFailures + 3; ++i) {
                QVERIFY(LoginBackoff::keep(**db, first.failed(from, name)));
            }
            QCOMPARE(first.wait(from, name), 4);
        }
        QCOMPARE(count(**db, QStringLiteral("SELECT count(*) FROM login_backoff")), 2);
        QCOMPARE(count(**db, QStringLiteral("SELECT count(*) FROM login_backoff WHERE lower(key) "
                                            "LIKE '%bangsal%'")),
                 0);
        LoginThrottle second(clock);
        QCOMPARE(second.wait(from, name), 0);
        auto kept = LoginBackoff::load(**db);
        QVERIFY(kept);
        second.restore(*kept);
        QCOMPARE(second.wait(from, name), 4);
        QCOMPARE(
            second.wait(QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("OP.bangsal")),
            4);
        QCOMPARE(second.wait(from, QStringLiteral("nama.lain")), 4); // the address
        // The next failure continues the count: 8 s, not a fresh start.
        QVERIFY(LoginBackoff::keep(**db, second.failed(from, name)));
        QCOMPARE(second.wait(from, name), 8);
    }

    // Two login workers may store their changes in the other order: the later change stays.
    void aLaterChangeIsNotOverwrittenByAnEarlierOne()
    {
        QTemporaryDir dir;
        auto db = central::CentralDatabase::open(dir.path(), {}, true);
        QVERIFY(db);
        FixedClock clock(referenceNow());
        LoginThrottle throttle(clock);
        const QHostAddress from(QStringLiteral("198.51.100.7"));
        const QString name = QStringLiteral("op.bangsal");
        QList<LoginThrottle::Change> failures;
        for (int i = 0; i < LoginThrottle::kFreeFailures + 2; ++i) {
            failures = throttle.failed(from, name);
        }
        const LoginThrottle::Change success = throttle.succeeded(name);
        QVERIFY(LoginBackoff::keep(**db, {success}));
        QVERIFY(LoginBackoff::keep(**db, failures)); // arrives late
        LoginThrottle restarted(clock);
        restarted.restore(LoginBackoff::load(**db).value());
        QCOMPARE(restarted.wait(QHostAddress(QStringLiteral("192.0.2.1")), name), 0);
        QCOMPARE(restarted.wait(from, QStringLiteral("x")), 2); // the address is kept

        // Forgotten entries are dropped from the store.
        clock.advanceSeconds(LoginThrottle::kForgetSeconds + 1);
        QVERIFY(
            LoginBackoff::forgetBefore(**db, clock.now().addSecs(-LoginThrottle::kForgetSeconds)));
        QCOMPARE(count(**db, QStringLiteral("SELECT count(*) FROM login_backoff")), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginBackoff)
#include "TestLoginBackoff.moc"
