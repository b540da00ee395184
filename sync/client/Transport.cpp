#include "sync/client/Transport.h"

#include "sync/protocol/Compression.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Messages.h"
#include "sync/protocol/Protocol.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkReply>
#include <QTimer>

namespace tepat::sync {

Transport::Transport(QUrl base, int timeoutMs, const std::atomic<bool> *cancelled,
                     const QList<QSslCertificate> &trusted)
    : m_base(std::move(base))
    , m_timeoutMs(timeoutMs)
    , m_cancelled(cancelled)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    m_nam.setAutoDeleteReplies(false);
    if (!trusted.isEmpty()) {
        // Exclusive: a certificate some other (system) authority signed is not this server.
        m_tls.setCaCertificates(trusted);
    }
}

HttpResult Transport::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                           const QByteArray &body, const QByteArray &contentType)
{
    // JSON bodies go gzip-compressed once the server said it takes them (Accept-Encoding in
    // its answers); a 415 turns that off and the body goes again as it is.
    const bool compress = m_serverTakesGzip && contentType == "application/json" &&
                          body.size() >= Compression::kMinimumBytes;
    HttpResult result = sendOnce(method, path, query, body, contentType, compress);
    if (compress && result.kind == HttpResult::Kind::Answered && result.status == 415) {
        m_serverTakesGzip = false;
        result = sendOnce(method, path, query, body, contentType, false);
    }
    return result;
}

HttpResult Transport::sendOnce(const QByteArray &method, const QString &path,
                               const QUrlQuery &query, const QByteArray &body,
                               const QByteArray &contentType, bool compress)
{
    HttpResult result;
    if (m_cancelled && m_cancelled->load()) {
        result.kind = HttpResult::Kind::Cancelled;
        return result;
    }
    if (!isAllowedServer(m_base)) {
        result.kind = HttpResult::Kind::Insecure;
        result.detail = m_base.toString(QUrl::RemoveUserInfo);
        return result;
    }
    QUrl url = m_base;
    url.setPath(m_base.path().chopped(m_base.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    if (url.scheme() == QLatin1String("https")) {
        request.setSslConfiguration(m_tls);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty() || method != "GET") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (!m_accessToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    }
    // Accept-Encoding is left to Qt, which asks for gzip and deflate and unpacks the answer.
    const QByteArray wire = compress ? Compression::gzip(body) : body;
    if (compress) {
        request.setRawHeader("Content-Encoding", "gzip");
    }
    ++m_requests;
    m_bytesSent += wire.size();
    QNetworkReply *reply =
        method == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, method, wire);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelWatch;
    cancelWatch.setInterval(50);
    bool cancelled = false;
    QObject::connect(&cancelWatch, &QTimer::timeout, &loop, [&] {
        if (m_cancelled && m_cancelled->load()) {
            cancelled = true;
            reply->abort();
        }
    });
    cancelWatch.start();
    if (!reply->isFinished()) {
        loop.exec();
    }
    cancelWatch.stop();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (reply->isOpen()) {
        result.body = reply->readAll();
    }
    if (status.isValid()) {
        if (Compression::takesGzip(reply->rawHeader("Accept-Encoding"))) {
            m_serverTakesGzip = true;
        }
        result.kind = HttpResult::Kind::Answered;
        result.status = status.toInt();
    } else if (cancelled) {
        result.kind = HttpResult::Kind::Cancelled;
    } else if (reply->error() == QNetworkReply::OperationCanceledError ||
               reply->error() == QNetworkReply::TimeoutError) {
        result.kind = HttpResult::Kind::TimedOut;
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        result.kind = HttpResult::Kind::TlsFailed;
    } else {
        result.kind = HttpResult::Kind::Unreachable;
    }
    result.detail = reply->errorString();
    reply->deleteLater();
    return result;
}

Error Transport::describe(const HttpResult &r)
{
    switch (r.kind) {
    case HttpResult::Kind::Cancelled:
        return {QStringLiteral("sync.cancelled"), tr("Sinkronisasi dibatalkan.")};
    case HttpResult::Kind::TimedOut:
        return {QStringLiteral("net.timeout"),
                tr("Server pusat tidak menjawab tepat waktu. Data tetap aman di komputer ini; "
                   "pengiriman dicoba lagi nanti.")};
    case HttpResult::Kind::TlsFailed:
        return {QStringLiteral("net.tls"),
                tr("Sambungan aman (TLS) ke server pusat gagal: %1").arg(r.detail)};
    case HttpResult::Kind::Unreachable:
        return {QStringLiteral("net.unreachable"),
                tr("Server pusat tidak bisa dihubungi (%1). Data tetap aman di komputer ini; "
                   "pengiriman dicoba lagi saat sambungan ada.")
                    .arg(r.detail)};
    case HttpResult::Kind::Insecure:
        return {QStringLiteral("sync.insecure"),
                tr("Alamat server %1 tidak dipakai: tanpa https:// kata sandi dan data warga "
                   "terkirim terbuka. Gunakan alamat https:// (http:// hanya untuk server di "
                   "komputer ini sendiri).")
                    .arg(r.detail)};
    case HttpResult::Kind::Answered:
        break;
    }
    const Result<QJsonObject> parsed =
        parseJsonObject(r.body, {limits::kJsonBody, limits::kJsonDepth, limits::kString, false});
    const std::optional<Error> body = errorFromBody(parsed ? *parsed : QJsonObject());
    if (r.status >= 500 || r.status == 429) {
        return {QStringLiteral("net.server"),
                tr("Server pusat sedang bermasalah (HTTP %1)%2. Pengiriman dicoba lagi nanti.")
                    .arg(r.status)
                    .arg(body ? QStringLiteral(": ") + body->message : QString())};
    }
    if (body) {
        return {QStringLiteral("http.") + body->code, body->message};
    }
    return {QStringLiteral("http.%1").arg(r.status),
            tr("Server pusat menolak permintaan (HTTP %1).").arg(r.status)};
}

Result<QJsonObject> Transport::parse(const HttpResult &r)
{
    if (r.kind != HttpResult::Kind::Answered || r.status < 200 || r.status > 299) {
        return describe(r);
    }
    Result<QJsonObject> o =
        parseJsonObject(r.body, {limits::kJsonBody, limits::kJsonDepth, limits::kString, false});
    if (!o) {
        return Error{QStringLiteral("net.bad_response"),
                     tr("Jawaban server pusat tidak bisa dibaca: %1").arg(o.error().message)};
    }
    return o;
}

bool Transport::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Transport::isAllowedServer(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

bool Transport::isTransient(const Error &error)
{
    return error.code.startsWith(QLatin1String("net."));
}

} // namespace tepat::sync
