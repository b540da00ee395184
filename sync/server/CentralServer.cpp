#include "sync/server/CentralServer.h"

#include "core/common/Clock.h"
#include "sync/protocol/Compression.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/BlobStore.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/CentralServices.h"
#include "sync/server/CentralWorkers.h"
#include "sync/server/LetterCheckPage.h"
#include "sync/server/LoginBackoff.h"
#include "sync/server/console/ConsoleSite.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace tepat::central {

namespace L = sync::limits;

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

} // namespace

CentralServer::CentralServer(const ServerConfig &config, const Clock &clock)
    : m_config(config)
    , m_clock(clock)
    , m_guard(L::kHeaderBytes, L::kJsonBody, &m_bodyCuts, config.limits)
    , m_throttle(clock)
    , m_letterChecks(clock)
    , m_console(std::make_unique<console::ConsoleSite>(clock, !config.certificateFile.isEmpty()))
{}

CentralServer::~CentralServer()
{
    // The workers first: once their threads are joined nothing posts answers any more (those
    // already posted go with this object). Then the connections (children of the listening
    // servers), while the guard that counts them is still there.
    m_work.reset();
    m_logins.reset();
    const QList<QTcpServer *> listening = servers();
    qDeleteAll(listening);
}

CentralDatabase &CentralServer::database() const
{
    return m_own->database();
}

const Accounts &CentralServer::accounts() const
{
    return m_own->accounts();
}

const CentralRegister &CentralServer::registry() const
{
    return m_own->registry();
}

const RequestDesk &CentralServer::desk() const
{
    return m_own->desk();
}

const BlobStore &CentralServer::blobs() const
{
    return m_own->blobs();
}

Result<std::unique_ptr<CentralServer>> CentralServer::create(const ServerConfig &config,
                                                             const Clock &clock)
{
    if (const Status s = restrictDataFolder(config.dataDir); !s) {
        return s.error();
    }
    Result<std::unique_ptr<CentralServices>> own = CentralServices::open(config, clock, true);
    if (!own) {
        return own.error();
    }
    std::unique_ptr<CentralServer> server(new CentralServer(config, clock));
    server->m_own = std::move(own.value());
    // Who was guessing before a restart still waits.
    Result<QList<LoginThrottle::Change>> kept = LoginBackoff::load(server->database());
    if (!kept) {
        return kept.error();
    }
    server->m_throttle.restore(*kept);
    return server;
}

Status CentralServer::startWorkers()
{
    if (m_work) {
        return {};
    }
    Result<std::unique_ptr<CentralWorkers>> logins =
        CentralWorkers::start(m_config, m_clock, kHashThreads, kHashQueue, kHashNiceness);
    if (!logins) {
        return logins.error();
    }
    Result<std::unique_ptr<CentralWorkers>> work =
        CentralWorkers::start(m_config, m_clock, m_config.workerThreads, m_config.workQueue);
    if (!work) {
        return work.error();
    }
    m_logins = std::move(logins.value());
    m_work = std::move(work.value());
    return {};
}

Status CentralServer::restrictDataFolder(const QString &dataDir)
{
#ifdef Q_OS_UNIX
    // Everything the server writes from now on (database, photos, uploads, rejects) is for its
    // own OS account only.
    ::umask(077);
#endif
    if (!QDir().mkpath(dataDir)) {
        return Error{QStringLiteral("central.data_dir"),
                     tr("Folder data %1 tidak bisa dibuat.").arg(dataDir)};
    }
#ifdef Q_OS_UNIX
    // What an older version left readable for others is closed too.
    const auto restrict = [](const QString &path, mode_t mode) {
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISLNK(st.st_mode) &&
            (st.st_mode & 07777) != mode) {
            ::chmod(QFile::encodeName(path).constData(), mode);
        }
    };
    restrict(dataDir, 0700);
    QDirIterator it(dataDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (!info.isSymLink()) {
            restrict(info.filePath(), info.isDir() ? 0700 : 0600);
        }
    }
#endif
    return {};
}

