#include "sync/server/CentralServer.h"

#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "sync/protocol/Compression.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/BlobStore.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/CentralRegister.h"
#include "sync/server/RequestDesk.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
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

const sync::JsonLimits kJson{L::kJsonBody, L::kJsonDepth, L::kString, true};

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
{
    m_hashPool.setMaxThreadCount(kHashThreads);
}

CentralServer::~CentralServer()
{
    // The connections (children of the listening servers) go while the guard that counts them
    // and the accounts they answer with are still there.
    m_hashPool.waitForDone();
    const QList<QTcpServer *> listening = servers();
    qDeleteAll(listening);
}

Result<std::unique_ptr<CentralServer>> CentralServer::create(const ServerConfig &config,
                                                             const Clock &clock)
{
    if (const Status s = restrictDataFolder(config.dataDir); !s) {
        return s.error();
    }
    Result<std::unique_ptr<CentralDatabase>> db =
        CentralDatabase::open(config.dataDir, config.databaseUrl);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<CentralServer> server(new CentralServer(config, clock));
    server->m_db = std::move(db.value());
    server->m_accounts = std::make_unique<Accounts>(*server->m_db, clock, config.hashStrength);
    if (const Status s = server->m_accounts->upgradeSchema(); !s) {
        return s.error();
    }
    server->m_register = std::make_unique<CentralRegister>(*server->m_db, clock);
    server->m_blobs = std::make_unique<BlobStore>(*server->m_db, clock, config.villageQuotaBytes);

    server->m_desk =
        std::make_unique<RequestDesk>(*server->m_db, clock, *server->m_register, *server->m_blobs);
    return server;
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
        (void)m_blobs->expirePartials();
        auto *sweep = new QTimer(this);
        sweep->setObjectName(QStringLiteral("partial-sweep"));
        const BlobStore *blobs = m_blobs.get();
        connect(sweep, &QTimer::timeout, sweep, [blobs] { (void)blobs->expirePartials(); });
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
    m_account.clear();
    m_peer = socket->peerAddress();
    const QString path = request.url().path();
    const QByteArray method = methodName(request.method());
    const FaultDecision fault = m_faults ? m_faults(method, path) : FaultDecision{};
    if (m_recorder) {
        m_recorder(method, request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority),
                   request.value("Content-Type"), request.body());
    }
    if (fault.fault == Fault::DropBeforeHandling) {
        socket->abort();
        return true;
    }
    if (fault.fault == Fault::Stall) {
        return true;
    }
    if (fault.fault == Fault::None && request.method() == QHttpServerRequest::Method::Post &&
        path == QLatin1String("/api/v1/login")) {
        startLogin(request, socket, timer);
        return true;
    }
    Reply reply;
    if (fault.fault == Fault::Respond) {
        reply = Reply{fault.status, fault.body};
    } else if (Result<QByteArray> decoded = sync::Compression::decode(
                   request.value("Content-Encoding"), request.body(), L::kJsonBody);
               !decoded) {
        reply = error(decoded.error());
    } else {
        reply = route(request, path, *decoded);
    }
    if (fault.fault == Fault::DropAfterCommit) {
        socket->abort();
        return true;
    }
    answer(request, socket, reply, timer.elapsed());
    return true;
}

void CentralServer::answer(const QHttpServerRequest &request, QTcpSocket *socket,
                           const Reply &reply, qint64 elapsedMs)
{
    const QByteArray method = methodName(request.method());
    QHttpServerResponder responder = makeResponder(request, socket);
    // Accept-Encoding in a response tells the client which request encodings it may use
    // (RFC 7694).
    const bool gzip = reply.body.size() >= sync::Compression::kMinimumBytes &&
                      sync::Compression::takesGzip(request.value("Accept-Encoding"));
    const QByteArray body = gzip ? sync::Compression::gzip(reply.body) : reply.body;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", "application/json");
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
        // line), never the query; who asked: the peer and the account, never a NIK.
        qInfo("%s %s %d %lld ms peer=%s account=%s", method.constData(),
              request.url().path(QUrl::FullyEncoded).left(512).toLatin1().constData(), reply.status,
              elapsedMs, qPrintable(socket->peerAddress().toString()),
              m_account.isEmpty() ? "-" : qPrintable(m_account));
    }
    Q_EMIT requestHandled(QString::fromLatin1(method), request.url().path(), reply.status);
}

CentralServer::Reply CentralServer::json(const QJsonObject &body, int status) const
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

