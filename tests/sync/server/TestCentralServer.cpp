#include "core/outbox/RequestEnvelope.h"
#include "sync/client/Transport.h"
#include "sync/protocol/Compression.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"
#include "tests/sync/SyncFixtures.h"
#include "tests/sync/server/CentralApi.h"
#include "tests/sync/server/ImportChecks.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace tepat;
using namespace tepat::test;
using sync::HttpResult;

namespace {

// Raw bytes to the server (in this thread, so the event loop keeps running) and what comes
// back until the server closes the connection.
QByteArray raw(quint16 port, const QByteArray &bytes)
{
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(bytes);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                         5000)) {
        return "(the server kept the connection open) " + answer;
    }
    return answer;
}

// Another process's write transaction on the server's SQLite file (a CLI import), on its own
// thread and connection, held until release().
class WriteLockHolder
{
public:
    explicit WriteLockHolder(const QString &file)
    {
        m_thread = std::thread([this, file] {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
                db.setDatabaseName(file);
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
                const bool ok =
                    db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")) &&
                    QSqlQuery(db).exec(
                        QStringLiteral("INSERT INTO meta(key, value) VALUES ('holder', 'x')"));
                std::unique_lock lock(m_mutex);
                m_holding = ok;
                m_started = true;
                m_changed.notify_all();
                m_changed.wait(lock, [this] { return m_release; });
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                db.close();
                m_released = true;
                m_changed.notify_all();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        });
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_started; });
    }
    ~WriteLockHolder()
    {
        release();
        m_thread.join();
    }
    bool holding() const { return m_holding; }
    // Lets go and waits until the lock is free.
    void release()
    {
        std::unique_lock lock(m_mutex);
        m_release = true;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_released; });
    }

private:
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_started = false;
    bool m_holding = false;
    bool m_release = false;
    bool m_released = false;
};

} // namespace

class TestCentralServer : public QObject
{
    Q_OBJECT

    using Api = CentralApi;

private Q_SLOTS:
    void onlyTheStatusNeedsNoToken()
    {
        Api api;
        const HttpResult status = api.get(sync::apiPath("status"));
        QCOMPARE(status.status, 200);
        QCOMPARE(body(status).value(QStringLiteral("server_id")).toString(),
                 api.central.server->database().serverId());
        const HttpResult changes = api.get(sync::apiPath("changes"));
        QCOMPARE(changes.status, 401);
        QCOMPARE(errorCode(changes), QStringLiteral("auth.missing"));
        api.http.setAccessToken(QStringLiteral("bogus"));
        QCOMPARE(api.push({}).status, 401);
    }

