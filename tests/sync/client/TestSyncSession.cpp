#include "SyncFixtures.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;
using S = RequestState;

class TestSyncSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSyncPullsTheSnapshotThenPushesTheOutbox()
    {
        ClientFixture client;
        CentralFixture central(client.store.clock);
        central.addOperator();
        central.seedRegister(20);

        sync::SyncReport first = client.sync(central.url());
        QVERIFY2(!first.error, qPrintable(first.error ? first.error->message : QString()));
        QCOMPARE(first.outcome, SyncOutcome::Ok);
        QVERIFY(!first.refreshToken.isEmpty());
        QCOMPARE(client.store.count(QStringLiteral("SELECT count(*) FROM household")), 20);
        QCOMPARE(client.store.count(QStringLiteral("SELECT count(*) FROM person")),
                 central.serverCount(QStringLiteral(
                     "SELECT count(*) FROM record WHERE entity = 'person'")));

        QCOMPARE(client.demoRequests(10), 10);
        sync::SyncReport second = client.sync(central.url());
        QVERIFY2(!second.error, qPrintable(second.error ? second.error->message : QString()));
        QCOMPARE(second.sent, 10);
        QCOMPARE(second.acknowledged, 10);
        QCOMPARE(second.uploadedFiles, 10);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 10);
        QCOMPARE(client.store.count(
                     QStringLiteral("SELECT count(*) FROM change_request WHERE state = 'received'")),
                 10);
        QCOMPARE(client.outbox().summary()->waiting, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "TestSyncSession.moc"