Result<quint16> CentralServer::listenOn(const QHostAddress &address, quint16 port)
{
    const bool tls = !m_config.certificateFile.isEmpty();
    if (!tls && !address.isLoopback()) {
        return Error{QStringLiteral("central.plain_http"),
                     tr("Tanpa TLS server hanya mendengarkan di loopback (127.0.0.1 atau ::1), "
                        "karena kata sandi, token dan data warga akan terkirim terbuka. Berikan "
                        "--cert dan --key untuk %1.")
                         .arg(address.toString())};
    }
    QSslConfiguration conf;
    if (tls) {
        Result<QSslConfiguration> loaded = tlsConfiguration();
        if (!loaded) {
            return loaded.error();
        }
        conf = *loaded;
    }
    if (const Status started = startWorkers(); !started) {
        return started.error();
    }
    QTcpServer *tcp = m_guard.createServer(tls);
    if (tls) {
        static_cast<QSslServer *>(tcp)->setSslConfiguration(conf);
    }
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Error{
            QStringLiteral("central.listen"),
            tr("Tidak bisa mendengarkan di %1:%2: %3").arg(address.toString()).arg(port).arg(why)};
    }
    bind(tcp);
    // Uploads nobody continues are dropped when serving starts and then every hour (only by the
    // serving process: a CLI command next to it must not sweep under its feet).
    if (!findChild<QTimer *>(QStringLiteral("partial-sweep"))) {
        const auto forgotten = [this] {
            return m_clock.now().addSecs(-LoginThrottle::kForgetSeconds);
        };
        (void)blobs().expirePartials(); // before serving: nobody waits for it yet
        (void)LoginBackoff::forgetBefore(database(), forgotten());
        auto *sweep = new QTimer(this);
        sweep->setObjectName(QStringLiteral("partial-sweep"));
        connect(sweep, &QTimer::timeout, this, [this, forgotten] {
            m_work->submit([before = forgotten()](CentralServices &s) {
                (void)s.blobs().expirePartials();
                (void)LoginBackoff::forgetBefore(s.database(), before);
            });
        });
        sweep->start(std::chrono::hours(1));
    }
    return tcp->serverPort();
}

Result<QSslConfiguration> CentralServer::tlsConfiguration() const
{
    // The whole chain: the server's certificate first, then the intermediates that signed it,
    // so a client that trusts only the root can verify it.
    const QList<QSslCertificate> chain =
        QSslCertificate::fromPath(m_config.certificateFile, QSsl::Pem);
    QFile keyFile(m_config.keyFile);
    if (!QFileInfo::exists(m_config.certificateFile) || !keyFile.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("central.tls_files"),
                     tr("Sertifikat atau kunci TLS tidak bisa dibaca.")};
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    }
    if (chain.isEmpty() || chain.first().isNull() || key.isNull()) {
        return Error{QStringLiteral("central.tls_invalid"),
                     tr("Sertifikat atau kunci TLS tidak sah (harus PEM).")};
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(chain);
    conf.setPrivateKey(key);
    return conf;
}

void CentralServer::stopListening()
{
    for (QTcpServer *server : servers()) {
        server->close();
        server->deleteLater();
    }
}

void CentralServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(QJsonDocument(sync::errorBody(
                   {QStringLiteral("request.not_found"), tr("Alamat tidak dikenal.")})),
               QHttpServerResponder::StatusCode::NotFound);
}

bool CentralServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const QString path = request.url().path();
    const QByteArray method = methodName(request.method());
    const FaultDecision fault = m_faults ? m_faults(method, path) : FaultDecision{};
    if (m_recorder) {
        m_recorder(method, request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority),
                   request.value("Content-Type"), request.body());
    }
    switch (fault.fault) {
    case Fault::DropBeforeHandling:
        socket->abort();
        return true;
    case Fault::Stall:
        return true;
    case Fault::Respond: {
        CentralReply injected;
        injected.status = fault.status;
        injected.body = fault.body;
        answer(request, socket, injected, timer.elapsed());
        return true;
    }
    default:
        break;
    }
    const bool dropAfterWork = fault.fault == Fault::DropAfterCommit;
    if (request.method() == QHttpServerRequest::Method::Get && LetterCheckPage::serves(path)) {
        console::ConsoleCall call;
        call.method = request.method();
        call.path = path;
        call.query = QUrlQuery(request.url());
        call.cookies = request.value("Cookie");
        call.acceptLanguage = request.value("Accept-Language");
        if (const qint64 wait = m_letterChecks.take(socket->peerAddress()); wait > 0) {
            answer(request, socket, LetterCheckPage::tooMany(wait, LetterCheckPage::language(call)),
                   timer.elapsed());
            return true;
        }
        offload(*m_work, request, socket, timer, dropAfterWork,
                [call = std::move(call)](CentralServices &services) {
                    return LetterCheckPage::render(call, services);
                });
        return true;
    }
    if (console::ConsoleSite::serves(path)) {
        serveConsole(request, socket, timer, dropAfterWork); // console/ConsoleServing.cpp
        return true;
    }
    if (request.method() == QHttpServerRequest::Method::Post &&
        path == QLatin1String("/api/v1/login")) {
        startLogin(request, socket, timer, dropAfterWork);
        return true;
    }
    CentralCall call{request.method(),
                     path,
                     QUrlQuery(request.url()),
                     request.value("Authorization"),
                     request.value("Content-Encoding"),
                     request.body()};
    offload(*m_work, request, socket, timer, dropAfterWork,
            [call = std::move(call)](CentralServices &services) {
                return CentralRoutes::handle(call, services);
            });
    return true;
}

