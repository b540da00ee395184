// ConsoleSite's pages behind the sign-in: the session and the CSRF token are checked first,
// then the queue, one request, its files, the decisions and the summary.
#include "sync/server/console/ConsoleSite.h"

#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/BlobStore.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/CentralServices.h"
#include "sync/server/RequestDesk.h"
#include "sync/server/console/ConsolePages.h"

#include <QFile>
#include <QUrl>

namespace tepat::central::console {

namespace {

Caller callerOf(const ConsoleSession &s)
{
    Caller c;
    c.accountId = s.accountId;
    c.username = s.username;
    c.role = QStringLiteral("supervisor");
    c.regencyCode = s.regencyCode;
    return c;
}

QString formValue(const QUrlQuery &form, const char *name)
{
    return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

// The Origin a browser sends with a form must be this server (scheme, host and port).
bool sameOrigin(const QByteArray &origin, const QByteArray &host, bool tls)
{
    if (origin.isEmpty() || origin == "null") {
        return true; // an opaque origin tells nothing; the CSRF token still has to match
    }
    const QUrl url(QString::fromLatin1(origin));
    const QString authority =
        url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
    return url.scheme() == (tls ? QLatin1String("https") : QLatin1String("http")) &&
           authority.compare(QString::fromLatin1(host), Qt::CaseInsensitive) == 0;
}

QueueFilter filterOf(const QUrlQuery &query, const QString &regencyCode)
{
    QueueFilter f;
    const auto item = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const QString village = item("village");
    if (village.startsWith(regencyCode + u'.') && village.size() <= 13) {
        f.villageCode = village;
    }
    if (pages::kinds().contains(item("kind"))) {
        f.kind = item("kind");
    }
    if (pages::states().contains(item("state"))) {
        f.state = item("state");
    }
    f.householdId = item("household").left(64);
    bool ok = false;
    const int page = item("page").toInt(&ok);
    f.page = ok ? qBound(0, page, 100000) : 0;
    return f;
}

// A file name part from a role a village sent: letters, digits and '_' only.
QByteArray safeName(const QString &role)
{
    QByteArray out;
    for (const QChar ch : role.left(32)) {
        out += ch.isLetterOrNumber() && ch.unicode() < 128 ? char(ch.unicode()) : '_';
    }
    return out.isEmpty() ? QByteArrayLiteral("file") : out;
}

} // namespace

QString ConsoleSite::errorText(const PageContext &c, const Error &error) const
{
    static const QHash<QString, const char *> known{
        {QStringLiteral("review.illegal_transition"), "error.illegal_transition"},
        {QStringLiteral("review.reason_required"), "error.reason_required"},
        {QStringLiteral("request.not_found"), "error.not_found"},
        {QStringLiteral("auth.forbidden"), "error.forbidden"},
    };
    if (const char *key = known.value(error.code)) {
        return c.t(key);
    }
    if (error.code.startsWith(QLatin1String("storage")) ||
        error.code.startsWith(QLatin1String("central"))) {
        return c.t("error.storage");
    }
    return error.message;
}

CentralReply ConsoleSite::failure(const PageContext &c, const Error &error) const
{
    const int status = CentralRoutes::statusFor(error.code);
    return html(status, pages::message(c, c.t("error.title"), errorText(c, error)));
}

CentralReply ConsoleSite::signedIn(const ConsoleCall &call, CentralServices &services)
{
    using M = QHttpServerRequest::Method;
    const Language language = call.language();
    std::optional<ConsoleSession> session = m_sessions.find(call.cookie(kSessionCookie));
    if (session) {
        // Every request asks the store again: a supervisor disabled (or made an operator), or
        // whose password was changed, since signing in loses the session at once.
        Result<QSqlQuery> q = services.database().query(
            QStringLiteral(
                "SELECT role, disabled_at IS NOT NULL, password_hash FROM account WHERE id = ?"),
            {session->accountId});
        if (!q) {
            return failure({language, nullptr}, q.error());
        }
        if (!q->next() || q->value(0).toString() != QLatin1String("supervisor") ||
            q->value(1).toBool() ||
            !ConsoleSessions::sameToken(
                ConsoleSessions::credentialOf(q->value(2).toString().toLatin1()),
                session->credential)) {
            m_sessions.close(session->id);
            session.reset();
        }
    }
    if (!session) {
        if (call.method == M::Get) {
            return redirect(QStringLiteral("/console/login"));
        }
        const PageContext c{language, nullptr};
        return html(403, pages::message(c, c.t("error.title"), c.t("error.session_ended")));
    }
    const PageContext c{language, &*session};
    const QUrlQuery form = call.form();
    if (call.method == M::Post) {
        const QByteArray token = formValue(form, "csrf").toLatin1();
        if (!call.isForm() || !ConsoleSessions::sameToken(token, session->csrf) ||
            !sameOrigin(call.origin, call.host, m_tls)) {
            CentralReply refused =
                html(403, pages::message(c, c.t("error.title"), c.t("error.csrf")));
            refused.account = session->username;
            return refused;
        }
    }
    const QStringList parts = call.path.mid(9).split(u'/');
    CentralReply reply = html(404, pages::message(c, c.t("error.title"), c.t("error.not_found")));
    const QString first = parts.value(0);
    if (call.method == M::Post && parts.size() == 1 && first == QLatin1String("logout")) {
        m_sessions.close(session->id);
        reply = redirect(QStringLiteral("/console/login"));
        reply.headers.emplaceBack("Set-Cookie", cookie(kSessionCookie, {}, "/console", true));
    } else if (call.method == M::Get && parts.size() == 1 && first == QLatin1String("queue")) {
        reply = queue(call, services, c);
    } else if (call.method == M::Post && parts.size() == 1 && first == QLatin1String("search")) {
        reply = search(call, services, c);
    } else if (call.method == M::Post && parts.size() == 1 && first == QLatin1String("ratify")) {
        reply = ratifyMany(call, services, c);
    } else if (call.method == M::Get && parts.size() == 1 && first == QLatin1String("summary")) {
        reply = summary(services, c);
    } else if (first == QLatin1String("requests") && parts.size() >= 2) {
        const QString key = parts[1].left(sync::limits::kIdentifier);
        if (call.method == M::Get && parts.size() == 2) {
            const QString done =
                call.query.queryItemValue(QStringLiteral("done"), QUrl::FullyDecoded);
            const QString notice =
                pages::states().contains(done) ? c.t(QStringLiteral("done.") + done) : QString();
            reply = request(services, c, key, notice);
        } else if (call.method == M::Post && parts.size() == 3 &&
                   parts[2] == QLatin1String("decide")) {
            reply = decide(call, services, c, key);
        } else if (call.method == M::Get && parts.size() == 4 &&
                   parts[2] == QLatin1String("files")) {
            reply = file(services, c, key, parts[3]);
        }
    }
    reply.account = session->username;
    return reply;
}

CentralReply ConsoleSite::queue(const ConsoleCall &call, CentralServices &services,
                                const PageContext &c, const QString &notice, const QString &error)
{
    const ConsoleQueries queries(services.database());
    const QueueFilter f = filterOf(call.query, c.session->regencyCode);
    Result<QueuePage> page = queries.queue(c.session->regencyCode, f);
    Result<QStringList> villages = queries.villages(c.session->regencyCode);
    if (!page || !villages) {
        return failure(c, page ? villages.error() : page.error());
    }
    QString shown = notice;
    const QString ratified =
        call.query.queryItemValue(QStringLiteral("ratified"), QUrl::FullyDecoded);
    if (shown.isEmpty() && !ratified.isEmpty()) {
        shown = c.t("done.ratified_many").arg(QString::number(ratified.toInt()));
    }
    return html(error.isEmpty() ? 200 : 404, pages::queue(c, f, *page, *villages, shown, error));
}

CentralReply ConsoleSite::search(const ConsoleCall &call, CentralServices &services,
                                 const PageContext &c)
{
    // A POST, so that whatever is typed (a NIK, by mistake) never lands in a URL or a log.
    const QString q = formValue(call.form(), "q").trimmed().left(64);
    const ConsoleQueries queries(services.database());
    if (sync::isUuid(q)) {
        Result<std::optional<RequestDetail>> found = queries.request(c.session->regencyCode, q);
        if (!found) {
            return failure(c, found.error());
        }
        if (*found) {
            return redirect(QStringLiteral("/console/requests/") + (*found)->key);
        }
    } else if (!q.isEmpty()) {
        Result<bool> exists = queries.householdExists(c.session->regencyCode, q);
        if (!exists) {
            return failure(c, exists.error());
        }
        if (*exists) {
            QUrlQuery target;
            target.addQueryItem(QStringLiteral("household"), q);
            return redirect(QStringLiteral("/console/queue?") +
                            target.toString(QUrl::FullyEncoded));
        }
    }
    ConsoleCall empty;
    return queue(empty, services, c, {}, c.t("search.not_found"));
}

CentralReply ConsoleSite::request(CentralServices &services, const PageContext &c,
                                  const QString &key, const QString &notice, const QString &error,
                                  int status)
{
    const ConsoleQueries queries(services.database());
    Result<std::optional<RequestDetail>> found = queries.request(c.session->regencyCode, key);
    if (!found) {
        return failure(c, found.error());
    }
    if (!*found) {
        return html(404, pages::message(c, c.t("error.title"), c.t("error.not_found")));
    }
    Result<HouseholdView> household = queries.household((*found)->householdId);
    if (!household) {
        return failure(c, household.error());
    }
    Result<QList<RegencyMatch>> sameNik = queries.sameNikElsewhere(c.session->regencyCode, **found);
    if (!sameNik) {
        return failure(c, sameNik.error());
    }
    std::optional<VillageCentre> centre;
    if ((*found)->envelope.value(QLatin1String("visit")).isObject()) {
        Result<std::optional<VillageCentre>> read =
            queries.villageCentre((*found)->villageCode, (*found)->householdId);
        if (!read) {
            return failure(c, read.error());
        }
        centre = *read;
    }
    return html(status, pages::request(c, **found, *household, *sameNik, centre, notice, error));
}

CentralReply ConsoleSite::decide(const ConsoleCall &call, CentralServices &services,
                                 const PageContext &c, const QString &key)
{
    const QUrlQuery form = call.form();
    const QString decision = formValue(form, "decision");
    const QString text = formValue(form, "reason_text").trimmed().left(1500);
    QString reason = text;
    if (decision == QLatin1String("reject")) {
        // The village reads the reason in Indonesian, whatever language the console shows.
        const QString chosen = formValue(form, "reason");
        const bool common =
            pages::rejectReasons().contains(chosen) && chosen != QLatin1String("reason.other");
        if (!common && text.isEmpty()) {
            return request(services, c, key, {}, c.t("error.reason_required"), 422);
        }
        if (common) {
            const QString said = ConsoleText::catalogue().get(Language::Indonesian, chosen);
            reason = text.isEmpty() ? said : said + QStringLiteral(": ") + text;
        }
    } else if (decision != QLatin1String("finalize")) {
        reason.clear();
    }
    Result<QJsonObject> decided =
        services.desk().decide(callerOf(*c.session), key, decision, reason);
    if (!decided) {
        return request(services, c, key, {}, errorText(c, decided.error()),
                       CentralRoutes::statusFor(decided.error().code));
    }
    return redirect(QStringLiteral("/console/requests/") +
                    decided->value(QLatin1String("key")).toString() + QStringLiteral("?done=") +
                    decided->value(QLatin1String("state")).toString());
}

CentralReply ConsoleSite::ratifyMany(const ConsoleCall &call, CentralServices &services,
                                     const PageContext &c)
{
    const QStringList keys =
        call.form().allQueryItemValues(QStringLiteral("keys"), QUrl::FullyDecoded);
    if (keys.isEmpty() || keys.size() > QueueFilter::kPageSize) {
        ConsoleCall verified;
        verified.query.addQueryItem(QStringLiteral("state"), QStringLiteral("verified"));
        return queue(verified, services, c, {}, c.t("error.choose_requests"));
    }
    int done = 0;
    QStringList refused;
    for (const QString &key : keys) {
        Result<QJsonObject> decided =
            services.desk().decide(callerOf(*c.session), key.left(sync::limits::kIdentifier),
                                   QStringLiteral("ratify"), {});
        if (decided) {
            ++done;
        } else {
            refused << key.left(8) + QStringLiteral(": ") + errorText(c, decided.error());
        }
    }
    if (!refused.isEmpty()) {
        ConsoleCall verified;
        verified.query.addQueryItem(QStringLiteral("state"), QStringLiteral("verified"));
        CentralReply reply =
            queue(verified, services, c, c.t("done.ratified_many").arg(QString::number(done)),
                  refused.join(QStringLiteral("; ")));
        reply.status = 409;
        return reply;
    }
    return redirect(QStringLiteral("/console/queue?state=verified&ratified=%1").arg(done));
}

CentralReply ConsoleSite::file(CentralServices &services, const PageContext &c, const QString &key,
                               const QString &sha256)
{
    const CentralReply notFound =
        html(404, pages::message(c, c.t("error.title"), c.t("error.not_found")));
    if (!ContentStore::isSha256(sha256)) {
        return notFound;
    }
    Result<std::optional<RequestFile>> found =
        ConsoleQueries(services.database()).file(c.session->regencyCode, key, sha256);
    if (!found) {
        return failure(c, found.error());
    }
    QFile stored(services.blobs().filePath(sha256));
    if (!*found || !stored.open(QIODevice::ReadOnly)) {
        return notFound;
    }
    const QByteArray bytes = stored.readAll();
    QByteArray type = "application/octet-stream";
    QByteArray disposition = "attachment";
    QByteArray extension = ".bin";
    if (bytes.startsWith("\xFF\xD8\xFF")) {
        type = "image/jpeg";
        disposition = "inline";
        extension = ".jpg";
    } else if (bytes.startsWith("\x89PNG\r\n\x1A\n")) {
        type = "image/png";
        disposition = "inline";
        extension = ".png";
    } else if (bytes.startsWith("%PDF-")) {
        type = "application/pdf";
        extension = ".pdf";
    }
    CentralReply reply{200, bytes, 0, {}, type, {}};
    secure(reply, true);
    reply.headers.emplaceBack("Cache-Control", "no-store");
    const QByteArray name = safeName((*found)->role) + '-' + sha256.left(12).toLatin1() + extension;
    reply.headers.emplaceBack(QByteArrayLiteral("Content-Disposition"),
                              disposition + "; filename=\"" + name + '"');
    return reply;
}

CentralReply ConsoleSite::summary(CentralServices &services, const PageContext &c)
{
    const QDate today = m_clock.now().toLocalTime().date();
    const QDateTime monthStart(QDate(today.year(), today.month(), 1), QTime(0, 0));
    Result<QList<VillageSummary>> list =
        ConsoleQueries(services.database()).summary(c.session->regencyCode, monthStart);
    if (!list) {
        return failure(c, list.error());
    }
    return html(200, pages::summary(c, *list, monthStart));
}

} // namespace tepat::central::console
