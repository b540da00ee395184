#include "sync/client/Transport.h"
#include "sync/protocol/Protocol.h"
#include "tests/sync/SyncFixtures.h"
#include "tests/sync/TlsChain.h"

#include <QSslConfiguration>
#include <QTest>

using namespace tepat;
using namespace tepat::test;
using sync::HttpResult;
using sync::Transport;

class TestTransport : public QObject
{
    Q_OBJECT

    // tepat-central with TLS from `chain` on a loopback port.
    static std::unique_ptr<central::CentralServer>
    tlsServer(const FixedClock &clock, const QString &data, const TlsChain &chain, quint16 &port)
    {
        central::ServerConfig config;
        config.dataDir = data;
        config.certificateFile = chain.chain();
        config.keyFile = chain.leafKey();
        config.hashStrength = central::Accounts::HashStrength::Minimal;
        auto server = central::CentralServer::create(config, clock);
        if (!server) {
            return {};
        }
        const auto bound = server.value()->listenOn(QHostAddress::LocalHost, 0);
        if (!bound) {
            return {};
        }
        port = *bound;
        return std::move(server.value());
    }

private Q_SLOTS:
    void plainHttpGoesOnlyToThisComputer()
    {
        for (const char *allowed :
             {"http://127.0.0.1:8080", "http://127.8.9.10", "http://[::1]:80",
              "http://localhost:8080", "http://LOCALHOST", "https://tepat.dinsos.kedirikota.go.id",
              "https://192.168.1.10:8443"}) {
            QVERIFY2(Transport::isAllowedServer(QUrl(QString::fromLatin1(allowed))), allowed);
        }
        for (const char *refused :
             {"http://192.168.1.10:8080", "http://tepat.dinsos.kedirikota.go.id",
              "http://localhost.example.org", "http://10.0.0.1", "http://[fe80::1]",
              "ftp://127.0.0.1"}) {
            QVERIFY2(!Transport::isAllowedServer(QUrl(QString::fromLatin1(refused))), refused);
        }

        // Refused before anything goes out: no connection, a clear message.
        Transport far(QUrl(QStringLiteral("http://192.0.2.10:8080")), 5000, nullptr);
        far.setAccessToken(QStringLiteral("rahasia"));
        const HttpResult r = far.send("POST", sync::apiPath("login"), {}, "{\"password\":\"x\"}");
        QCOMPARE(r.kind, HttpResult::Kind::Insecure);
        QCOMPARE(far.requestCount(), 0);
        QCOMPARE(far.bytesSent(), 0);
        const Error e = Transport::describe(r);
        QCOMPARE(e.code, QStringLiteral("sync.insecure"));
        QVERIFY(e.message.contains(QStringLiteral("https://")));
        QVERIFY(e.message.contains(QStringLiteral("192.0.2.10")));
        QVERIFY(!Transport::isTransient(e)); // not retried forever

        // Loopback still works.
        FixedClock clock(referenceNow());
        CentralFixture central(clock);
        Transport near(central.url(), 5000, nullptr);
        QCOMPARE(near.send("GET", sync::apiPath("status")).status, 200);
    }

    void aPinnedAuthorityIsTheOnlyOneTrusted()
    {
        QTemporaryDir dir;
        TlsChain mine;
        TlsChain other;
        QVERIFY(mine.make(dir.filePath(QStringLiteral("dinsos"))));
        QVERIFY(other.make(dir.filePath(QStringLiteral("lain")), QStringLiteral("CA Lain")));
        FixedClock clock(referenceNow());
        quint16 port = 0;
        auto server = tlsServer(clock, dir.filePath(QStringLiteral("data")), mine, port);
        QVERIFY(server);
        const QUrl url(QStringLiteral("https://localhost:%1").arg(port));

        // The system trusts the server's authority (as it would a public CA).
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration system = original;
        system.addCaCertificates(mine.caCert(), QSsl::Pem);
        QSslConfiguration::setDefaultConfiguration(system);
        const auto restore =
            qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

        Transport bySystem(url, 5000, nullptr);
        QCOMPARE(bySystem.send("GET", sync::apiPath("status")).status, 200);
        // Pinned to another authority: the system's trust does not count.
        Transport pinnedElsewhere(url, 5000, nullptr,
                                  QSslCertificate::fromPath(other.caCert(), QSsl::Pem));
        const HttpResult refused = pinnedElsewhere.send("GET", sync::apiPath("status"));
        QCOMPARE(refused.kind, HttpResult::Kind::TlsFailed);
        QCOMPARE(Transport::describe(refused).code, QStringLiteral("net.tls"));
        Transport pinned(url, 5000, nullptr, QSslCertificate::fromPath(mine.caCert(), QSsl::Pem));
        QCOMPARE(pinned.send("GET", sync::apiPath("status")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "TestTransport.moc"