    void loginRefreshAndLogout()
    {
        Api api;
        const HttpResult wrong =
            api.post("login", {{QStringLiteral("username"), QStringLiteral("op.bangsal")},
                               {QStringLiteral("password"), QStringLiteral("salah")},
                               {QStringLiteral("device_id"), kDevice}});
        const HttpResult unknown =
            api.post("login", {{QStringLiteral("username"), QStringLiteral("tidak.ada")},
                               {QStringLiteral("password"), QStringLiteral("salah")},
                               {QStringLiteral("device_id"), kDevice}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(body(wrong), body(unknown)); // a name cannot be probed
        const HttpResult ok =
            api.post("login", {{QStringLiteral("username"), QStringLiteral("op.bangsal")},
                               {QStringLiteral("password"), QString::fromLatin1(kPassword)},
                               {QStringLiteral("device_id"), kDevice}});
        QCOMPARE(ok.status, 200);
        const auto tokens = sync::TokenReply::fromJson(body(ok));
        QVERIFY(tokens);
        QCOMPARE(tokens->account.villageCode, kVillage);
        QCOMPARE(tokens->accessExpiresAt, referenceNow().addSecs(15 * 60).toUTC());
        // The server keeps only hashes of the tokens.
        QCOMPARE(
            api.central.serverCount(QStringLiteral("SELECT count(*) FROM token WHERE hash = '%1'")
                                        .arg(tokens->accessToken)),
            0);
        const HttpResult otherDevice = api.post(
            "token/refresh",
            {{QStringLiteral("refresh_token"), tokens->refreshToken},
             {QStringLiteral("device_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        QCOMPARE(otherDevice.status, 401);
        api.clock.advanceDays(20);
        const HttpResult refreshed =
            api.post("token/refresh", {{QStringLiteral("refresh_token"), tokens->refreshToken},
                                       {QStringLiteral("device_id"), kDevice}});
        QCOMPARE(refreshed.status, 200);
        api.http.setAccessToken(body(refreshed).value(QStringLiteral("access_token")).toString());
        QCOMPARE(api.get(sync::apiPath("changes"), QUrlQuery(QStringLiteral("after=0"))).status,
                 200);
        QCOMPARE(
            api.post("logout", {{QStringLiteral("refresh_token"), tokens->refreshToken}}).status,
            200);
        QCOMPARE(api.get(sync::apiPath("changes"), QUrlQuery(QStringLiteral("after=0"))).status,
                 401);
        QCOMPARE(api.post("token/refresh", {{QStringLiteral("refresh_token"), tokens->refreshToken},
                                            {QStringLiteral("device_id"), kDevice}})
                     .status,
                 401);
    }

    void unknownPathsAndWrongMethodsAnswerInJson()
    {
        Api api;
        api.login();
        const HttpResult wrongMethod = api.get(sync::apiPath("push"));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(errorCode(wrongMethod), QStringLiteral("request.method"));
        const HttpResult missing = api.get(QStringLiteral("/api/v1/nothing"));
        QCOMPARE(missing.status, 404);
        QVERIFY(!body(missing)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        QCOMPARE(api.get(QStringLiteral("/")).status, 404);
    }

    void malformedBodiesAreRefusedAndWriteNothing()
    {
        Api api;
        api.login();
        const auto send = [&api](const QByteArray &bytes) {
            return api.http.send("POST", sync::apiPath("push"), {}, bytes);
        };
        QCOMPARE(errorCode(send("{\"items\": [")), QStringLiteral("json.invalid"));
        QCOMPARE(errorCode(send(QByteArray(20, '[') + QByteArray(20, ']'))),
                 QStringLiteral("json.invalid"));
        QByteArray deep = "{\"items\": []" + QByteArray(", \"x\": ");
        for (int i = 0; i < 20; ++i) {
            deep += "{\"a\": ";
        }
        deep += "1" + QByteArray(20, '}') + "}";
        const HttpResult tooDeep = send(deep);
        QCOMPARE(tooDeep.status, 400);
        QCOMPARE(errorCode(tooDeep), QStringLiteral("json.too_deep"));
        const HttpResult longString =
            send("{\"items\": [], \"x\": \"" + QByteArray(20000, 'a') + "\"}");
        QCOMPARE(errorCode(longString), QStringLiteral("json.string_too_long"));
        QJsonArray many;
        for (int i = 0; i < 501; ++i) {
            many.append(api.pushItem(api.household(), QStringLiteral("program_proposal"), {}));
        }
        const HttpResult tooMany = api.push(many);
        QCOMPARE(tooMany.status, 422);
        QCOMPARE(errorCode(tooMany), QStringLiteral("push.too_many_items"));
        QCOMPARE(errorCode(send("{\"items\": [{\"key\": 5}]}")), QStringLiteral("request.invalid"));
        QCOMPARE(api.central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 0);
    }

    void oversizedRequestsAreRefusedBeforeTheBodyIsRead()
    {
        Api api;
        const QByteArray declared =
            raw(api.central.port, "POST /api/v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                  "application/json\r\nContent-Length: 104857600\r\n\r\n{");
        QVERIFY2(declared.startsWith("HTTP/1.1 413"), declared.constData());
        QVERIFY(declared.contains("request.too_large"));
        const QByteArray header = raw(api.central.port, "GET /api/v1/status HTTP/1.1\r\nX-Long: " +
                                                            QByteArray(20000, 'a'));
        QVERIFY2(header.startsWith("HTTP/1.1 431"), header.left(200).constData());
        // The server is still fine.
        QCOMPARE(api.get(sync::apiPath("status")).status, 200);
    }

    void eachItemIsCheckedAndTheGoodOnesAreStoredTogether()
    {
        Api api;
        api.login();
        const QString mine = api.household();
        const QString theirs = api.household(QStringLiteral("35.71.03.1002"));
        auto bq = api.central.server->database().query(
            QStringLiteral("SELECT id FROM record WHERE entity = 'person' AND household_id <> ? "
                           "LIMIT 1"),
            {mine});
        QVERIFY(bq && bq->next());
        const QString stranger = bq->value(0).toString();
        bq->finish(); // the server's workers write through connections of their own
        QJsonObject tampered = api.pushItem(mine, QStringLiteral("program_proposal"), {});
        tampered.insert(QStringLiteral("payload_sha256"), QString(64, u'0'));
        QJsonObject bigPayload;
        bigPayload.insert(QStringLiteral("note"), QString(9000, u'x'));
        for (int i = 0; i < 8; ++i) {
            bigPayload.insert(QStringLiteral("note%1").arg(i), QString(9000, u'y'));
        }
        const QString photo = QString(64, u'a');
        const QJsonArray items{
            api.pushItem(mine, QStringLiteral("program_proposal"),
                         {{QStringLiteral("program"), QStringLiteral("PKH")}}),
            api.pushItem(mine, QStringLiteral("mystery"), {}),
            api.pushItem(theirs, QStringLiteral("program_proposal"), {}),
            api.pushItem(mine, QStringLiteral("removal"),
                         {{QStringLiteral("reason"), QStringLiteral("died")}}, stranger),
            api.pushItem(mine, QStringLiteral("removal"),
                         {{QStringLiteral("reason"), QStringLiteral("pindah")}}),
            tampered,
            api.pushItem(mine, QStringLiteral("correction"), bigPayload),
            api.pushItem(
                mine, QStringLiteral("program_proposal"), {}, {},
                QJsonArray{QJsonObject{{QStringLiteral("sha256"), photo},
                                       {QStringLiteral("role"), QStringLiteral("house_photo")}}}),
            api.pushItem(QString(), QStringLiteral("citizen_proposal"),
                         {{QStringLiteral("text"), QStringLiteral("usul warga")}}),
        };
        const HttpResult r = api.push(items);
        QCOMPARE(r.status, 200);
        const auto reply = sync::PushReply::fromJson(body(r));
        QVERIFY(reply);
        const auto &res = reply->results;
        QCOMPARE(res.size(), items.size());
        QCOMPARE(res[0].outcome, sync::PushOutcome::Accepted);
        QCOMPARE(res[1].code, QStringLiteral("request.kind"));
        QCOMPARE(res[2].status, 403);
        QCOMPARE(res[2].code, QStringLiteral("request.other_village"));
        QCOMPARE(res[3].code, QStringLiteral("request.unknown_person"));
        QCOMPARE(res[4].code, QStringLiteral("request.removal_reason"));
        QCOMPARE(res[5].code, QStringLiteral("push.hash_mismatch"));
        QCOMPARE(res[6].status, 413);
        QCOMPARE(res[7].outcome, sync::PushOutcome::Incomplete);
        QCOMPARE(res[7].missing, QStringList{photo});
        QCOMPARE(res[8].outcome, sync::PushOutcome::Accepted);
        QCOMPARE(api.central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 2);

        // A replay returns the stored result and changes nothing.
        const auto again = sync::PushReply::fromJson(body(api.push(QJsonArray{items[0]})));
        QVERIFY(again->results[0].replay);
        QCOMPARE(again->results[0].receivedAt, res[0].receivedAt);
        QCOMPARE(api.central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 2);
        // A supervisor cannot push; another village cannot see the request.
        const QString key = items[0].toObject().value(QStringLiteral("key")).toString();
        QCOMPARE(api.get(sync::apiPath("requests/") + key).status, 200);
        api.login(QStringLiteral("op.lain"));
        QCOMPARE(api.get(sync::apiPath("requests/") + key).status, 404);
        api.login(QStringLiteral("dinsos.kediri"));
        QCOMPARE(api.push(QJsonArray{items[0]}).status, 403);
    }

    void uploadsResumeAtTheServersOffsetAndAreChecked()
    {
        Api api;
        api.login();
        const QByteArray file = sync::DemoRequests::photo(3, 40 * 1024);
        const QString sha = ContentStore::sha256Of(file);
        const QString path = sync::apiPath("attachments/") + sha;
        const auto put = [&](qint64 offset, const QByteArray &chunk, qint64 total) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
            q.addQueryItem(QStringLiteral("total"), QString::number(total));
            return api.http.send("PUT", path, q, chunk, "application/octet-stream");
        };
        QCOMPARE(body(api.get(path)).value(QStringLiteral("received")).toInt(), 0);
        QCOMPARE(put(0, file.left(10000), file.size()).status, 200);
        const HttpResult skipped = put(20000, file.mid(20000, 100), file.size());
        QCOMPARE(skipped.status, 409);
        QCOMPARE(body(skipped).value(QStringLiteral("received")).toInt(), 10000);
        QCOMPARE(put(10000, file.mid(10000, 100), file.size() + 1).status, 409); // other total
        QCOMPARE(put(0, QByteArray(10, 'x'), 30 * 1024 * 1024).status, 413);
        QCOMPARE(
            errorCode(api.http.send("PUT", QStringLiteral("/api/v1/attachments/NOTASHA"), {}, "x")),
            QStringLiteral("request.invalid"));
        const HttpResult done = put(10000, file.mid(10000), file.size());
        QCOMPARE(done.status, 200);
        QVERIFY(body(done).value(QStringLiteral("complete")).toBool());
        QCOMPARE(readFile(api.central.server->blobs().filePath(sha)), file);

        // Bytes that do not match their name are thrown away.
        const QString fake = ContentStore::sha256Of("something else");
        const HttpResult mismatch = api.http.send("PUT", sync::apiPath("attachments/") + fake,
                                                  QUrlQuery(QStringLiteral("offset=0&total=5")),
                                                  "hello", "application/octet-stream");
        QCOMPARE(mismatch.status, 422);
        QCOMPARE(errorCode(mismatch), QStringLiteral("attachment.hash_mismatch"));
        QCOMPARE(body(api.get(sync::apiPath("attachments/") + fake))
                     .value(QStringLiteral("received"))
                     .toInt(),
                 0);
    }

    // The store's work runs on worker threads, each with a connection of its own: while a CLI
    // import holds SQLite's write lock, a push waits for it (busy timeout, instead of failing
    // at once with 500) and meanwhile another client's pull is answered; when the import is
    // done the push is stored. (On one event thread the push held up everyone for 10 s and
    // then failed.)
    void aSlowStoreCallDoesNotHoldUpOtherRequests()
    {
        Api api;
        api.login();
        auto timeout = api.central.server->database().query(QStringLiteral("PRAGMA busy_timeout"));
        QVERIFY(timeout && timeout->next());
        QCOMPARE(timeout->value(0).toInt(), central::CentralDatabase::kBusyTimeoutMs);
        timeout->finish();
        const QJsonObject item =
            api.pushItem(api.household(), QStringLiteral("program_proposal"), {});
        bool pushArrived = false;
        api.central.server->setRecorder(
            [&](const QByteArray &, const QString &target, const QByteArray &, const QByteArray &) {
                pushArrived = pushArrived || target == sync::apiPath("push");
            });
        WriteLockHolder holder(api.central.dir.filePath(QStringLiteral("central.sqlite")));
        QVERIFY(holder.holding());

        QNetworkAccessManager nam;
        QNetworkRequest request(api.central.url().resolved(QUrl(sync::apiPath("push"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + api.token.toLatin1());
        std::unique_ptr<QNetworkReply> push(
            nam.post(request, compact({{QStringLiteral("items"), QJsonArray{item}}})));
        QTRY_VERIFY(pushArrived);
        const HttpResult pull =
            api.get(sync::apiPath("changes"), QUrlQuery(QStringLiteral("after=0")));
        QCOMPARE(pull.status, 200);
        QVERIFY2(!push->isFinished(), push->readAll().constData()); // still waiting for the lock

        holder.release();
        QTRY_VERIFY_WITH_TIMEOUT(push->isFinished(), 15000);
        QCOMPARE(push->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const auto reply =
            sync::PushReply::fromJson(QJsonDocument::fromJson(push->readAll()).object());
        QVERIFY(reply);
        QCOMPARE(reply->results.first().outcome, sync::PushOutcome::Accepted);
        QCOMPARE(api.central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 1);
    }

    // A register import commits in pieces: between them another writer gets the store.
    void aLongImportLetsOtherWritersInBetweenPieces()
    {
        FixedClock clock(referenceNow());
        CentralFixture central(clock);
        TempStore scratch;
        DemoOptions options;
        options.households = 6;
        options.today = clock.today();
        QFile h(scratch.file(QStringLiteral("households.csv")));
        QFile p(scratch.file(QStringLiteral("persons.csv")));
        QVERIFY(h.open(QIODevice::WriteOnly) && p.open(QIODevice::WriteOnly));
        QVERIFY(DemoVillage::writeSnapshot(options, h, p));
        h.close();
        p.close();
        int pieces = 0;
        int freeBetween = 0;
        central::ImportPacing pacing;
        pacing.recordsPerPiece = 5;
        pacing.afterPiece = [&] {
            ++pieces;
            WriteLockHolder other(central.dir.filePath(QStringLiteral("central.sqlite")));
            freeBetween += other.holding();
        };
        const auto report = central.server->registry().importSnapshot(
            h.fileName(), p.fileName(), scratch.file(QStringLiteral("r.csv")), pacing);
        QVERIFY(report);
        const qint64 records = report->households + report->persons;
        QCOMPARE(pieces, int(records / 5));
        QCOMPARE(freeBetween, pieces);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM record")), records);
    }

    // A control character anywhere in a request is refused for the whole request, the same on
    // SQLite as on PostgreSQL (TestCentralPostgres); tab, line feed and CR are text.
    void controlCharactersAreRefusedInEveryString()
    {
        Api api;
        api.login();
        const auto send = [&api](const QByteArray &note) {
            return api.http.send("POST", sync::apiPath("push"), {},
                                 pushWithNote(api.household(), note));
        };
        for (const QByteArray &note :
             {QByteArray(R"("a\u0000b")"), QByteArray(R"("\u0007")"), QByteArray(R"("x\u007f")")}) {
            const HttpResult r = send(note);
            QCOMPARE(r.status, 400);
            QCOMPARE(errorCode(r), QStringLiteral("json.control_character"));
        }
        QCOMPARE(errorCode(api.http.send("POST", sync::apiPath("push"), {},
                                         R"({"items": [], "k\u0001": 1})")),
                 QStringLiteral("json.control_character"));
        QCOMPARE(api.central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 0);
        const HttpResult text = send(R"("baris satu\n\tbaris dua\r\n")");
        QCOMPARE(text.status, 200);
        QCOMPARE(sync::PushReply::fromJson(body(text))->results.first().outcome,
                 sync::PushOutcome::Accepted);
    }

    // Bodies travel gzip-compressed both ways when the other side takes it.
    void bodiesAreCompressedBothWays()
    {
        Api api;
        QByteArray seen;
        api.central.server->setRecorder([&seen](const QByteArray &, const QString &target,
                                                const QByteArray &, const QByteArray &body) {
            if (target == QLatin1String("/api/v1/push")) {
                seen = body;
            }
        });
        api.login(); // the server's answers say it takes gzip
        QVERIFY(api.http.compressesBodies());
        const QJsonObject item = api.pushItem(api.household(), QStringLiteral("program_proposal"),
                                              {{QStringLiteral("note"), QString(2000, u'x')}});
        const QByteArray plain = compact({{QStringLiteral("items"), QJsonArray{item}}});
        const HttpResult pushed = api.http.send("POST", sync::apiPath("push"), {}, plain);
        QCOMPARE(pushed.status, 200);
        QVERIFY(seen.startsWith("\x1f\x8b"));
        QVERIFY(seen.size() < plain.size() / 4);
        QCOMPARE(sync::PushReply::fromJson(body(pushed))->results.first().outcome,
                 sync::PushOutcome::Accepted);
        api.central.server->setRecorder({});

        // An unknown encoding is 415; a body that unpacks beyond the limit is 413.
        const auto sendEncoded = [&](const QByteArray &encoding, const QByteArray &bytes) {
            QNetworkAccessManager nam;
            QNetworkRequest request(api.central.url().resolved(QUrl(sync::apiPath("push"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            request.setRawHeader("Content-Encoding", encoding);
            request.setRawHeader("Accept-Encoding", "gzip");
            request.setRawHeader("Authorization", "Bearer " + api.token.toLatin1());
            QNetworkReply *reply = nam.post(request, bytes);
            (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answerEncoding = reply->rawHeader("Content-Encoding");
            const QByteArray answer = reply->readAll();
            delete reply;
            return std::tuple{status, answerEncoding, answer};
        };
        QCOMPARE(std::get<0>(sendEncoded("br", plain)), 415);
        const QByteArray bomb = sync::Compression::gzip("{\"items\": [], \"x\": \"" +
                                                        QByteArray(9 * 1024 * 1024, 'a') + "\"}");
        QVERIFY(bomb.size() < 64 * 1024);
        QCOMPARE(std::get<0>(sendEncoded("gzip", bomb)), 413);
        // A large answer to a client that takes gzip comes compressed.
        QJsonArray many;
        for (int i = 0; i < 20; ++i) {
            many.append(api.pushItem(api.household(), QStringLiteral("program_proposal"), {}));
        }
        const auto [status, encoding, answer] = sendEncoded(
            "gzip", sync::Compression::gzip(compact({{QStringLiteral("items"), many}})));
        QCOMPARE(status, 200);
        QCOMPARE(encoding, QByteArray("gzip"));
        const QJsonObject unpacked =
            QJsonDocument::fromJson(sync::Compression::decode("gzip", answer, 1 << 20).value())
                .object();
        QCOMPARE(unpacked.value(QStringLiteral("results")).toArray().size(), 20);
    }

    void reviewStaysInsideTheRegencyAndFollowsTheLifecycle()
    {
        Api api;
        api.login();
        const QJsonObject item =
            api.pushItem(api.household(), QStringLiteral("program_proposal"), {});
        QCOMPARE(api.push(QJsonArray{item}).status, 200);
        const QString key = item.value(QStringLiteral("key")).toString();
        const QString decide = QStringLiteral("review/requests/%1/").arg(key);
        // An operator cannot review.
        QCOMPARE(api.get(sync::apiPath("review/requests")).status, 403);
        api.central.server->accounts()
            .add({QStringLiteral("dinsos.malang"), QStringLiteral("Malang"),
                  QStringLiteral("supervisor"), QStringLiteral("35.73")},
                 kPassword)
            .value();
        api.login(QStringLiteral("dinsos.malang"));
        QCOMPARE(api.get(sync::apiPath("review/requests")).status, 200);
        QCOMPARE(body(api.get(sync::apiPath("review/requests")))
                     .value(QStringLiteral("requests"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(api.post((decide + QStringLiteral("verify")).toLatin1().constData(), {}).status,
                 404);
        api.login(QStringLiteral("dinsos.kediri"));
        const QJsonArray pending = body(api.get(sync::apiPath("review/requests"),
                                                QUrlQuery(QStringLiteral("state=received"))))
                                       .value(QStringLiteral("requests"))
                                       .toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].toObject().value(QStringLiteral("key")).toString(), key);
        QCOMPARE(api.post((decide + QStringLiteral("ratify")).toLatin1().constData(), {}).status,
                 409);
        const HttpResult noReason =
            api.post((decide + QStringLiteral("reject")).toLatin1().constData(), {});
        QCOMPARE(noReason.status, 422);
        QCOMPARE(api.post((decide + QStringLiteral("verify")).toLatin1().constData(), {}).status,
                 200);
        QCOMPARE(api.post((decide + QStringLiteral("verify")).toLatin1().constData(), {}).status,
                 409);
        QCOMPARE(api.post((decide + QStringLiteral("ratify")).toLatin1().constData(), {}).status,
                 200);
        const HttpResult final =
            api.post((decide + QStringLiteral("finalize")).toLatin1().constData(),
                     {{QStringLiteral("reason"), QStringLiteral("SK Mensos 12/2026")}});
        QCOMPARE(body(final).value(QStringLiteral("state")).toString(), QStringLiteral("final"));
        const QJsonObject status = body(api.get(sync::apiPath("requests/") + key));
        QCOMPARE(status.value(QStringLiteral("history")).toArray().size(), 4);
        // Each decision went into the village's change stream.
        QCOMPARE(
            api.central.serverCount(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = "
                                                   "'request' AND village_code = '%1'")
                                        .arg(kVillage)),
            3);
    }

    void changesAndSnapshotsBelongToOneVillage()
    {
        Api api;
        api.login();
        QJsonArray all;
        qint64 after = 0;
        for (;;) {
            const QJsonObject page =
                body(api.get(sync::apiPath("changes"),
                             QUrlQuery(QStringLiteral("after=%1&limit=7").arg(after))));
            const auto parsed = sync::ChangePage::fromJson(page);
            QVERIFY(parsed);
            for (const ReplicaChange &c : parsed->changes) {
                QVERIFY(c.seq > after);
                after = c.seq;
                all.append(c.id);
                QCOMPARE(c.data.value(QStringLiteral("village_code")).toString(),
                         c.entity == QLatin1String("household") ? kVillage : QString());
            }
            if (!parsed->hasMore) {
                break;
            }
        }
        QCOMPARE(all.size(),
                 api.central.serverCount(
                     QStringLiteral("SELECT count(*) FROM record WHERE village_code = '%1'")
                         .arg(kVillage)));
        QSet<QString> seen;
        QString next;
        do {
            const auto page = sync::SnapshotPage::fromJson(
                body(api.get(sync::apiPath("snapshot"),
                             QUrlQuery(QStringLiteral("after=%1&limit=2").arg(next)))));
            QVERIFY(page);
            for (const ReplicaChange &r : page->records) {
                QVERIFY(!seen.contains(r.entity + r.id));
                seen.insert(r.entity + r.id);
            }
            next = page->next;
        } while (!next.isEmpty());
        QCOMPARE(seen.size(), all.size());
        QCOMPARE(api.get(sync::apiPath("changes"), QUrlQuery(QStringLiteral("after=x"))).status,
                 400);
        QCOMPARE(api.get(sync::apiPath("changes"), QUrlQuery(QStringLiteral("after=0&limit=5000")))
                     .status,
                 400);
    }

    void civilEventsFromASupervisorStayInTheRegency()
    {
        Api api;
        auto q = api.central.server->database().query(QStringLiteral(
            "SELECT nik FROM record WHERE entity = 'person' AND nik IS NOT NULL LIMIT 1"));
        QVERIFY(q && q->next());
        const QByteArray csv =
            "event,nik,date,note\ndeath," + q->value(0).toString().toLatin1() +
            ",2026-11-20,\nmove,9999999999999999,2026-11-20,\ndeath,123,2026-11-20,\n";
        q->finish(); // the server's workers write through connections of their own
        api.login();
        QCOMPARE(api.http.send("POST", sync::apiPath("civil-events"), {}, csv, "text/csv").status,
                 403);
        api.central.server->accounts()
            .add({QStringLiteral("dinsos.malang"), QStringLiteral("Malang"),
                  QStringLiteral("supervisor"), QStringLiteral("35.73")},
                 kPassword)
            .value();
        api.login(QStringLiteral("dinsos.malang"));
        const QJsonObject outside =
            body(api.http.send("POST", sync::apiPath("civil-events"), {}, csv, "text/csv"));
        QCOMPARE(outside.value(QStringLiteral("applied")).toInt(), 0);
        QCOMPARE(outside.value(QStringLiteral("unknown")).toInt(), 2);
        api.login(QStringLiteral("dinsos.kediri"));
        const QJsonObject inside =
            body(api.http.send("POST", sync::apiPath("civil-events"), {}, csv, "text/csv"));
        QCOMPARE(inside.value(QStringLiteral("applied")).toInt(), 1);
        QCOMPARE(inside.value(QStringLiteral("invalid")).toInt(), 1);
        QCOMPARE(inside.value(QStringLiteral("refusals"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
                 4);
        QVERIFY(!QJsonDocument(inside).toJson().contains("123,")); // lines, never NIKs
        const QJsonObject repeated =
            body(api.http.send("POST", sync::apiPath("civil-events"), {}, csv, "text/csv"));
        QCOMPARE(repeated.value(QStringLiteral("unchanged")).toInt(), 1);
        QCOMPARE(api.http.send("POST", sync::apiPath("civil-events"), {}, "a,b\n1,2\n", "text/csv")
                     .status,
                 422);
    }

    void importsRefuseControlCharactersRowByRow()
    {
        FixedClock clock(referenceNow());
        CentralFixture central(clock);
        checkImportsRefuseControlCharactersRowByRow(central);
    }

    void aRegisterImportVersionsOnlyWhatChanged()
    {
        FixedClock clock(referenceNow());
        CentralFixture central(clock);
        TempStore scratch;
        DemoOptions options;
        options.households = 10;
        options.today = clock.today();
        QFile h(scratch.file(QStringLiteral("households.csv")));
        QFile p(scratch.file(QStringLiteral("persons.csv")));
        QVERIFY(h.open(QIODevice::WriteOnly) && p.open(QIODevice::WriteOnly));
        QVERIFY(DemoVillage::writeSnapshot(options, h, p));
        h.close();
        p.close();
        const auto first = central.server->registry().importSnapshot(
            h.fileName(), p.fileName(), scratch.file(QStringLiteral("r.csv")));
        QVERIFY(first);
        QCOMPARE(first->households, 10);
        QCOMPARE(first->changed, first->households + first->persons);
        const auto again = central.server->registry().importSnapshot(
            h.fileName(), p.fileName(), scratch.file(QStringLiteral("r.csv")));
        QCOMPARE(again->changed, 0);
        QList<QByteArray> lines = readFile(h.fileName()).split('\n');
        QList<QByteArray> fields = lines[1].split(',');
        fields[5] = "Jl. Baru No. 1"; // the address of the first household
        lines[1] = fields.join(',');
        writeFile(h.fileName(), lines.join('\n'));
        const auto edited = central.server->registry().importSnapshot(
            h.fileName(), p.fileName(), scratch.file(QStringLiteral("r.csv")));
        QVERIFY(edited);
        QCOMPARE(edited->changed, 1);
        QCOMPARE(central.serverCount(
                     QStringLiteral("SELECT max(version) FROM record WHERE entity = 'household'")),
                 2);
    }

    void tlsWithTheRegencysOwnCertificate()
    {
        FixedClock clock(referenceNow());
        QTemporaryDir dir;
        central::ServerConfig config;
        config.dataDir = dir.path();
        config.certificateFile = QStringLiteral(TEPAT_TEST_DATA "/tls/localhost.crt");
        config.keyFile = QStringLiteral(TEPAT_TEST_DATA "/tls/localhost.key");
        config.hashStrength = central::Accounts::HashStrength::Minimal;
        auto server = central::CentralServer::create(config, clock);
        QVERIFY(server);
        const auto port = server.value()->listenOn(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        const QUrl url(QStringLiteral("https://localhost:%1").arg(*port));
        sync::Transport untrusted(url, 5000, nullptr);
        const HttpResult refused = untrusted.send("GET", sync::apiPath("status"));
        QCOMPARE(sync::Transport::describe(refused).code, QStringLiteral("net.tls"));
        sync::Transport trusted(url, 5000, nullptr,
                                QSslCertificate::fromPath(config.certificateFile, QSsl::Pem));
        const HttpResult ok = trusted.send("GET", sync::apiPath("status"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(body(ok).value(QStringLiteral("protocol")).toInt(), 1);
        // Plain HTTP to a TLS port goes nowhere.
        sync::Transport plain(QUrl(QStringLiteral("http://localhost:%1").arg(*port)), 1500,
                              nullptr);
        QVERIFY(plain.send("GET", sync::apiPath("status")).kind != HttpResult::Kind::Answered ||
                plain.send("GET", sync::apiPath("status")).status != 200);
    }
};

QTEST_GUILESS_MAIN(TestCentralServer)
#include "TestCentralServer.moc"
