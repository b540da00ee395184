#include "sync/client/Transport.h"
#include "sync/protocol/Protocol.h"
#include "tests/sync/SyncFixtures.h"
#include "tests/sync/TlsChain.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QMutex>
#include <QTcpSocket>
#include <QTest>

#include <sys/stat.h>

using namespace tepat;
using namespace tepat::test;
using sync::HttpResult;

namespace {

int modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// What the server logs, caught for the test.
QStringList g_log;
QMutex g_logLock;
void catchLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logLock);
    g_log.append(message);
}

} // namespace

// CentralServer's connection and access rules: TLS, the data folder, the request log.
class TestCentralServerAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutTlsOnlyLoopbackIsServed()
    {
        FixedClock clock(referenceNow());
        QTemporaryDir dir;
        central::ServerConfig config;
        config.dataDir = dir.path();
        config.hashStrength = central::Accounts::HashStrength::Minimal;
        auto server = central::CentralServer::create(config, clock);
        QVERIFY(server);
        for (const QHostAddress &open :
             {QHostAddress(QHostAddress::AnyIPv4), QHostAddress(QHostAddress::Any),
              QHostAddress(QStringLiteral("192.0.2.1"))}) {
            const auto refused = server.value()->listenOn(open, 0);
            QVERIFY2(!refused, qPrintable(open.toString()));
            QCOMPARE(refused.error().code, QStringLiteral("central.plain_http"));
            QVERIFY(refused.error().message.contains(QStringLiteral("--cert")));
        }
        QVERIFY(server.value()->servers().isEmpty());
        QVERIFY(server.value()->listenOn(QHostAddress::LocalHost, 0));
        QVERIFY(server.value()->listenOn(QHostAddress::LocalHostIPv6, 0));
    }

    void theWholeCertificateChainIsServed()
    {
        QTemporaryDir dir;
        TlsChain chain;
        QVERIFY(chain.make(dir.filePath(QStringLiteral("tls"))));
        FixedClock clock(referenceNow());
        central::ServerConfig config;
        config.dataDir = dir.filePath(QStringLiteral("data"));
        config.certificateFile = chain.chain();
        config.keyFile = chain.leafKey();
        config.hashStrength = central::Accounts::HashStrength::Minimal;
        auto server = central::CentralServer::create(config, clock);
        QVERIFY(server);
        const auto port = server.value()->listenOn(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        // The client knows only the root: the intermediate must come from the server.
        sync::Transport client(QUrl(QStringLiteral("https://localhost:%1").arg(*port)), 5000,
                               nullptr, QSslCertificate::fromPath(chain.caCert(), QSsl::Pem));
        const HttpResult r = client.send("GET", sync::apiPath("status"));
        QVERIFY2(r.status == 200, qPrintable(r.detail));

        // A certificate file without a certificate is refused with a clear message.
        config.certificateFile = chain.leafKey();
        auto broken = central::CentralServer::create(config, clock);
        QVERIFY(broken);
        const auto refused = broken.value()->listenOn(QHostAddress::LocalHost, 0);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("central.tls_invalid"));
    }

    void theDataFolderIsForTheServerOnly()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("srv/tepat"));
        // What an older version left open to everyone.
        QVERIFY(QDir().mkpath(data + QStringLiteral("/files")));
        writeFile(data + QStringLiteral("/files/old.jpg"), "foto");
        QVERIFY(::chmod(QFile::encodeName(data + QStringLiteral("/files/old.jpg")).constData(),
                        0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(data + QStringLiteral("/files")).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(data).constData(), 0755) == 0);

        FixedClock clock(referenceNow());
        central::ServerConfig config;
        config.dataDir = data;
        config.hashStrength = central::Accounts::HashStrength::Minimal;
        auto created = central::CentralServer::create(config, clock);
        QVERIFY(created);
        central::CentralServer &server = *created.value();
        const auto port = server.listenOn(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        server.accounts()
            .add({QStringLiteral("op.bangsal"), QStringLiteral("Operator Uji"),
                  QStringLiteral("operator"), kVillage},
                 kPassword)
            .value();
        // A photo, half and whole.
        sync::Transport http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port)), 5000, nullptr);
        const HttpResult login = signIn(http, QStringLiteral("op.bangsal"),
                                        QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(login.status, 200);
        const QByteArray photo = sync::DemoRequests::photo(1, 4096);
        const QString sha = ContentStore::sha256Of(photo);
        const auto put = [&](qint64 offset, const QByteArray &bytes) {
            return http.send(
                "PUT", sync::apiPath("attachments/") + sha,
                QUrlQuery(QStringLiteral("offset=%1&total=%2").arg(offset).arg(photo.size())),
                bytes, "application/octet-stream");
        };
        QCOMPARE(put(0, photo.left(1000)).status, 200);
        QStringList checked;
        QDirIterator it(data, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const int want = it.fileInfo().isDir() ? 0700 : 0600;
            QCOMPARE(QString::number(modeOf(it.filePath()), 8), QString::number(want, 8));
            checked.append(it.fileInfo().fileName());
        }
        QCOMPARE(put(1000, photo.mid(1000)).status, 200);
        QCOMPARE(QString::number(modeOf(server.blobs().filePath(sha)), 8), QStringLiteral("600"));
        QCOMPARE(QString::number(modeOf(data), 8), QStringLiteral("700"));
        QVERIFY(checked.contains(QStringLiteral("central.sqlite")));
        QVERIFY(checked.contains(QStringLiteral("old.jpg")));
        QVERIFY(checked.contains(QStringLiteral("partial")));
    }

    void failedLoginsSlowDownWithoutLockingOrTellingNamesApart()
    {
        FixedClock clock(referenceNow());
        CentralFixture central(clock);
        central.addOperator();
        sync::Transport http(central.url(), 5000, nullptr);
        const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto login = [&](const QString &user, const QByteArray &password) {
            return http.send(
                "POST", sync::apiPath("login"), {},
                QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                          {QStringLiteral("password"), QString::fromUtf8(password)},
                                          {QStringLiteral("device_id"), device}})
                    .toJson());
        };
        const QtMessageHandler previous = qInstallMessageHandler(catchLog);
        auto restore = qScopeGuard([&] { qInstallMessageHandler(previous); });
        {
            QMutexLocker lock(&g_logLock);
            g_log.clear();
        }
        // A real name and an unknown one: the same answers, one for one.
        QList<int> real;
        QList<int> unknown;
        QList<QJsonObject> realBodies;
        QList<QJsonObject> unknownBodies;
        for (int i = 0; i < 7; ++i) {
            const HttpResult r = login(QStringLiteral("op.bangsal"), "salah-sekali");
            real.append(r.status);
            realBodies.append(QJsonDocument::fromJson(r.body).object());
        }
        clock.advanceSeconds(3600); // the address forgets between the two series
        for (int i = 0; i < 7; ++i) {
            const HttpResult r = login(QStringLiteral("tidak.ada"), "salah-sekali");
            unknown.append(r.status);
            unknownBodies.append(QJsonDocument::fromJson(r.body).object());
        }
        clock.advanceSeconds(3600);
        QCOMPARE(real, (QList<int>{401, 401, 401, 401, 401, 401, 429}));
        QCOMPARE(unknown, real);
        QCOMPARE(unknownBodies, realBodies);

        // Guessing in a row: a few free failures, then waits that grow, never a hard lock.
        QList<int> statuses;
        for (int i = 0; i < 6; ++i) {
            statuses.append(login(QStringLiteral("op.bangsal"), "salah-sekali").status);
        }
        QCOMPARE(statuses, (QList<int>{401, 401, 401, 401, 401, 401}));
        const HttpResult waiting = login(QStringLiteral("op.bangsal"), kPassword);
        QCOMPARE(waiting.status, 429);
        QCOMPARE(QJsonDocument::fromJson(waiting.body)
                     .object()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("auth.throttled"));
        // After the wait the right password works at once (no 15-minute lock).
        clock.advanceSeconds(2);
        QCOMPARE(login(QStringLiteral("op.bangsal"), kPassword).status, 200);

        // Other names from the same address wait too (the address is counted, not the name).
        for (int i = 0; i < 3; ++i) {
            clock.advanceSeconds(1);
            (void)login(QStringLiteral("nama%1").arg(i), "salah-sekali");
        }
        QCOMPARE(login(QStringLiteral("nama.baru"), "salah-sekali").status, 429);

        QStringList failures;
        {
            QMutexLocker lock(&g_logLock);
            for (const QString &line : std::as_const(g_log)) {
                if (line.startsWith(QStringLiteral("login failed"))) {
                    failures.append(line);
                }
            }
        }
        QVERIFY(failures.size() >= 14);
        for (const QString &line : std::as_const(failures)) {
            QVERIFY2(line.contains(QStringLiteral("peer=127.0.0.1")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("salah-sekali")), qPrintable(line));
        }
        QVERIFY(failures.first().contains(QStringLiteral("account=op.bangsal")));
        QVERIFY(failures.last().contains(QStringLiteral("account=?"))); // typed text stays out
    }

    // The throttle's counts are kept in the store: a restart (an upgrade, a crash a guesser
    // provoked) does not give the guesser a fresh start, and names are kept only as a digest.
    void theLoginBackoffSurvivesARestart()
    {
        FixedClock clock(referenceNow());
        CentralFixture central(clock);
        central.addOperator();
        const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto login = [&](const QByteArray &password) {
            sync::Transport http(central.url(), 5000, nullptr);
            return http
                .send("POST", sync::apiPath("login"), {},
                      QJsonDocument(
                          QJsonObject{{QStringLiteral("username"), QStringLiteral("op.bangsal")},
                                      {QStringLiteral("password"), QString::fromUtf8(password)},
                                      {QStringLiteral("device_id"), device}})
                          .toJson())
                .status;
        };
        for (int i = 0; i <= central::LoginThrottle::kFreeFailures; ++i) {
            QCOMPARE(login("salah-sekali"), 401);
        }
        QCOMPARE(login(kPassword), 429);
        central.restart();
        QCOMPARE(login(kPassword), 429);
        QCOMPARE(central.serverCount(QStringLiteral(
                     "SELECT count(*) FROM login_backoff WHERE key LIKE '%bangsal%'")),
                 0);
        clock.advanceSeconds(2);
        QCOMPARE(login(kPassword), 200);
        // A quarter of an hour later a restart forgets, and the kept rows are dropped.
        clock.advanceSeconds(3600);
        for (int i = 0; i <= central::LoginThrottle::kFreeFailures; ++i) {
            QCOMPARE(login("salah-sekali"), 401);
        }
        clock.advanceSeconds(central::LoginThrottle::kForgetSeconds + 1);
        central.restart();
        QCOMPARE(login(kPassword), 200);
        QCOMPARE(central.serverCount(
                     QStringLiteral("SELECT count(*) FROM login_backoff WHERE failures > 0")),
                 0);
    }

    void passwordChecksDoNotHoldUpOtherRequests()
    {
        FixedClock clock(referenceNow());
        QTemporaryDir dir;
        central::ServerConfig config;
        config.dataDir = dir.path();
        config.hashStrength = central::Accounts::HashStrength::Interactive; // real cost
        auto created = central::CentralServer::create(config, clock);
        QVERIFY(created);
        central::CentralServer &server = *created.value();
        const auto port = server.listenOn(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        server.accounts()
            .add({QStringLiteral("op.bangsal"), QStringLiteral("Operator Uji"),
                  QStringLiteral("operator"), kVillage},
                 kPassword)
            .value();
        sync::Transport http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port)), 60000,
                             nullptr);
        const HttpResult login = signIn(http, QStringLiteral("op.bangsal"),
                                        QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(login.status, 200);
        const QByteArray token = QJsonDocument::fromJson(login.body)
                                     .object()
                                     .value(QLatin1String("access_token"))
                                     .toString()
                                     .toLatin1();

        // Two guessed logins (each an argon2id check), then a normal pull.
        QStringList answered;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        std::vector<QByteArray> answers(3);
        const auto open = [&](const QString &name, const QByteArray &bytes) {
            auto socket = std::make_unique<QTcpSocket>();
            const size_t slot = sockets.size();
            QTcpSocket *raw = socket.get();
            QObject::connect(raw, &QTcpSocket::readyRead, raw, [&, raw, slot, name] {
                answers[slot] += raw->readAll();
                if (answers[slot].endsWith('}')) {
                    answered.append(name + u' ' + QString::fromLatin1(answers[slot].mid(9, 3)));
                }
            });
            raw->connectToHost(QHostAddress::LocalHost, *port);
            raw->write(bytes);
            sockets.push_back(std::move(socket));
        };
        for (int i = 0; i < 2; ++i) {
            const QByteArray body =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("username"), QStringLiteral("tebakan%1").arg(i)},
                                {QStringLiteral("password"), QStringLiteral("x")},
                                {QStringLiteral("device_id"),
                                 QUuid::createUuid().toString(QUuid::WithoutBraces)}})
                    .toJson(QJsonDocument::Compact);
            open(QStringLiteral("login"),
                 "POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
        open(QStringLiteral("pull"), "GET /api/v1/changes?after=0 HTTP/1.1\r\nHost: x\r\n"
                                     "Authorization: Bearer " +
                                         token + "\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 3, 60000);
        QCOMPARE(answered, (QStringList{QStringLiteral("pull 200"), QStringLiteral("login 401"),
                                        QStringLiteral("login 401")}));
    }

    void theLogNamesPathPeerAndAccountOnOneLine()
    {
        FixedClock clock(referenceNow());
        QTemporaryDir dir;
        central::ServerConfig config;
        config.dataDir = dir.path();
        config.hashStrength = central::Accounts::HashStrength::Minimal;
        config.logRequests = true;
        auto created = central::CentralServer::create(config, clock);
        QVERIFY(created);
        central::CentralServer &server = *created.value();
        const auto port = server.listenOn(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        server.accounts()
            .add({QStringLiteral("op.bangsal"), QStringLiteral("Operator Uji"),
                  QStringLiteral("operator"), kVillage},
                 kPassword)
            .value();
        sync::Transport http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port)), 5000, nullptr);
        const HttpResult login = signIn(http, QStringLiteral("op.bangsal"),
                                        QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(login.status, 200);

        const QtMessageHandler previous = qInstallMessageHandler(catchLog);
        const auto restore = qScopeGuard([&] { qInstallMessageHandler(previous); });
        {
            QMutexLocker lock(&g_logLock);
            g_log.clear();
        }
        // A %0A in the path, raw bytes on the wire so nothing on the way normalises it.
        QTcpSocket socket;
        QByteArray answer;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [&] { answer += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, *port);
        socket.write("GET /api/v1/x%0A2026-11-23%20GET%20/api/v1/push%20200 HTTP/1.1\r\nHost: "
                     "x\r\n\r\n");
        QTRY_VERIFY(answer.contains("auth.missing"));
        // A query with personal data stays out of the log; the account is named.
        QCOMPARE(http.send("GET", sync::apiPath("changes"),
                           QUrlQuery(QStringLiteral("after=0&nik=3571034512500001")))
                     .status,
                 200);
        // A letter check's code carries the letter (a resident's name): not in the log.
        QCOMPARE(http.send("GET", QStringLiteral("/v/eyJuYW1hIjoiU2l0aSBBbWluYWgifQ")).status, 200);
        QStringList lines;
        {
            QMutexLocker lock(&g_logLock);
            for (const QString &line : std::as_const(g_log)) {
                if (line.contains(QStringLiteral(" ms peer="))) {
                    lines.append(line);
                }
            }
        }
        QCOMPARE(lines.size(), 3);
        for (const QString &line : std::as_const(lines)) {
            QVERIFY2(!line.contains(u'\n') && !line.contains(u'\r'), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("peer=127.0.0.1")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("3571034512500001")), qPrintable(line));
        }
        QVERIFY2(lines[0].contains(QStringLiteral("/api/v1/x%0A2026")), qPrintable(lines[0]));
        QVERIFY2(lines[0].contains(QStringLiteral("account=-")), qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(QStringLiteral("GET /api/v1/changes 200")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[1].contains(QStringLiteral("account=op.bangsal")), qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(QStringLiteral("GET /v/- 200")), qPrintable(lines[2]));
        QVERIFY2(!lines[2].contains(QStringLiteral("eyJ")), qPrintable(lines[2]));
    }
};

QTEST_GUILESS_MAIN(TestCentralServerAccess)
#include "TestCentralServerAccess.moc"
