#include "sync/client/SyncScheduler.h"
#include "tests/sync/SyncFixtures.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsWithJitterUpToTheCap()
    {
        double r = 0.0;
        const sync::Backoff backoff(30, 3600, [&r] { return r; });
        QCOMPARE(backoff.delaySeconds(1), 15); // [15, 30]
        r = 0.999;
        QCOMPARE(backoff.delaySeconds(1), 29);
        r = 0.5;
        QCOMPARE(backoff.delaySeconds(2), 45);     // d = 60
        QCOMPARE(backoff.delaySeconds(3), 90);     // d = 120
        QCOMPARE(backoff.delaySeconds(8), 2700);   // d = 3600 (capped from 3840)
        QCOMPARE(backoff.delaySeconds(500), 2700); // never overflows, never beyond the cap
        // Real jitter stays within [d/2, d].
        const sync::Backoff random(30, 3600);
        for (int i = 0; i < 200; ++i) {
            const qint64 d = random.delaySeconds(4);
            QVERIFY(d >= 120 && d <= 240);
        }
    }

    void dueNowOnRequestEveryIntervalWhenWellAndLaterAfterFailures()
    {
        FixedClock clock(referenceNow());
        sync::SyncScheduler scheduler(clock, sync::Backoff(30, 3600, [] { return 0.0; }));
        int due = 0;
        connect(&scheduler, &sync::SyncScheduler::syncDue, this, [&due] { ++due; });
        scheduler.poll();
        QCOMPARE(due, 1);
        scheduler.poll(); // still running: not twice
        QCOMPARE(due, 1);
        scheduler.finished(true);
        QCOMPARE(scheduler.nextAttemptAt(), clock.now().addSecs(15 * 60));
        scheduler.poll();
        QCOMPARE(due, 1);
        clock.advanceSeconds(15 * 60);
        scheduler.poll();
        QCOMPARE(due, 2);
        scheduler.finished(false);
        QCOMPARE(scheduler.nextAttemptAt(), clock.now().addSecs(15));
        scheduler.requestNow(); // "Sinkronkan sekarang"
        QCOMPARE(due, 3);
        scheduler.finished(false);
        scheduler.setOnline(false);
        clock.advanceDays(1);
        scheduler.poll();
        QCOMPARE(due, 3);          // offline: no pointless attempts
        scheduler.setOnline(true); // the network came back: right away
        QCOMPARE(due, 4);
        QCOMPARE(scheduler.failures(), 0);
    }

    // Two weeks without a connection, with a clock the test controls: the operator keeps
    // working, attempts back off to the cap, nothing is marked sent, nothing is lost, and when
    // the connection returns everything arrives once, signed in with the refresh token.
    void fourteenDaysOfflineThenEverythingArrivesOnce()
    {
        ClientFixture client;
        FixedClock &clock = client.store.clock;
        CentralFixture central(clock);
        central.addOperator();
        central.seedRegister(15);
        QVERIFY(!client.sync(central.url()).error);
        const QUrl url = central.url();
        central.stop();
        const qint64 auditBefore =
            client.store.count(QStringLiteral("SELECT count(*) FROM audit_entry"));

        sync::SyncScheduler scheduler(clock, sync::Backoff(30, 3600));
        int attempts = 0;
        int succeeded = 0;
        qint64 longestGap = 0;
        QDateTime previous = clock.now();
        connect(&scheduler, &sync::SyncScheduler::syncDue, this, [&] {
            ++attempts;
            longestGap = qMax(longestGap, previous.secsTo(clock.now()));
            previous = clock.now();
            const sync::SyncReport r =
                client.sync(url, {}, [](sync::SyncSession &s) { s.setPassword({}); });
            succeeded += r.outcome != SyncOutcome::Failed;
            scheduler.finished(r.outcome != SyncOutcome::Failed);
        });
        const QDateTime start = clock.now();
        int made = 0;
        for (int day = 0; day < 14; ++day) {
            made += client.demoRequests(5, 1024, quint64(100 + day)); // the day's work
            const QDateTime endOfDay = start.addDays(day + 1);
            while (scheduler.nextAttemptAt() < endOfDay) {
                clock.set(qMax(clock.now(), scheduler.nextAttemptAt()));
                scheduler.poll();
            }
            clock.set(endOfDay);
        }
        QCOMPARE(succeeded, 0);
        // At the cap an attempt comes every 30 to 60 minutes.
        QVERIFY2(attempts >= 14 * 24 && attempts <= 14 * 48 + 10,
                 qPrintable(QString::number(attempts)));
        QVERIFY(longestGap <= 3600);
        QCOMPARE(client.store.count(
                     QStringLiteral("SELECT count(*) FROM change_request WHERE state = 'queued'")),
                 made);
        // Failed attempts leave no trace in the requests' history or the audit trail.
        const qint64 auditMade =
            client.store.count(QStringLiteral("SELECT count(*) FROM audit_entry")) - auditBefore;
        QCOMPARE(auditMade, qint64(made) * 4); // create, on agenda, approved, queued

        central.start();
        scheduler.setOnline(false);
        scheduler.setOnline(true);
        QCOMPARE(succeeded, 1);
        QCOMPARE(client.outbox().summary()->waiting, 0);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM request")), made);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(DISTINCT key) FROM request")),
                 made);
        QCOMPARE(client.store.count(QStringLiteral(
                     "SELECT count(*) FROM change_request_event WHERE to_state = 'sent'")),
                 made);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "TestSyncScheduler.moc"
