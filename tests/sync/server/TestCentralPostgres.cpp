#include "core/register/RegisterRepository.h"
#include "core/replica/ReplicaState.h"
#include "sync/protocol/Protocol.h"
#include "tests/sync/PostgresCluster.h"
#include "tests/sync/SyncFixtures.h"
#include "tests/sync/server/ImportChecks.h"

#include <QBuffer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <atomic>
#include <thread>

using namespace tepat;
using namespace tepat::test;
using central::Fault;
using central::FaultDecision;

namespace {

// A second client of the test's database: holds a table lock in an open transaction while the
// server's workers run into it, and tells how many of them wait.
class TableLock
{
public:
    TableLock(const QString &url, const QString &table)
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kName);
        db.setHostName(QUrlQuery(u).queryItemValue(QStringLiteral("host")));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        m_held = db.open() && db.transaction() &&
                 QSqlQuery(db).exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(table));
    }
    ~TableLock()
    {
        release();
        QSqlDatabase::removeDatabase(kName);
    }
    bool held() const { return m_held; }
    int waiting() const
    {
        QSqlQuery q(QSqlDatabase::database(kName));
        return q.exec(
                   QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                  "wait_event_type = 'Lock' AND datname = current_database()")) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    }
    void release()
    {
        QSqlDatabase db = QSqlDatabase::database(kName, false);
        if (db.isOpen()) {
            db.commit();
            db.close();
        }
    }

private:
    static inline const QString kName = QStringLiteral("table-lock");
    bool m_held = false;
};

