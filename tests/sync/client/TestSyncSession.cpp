#include "core/letters/LetterSigner.h"
#include "core/matching/NewDuplicates.h"
#include "core/register/RegisterRepository.h"
#include "core/replica/ReplicaState.h"
#include "sync/client/Transport.h"
#include "tests/sync/SyncFixtures.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tepat;
using namespace tepat::test;
using central::Fault;
using central::FaultDecision;
using S = RequestState;

namespace {

QByteArray why(const sync::SyncReport &r)
{
    return r.error ? (r.error->code + QStringLiteral(": ") + r.error->message).toUtf8()
                   : QByteArray("no error");
}

// A fault on the first `times` requests to paths that start with `prefix`. QNetworkAccessManager
// silently sends a request again once when a kept-alive connection closes before the answer, so
// a cut that must reach the sync is repeated (kAlways) and cleared before the next sync.
central::FaultPlan faultOn(const QString &prefix, FaultDecision decision, int times = 1)
{
    auto left = std::make_shared<int>(times);
    return [=](const QByteArray &, const QString &path) {
        if (path.startsWith(prefix) && *left > 0) {
            --*left;
            return decision;
        }
        return FaultDecision{};
    };
}

const QString kPush = QStringLiteral("/api/v1/push");
constexpr int kAlways = 1000;

FaultDecision fault(Fault f)
{
    FaultDecision d;
    d.fault = f;
    return d;
}

FaultDecision respond(int status, const QByteArray &body)
{
    FaultDecision d;
    d.fault = Fault::Respond;
    d.status = status;
    d.body = body;
    return d;
}

} // namespace

class TestSyncSession : public QObject
{
    Q_OBJECT