int CentralServer::statusFor(const QString &code)
{
    static const QHash<QString, int> table{
        {QStringLiteral("auth.invalid"), 401},
        {QStringLiteral("auth.invalid_token"), 401},
        {QStringLiteral("auth.expired"), 401},
        {QStringLiteral("auth.missing"), 401},
        {QStringLiteral("auth.refresh_invalid"), 401},
        {QStringLiteral("auth.throttled"), 429},
        {QStringLiteral("auth.forbidden"), 403},
        {QStringLiteral("auth.disabled"), 403},
        {QStringLiteral("auth.device_taken"), 403},
        {QStringLiteral("auth.device_revoked"), 403},
        {QStringLiteral("request.not_found"), 404},
        {QStringLiteral("request.method"), 405},
        {QStringLiteral("review.illegal_transition"), 409},
        {QStringLiteral("attachment.offset"), 409},
        {QStringLiteral("attachment.total"), 409},
        {QStringLiteral("attachment.too_large"), 413},
        {QStringLiteral("request.too_large"), 413},
        {QStringLiteral("json.too_large"), 413},
        {QStringLiteral("attachment.hash_mismatch"), 422},
        {QStringLiteral("attachment.quota"), 507},
        {QStringLiteral("request.encoding"), 415},
        {QStringLiteral("review.reason_required"), 422},
        {QStringLiteral("push.too_many_items"), 422},
        {QStringLiteral("civil.header"), 422},
    };
    if (code.startsWith(QLatin1String("storage")) || code.startsWith(QLatin1String("central"))) {
        return 500;
    }
    return table.value(code, 400);
}

CentralServer::Reply CentralServer::error(const Error &e, int status) const
{
    return json(sync::errorBody(e), status ? status : statusFor(e.code));
}