void CentralServer::offload(CentralWorkers &pool, const QHttpServerRequest &request,
                            QTcpSocket *socket, QElapsedTimer timer, bool dropAfterWork, Work work,
                            AfterWork after)
{
    // The request object lives as long as its socket (QHttpServer deletes it with the socket)
    // and is not reused meanwhile: a pipelined request on a busy connection cuts it.
    const QPointer<QTcpSocket> alive(socket);
    const QHttpServerRequest *pending = &request;
    ConnectionGuard::setBusy(socket, true);
    const bool queued = pool.submit([this, work = std::move(work), after, alive, pending, timer,
                                     dropAfterWork](CentralServices &services) {
        CentralReply reply = work(services);
        QMetaObject::invokeMethod(
            this,
            [this, reply = std::move(reply), after, alive, pending, timer, dropAfterWork] {
                if (after) {
                    after(reply);
                }
                if (!alive || alive->state() != QAbstractSocket::ConnectedState) {
                    return;
                }
                ConnectionGuard::setBusy(alive, false);
                if (dropAfterWork) {
                    alive->abort();
                    return;
                }
                answer(*pending, alive, reply, timer.elapsed());
            },
            Qt::QueuedConnection);
    });
    if (!queued) {
        ConnectionGuard::setBusy(socket, false);
        CentralReply busy = CentralRoutes::error(
            {QStringLiteral("server.busy"),
             tr("Server pusat sedang menerima banyak permintaan; coba lagi sebentar lagi.")},
            503);
        busy.retryAfter = 1;
        if (after) {
            after(busy);
        }
        answer(request, socket, busy, timer.elapsed());
    }
}

void CentralServer::answer(const QHttpServerRequest &request, QTcpSocket *socket,
                           const CentralReply &reply, qint64 elapsedMs)
{
    const QByteArray method = methodName(request.method());
    QHttpServerResponder responder = makeResponder(request, socket);
    // Accept-Encoding in a response tells the client which request encodings it may use
    // (RFC 7694).
    const bool gzip = reply.body.size() >= sync::Compression::kMinimumBytes &&
                      sync::Compression::takesGzip(request.value("Accept-Encoding"));
    const QByteArray body = gzip ? sync::Compression::gzip(reply.body) : reply.body;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    for (const auto &[name, value] : reply.headers) {
        responder.writeHeader(name, value);
    }
    if (gzip) {
        responder.writeHeader("Content-Encoding", "gzip");
    }
    responder.writeHeader("Vary", "Accept-Encoding");
    responder.writeHeader("Accept-Encoding", "gzip, deflate");
    if (reply.retryAfter > 0) {
        responder.writeHeader("Retry-After", QByteArray::number(reply.retryAfter));
    }
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
    if (m_config.logRequests) {
        // The path as it came, percent-encoded (a %0A stays "%0A" and cannot start a forged
        // line), never the query; who asked: the peer and the account, never a NIK. A letter
        // check's code is the signed letter (the resident's name in it): left out.
        const QString path = request.url().path(QUrl::FullyEncoded);
        const QString logged =
            LetterCheckPage::serves(request.url().path()) ? QStringLiteral("/v/-") : path.left(512);
        qInfo("%s %s %d %lld ms peer=%s account=%s", method.constData(),
              logged.toLatin1().constData(), reply.status, elapsedMs,
              qPrintable(socket->peerAddress().toString()),
              reply.account.isEmpty() ? "-" : qPrintable(reply.account));
    }
    Q_EMIT requestHandled(QString::fromLatin1(method), request.url().path(), reply.status);
}

} // namespace tepat::central