    // A client that pulled the snapshot of a seeded server.
    struct World
    {
        ClientFixture client;
        CentralFixture central{client.store.clock};
        World(int households = 12)
        {
            central.addOperator();
            central.addSupervisor();
            central.seedRegister(households);
            const sync::SyncReport first = client.sync(central.url());
            if (first.error) {
                qFatal("first sync: %s", why(first).constData());
            }
        }
        qint64 history(qint64 id, const char *to) const
        {
            return client.store.count(
                QStringLiteral("SELECT count(*) FROM change_request_event WHERE request_id = %1 "
                               "AND to_state = '%2'")
                    .arg(id)
                    .arg(QLatin1String(to)));
        }
        qint64 onServer() const
        {
            return central.serverCount(QStringLiteral("SELECT count(*) FROM request"));
        }
        QString key(qint64 id) const
        {
            return ChangeRequestRepository(*client.store.db, client.store.clock).get(id)->uuid;
        }
    };

private Q_SLOTS:
    void firstSyncPullsTheSnapshotThenPushesTheOutbox()
    {
        ClientFixture client;
        CentralFixture central(client.store.clock);
        central.addOperator();
        central.seedRegister(20);

        const sync::SyncReport first = client.sync(central.url());
        QVERIFY2(!first.error, why(first).constData());
        QCOMPARE(first.outcome, SyncOutcome::Ok);
        QVERIFY(!first.refreshToken.isEmpty());
        QCOMPARE(client.store.count(QStringLiteral("SELECT count(*) FROM household")), 20);
        QCOMPARE(client.store.count(QStringLiteral("SELECT count(*) FROM person")),
                 central.serverCount(
                     QStringLiteral("SELECT count(*) FROM record WHERE entity = 'person'")));
        QVERIFY(client.store.count(QStringLiteral(
                    "SELECT count(*) FROM program_membership WHERE until IS NULL")) > 0);
        QVERIFY(ReplicaState(*client.store.db).snapshotDone());
        // Beranda counts the likely duplicates the pull brought in, at its next count.
        QVERIFY(NewDuplicates::pending(*client.store.db));

        QCOMPARE(client.demoRequests(10), 10);
        const sync::SyncReport second = client.sync(central.url());
        QVERIFY2(!second.error, why(second).constData());
        QCOMPARE(second.sent, 10);
        QCOMPARE(second.acknowledged, 10);
        QCOMPARE(second.uploadedFiles, 10);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 10);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM blob")), 10);
        QCOMPARE(client.store.count(QStringLiteral(
                     "SELECT count(*) FROM change_request WHERE state = 'received'")),
                 10);
        QCOMPARE(client.outbox().summary()->waiting, 0);
        const auto last = SyncJournal(*client.store.db, client.store.clock).lastSuccess();
        QVERIFY(last && *last);
        QCOMPARE((*last)->acknowledged, 10);
    }

    // The village's letter-signing public key reaches central at its sync (for the public
    // letter check); a store without a key sends none.
    void theLetterKeyIsRegisteredAtSync()
    {
        ClientFixture client;
        CentralFixture central(client.store.clock);
        central.addOperator();
        central.seedRegister(2);
        QVERIFY(!client.sync(central.url()).error);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM village_letter_key")), 0);
        const Result<QString> keyId =
            LetterSigner(*client.store.db, client.store.clock).ensureKey();
        QVERIFY(keyId);
        const sync::SyncReport report = client.sync(central.url());
        QVERIFY2(!report.error, why(report).constData());
        QCOMPARE(central.serverCount(
                     QStringLiteral("SELECT count(*) FROM village_letter_key WHERE key_id = '%1' "
                                    "AND retired_at IS NULL")
                         .arg(*keyId)),
                 1);
    }

    void serverUnreachableChangesNothing()
    {
        World w;
        w.client.demoRequests(3);
        const QUrl url = w.central.url();
        w.central.stop();
        const qint64 auditBefore =
            w.client.store.count(QStringLiteral("SELECT count(*) FROM audit_entry"));
        const sync::SyncReport r = w.client.sync(url);
        QCOMPARE(r.outcome, SyncOutcome::Failed);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, QStringLiteral("net.unreachable"));
        QVERIFY(r.error->message.contains(QStringLiteral("tidak bisa dihubungi")));
        // Nothing was transmitted: still queued, no history, no audit noise.
        QCOMPARE(w.client.store.count(
                     QStringLiteral("SELECT count(*) FROM change_request WHERE state = 'queued'")),
                 3);
        QCOMPARE(w.client.store.count(QStringLiteral("SELECT count(*) FROM audit_entry")),
                 auditBefore);
        QCOMPARE(SyncJournal(*w.client.store.db, w.client.store.clock).last()->value().outcome,
                 SyncOutcome::Failed);
    }

    void connectionCutBeforeThePushIsHandledIsSentAgain()
    {
        World w;
        w.client.demoRequests(4);
        w.central.server->setFaultPlan(faultOn(kPush, fault(Fault::DropBeforeHandling), kAlways));
        const sync::SyncReport cut = w.client.sync(w.central.url());
        QCOMPARE(cut.outcome, SyncOutcome::Failed);
        QVERIFY(sync::Transport::isTransient(*cut.error));
        QCOMPARE(w.onServer(), 0);
        QCOMPARE(w.client.outbox().summary()->inFlight, 4);
        const auto entries = w.client.outbox().list(false);
        QCOMPARE(entries->first().lastError, cut.error->message);
        w.central.server->setFaultPlan({});

        const sync::SyncReport again = w.client.sync(w.central.url());
        QVERIFY2(!again.error, why(again).constData());
        QCOMPARE(again.acknowledged, 4);
        QCOMPARE(w.onServer(), 4);
    }

    void connectionCutAfterTheServerCommittedIsAReplayNotADuplicate()
    {
        World w;
        w.client.demoRequests(5);
        w.central.server->setFaultPlan(faultOn(kPush, fault(Fault::DropAfterCommit), kAlways));
        const sync::SyncReport cut = w.client.sync(w.central.url());
        QCOMPARE(cut.outcome, SyncOutcome::Failed);
        QCOMPARE(w.onServer(), 5); // stored, but the reply never arrived
        QCOMPARE(w.client.outbox().summary()->inFlight, 5);
        w.central.server->setFaultPlan({});

        const sync::SyncReport again = w.client.sync(w.central.url());
        QVERIFY2(!again.error, why(again).constData());
        QCOMPARE(again.acknowledged, 5);
        QCOMPARE(w.onServer(), 5);
        const qint64 first = w.client.outbox().list(true)->first().requestId;
        QCOMPARE(w.history(first, "sent"), 1);
        QCOMPARE(w.history(first, "received"), 1);
        QCOMPARE(w.central.serverCount(QStringLiteral(
                     "SELECT count(*) FROM request_event WHERE to_state = 'received'")),
                 5);
    }

    void aPhotoUploadCutMidChunkResumesWhereTheServerStands()
    {
        World w;
        w.client.demoRequests(1, 100 * 1024);
        const auto setChunks = [](sync::SyncOptions &o) { o.chunkBytes = 16 * 1024; };
        // From the fourth chunk on, every chunk is cut half-way.
        auto puts = std::make_shared<int>(0);
        w.central.server->setBodyCutPlan([puts](const QByteArray &method, const QString &path) {
            if (method == "PUT" && path.startsWith(QLatin1String("/api/v1/attachments/")) &&
                ++*puts >= 4) {
                FaultDecision d = fault(Fault::CutBody);
                d.cutAfterBytes = 8 * 1024;
                return d;
            }
            return FaultDecision{};
        });
        const sync::SyncReport cut = w.client.sync(w.central.url(), setChunks);
        QCOMPARE(cut.outcome, SyncOutcome::Failed);
        QCOMPARE(cut.chunksSent, 4);
        QCOMPARE(w.onServer(), 0); // no request without its complete photo
        auto uploads = w.central.server->database().query(
            QStringLiteral("SELECT received, total FROM upload"));
        QVERIFY(uploads && uploads->next());
        QCOMPARE(uploads->value(0).toLongLong(), 3 * 16 * 1024);
        const qint64 total = uploads->value(1).toLongLong();
        w.central.server->setBodyCutPlan({});

        const sync::SyncReport resumed = w.client.sync(w.central.url(), setChunks);
        QVERIFY2(!resumed.error, why(resumed).constData());
        const int chunks = int((total + 16 * 1024 - 1) / (16 * 1024));
        QCOMPARE(resumed.chunksSent, chunks - 3); // only the rest, the cut chunk once more
        QCOMPARE(resumed.uploadedBytes, total - 3 * 16 * 1024);
        QCOMPARE(resumed.acknowledged, 1);
        const QString sha = w.client.outbox()
                                .attachments(w.client.outbox().list(true)->first().requestId)
                                ->first()
                                .sha256;
        QCOMPARE(ContentStore::sha256Of(readFile(w.central.server->blobs().filePath(sha))), sha);
    }

    void aServerErrorOrSilenceLeavesEverythingForLater()
    {
        World w;
        w.client.demoRequests(2);
        w.central.server->setFaultPlan(
            faultOn(kPush, respond(503, QByteArrayLiteral("<html>busy</html>"))));
        const sync::SyncReport busy = w.client.sync(w.central.url());
        QCOMPARE(busy.error->code, QStringLiteral("net.server"));
        QVERIFY(busy.error->message.contains(QStringLiteral("503")));
        QCOMPARE(w.client.outbox().summary()->parked, 0);

        w.central.server->setFaultPlan(faultOn(kPush, fault(Fault::Stall)));
        const sync::SyncReport silent =
            w.client.sync(w.central.url(), [](sync::SyncOptions &o) { o.timeoutMs = 400; });
        QCOMPARE(silent.error->code, QStringLiteral("net.timeout"));
        QCOMPARE(w.onServer(), 0);

        const sync::SyncReport fine = w.client.sync(w.central.url());
        QVERIFY2(!fine.error, why(fine).constData());
        QCOMPARE(w.onServer(), 2);
        QCOMPARE(w.client.outbox().summary()->waiting, 0);
    }

    void aGarbledServerAnswerIsRefusedAndAppliesNothing()
    {
        World w;
        const qint64 cursor = ReplicaState(*w.client.store.db).cursor();
        QVERIFY(w.central.server->registry().appendChange(kVillage, QStringLiteral("household"),
                                                          QStringLiteral("X"), 9,
                                                          QStringLiteral("register"), {}));
        w.central.server->setFaultPlan(
            faultOn(QStringLiteral("/api/v1/changes"),
                    respond(200, QByteArrayLiteral("{\"server_id\": 12, \"changes\""))));
        const sync::SyncReport garbled = w.client.sync(w.central.url());
        QCOMPARE(garbled.error->code, QStringLiteral("net.bad_response"));
        QCOMPARE(ReplicaState(*w.client.store.db).cursor(), cursor);
        // A change the client cannot apply (an empty household) stops the pull, loses nothing.
        const sync::SyncReport invalid = w.client.sync(w.central.url());
        QVERIFY(invalid.error);
        QVERIFY2(invalid.error->message.contains(QStringLiteral("tidak valid")),
                 why(invalid).constData());
        QCOMPARE(ReplicaState(*w.client.store.db).cursor(), cursor);
    }

    void aStoreFailureDuringPullApplyKeepsTheCursor()
    {
        World w;
        const qint64 cursor = ReplicaState(*w.client.store.db).cursor();
        // Two register changes on the server.
        auto people = w.central.server->database().query(QStringLiteral(
            "SELECT id, household_id, nik, data FROM record WHERE entity = 'person' ORDER BY id "
            "LIMIT 2"));
        QVERIFY(people);
        while (people->next()) {
            QJsonObject data =
                QJsonDocument::fromJson(people->value(3).toString().toUtf8()).object();
            data.insert(QStringLiteral("occupation"), QStringLiteral("Pedagang keliling uji"));
            QVERIFY(*w.central.server->registry().put(
                {QStringLiteral("person"), people->value(0).toString(), kVillage,
                 people->value(1).toString(), 0, data},
                people->value(2).toString(), QStringLiteral("register")));
        }
        // The disk "fills up" on the second person written.
        QVERIFY(w.client.store.db->execute(
            "CREATE TEMP TABLE written(n); CREATE TEMP TRIGGER full BEFORE UPDATE OF occupation "
            "ON person WHEN (SELECT count(*) FROM written) >= 1 BEGIN "
            "SELECT RAISE(ABORT, 'database or disk is full'); END; CREATE TEMP TRIGGER count "
            "AFTER UPDATE OF occupation ON person BEGIN INSERT INTO written VALUES (1); END;"));
        const sync::SyncReport failed = w.client.sync(w.central.url());
        QVERIFY(failed.error);
        QCOMPARE(ReplicaState(*w.client.store.db).cursor(), cursor);
        QCOMPARE(w.client.store.count(QStringLiteral(
                     "SELECT count(*) FROM person WHERE occupation = 'Pedagang keliling uji'")),
                 0);
        QVERIFY(w.client.store.db->execute("DROP TRIGGER temp.full; DROP TRIGGER temp.count;"));
        const sync::SyncReport fine = w.client.sync(w.central.url());
        QVERIFY2(!fine.error, why(fine).constData());
        QCOMPARE(fine.pulled, 2);
        QVERIFY(ReplicaState(*w.client.store.db).cursor() > cursor);
        QCOMPARE(w.client.store.count(QStringLiteral(
                     "SELECT count(*) FROM person WHERE occupation = 'Pedagang keliling uji'")),
                 2);
    }

    void aServerRestartIsJustAnotherSync()
    {
        World w;
        w.client.demoRequests(3);
        QVERIFY(!w.client.sync(w.central.url()).error);
        w.central.restart();
        w.client.demoRequests(2, 2048, 99);
        // The refresh token survives the restart: no password needed.
        const sync::SyncReport r =
            w.client.sync(w.central.url(), {}, [](sync::SyncSession &s) { s.setPassword({}); });
        QVERIFY2(!r.error, why(r).constData());
        QCOMPARE(r.acknowledged, 2);
        QCOMPARE(w.onServer(), 5);
    }

    void theSameKeyWithAnotherPayloadIsRefusedAndParked()
    {
        World w;
        w.client.demoRequests(1);
        QVERIFY(!w.client.sync(w.central.url()).error);
        // A store restored from an older backup sends the request again, changed meanwhile.
        const qint64 id = w.client.outbox().list(true)->first().requestId;
        QVERIFY(w.client.store.db->query(
            QStringLiteral("UPDATE change_request SET payload = '{\"program\":\"PKH\"}', "
                           "state = 'queued' WHERE id = ?"),
            {id}));
        QVERIFY(w.client.store.db->execute("UPDATE outbox_item SET resend = 1"));
        const sync::SyncReport r = w.client.sync(w.central.url());
        QCOMPARE(r.parked, 1);
        const OutboxEntry parked = *w.client.outbox().entry(id);
        QCOMPARE(parked.parkedCode, QStringLiteral("push.key_reused"));
        QVERIFY(parked.parkedMessage.contains(QStringLiteral("isi yang berbeda")));
        QCOMPARE(w.onServer(), 1);
    }

    void aBadItemIsParkedAndTheOthersGoThrough()
    {
        World w;
        w.client.demoRequests(6);
        // Request 1 is a removal (DemoRequests: every third); give it an unknown reason.
        const auto entries = *w.client.outbox().list(false);
        qint64 bad = 0;
        for (const OutboxEntry &e : entries) {
            if (e.kind == RequestKind::Removal && !bad) {
                bad = e.requestId;
            }
        }
        QVERIFY(w.client.store.db->query(
            QStringLiteral("UPDATE change_request SET payload = json_set(payload, '$.reason', "
                           "'pindah') WHERE id = ?"),
            {bad}));
        const sync::SyncReport r = w.client.sync(w.central.url());
        QCOMPARE(r.outcome, SyncOutcome::Partial);
        QCOMPARE(r.acknowledged, 5);
        QCOMPARE(r.parked, 1);
        OutboxEntry parked = *w.client.outbox().entry(bad);
        QVERIFY(parked.isParked());
        QCOMPARE(parked.parkedCode, QStringLiteral("request.removal_reason"));
        QVERIFY(parked.parkedMessage.contains(QStringLiteral("pindah")));
        QCOMPARE(w.client.state(bad), S::Queued);
        QCOMPARE(w.history(bad, "queued"), 2); // back in the queue, with the server's reason

        // Another sync leaves it alone until the operator fixes it.
        QCOMPARE(w.client.sync(w.central.url()).sent, 0);
        QJsonObject payload =
            ChangeRequestRepository(*w.client.store.db, w.client.store.clock).get(bad)->payload;
        payload.insert(QStringLiteral("reason"), QStringLiteral("moved_away"));
        QVERIFY(w.client.outbox().editPayload(bad, payload, as(QStringLiteral("rina"))));
        QVERIFY(w.client.outbox().resend(bad, as(QStringLiteral("rina"))));
        const sync::SyncReport fixed = w.client.sync(w.central.url());
        QVERIFY2(!fixed.error, why(fixed).constData());
        QCOMPARE(fixed.acknowledged, 1);
        QCOMPARE(w.client.state(bad), S::Received);
        QCOMPARE(w.onServer(), 6);
    }

    void aBatchRefusedAsAWholeIsSplitUntilTheCulpritIsAlone()
    {
        World w;
        w.client.demoRequests(3);
        // The whole batch of three, then the first half (one item) are refused.
        w.central.server->setFaultPlan(faultOn(
            kPush,
            respond(413, QByteArrayLiteral("{\"error\":{\"code\":\"request.too_large\","
                                           "\"message\":\"Isi permintaan terlalu besar.\"}}")),
            2));
        const sync::SyncReport r = w.client.sync(w.central.url());
        QCOMPARE(r.parked, 1);
        QCOMPARE(r.acknowledged, 2);
        const OutboxEntry first = w.client.outbox().list(true)->first();
        QVERIFY(first.isParked());
        QCOMPARE(first.parkedMessage, QStringLiteral("Isi permintaan terlalu besar."));
    }

    void aPullNeverOverwritesAnUnsentLocalChange()
    {
        World w;
        w.client.demoRequests(1); // a removal of the last member of the first household
        const OutboxEntry entry = w.client.outbox().list(false)->first();
        QCOMPARE(entry.kind, RequestKind::Removal);
        const QString personId = entry.personId;
        const RegisterRepository reg(*w.client.store.db, w.client.store.clock);
        const Person before = *reg.person(personId);

        // Dukcapil reports the person moved, on the server, while the request waits.
        auto nik = w.central.server->database().query(
            QStringLiteral("SELECT nik FROM record WHERE id = ?"), {personId});
        QVERIFY(nik && nik->next());
        QByteArray csv = "event,nik,date,note\nmove," + nik->value(0).toString().toLatin1() +
                         ",2026-11-20,Pindah ke Kota Malang\n";
        nik->finish(); // the server's workers read through connections of their own
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        QCOMPARE(w.central.server->registry().importCivilEvents(buffer, {})->applied, 1);

        const sync::SyncReport pullOnly =
            w.client.sync(w.central.url(), [](sync::SyncOptions &o) { o.push = false; });
        QVERIFY2(!pullOnly.error, why(pullOnly).constData());
        QCOMPARE(pullOnly.held, 1);
        QCOMPARE(reg.person(personId)->status, PersonStatus::Active);
        QCOMPARE(reg.person(personId)->serverVersion, before.serverVersion);

        // Sent with the version the musyawarah saw: the server flags the conflict; then the held
        // version is written.
        const sync::SyncReport r = w.client.sync(w.central.url());
        QVERIFY2(!r.error, why(r).constData());
        const OutboxEntry sent = *w.client.outbox().entry(entry.requestId);
        QCOMPARE(sent.conflict.value(QStringLiteral("entity")).toString(),
                 QStringLiteral("person"));
        QCOMPARE(sent.conflict.value(QStringLiteral("base_version")).toInteger(),
                 before.serverVersion);
        QCOMPARE(reg.person(personId)->status, PersonStatus::Moved);
        QCOMPARE(reg.person(personId)->serverVersion, before.serverVersion + 1);
        QCOMPARE(w.client.store.count(QStringLiteral("SELECT count(*) FROM replica_held")), 0);
        QCOMPARE(w.central.serverCount(
                     QStringLiteral("SELECT count(*) FROM request WHERE conflict IS NOT NULL")),
                 1);
    }

    void decisionsFromDinsosComeBackStepByStep()
    {
        World w;
        w.client.demoRequests(3);
        QVERIFY(!w.client.sync(w.central.url()).error);
        const auto entries = *w.client.outbox().list(true);
        const auto &desk = w.central.server->desk();
        const auto boss = w.central.supervisor();
        QVERIFY(desk.decide(boss, w.key(entries[0].requestId), QStringLiteral("verify"), {}));
        QVERIFY(desk.decide(boss, w.key(entries[0].requestId), QStringLiteral("ratify"), {}));
        QVERIFY(desk.decide(boss, w.key(entries[0].requestId), QStringLiteral("finalize"),
                            QStringLiteral("SK Mensos No. 12/HUK/2026")));
        QVERIFY(desk.decide(boss, w.key(entries[1].requestId), QStringLiteral("reject"),
                            QStringLiteral("Foto rumah tidak sesuai alamat")));
        const auto skip =
            desk.decide(boss, w.key(entries[2].requestId), QStringLiteral("ratify"), {});
        QVERIFY(!skip);
        QCOMPARE(skip.error().code, QStringLiteral("review.illegal_transition"));

        const sync::SyncReport r = w.client.sync(w.central.url());
        QVERIFY2(!r.error, why(r).constData());
        QCOMPARE(r.decisions, 4);
        QCOMPARE(w.client.state(entries[0].requestId), S::Final);
        QCOMPARE(w.client.state(entries[1].requestId), S::DinsosRejected);
        QCOMPARE(w.client.state(entries[2].requestId), S::Received);
        const auto rejected = ChangeRequestRepository(*w.client.store.db, w.client.store.clock)
                                  .get(entries[1].requestId);
        QCOMPARE(rejected->stateReason, QStringLiteral("Foto rumah tidak sesuai alamat"));
        const auto history = ChangeRequestRepository(*w.client.store.db, w.client.store.clock)
                                 .history(entries[1].requestId);
        QCOMPARE(history->last().actor, QStringLiteral("dinsos.kediri"));
        // Seen twice (a cursor reset) they change nothing.
        QCOMPARE(w.client.sync(w.central.url()).decisions, 0);
    }

    void aDecisionForARequestWhoseAcknowledgementWasLostStillArrives()
    {
        World w;
        w.client.demoRequests(1);
        w.central.server->setFaultPlan(faultOn(kPush, fault(Fault::DropAfterCommit), kAlways));
        QVERIFY(w.client.sync(w.central.url()).error);
        w.central.server->setFaultPlan({});
        const qint64 id = w.client.outbox().list(false)->first().requestId;
        QCOMPARE(w.client.state(id), S::Sent);
        QVERIFY(w.central.server->desk().decide(w.central.supervisor(), w.key(id),
                                                QStringLiteral("verify"), {}));
        // Only pulling: the decision walks the request from sent through received.
        const sync::SyncReport r =
            w.client.sync(w.central.url(), [](sync::SyncOptions &o) { o.push = false; });
        QVERIFY2(!r.error, why(r).constData());
        QCOMPARE(w.client.state(id), S::Verified);
        QVERIFY(w.client.outbox().entry(id)->acknowledgedAt.isValid());
    }

    void aCivilRegistryDeathDeactivatesThePerson()
    {
        World w;
        auto person = w.central.server->database().query(QStringLiteral(
            "SELECT id, nik FROM record WHERE entity = 'person' AND nik IS NOT NULL ORDER BY id "
            "LIMIT 1"));
        QVERIFY(person && person->next());
        const QString id = person->value(0).toString();
        QByteArray csv = "event,nik,date,note\ndeath," + person->value(1).toString().toLatin1() +
                         ",2026-11-20,\nmarriage,1,2026-11-20,\n";
        person->finish();
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        const auto imported = w.central.server->registry().importCivilEvents(buffer, {});
        QCOMPARE(imported->applied, 1);
        QCOMPARE(imported->invalid, 1);

        const sync::SyncReport r = w.client.sync(w.central.url());
        QVERIFY2(!r.error, why(r).constData());
        const RegisterRepository reg(*w.client.store.db, w.client.store.clock);
        QCOMPARE(reg.person(id)->status, PersonStatus::Deceased);
        QCOMPARE(reg.person(id)->statusDate, QDate(2026, 11, 20));
        const auto history = *reg.statusHistory(reg.person(id)->householdId);
        QCOMPARE(history.last().source, QStringLiteral("civil_registry"));
        QCOMPARE(history.last().status, QStringLiteral("deceased"));
        QCOMPARE(w.client.store.count(
                     QStringLiteral("SELECT count(*) FROM program_membership m JOIN person p ON "
                                    "p.pk = m.person_pk WHERE p.id = '%1' AND m.until IS NULL")
                         .arg(id)),
                 0);
    }

    void aSequenceThatWentBackwardsStopsThePullUntilConfirmed()
    {
        World w;
        w.client.demoRequests(2);
        QVERIFY(!w.client.sync(w.central.url()).error);
        // Back up the server now, then let it move on.
        const QString db = w.central.dir.filePath(QStringLiteral("central.sqlite"));
        w.central.stop();
        const QByteArray backup = readFile(db);
        w.central.start();
        w.client.demoRequests(2, 2048, 42);
        QVERIFY(w.central.server->desk().decide(
            w.central.supervisor(), w.key(w.client.outbox().list(true)->first().requestId),
            QStringLiteral("verify"), {}));
        QVERIFY(!w.client.sync(w.central.url()).error);
        QCOMPARE(w.onServer(), 4);
        const qint64 cursor = ReplicaState(*w.client.store.db).cursor();

        // The server is restored from the backup.
        w.central.stop();
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        writeFile(db, backup);
        w.central.start();
        const sync::SyncReport r = w.client.sync(w.central.url());
        QVERIFY(r.error);
        QCOMPARE(r.alert.code, QStringLiteral("sync.sequence_regressed"));
        QVERIFY(r.alert.message.contains(QStringLiteral("mundur")));
        QCOMPARE(ReplicaState(*w.client.store.db).cursor(), cursor);
        QCOMPARE(ReplicaState(*w.client.store.db).alert().code,
                 QStringLiteral("sync.sequence_regressed"));
        QVERIFY(w.client.sync(w.central.url()).error); // shown until someone confirms

        QVERIFY(sync::SyncSession::acceptServer(*w.client.store.db, w.client.store.clock,
                                                as(QStringLiteral("rina"))));
        const sync::SyncReport after = w.client.sync(w.central.url());
        QVERIFY2(!after.error, why(after).constData());
        // The two requests the restored server lost were sent again; the other two replayed.
        QCOMPARE(w.onServer(), 4);
        QVERIFY(!ReplicaState(*w.client.store.db).alert().isSet());
    }

    void cancellingStopsBetweenBatchesAndKeepsWhatWasDone()
    {
        World w;
        w.client.demoRequests(6);
        const sync::SyncReport r = w.client.sync(
            w.central.url(), [](sync::SyncOptions &o) { o.batchItems = 2; },
            [](sync::SyncSession &s) {
                s.setProgress([&s](sync::SyncStage stage, qint64, qint64) {
                    if (stage == sync::SyncStage::Sending) {
                        s.cancel();
                    }
                });
            });
        QCOMPARE(r.outcome, SyncOutcome::Cancelled);
        QCOMPARE(r.acknowledged, 2);
        QCOMPARE(w.onServer(), 2);
        QCOMPARE(w.client.outbox().summary()->waiting, 4);
        QCOMPARE(SyncJournal(*w.client.store.db, w.client.store.clock).last()->value().outcome,
                 SyncOutcome::Cancelled);
        const sync::SyncReport rest = w.client.sync(w.central.url());
        QCOMPARE(rest.acknowledged, 4);
    }

    void signingInUsesTheRefreshTokenAndAsksForThePasswordOnlyWhenNeeded()
    {
        World w;
        const auto noPassword = [](sync::SyncSession &s) { s.setPassword({}); };
        // Access token expired: the refresh token gets a new one.
        w.client.store.clock.advanceSeconds(3600);
        QVERIFY(!w.client.sync(w.central.url(), {}, noPassword).error);
        // Unused for 31 days, the refresh token has expired: ask for the password.
        w.client.store.clock.advanceDays(31);
        const sync::SyncReport expired = w.client.sync(w.central.url(), {}, noPassword);
        QVERIFY(expired.needsPassword);
        QVERIFY(expired.refreshTokenRejected);
        QCOMPARE(expired.error->code, QStringLiteral("auth.password_needed"));
        // A wrong password is said plainly.
        const sync::SyncReport wrong = w.client.sync(w.central.url(), {}, [](sync::SyncSession &s) {
            s.setPassword("salah");
            s.setRefreshToken({});
        });
        QVERIFY(wrong.needsPassword);
        QCOMPARE(wrong.error->message, QStringLiteral("Nama pengguna atau kata sandi salah."));
        // The password provider (command line) is asked once.
        int asked = 0;
        const sync::SyncReport provided =
            w.client.sync(w.central.url(), {}, [&asked](sync::SyncSession &s) {
                s.setPassword({});
                s.setRefreshToken({});
                s.setPasswordProvider([&asked] {
                    ++asked;
                    return std::optional<QByteArray>(kPassword);
                });
            });
        QVERIFY2(!provided.error, why(provided).constData());
        QCOMPARE(asked, 1);
    }

    void anAccountOfAnotherVillageIsRefused()
    {
        ClientFixture client;
        CentralFixture central(client.store.clock);
        central.addOperator(QStringLiteral("op.lain"), QStringLiteral("35.71.03.1002"));
        const sync::SyncReport r = client.sync(
            central.url(), [](sync::SyncOptions &o) { o.username = QStringLiteral("op.lain"); });
        QCOMPARE(r.error->code, QStringLiteral("auth.other_village"));
    }

    void aRewrittenAuditHistoryIsFlaggedOnTheServer()
    {
        World w;
        w.client.demoRequests(1);
        QVERIFY(!w.client.sync(w.central.url()).error);
        const qint64 anchor = ReplicaState(*w.client.store.db).auditAnchorId();
        QVERIFY(anchor > 0);
        // Someone edits an entry the server already saw (dropping the guard trigger first, as a
        // tamperer with the sqlite3 shell would).
        QVERIFY(w.client.store.db->query(QStringLiteral("DROP TRIGGER audit_entry_no_update")));
        QVERIFY(
            w.client.store.db->query(QStringLiteral("UPDATE audit_entry SET hash = ? WHERE id = ?"),
                                     {QString(64, u'f'), anchor}));
        w.client.demoRequests(1, 2048, 5);
        const sync::SyncReport r = w.client.sync(w.central.url());
        QVERIFY2(!r.error, why(r).constData());
        QVERIFY(r.auditRewritten);
        QCOMPARE(r.acknowledged, 1); // the village's work still arrives
        const auto list = w.central.server->desk().reviewList(w.central.supervisor(), {});
        QVERIFY(list->value(QStringLiteral("requests"))
                    .toArray()
                    .last()
                    .toObject()
                    .value(QStringLiteral("device_history_rewritten"))
                    .toBool());
    }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "TestSyncSession.moc"
