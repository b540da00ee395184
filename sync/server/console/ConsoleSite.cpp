#include "sync/server/console/ConsoleSite.h"

#include "core/common/Clock.h"
#include "sync/server/Accounts.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/CentralServices.h"
#include "sync/server/console/ConsolePages.h"

#include <QFile>
#include <QUrl>

namespace tepat::central::console {

namespace {

const QString kRoot = QStringLiteral("/console");

} // namespace

QByteArray ConsoleCall::cookie(const char *name) const
{
    const QByteArray wanted = QByteArray(name) + '=';
    for (const QByteArray &part : cookies.split(';')) {
        const QByteArray p = part.trimmed();
        if (p.startsWith(wanted)) {
            return p.mid(wanted.size());
        }
    }
    return {};
}

bool ConsoleCall::isForm() const
{
    return contentType.startsWith("application/x-www-form-urlencoded");
}

QUrlQuery ConsoleCall::form() const
{
    QByteArray text = body;
    text.replace('+', "%20");
    QUrlQuery q;
    q.setQuery(QString::fromLatin1(text));
    return q;
}

Language ConsoleCall::language() const
{
    return ConsoleText::choose(cookie(ConsoleSite::kLanguageCookie), acceptLanguage);
}

ConsoleSite::ConsoleSite(const Clock &clock, bool tls)
    : m_clock(clock)
    , m_tls(tls)
    , m_sessions(clock)
{}

bool ConsoleSite::serves(const QString &path)
{
    return path == kRoot || path.startsWith(kRoot + u'/');
}

bool ConsoleSite::isSignIn(const ConsoleCall &call)
{
    return call.method == QHttpServerRequest::Method::Post &&
           call.path == QLatin1String("/console/login");
}

void ConsoleSite::secure(CentralReply &reply, bool file)
{
    // A file (a photo opened at full size) runs nothing, in a sandbox; the browser's own image
    // viewer styles it inline.
    reply.headers.emplaceBack(
        "Content-Security-Policy",
        file ? "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
               "frame-ancestors 'none'; sandbox"
             : "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    reply.headers.emplaceBack("X-Frame-Options", "DENY");
    reply.headers.emplaceBack("X-Content-Type-Options", "nosniff");
    // same-origin rather than no-referrer: with no-referrer browsers send "Origin: null" on the
    // console's own forms. Console URLs hold only request keys and household ids.
    reply.headers.emplaceBack("Referrer-Policy", "same-origin");
    reply.headers.emplaceBack("Cross-Origin-Opener-Policy", "same-origin");
}

CentralReply ConsoleSite::html(int status, const QString &page) const
{
    CentralReply reply{status, page.toUtf8(), 0, {}, "text/html; charset=utf-8", {}};
    secure(reply);
    reply.headers.emplaceBack("Cache-Control", "no-store");
    return reply;
}

CentralReply ConsoleSite::redirect(const QString &location)
{
    CentralReply reply{303, {}, 0, {}, "text/plain; charset=utf-8", {}};
    secure(reply);
    reply.headers.emplaceBack("Location", location.toUtf8());
    reply.headers.emplaceBack("Cache-Control", "no-store");
    return reply;
}

QByteArray ConsoleSite::cookie(const char *name, const QByteArray &value, const char *path,
                               bool remove) const
{
    QByteArray c =
        QByteArray(name) + '=' + value + "; Path=" + path + "; HttpOnly; SameSite=Strict";
    if (m_tls) {
        c += "; Secure";
    }
    if (remove) {
        c += "; Max-Age=0";
    }
    return c;
}

CentralReply ConsoleSite::asset(const QString &name) const
{
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("console.css"), "text/css; charset=utf-8"},
        {QStringLiteral("console.js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("icon.svg"), "image/svg+xml"}};
    QFile file(QStringLiteral(":/console/") + name);
    if (!types.contains(name) || !file.open(QIODevice::ReadOnly)) {
        return html(404, QStringLiteral("Not found"));
    }
    CentralReply reply{200, file.readAll(), 0, {}, types.value(name), {}};
    secure(reply);
    reply.headers.emplaceBack("Cache-Control", "no-cache");
    return reply;
}

CentralReply ConsoleSite::signInPage(const ConsoleCall &call, int status, const QString &username,
                                     const QString &error) const
{
    const PageContext c{call.language(), nullptr};
    const QByteArray token = ConsoleSessions::randomToken();
    CentralReply reply = html(status, pages::signIn(c, token, username, error));
    reply.headers.emplaceBack("Set-Cookie", cookie(kLoginCookie, token, "/console/login"));
    return reply;
}

std::optional<CentralReply> ConsoleSite::readSignIn(const ConsoleCall &call,
                                                    ConsoleSignIn &out) const
{
    const Language language = call.language();
    const PageContext c{language, nullptr};
    const QUrlQuery form = call.form();
    const QByteArray token =
        form.queryItemValue(QStringLiteral("login_token"), QUrl::FullyDecoded).toLatin1();
    out.username = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded).trimmed();
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (!call.isForm() || !ConsoleSessions::sameToken(token, call.cookie(kLoginCookie))) {
        return signInPage(call, 403, out.username.left(64), c.t("signin.form_expired"));
    }
    if (out.username.isEmpty() || out.username.size() > 64 || password.isEmpty() ||
        password.size() > 1024) {
        return signInPage(call, 400, out.username.left(64), c.t("signin.failed"));
    }
    out.password = password.toUtf8();
    out.language = language;
    return std::nullopt;
}

CentralReply ConsoleSite::throttled(Language language, qint64 seconds) const
{
    const PageContext c{language, nullptr};
    ConsoleCall call;
    call.cookies = QByteArray(kLanguageCookie) + '=' + ConsoleText::code(language).toLatin1();
    CentralReply reply =
        signInPage(call, 429, {}, c.t("signin.throttled").arg(QString::number(seconds)));
    reply.retryAfter = seconds;
    return reply;
}

CentralReply ConsoleSite::busy(Language language) const
{
    ConsoleCall call;
    call.cookies = QByteArray(kLanguageCookie) + '=' + ConsoleText::code(language).toLatin1();
    CentralReply reply = signInPage(call, 503, {}, PageContext{language, nullptr}.t("signin.busy"));
    reply.retryAfter = 2;
    return reply;
}

CentralReply ConsoleSite::signIn(CentralServices &services, ConsoleSignIn &job)
{
    ConsoleCall call;
    call.cookies = QByteArray(kLanguageCookie) + '=' + ConsoleText::code(job.language).toLatin1();
    const PageContext c{job.language, nullptr};
    Result<LoginAttempt> attempt = services.accounts().lookup(job.username);
    if (!attempt) {
        job.password.fill('\0');
        return signInPage(call, 500, job.username, c.t("error.storage"));
    }
    const bool matches = Accounts::verify(attempt->hash, job.password);
    job.password.fill('\0');
    job.accountExists = attempt->accountId != 0;
    if (!job.accountExists || !matches) {
        job.outcome = ConsoleSignIn::Outcome::Failed;
        return signInPage(call, 401, job.username, c.t("signin.failed"));
    }
    Result<QSqlQuery> q = services.database().query(
        QStringLiteral("SELECT username, display_name, role, regency_code, disabled_at IS NOT "
                       "NULL FROM account WHERE id = ?"),
        {attempt->accountId});
    if (!q || !q->next()) {
        return signInPage(call, 500, job.username, c.t("error.storage"));
    }
    // Only now that the password is right does the answer say more than "wrong".
    if (q->value(4).toBool()) {
        return signInPage(call, 403, job.username, c.t("signin.disabled"));
    }
    if (q->value(2).toString() != QLatin1String("supervisor")) {
        return signInPage(call, 403, job.username, c.t("signin.not_supervisor"));
    }
    const ConsoleSession s =
        m_sessions.open(attempt->accountId, q->value(0).toString(), q->value(1).toString(),
                        q->value(3).toString(), ConsoleSessions::credentialOf(attempt->hash));
    job.outcome = ConsoleSignIn::Outcome::Succeeded;
    CentralReply reply = redirect(QStringLiteral("/console/queue"));
    reply.headers.emplaceBack("Set-Cookie", cookie(kSessionCookie, s.id, "/console"));
    reply.headers.emplaceBack("Set-Cookie", cookie(kLoginCookie, {}, "/console/login", true));
    reply.account = s.username;
    return reply;
}

CentralReply ConsoleSite::handle(const ConsoleCall &call, CentralServices &services)
{
    using M = QHttpServerRequest::Method;
    const QString &path = call.path;
    if (path == kRoot || path == QLatin1String("/console/")) {
        return redirect(QStringLiteral("/console/queue"));
    }
    if (call.method == M::Get && path.startsWith(QLatin1String("/console/assets/"))) {
        return asset(path.mid(16));
    }
    if (call.method == M::Get && path.startsWith(QLatin1String("/console/lang/"))) {
        const QString to = path.mid(14);
        if (to != QLatin1String("id") && to != QLatin1String("en")) {
            return html(404,
                        pages::message({call.language(), nullptr}, QStringLiteral("404"),
                                       PageContext{call.language(), nullptr}.t("error.not_found")));
        }
        CentralReply reply = redirect(QStringLiteral("/console/queue"));
        reply.headers.emplaceBack("Set-Cookie", cookie(kLanguageCookie, to.toLatin1(), "/console") +
                                                    "; Max-Age=31536000");
        return reply;
    }
    if (call.method == M::Get && path == QLatin1String("/console/login")) {
        if (m_sessions.find(call.cookie(kSessionCookie))) {
            return redirect(QStringLiteral("/console/queue"));
        }
        return signInPage(call, 200, {}, {});
    }
    return signedIn(call, services);
}

} // namespace tepat::central::console