CentralServer::Reply CentralServer::route(const QHttpServerRequest &request, const QString &path,
                                          const QByteArray &content)
{
    using M = QHttpServerRequest::Method;
    const QString prefix = QStringLiteral("/api/v1/");
    if (!path.startsWith(prefix)) {
        return error({QStringLiteral("request.not_found"), tr("Alamat tidak dikenal.")});
    }
    const QStringList parts = path.mid(prefix.size()).split(u'/');
    const M method = request.method();
    const QUrlQuery query(request.url());
    const auto wrongMethod = [this] {
        return error({QStringLiteral("request.method"),
                      tr("Metode HTTP ini tidak berlaku untuk alamat tersebut.")});
    };
    const auto body = [&content]() -> Result<QJsonObject> {
        return sync::parseJsonObject(content, kJson);
    };

    if (parts == QStringList{QStringLiteral("status")}) {
        if (method != M::Get) {
            return wrongMethod();
        }
        return json({{QStringLiteral("server_id"), m_db->serverId()},
                     {QStringLiteral("protocol"), sync::kProtocolVersion},
                     {QStringLiteral("server_time"), storedTime(m_clock.now())}});
    }
    if (parts == QStringList{QStringLiteral("login")}) {
        if (method != M::Post) {
            return wrongMethod();
        }
        // Here only when a fault was injected; otherwise startLogin() hashes on a worker.
        std::variant<Reply, LoginJob> prepared = prepareLogin(request);
        if (Reply *now = std::get_if<Reply>(&prepared)) {
            return *now;
        }
        LoginJob &job = std::get<LoginJob>(prepared);
        return completeLogin(job, Accounts::verify(job.attempt.hash, job.password));
    }
    if (parts == QStringList{QStringLiteral("token"), QStringLiteral("refresh")}) {
        if (method != M::Post) {
            return wrongMethod();
        }
        Result<QJsonObject> in = body();
        if (!in) {
            return error(in.error());
        }
        sync::JsonReader r(*in);
        const QString token = r.string("refresh_token", 128);
        const QString deviceId = r.string("device_id", L::kIdentifier);
        if (!r.ok()) {
            return error(r.error());
        }
        Result<sync::TokenReply> reply = m_accounts->refresh(token, deviceId);
        if (reply) {
            m_account = reply->account.username;
        }
        return reply ? json(reply->toJson()) : error(reply.error());
    }

    // Everything below needs an access token.
    Result<Caller> caller = m_accounts->authenticate(request.value("Authorization"));
    if (!caller) {
        return error(caller.error());
    }
    m_account = caller->username;
    if (parts == QStringList{QStringLiteral("logout")}) {
        if (method != M::Post) {
            return wrongMethod();
        }
        Result<QJsonObject> in = body();
        if (!in) {
            return error(in.error());
        }
        const QString access = QString::fromLatin1(request.value("Authorization").mid(7));
        const Status s = m_accounts->logout(
            access, in->value(QLatin1String("refresh_token")).toString().left(128));
        return s ? json({{QStringLiteral("ok"), true}}) : error(s.error());
    }
    if (parts == QStringList{QStringLiteral("push")}) {
        if (method != M::Post) {
            return wrongMethod();
        }
        Result<QJsonObject> in = body();
        if (!in) {
            return error(in.error());
        }
        Result<sync::PushRequest> push = sync::PushRequest::fromJson(*in);
        if (!push) {
            return error(push.error());
        }
        Result<sync::PushReply> reply = m_desk->push(*caller, *push);
        return reply ? json(reply->toJson()) : error(reply.error());
    }
    if (parts == QStringList{QStringLiteral("changes")} ||
        parts == QStringList{QStringLiteral("snapshot")}) {
        if (method != M::Get) {
            return wrongMethod();
        }
        if (caller->role != QLatin1String("operator")) {
            return error({QStringLiteral("auth.forbidden"),
                          tr("Perubahan hanya dikirim ke akun operator kelurahan/desa.")});
        }
        bool ok = true;
        const int limit = query.hasQueryItem(QStringLiteral("limit"))
                              ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok)
                              : sync::client::kPullPage;
        if (!ok || limit < 1 || limit > L::kPageSize) {
            return error({QStringLiteral("request.invalid"),
                          tr("limit harus bilangan 1–%1.").arg(L::kPageSize)});
        }
        if (parts.first() == QLatin1String("changes")) {
            const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong(&ok);
            if (!ok || after < 0) {
                return error(
                    {QStringLiteral("request.invalid"), tr("after harus nomor urut perubahan.")});
            }
            Result<sync::ChangePage> page =
                m_register->changesAfter(caller->villageCode, after, limit);
            return page ? json(page->toJson()) : error(page.error());
        }
        const QString after = query.queryItemValue(QStringLiteral("after")).left(L::kIdentifier);
        Result<sync::SnapshotPage> page =
            m_register->snapshot(caller->villageCode, after, qMin(limit, 1000));
        return page ? json(page->toJson()) : error(page.error());
    }
    if (parts.size() == 2 && parts[0] == QLatin1String("attachments")) {
        const QString sha = parts[1];
        if (!ContentStore::isSha256(sha)) {
            return error({QStringLiteral("request.invalid"),
                          tr("Nama berkas harus SHA-256 (64 huruf hex kecil).")});
        }
        if (caller->role != QLatin1String("operator")) {
            return error(
                {QStringLiteral("auth.forbidden"), tr("Hanya operator yang mengunggah lampiran.")});
        }
        if (method == M::Get) {
            Result<sync::UploadState> s = m_blobs->state(caller->villageCode, sha);
            return s ? json(s->toJson()) : error(s.error());
        }
        if (method != M::Put) {
            return wrongMethod();
        }
        if (content.size() > L::kChunk) {
            return error({QStringLiteral("request.too_large"),
                          tr("Potongan berkas terlalu besar (paling banyak %1 MB).")
                              .arg(L::kChunk / (1024 * 1024))});
        }
        bool okOffset = false;
        bool okTotal = false;
        const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&okOffset);
        const qint64 total = query.queryItemValue(QStringLiteral("total")).toLongLong(&okTotal);
        if (!okOffset || !okTotal || offset < 0) {
            return error(
                {QStringLiteral("request.invalid"), tr("offset dan total wajib berupa bilangan.")});
        }
        Result<sync::UploadState> s =
            m_blobs->append(caller->villageCode, sha, offset, total, content);
        if (!s && s.error().code == QLatin1String("attachment.offset")) {
            QJsonObject body = sync::errorBody(s.error());
            if (Result<sync::UploadState> now = m_blobs->state(caller->villageCode, sha)) {
                body.insert(QStringLiteral("received"), now->received);
            }
            return json(body, 409);
        }
        return s ? json(s->toJson()) : error(s.error());
    }
    if (parts.size() == 2 && parts[0] == QLatin1String("requests")) {
        if (method != M::Get) {
            return wrongMethod();
        }
        Result<QJsonObject> s = m_desk->status(*caller, parts[1].left(L::kIdentifier));
        return s ? json(*s) : error(s.error());
    }
    if (parts.size() >= 2 && parts[0] == QLatin1String("review") &&
        parts[1] == QLatin1String("requests")) {
        if (parts.size() == 2) {
            if (method != M::Get) {
                return wrongMethod();
            }
            ReviewFilter filter;
            filter.villageCode = query.queryItemValue(QStringLiteral("village")).left(13);
            filter.state = query.queryItemValue(QStringLiteral("state")).left(32);
            filter.afterId = query.queryItemValue(QStringLiteral("after")).toLongLong();
            if (query.hasQueryItem(QStringLiteral("limit"))) {
                filter.limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            }
            Result<QJsonObject> list = m_desk->reviewList(*caller, filter);
            return list ? json(*list) : error(list.error());
        }
        if (parts.size() == 4) {
            if (method != M::Post) {
                return wrongMethod();
            }
            Result<QJsonObject> in = body();
            if (!in) {
                return error(in.error());
            }
            sync::JsonReader r(*in);
            const QString reason = r.string("reason", 2000, false);
            if (!r.ok()) {
                return error(r.error());
            }
            Result<QJsonObject> decided =
                m_desk->decide(*caller, parts[2].left(L::kIdentifier), parts[3], reason);
            return decided ? json(*decided) : error(decided.error());
        }
    }
    if (parts == QStringList{QStringLiteral("civil-events")}) {
        if (method != M::Post) {
            return wrongMethod();
        }
        if (!caller->isSupervisor()) {
            return error({QStringLiteral("auth.forbidden"),
                          tr("Hanya supervisor Dinsos yang bisa mengimpor peristiwa "
                             "kependudukan.")});
        }
        QByteArray csv = content;
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        Result<CivilEventReport> report =
            m_register->importCivilEvents(buffer, caller->regencyCode);
        return report ? json(report->toJson()) : error(report.error());
    }
    return error({QStringLiteral("request.not_found"), tr("Alamat tidak dikenal.")});
}

} // namespace tepat::central
