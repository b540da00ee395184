#pragma once

// A browser for the console's server-side tests: cookies kept like a browser keeps them,
// redirects not followed (the tests look at them), forms posted with the page's CSRF token.

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace tepat::test {

struct ConsolePage
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QList<QByteArray>> headers; // lower-case names
    QString text() const { return QString::fromUtf8(body); }
    QByteArray header(const char *name) const { return headers.value(name).value(0); }
    QByteArray location() const { return header("location"); }
};

class ConsoleClient
{
public:
    explicit ConsoleClient(QUrl base)
        : m_base(std::move(base))
    {
        m_http.setCookieJar(new QNetworkCookieJar);
        m_http.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    void setLanguage(const QByteArray &acceptLanguage) { m_language = acceptLanguage; }
    void setOrigin(const QByteArray &origin) { m_origin = origin; }

    ConsolePage get(const QString &path) { return send("GET", path, {}); }
    // `form` as pairs; the CSRF token of the last page read is added unless `csrf` says
    // otherwise (an empty string: none at all).
    ConsolePage post(const QString &path, const QList<std::pair<QString, QString>> &form,
                     std::optional<QString> csrf = std::nullopt)
    {
        QUrlQuery q;
        for (const auto &[name, value] : form) {
            q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        const QString token = csrf.value_or(m_csrf);
        if (!token.isEmpty()) {
            q.addQueryItem(QStringLiteral("csrf"), token);
        }
        return send("POST", path, q.toString(QUrl::FullyEncoded).toLatin1());
    }
    // Reads the sign-in page, then signs in with its token.
    ConsolePage signIn(const QString &user, const QByteArray &password)
    {
        const ConsolePage form = get(QStringLiteral("/console/login"));
        const QString token = field(form, "login_token");
        return post(QStringLiteral("/console/login"),
                    {{QStringLiteral("login_token"), token},
                     {QStringLiteral("username"), user},
                     {QStringLiteral("password"), QString::fromLatin1(password)}},
                    QString());
    }
    QString csrf() const { return m_csrf; }
    QNetworkCookieJar *jar() { return m_http.cookieJar(); }
    QList<QNetworkCookie> cookies() const
    {
        return m_http.cookieJar()->cookiesForUrl(
            m_base.resolved(QUrl(QStringLiteral("/console/"))));
    }

    static QString field(const ConsolePage &page, const char *name)
    {
        const QRegularExpression re(
            QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(QLatin1String(name)));
        return re.match(page.text()).captured(1);
    }

private:
    ConsolePage send(const QByteArray &method, const QString &path, const QByteArray &body)
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        if (!m_language.isEmpty()) {
            request.setRawHeader("Accept-Language", m_language);
        }
        if (!m_origin.isEmpty()) {
            request.setRawHeader("Origin", m_origin);
        }
        if (method == "POST") {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
        }
        QNetworkReply *reply = method == "POST" ? m_http.post(request, body) : m_http.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        ConsolePage page;
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            page.headers[name.toLower()].append(value);
        }
        reply->deleteLater();
        if (qEnvironmentVariableIsSet("CONSOLE_DUMP")) {
            qWarning("%s %s -> %d\n%s", method.constData(), qPrintable(path), page.status,
                     page.body.left(6000).constData());
        }
        const QString token = field(page, "csrf");
        if (!token.isEmpty()) {
            m_csrf = token;
        }
        return page;
    }

    QUrl m_base;
    QNetworkAccessManager m_http;
    QByteArray m_language = "id-ID,id;q=0.9"; // an Indonesian browser
    QByteArray m_origin;
    QString m_csrf;
};

} // namespace tepat::test