// A request on a connection of its own, not waited for.
std::unique_ptr<QNetworkReply> post(QNetworkAccessManager &nam, const CentralFixture &central,
                                    const QString &token, const QString &path,
                                    const QJsonObject &body)
{
    QNetworkRequest request(central.url().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return std::unique_ptr<QNetworkReply>(
        nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QString tokenOf(const sync::HttpResult &login)
{
    return QJsonDocument::fromJson(login.body)
        .object()
        .value(QLatin1String("access_token"))
        .toString();
}

QJsonObject programProposal(const QString &householdId)
{
    const QJsonObject request{
        {QStringLiteral("kind"), QStringLiteral("program_proposal")},
        {QStringLiteral("household_id"), householdId},
        {QStringLiteral("person_id"), QString()},
        {QStringLiteral("base_version"), 1},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("program"), QStringLiteral("pkh")}}},
        {QStringLiteral("attachments"), QJsonArray()},
        {QStringLiteral("warnings"), QJsonArray()},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-20T02:11:09.120Z")},
        {QStringLiteral("created_by"), QStringLiteral("rina")}};
    return {{QStringLiteral("key"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("payload_sha256"), RequestEnvelope::hash(request)},
            {QStringLiteral("request"), request}};
}

int statusOf(const QNetworkReply &reply)
{
    return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

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

    // An import on its own connection takes a sequence number, then a decision on another
    // connection commits a later one while the import is still open: a pull in between must not
    // move the cursor past the import's change.
    void aPullNeverPassesOverAChangeCommittedLater()
    {
        FixedClock clock(referenceNow());
        const QString url = freshDatabase();
        CentralFixture central(clock, url);
        central.seedRegister(1);
        const qint64 start = central.server->registry().latestSequence().value();
        auto importDb = central::CentralDatabase::open(central.dir.path(), url);
        QVERIFY(importDb);
        const central::CentralRegister importer(*importDb.value(), clock);
        QVERIFY(importDb.value()->begin());
        QVERIFY(importer.appendChange(kVillage, QStringLiteral("household"), QStringLiteral("A"), 2,
                                      QStringLiteral("register"), {}));
        std::atomic<bool> committed{false};
        std::atomic<bool> failed{false};
        const QString dataDir = central.dir.path();
        std::thread later([&] {
            auto db = central::CentralDatabase::open(dataDir, url);
            if (!db) {
                failed = true;
                return;
            }
            const central::CentralRegister reg(*db.value(), clock);
            failed = !db.value()->begin() ||
                     !reg.appendChange(kVillage, QStringLiteral("household"), QStringLiteral("B"),
                                       2, QStringLiteral("review"), {}) ||
                     !db.value()->commit();
            committed = true;
        });
        const auto waiting = [&central] {
            auto q = central.server->database().query(
                QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted"));
            return q && q->next() && q->value(0).toInt() > 0;
        };
        // The later writer either committed (no serialisation) or waits for the import.
        QVERIFY(QTest::qWaitFor([&] { return committed || waiting(); }, 20000));
        QStringList seen;
        qint64 cursor = start;
        const auto pull = [&] {
            const auto page = central.server->registry().changesAfter(kVillage, cursor, 1000);
            QVERIFY(page);
            for (const ReplicaChange &c : page->changes) {
                QVERIFY(c.seq > cursor);
                cursor = c.seq;
                seen << c.id;
            }
        };
        pull();
        QVERIFY(importDb.value()->commit());
        later.join();
        QVERIFY(!failed);
        pull();
        QCOMPARE(seen, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    }

    // PostgreSQL cannot store U+0000: the request is refused before the store sees it, with
    // the same answer as on SQLite (TestCentralServer).
    void controlCharactersGetTheSameAnswerAsOnSqlite()
    {
        FixedClock clock(referenceNow());
        CentralFixture central(clock, freshDatabase());
        central.addOperator();
        central.seedRegister(1);
        auto q = central.server->database().query(
            QStringLiteral("SELECT id FROM record WHERE entity = 'household' LIMIT 1"));
        QVERIFY(q && q->next());
        auto http = signedIn(central);
        const sync::HttpResult r =
            http->send("POST", sync::apiPath("push"), {},
                       pushWithNote(q->value(0).toString(), R"("a\u0000b")"));
        QCOMPARE(r.status, 400);
        QCOMPARE(QJsonDocument::fromJson(r.body)
                     .object()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("json.control_character"));
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 0);
        const sync::HttpResult text =
            http->send("POST", sync::apiPath("push"), {},
                       pushWithNote(q->value(0).toString(), R"("baris\nbaris\tdua")"));
        QCOMPARE(text.status, 200);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 1);
    }

    // tepat-central reads the PostgreSQL password from --database-password-file (never from the
    // command line) and signs in with it; a wrong one is refused without being shown.
    void thePasswordFileSignsInToPostgres()
    {
        const QString name = QStringLiteral("tepat_%1").arg(++m_databases);
        (void)m_cluster->createDatabase(name);
        QVERIFY2(m_cluster->addPasswordRole(QStringLiteral("dinsos_pg"),
                                            QStringLiteral("sandi-pg-rahasia"), name),
                 qPrintable(m_cluster->problem()));
        QTemporaryDir dir;
        const QString passwordFile = dir.filePath(QStringLiteral("pg-password"));
        const auto writePassword = [&](const QByteArray &text) {
            QFile f(passwordFile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        const QString url = QStringLiteral("postgresql://dinsos_pg@localhost/%1?host=%2")
                                .arg(name, m_cluster->socketDir());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(QStringLiteral("PGPASSFILE"), dir.filePath(QStringLiteral("none")));
        const auto run = [&](const QStringList &more) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(TEPAT_CENTRAL),
                    QStringList{QStringLiteral("requests"), QStringLiteral("list"),
                                QStringLiteral("--data"), dir.filePath(QStringLiteral("srv")),
                                QStringLiteral("--database"), url} +
                        more);
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        // Without the password PostgreSQL refuses: the file is what lets it in.
        QCOMPARE(run({}).first, 2);
        writePassword("sandi-pg-salah\n");
        const auto wrong = run({QStringLiteral("--database-password-file"), passwordFile});
        QCOMPARE(wrong.first, 2);
        QVERIFY(!wrong.second.contains(QStringLiteral("sandi-pg-salah")));
        writePassword("sandi-pg-rahasia\nbaris kedua diabaikan\n");
        const auto right = run({QStringLiteral("--database-password-file"), passwordFile});
        QVERIFY2(right.first == 0, qPrintable(right.second));
        // The schema was made by that role, in that database.
        QSqlDatabase check =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("password-check"));
        check.setHostName(m_cluster->socketDir());
        check.setUserName(QStringLiteral("tepat"));
        check.setDatabaseName(name);
        QVERIFY(check.open());
        {
            QSqlQuery q(check);
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT tableowner FROM pg_tables WHERE tablename = 'request'")) &&
                    q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("dinsos_pg"));
        }
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("password-check"));
    }

    // The same rows refused as on SQLite (TestCentralServer), none a failed import or a 500.
    void importsRefuseControlCharactersRowByRow()
    {
        FixedClock clock(referenceNow());
        CentralFixture central(clock, freshDatabase());
        checkImportsRefuseControlCharactersRowByRow(central);
    }

    // A push that waits for a lock in the store holds up nobody else: the store's work runs on
    // worker threads with connections of their own.
    void aPushWaitingForALockDoesNotHoldUpAPull()
    {
        FixedClock clock(referenceNow());
        const QString url = freshDatabase();
        CentralFixture central(clock, url);
        central.addOperator();
        central.seedRegister(2);
        sync::Transport http(central.url(), 5000, nullptr);
        const QString token = tokenOf(signIn(http));
        const QString household =
            central.server->registry().changesAfter(kVillage, 0, 1)->changes.first().id;
        TableLock lock(url, QStringLiteral("request"));
        QVERIFY(lock.held());
        QNetworkAccessManager nam;
        const auto push = post(nam, central, token, sync::apiPath("push"),
                               {{QStringLiteral("items"), QJsonArray{programProposal(household)}}});
        QTRY_COMPARE(lock.waiting(), 1);
        const sync::HttpResult pull =
            http.send("GET", sync::apiPath("changes"), QUrlQuery(QStringLiteral("after=0")));
        QCOMPARE(pull.status, 200);
        QVERIFY(!push->isFinished());
        lock.release();
        QTRY_VERIFY(push->isFinished());
        QCOMPARE(statusOf(*push), 200);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 1);
    }

    // Two copies of one push at once (a client that gave up waiting and sent it again) on two
    // workers: the second waits for the first and is answered as a replay, nothing twice.
    void twoCopiesOfOnePushAtOnceAreStoredOnce()
    {
        FixedClock clock(referenceNow());
        const QString url = freshDatabase();
        CentralFixture central(clock, url);
        central.addOperator();
        central.seedRegister(2);
        sync::Transport http(central.url(), 5000, nullptr);
        const QString token = tokenOf(signIn(http));
        const QString household =
            central.server->registry().changesAfter(kVillage, 0, 1)->changes.first().id;
        const QJsonObject body{{QStringLiteral("items"), QJsonArray{programProposal(household)}}};
        TableLock lock(url, QStringLiteral("request"));
        QVERIFY(lock.held());
        QNetworkAccessManager first;
        QNetworkAccessManager second;
        const auto a = post(first, central, token, sync::apiPath("push"), body);
        const auto b = post(second, central, token, sync::apiPath("push"), body);
        QTRY_COMPARE(lock.waiting(), 2); // one at the table, one behind it for the device
        lock.release();
        QTRY_VERIFY(a->isFinished() && b->isFinished());
        QCOMPARE(statusOf(*a), 200);
        QCOMPARE(statusOf(*b), 200);
        int replays = 0;
        for (QNetworkReply *r : {a.get(), b.get()}) {
            const auto reply =
                sync::PushReply::fromJson(QJsonDocument::fromJson(r->readAll()).object());
            QVERIFY(reply);
            QCOMPARE(reply->results.first().outcome, sync::PushOutcome::Accepted);
            replays += reply->results.first().replay;
        }
        QCOMPARE(replays, 1);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 1);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM request_event")), 1);
    }

    // Two supervisors decide the same request at the same moment: one decision takes effect,
    // the other is refused; the history and the change stream have it once.
    void twoDecisionsAtOnceTakeEffectOnce()
    {
        FixedClock clock(referenceNow());
        const QString url = freshDatabase();
        CentralFixture central(clock, url);
        central.addOperator();
        central.addSupervisor();
        central.seedRegister(2);
        sync::Transport http(central.url(), 5000, nullptr);
        signIn(http);
        const QString household =
            central.server->registry().changesAfter(kVillage, 0, 1)->changes.first().id;
        const QJsonObject item = programProposal(household);
        QCOMPARE(http.send("POST", sync::apiPath("push"), {},
                           QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray{item}}})
                               .toJson(QJsonDocument::Compact))
                     .status,
                 200);
        const QString supervisor =
            tokenOf(signIn(http, QStringLiteral("dinsos.kediri"),
                           QStringLiteral("0e4b8a71-2c3d-4e5f-8a9b-1c2d3e4f5a6b")));
        const qint64 changesBefore =
            central.serverCount(QStringLiteral("SELECT count(*) FROM change_log"));
        const QString path = QStringLiteral("/api/v1/review/requests/%1/verify")
                                 .arg(item.value(QLatin1String("key")).toString());
        TableLock lock(url, QStringLiteral("request"));
        QVERIFY(lock.held());
        QNetworkAccessManager first;
        QNetworkAccessManager second;
        const auto a = post(first, central, supervisor, path, {});
        const auto b = post(second, central, supervisor, path, {});
        QTRY_COMPARE(lock.waiting(), 2);
        lock.release();
        QTRY_VERIFY(a->isFinished() && b->isFinished());
        QCOMPARE(QList<int>({statusOf(*a), statusOf(*b)}).count(200), 1);
        QCOMPARE(QList<int>({statusOf(*a), statusOf(*b)}).count(409), 1);
        QCOMPARE(central.serverCount(QStringLiteral(
                     "SELECT count(*) FROM request_event WHERE to_state = 'verified'")),
                 1);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM change_log")),
                 changesBefore + 1);
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
