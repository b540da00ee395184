#include "sync/client/Transport.h"
#include "sync/protocol/Protocol.h"
#include "tests/sync/SyncFixtures.h"

#include <QDir>
#include <QTcpSocket>
#include <QTest>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace tepat;
using namespace tepat::test;

// What one client, or all together, can hold of tepat-central: deadlines and caps, with raw
// sockets against a server whose limits are made short for the test.
class TestConnectionGuard : public QObject
{
    Q_OBJECT

    struct Server
    {
        FixedClock clock{referenceNow()};
        QTemporaryDir dir;
        std::unique_ptr<central::CentralServer> server;
        quint16 port = 0;

        explicit Server(const central::ConnectionLimits &limits)
        {
            central::ServerConfig config;
            config.dataDir = dir.path();
            config.hashStrength = central::Accounts::HashStrength::Minimal;
            config.limits = limits;
            server = std::move(central::CentralServer::create(config, clock).value());
            port = server->listenOn(QHostAddress::LocalHost, 0).value();
        }
        int open() const { return server->guard().openConnections(); }
    };

    // A raw connection that keeps what comes back.
    struct Client
    {
        std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
        QByteArray answer;
        explicit Client(quint16 port)
        {
            QObject::connect(socket.get(), &QTcpSocket::readyRead, socket.get(),
                             [this] { answer += socket->readAll(); });
            socket->connectToHost(QHostAddress::LocalHost, port);
        }
        bool closed() const { return socket->state() == QAbstractSocket::UnconnectedState; }
    };

    static central::ConnectionLimits shortLimits()
    {
        central::ConnectionLimits l;
        l.headerMs = 300;
        l.idleMs = 300;
        l.bodyGraceMs = 300;
        l.minBodyBytesPerSecond = 1024 * 1024;
        return l;
    }

    static QByteArray statusRequest() { return "GET /api/v1/status HTTP/1.1\r\nHost: x\r\n\r\n"; }

private Q_SLOTS:
    void aSilentConnectionIsClosed()
    {
        Server s(shortLimits());
        Client silent(s.port);
        QTRY_COMPARE(s.open(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(silent.closed(), 5000);
        QTRY_COMPARE(s.open(), 0);
    }

    void halfSentHeadersAreClosed()
    {
        Server s(shortLimits());
        Client slow(s.port);
        slow.socket->write("GET /api/v1/status HTTP/1.1\r\nHost: x\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(slow.closed(), 5000);
        QVERIFY(slow.answer.isEmpty());
    }

    void aBodyBelowTheMinimumRateIsClosed()
    {
        Server s(shortLimits());
        Client slow(s.port);
        // 1 MB at 1 MB/s plus the grace: well under two seconds; only 10 bytes come.
        slow.socket->write("POST /api/v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: "
                           "application/json\r\nContent-Length: 1000000\r\n\r\n{\"items\":");
        QTRY_COMPARE(s.server->guard().bodyBytesInFlight(), 1000000);
        QTRY_VERIFY_WITH_TIMEOUT(slow.closed(), 5000);
        QTRY_COMPARE(s.server->guard().bodyBytesInFlight(), 0);
    }

    void aKeptAliveConnectionIsClosedWhenIdle()
    {
        Server s(shortLimits());
        Client client(s.port);
        client.socket->write(statusRequest());
        QTRY_VERIFY(client.answer.contains("server_id"));
        QVERIFY(!client.closed());
        // A second request on the same connection still works.
        client.answer.clear();
        client.socket->write(statusRequest());
        QTRY_VERIFY(client.answer.contains("server_id"));
        QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 5000);
    }

    void connectionsArePerAddressAndAltogetherCapped()
    {
        central::ConnectionLimits limits = shortLimits();
        limits.headerMs = 60000;
        limits.idleMs = 60000;
        limits.maxPerAddress = 3;
        Server s(limits);
        std::vector<std::unique_ptr<Client>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<Client>(s.port));
        }
        QTRY_COMPARE(s.open(), 3);
        Client refused(s.port);
        QTRY_VERIFY(refused.closed());
        QVERIFY2(refused.answer.startsWith("HTTP/1.1 503"), refused.answer.constData());
        QVERIFY(refused.answer.contains("server.busy"));
        QVERIFY(refused.answer.contains("Retry-After"));
        QCOMPARE(s.open(), 3);
        // One goes away: there is room again.
        held.front()->socket->abort();
        held.erase(held.begin());
        QTRY_COMPARE(s.open(), 2);
        Client next(s.port);
        next.socket->write(statusRequest());
        QTRY_VERIFY(next.answer.contains("server_id"));

        limits.maxPerAddress = 100;
        limits.maxTotal = 2;
        Server full(limits);
        Client a(full.port);
        Client b(full.port);
        QTRY_COMPARE(full.open(), 2);
        Client c(full.port);
        QTRY_VERIFY(c.closed());
        QVERIFY2(c.answer.startsWith("HTTP/1.1 503"), c.answer.constData());
    }

