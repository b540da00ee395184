#include "PostgresCluster.h"
#include "SyncFixtures.h"
#include "replica/ReplicaState.h"
#include "storage/RegisterRepository.h"

#include <QBuffer>
#include <QTest>

using namespace tepat;
using namespace tepat::test;
using central::Fault;
using central::FaultDecision;

// tepat-central on PostgreSQL (QPSQL), as a regency runs it: the same protocol, checked end to
// end against a real server started for this test from Debian's packages.
class TestCentralPostgres : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresCluster> m_cluster;
    int m_databases = 0;

    QString freshDatabase()
    {
        return m_cluster->createDatabase(QStringLiteral("tepat_%1").arg(++m_databases));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<PostgresCluster>();
        // .ci/install-deps installs the server; without it this test fails rather than skips.
        QVERIFY2(m_cluster->installed(),
                 "No PostgreSQL server binary is installed (Debian package postgresql).");
        QVERIFY2(m_cluster->running(), qPrintable(m_cluster->problem()));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void aVillageSyncsThroughAServerOnPostgres()
    {
        ClientFixture client;
        CentralFixture central(client.store.clock, freshDatabase());
        QCOMPARE(central.server->database().dialect(), central::CentralDatabase::Dialect::Postgres);
        central.addOperator();
        central.addSupervisor();
        central.seedRegister(10);

        const sync::SyncReport first = client.sync(central.url());
        QVERIFY2(!first.error, qPrintable(first.error ? first.error->message : QString()));
        QCOMPARE(client.store.count(QStringLiteral("SELECT count(*) FROM household")), 10);

        client.demoRequests(6);
        const OutboxEntry bad = client.outbox().list(false)->first();
        QVERIFY(client.store.db->query(
            QStringLiteral("UPDATE change_request SET payload = json_set(payload, '$.reason', "
                           "'pindah') WHERE id = ?"),
            {bad.requestId}));
        // The answer to the first push is lost after the commit.
        auto left = std::make_shared<int>(1000);
        central.server->setFaultPlan([left](const QByteArray &, const QString &path) {
            FaultDecision d;
            if (path == QLatin1String("/api/v1/push") && *left > 0) {
                --*left;
                d.fault = Fault::DropAfterCommit;
            }
            return d;
        });
        QVERIFY(client.sync(central.url()).error);
        central.server->setFaultPlan({});
        const sync::SyncReport second = client.sync(central.url());
        QCOMPARE(second.acknowledged, 5);
        QCOMPARE(client.outbox().entry(bad.requestId)->parkedCode,
                 QStringLiteral("request.removal_reason"));
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 5);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM blob")), 6);

        // Decisions and a death from the civil registry come back.
        const OutboxEntry good = client.outbox().list(true)->last();
        const QString key =
            ChangeRequestRepository(*client.store.db, client.store.clock).get(good.requestId)->uuid;
        QVERIFY(
            central.server->desk().decide(central.supervisor(), key, QStringLiteral("verify"), {}));
        auto nik = central.server->database().query(
            QStringLiteral("SELECT id, nik FROM record WHERE entity = 'person' AND nik IS NOT NULL "
                           "ORDER BY id LIMIT 1"));
        QVERIFY(nik && nik->next());
        const QString personId = nik->value(0).toString();
        QByteArray csv =
            "event,nik,date,note\ndeath," + nik->value(1).toString().toLatin1() + ",2026-11-20,\n";
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        QCOMPARE(central.server->registry().importCivilEvents(buffer, {})->applied, 1);
        const sync::SyncReport third = client.sync(central.url());
        QVERIFY2(!third.error, qPrintable(third.error ? third.error->message : QString()));
        QCOMPARE(third.decisions, 1);
        QCOMPARE(client.state(good.requestId), RequestState::Verified);
        const RegisterRepository reg(*client.store.db, client.store.clock);
        QCOMPARE(reg.person(personId)->status, PersonStatus::Deceased);

        // The store survives a restart of the server.
        central.restart();
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 5);
        QVERIFY(!client.sync(central.url()).error);
    }

    void sequencesAndReviewListsWorkTheSame()
    {
        FixedClock clock(referenceNow());
        CentralFixture central(clock, freshDatabase());
        central.seedRegister(3);
        const auto page = central.server->registry().changesAfter(kVillage, 0, 1000);
        QVERIFY(page);
        qint64 previous = 0;
        for (const ReplicaChange &c : page->changes) {
            QVERIFY(c.seq > previous);
            previous = c.seq;
        }
        QCOMPARE(page->latestSequence, previous);
        const auto list = central.server->desk().reviewList(central.supervisor(), {});
        QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
        QCOMPARE(central.server->desk().listAll({})->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCentralPostgres)
#include "TestCentralPostgres.moc"
