#include "tests/sync/SyncFixtures.h"

#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

using namespace tepat;
using namespace tepat::test;

// `tepat-cli sync` killed with SIGKILL at random moments while it uploads photos, marks
// requests sent, pushes and records the answers, against a server in this process: after it
// finally completes, every one of the 1,000 queued requests is on the server exactly once and
// acknowledged exactly once locally.
class TestSyncCrash : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        bool killed = false;
        int exitCode = -1;
        QByteArray err;
    };

    // Runs the child while this process keeps serving; kills it after `killAfterMs` (< 0: never).
    static Outcome runChild(const QStringList &args, int killAfterMs)
    {
        QProcess child;
        QEventLoop loop;
        QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
        Outcome outcome;
        QTimer killer;
        killer.setSingleShot(true);
        QObject::connect(&killer, &QTimer::timeout, &loop, [&] {
            if (child.state() != QProcess::NotRunning) {
                outcome.killed = true;
                child.kill(); // SIGKILL: no cleanup, no flush
            }
        });
        child.start(QStringLiteral(TEPAT_CLI), args);
        child.write(kPassword + '\n');
        child.closeWriteChannel();
        if (killAfterMs >= 0) {
            killer.start(killAfterMs);
        }
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        outcome.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
        outcome.killed = outcome.killed || child.exitStatus() == QProcess::CrashExit;
        outcome.err = child.readAllStandardError();
        return outcome;
    }

private Q_SLOTS:
    void aThousandQueuedItemsSurviveKillNine()
    {
        constexpr int kItems = 1000;
        ClientFixture client;
        CentralFixture central(client.store.clock);
        central.addOperator();
        central.seedRegister(60);
        // The installation: the same synthetic village, loaded from the demo, not yet synced.
        DemoOptions village;
        village.villageCodes = {kVillage};
        village.households = 60;
        village.today = client.store.clock.today();
        QVERIFY(DemoVillage::populate(*client.store.db, client.store.clock, village));
        QCOMPARE(client.demoRequests(kItems, 512), kItems);
        const QString db = client.store.path();
        client.store.db.reset(); // the child owns the store now

        const QStringList args{
            QStringLiteral("sync"),       QStringLiteral("--db"),         db,
            QStringLiteral("--server"),   central.url().toString(),       QStringLiteral("--user"),
            QStringLiteral("op.bangsal"), QStringLiteral("--no-keychain")};
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill seed %u", seed);
        QRandomGenerator random(seed);
        int kills = 0;
        for (int round = 0; round < 40 && kills < 8; ++round) {
            const Outcome o = runChild(args, 100 + int(random.bounded(900)));
            if (!o.killed) {
                QVERIFY2(o.exitCode == 0, o.err.constData());
                break;
            }
            ++kills;
        }
        QVERIFY(kills > 0);
        const Outcome last = runChild(args, -1);
        QVERIFY2(last.exitCode == 0, last.err.constData());

        // None lost, none duplicated on the server.
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM request")), kItems);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(DISTINCT key) FROM request")),
                 kItems);
        QCOMPARE(central.serverCount(QStringLiteral(
                     "SELECT count(*) FROM request_event WHERE to_state = 'received'")),
                 kItems);
        // Locally: the store is sound, every item acknowledged, each step recorded once.
        auto reopened = Database::open(db);
        QVERIFY(reopened);
        Database &store = *reopened.value();
        auto integrity = store.query(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity && integrity->next());
        QCOMPARE(integrity->value(0).toString(), QStringLiteral("ok"));
        const auto count = [&store](const char *sql) {
            auto q = store.query(QLatin1String(sql));
            return q && q->next() ? q->value(0).toLongLong() : -1;
        };
        QCOMPARE(count("SELECT count(*) FROM outbox_item WHERE acknowledged_at IS NOT NULL"),
                 kItems);
        QCOMPARE(count("SELECT count(*) FROM change_request WHERE state = 'received'"), kItems);
        QCOMPARE(count("SELECT count(*) FROM change_request_event WHERE to_state = 'sent'"),
                 kItems);
        QCOMPARE(count("SELECT count(*) FROM change_request_event WHERE to_state = 'received'"),
                 kItems);
        // The keys and payloads on the server are exactly the local ones.
        auto local = store.query(QStringLiteral("SELECT key, payload_sha256 FROM outbox_item"));
        QVERIFY(local);
        QSet<QString> pairs;
        while (local->next()) {
            pairs.insert(local->value(0).toString() + u'/' + local->value(1).toString());
        }
        auto remote = central.server->database().query(
            QStringLiteral("SELECT key, payload_sha256 FROM request"));
        QVERIFY(remote);
        while (remote->next()) {
            QVERIFY(pairs.remove(remote->value(0).toString() + u'/' + remote->value(1).toString()));
        }
        QVERIFY(pairs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "TestSyncCrash.moc"
