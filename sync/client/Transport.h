#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace tepat::sync {

// What came back for one HTTP exchange.
struct HttpResult
{
    enum class Kind
    {
        Answered, // an HTTP status arrived (any status)
        Unreachable,
        TimedOut,
        Cancelled,
        TlsFailed,
        Insecure // refused before connecting: plain http:// to a host that is not this computer
    };
    Kind kind = Kind::Unreachable;
    int status = 0;
    QByteArray body;
    QString detail;
};

// Blocking HTTP for the sync, run on the thread that owns it: each request waits in a local
// event loop with a transfer timeout and can be cancelled from any thread. Errors become
// Indonesian messages with codes: net.* (worth retrying later), http.* (the server answered
// with an error).
class Transport
{
    Q_DECLARE_TR_FUNCTIONS(Transport)

public:
    // `trusted` not empty: only these certificate authorities are trusted for the server (the
    // regency's own CA, pinned), not the system's.
    Transport(QUrl base, int timeoutMs, const std::atomic<bool> *cancelled,
              const QList<QSslCertificate> &trusted = {});

    void setAccessToken(const QString &token) { m_accessToken = token; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }

    HttpResult send(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                    const QByteArray &body = {},
                    const QByteArray &contentType = "application/json");

    // A failure that is not an HTTP answer, or an error answer, as an Error.
    static Error describe(const HttpResult &result);
    // Parses an answered 2xx body (JSON object within limits).
    static Result<QJsonObject> parse(const HttpResult &result);
    static bool isTransient(const Error &error);
    // http:// is allowed only to this computer (localhost, 127.0.0.0/8, ::1); https:// anywhere.
    static bool isAllowedServer(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    // Bytes of request bodies as sent (compressed when they were).
    qint64 bytesSent() const { return m_bytesSent; }
    bool compressesBodies() const { return m_serverTakesGzip; }
    int requestCount() const { return m_requests; }

private:
    HttpResult sendOnce(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QByteArray &body, const QByteArray &contentType, bool compress);

    QNetworkAccessManager m_nam;
    QUrl m_base;
    int m_timeoutMs;
    const std::atomic<bool> *m_cancelled;
    QString m_accessToken;
    QSslConfiguration m_tls;
    qint64 m_bytesSent = 0;
    int m_requests = 0;
    bool m_serverTakesGzip = false;
};

} // namespace tepat::sync