    void aLoginBodyIsSmall()
    {
        Server s(shortLimits());
        Client client(s.port);
        client.socket->write("POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                             "application/json\r\nContent-Length: 100000\r\n\r\n{");
        QTRY_VERIFY(client.closed());
        QVERIFY2(client.answer.startsWith("HTTP/1.1 413"), client.answer.constData());
        QCOMPARE(s.server->guard().bodyBytesInFlight(), 0);
    }

    void unfinishedBodiesShareAMemoryBudget()
    {
        central::ConnectionLimits limits = shortLimits();
        limits.bodyGraceMs = 60000;
        limits.bodyBudget = 1500;
        Server s(limits);
        const QByteArray head = "POST /api/v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                "application/json\r\nContent-Length: 1000\r\n\r\n";
        Client first(s.port);
        first.socket->write(head + "{");
        QTRY_COMPARE(s.server->guard().bodyBytesInFlight(), 1000);
        Client second(s.port);
        second.socket->write(head + "{");
        QTRY_VERIFY(second.closed());
        QVERIFY2(second.answer.startsWith("HTTP/1.1 503"), second.answer.constData());
        QCOMPARE(s.server->guard().bodyBytesInFlight(), 1000);
        // Chunked bodies (no declared length) are refused.
        Client chunked(s.port);
        chunked.socket->write("POST /api/v1/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                              "chunked\r\n\r\n5\r\n{\"a\":\r\n");
        QTRY_VERIFY(chunked.closed());
        QVERIFY2(chunked.answer.startsWith("HTTP/1.1 411"), chunked.answer.constData());
        first.socket->abort();
        QTRY_COMPARE(s.server->guard().bodyBytesInFlight(), 0);
    }

    void outOfDescriptorsTheServerWaitsAndComesBack()
    {
        central::ConnectionLimits limits = shortLimits();
        limits.headerMs = 60000;
        limits.idleMs = 60000;
        limits.acceptRetryMs = 50;
        Server s(limits);
        // This process (the server and the test's clients) may open only a few more files.
        rlimit original{};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &original) == 0);
        const rlim_t inUse = rlim_t(QDir(QStringLiteral("/proc/self/fd"))
                                        .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                                        .size());
        rlimit low = original;
        low.rlim_cur = inUse + 16;
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &low) == 0);
        std::vector<int> filler;
        const auto restore = qScopeGuard([&] {
            for (int fd : filler) {
                ::close(fd);
            }
            ::setrlimit(RLIMIT_NOFILE, &original);
        });
        // Every descriptor taken but one: a client gets it, the server has none to accept.
        for (int i = 0; i < 64; ++i) {
            const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
            if (fd < 0) {
                break;
            }
            filler.push_back(fd);
        }
        QVERIFY(filler.size() > 1);
        ::close(filler.back());
        filler.pop_back();
        Client waiting(s.port);
        waiting.socket->write(statusRequest());
        QTRY_VERIFY(s.server->guard().acceptPauses() > 0);
        const int pauses = s.server->guard().acceptPauses();
        QVERIFY(waiting.answer.isEmpty());
        // Descriptors free again: the waiting client is served, without anyone reconnecting.
        for (int fd : filler) {
            ::close(fd);
        }
        filler.clear();
        QTRY_VERIFY_WITH_TIMEOUT(waiting.answer.contains("server_id"), 5000);
        // It retried now and then, not in a busy loop.
        QVERIFY2(s.server->guard().acceptPauses() - pauses < 200,
                 qPrintable(QString::number(s.server->guard().acceptPauses())));
    }
};

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "TestConnectionGuard.moc"
