#include "sync/server/CentralRoutes.h"

#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "sync/protocol/Compression.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/BlobStore.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/CentralRegister.h"
#include "sync/server/CentralServices.h"
#include "sync/server/RequestDesk.h"
#include "sync/server/VillageLetterKeys.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tepat::central {

namespace L = sync::limits;
using M = QHttpServerRequest::Method;

namespace {

const sync::JsonLimits kJson{L::kJsonBody, L::kJsonDepth, L::kString, true};
const QString kPrefix = QStringLiteral("/api/v1/");

} // namespace

struct CentralRoutes::Context
{
    const CentralCall &call;
    CentralServices &s;
    const QByteArray &content; // the body, decoded from its Content-Encoding
    QStringList params;        // the {…} segments of the pattern, in order
    Caller caller;

    Result<QJsonObject> body() const { return sync::parseJsonObject(content, kJson); }
    QString query(const char *name) const { return call.query.queryItemValue(QLatin1String(name)); }
    bool has(const char *name) const { return call.query.hasQueryItem(QLatin1String(name)); }
};

struct CentralRoutes::Route
{
    M method;
    QStringList pattern;
    bool signedIn;
    CentralReply (*handler)(Context &); // null: answered by the server itself (login)
};

const QList<CentralRoutes::Route> &CentralRoutes::routes()
{
    const auto p = [](const char *pattern) { return QString::fromLatin1(pattern).split(u'/'); };
    static const QList<Route> table{
        {M::Get, p("status"), false, &CentralRoutes::status},
        {M::Post, p("login"), false, nullptr},
        {M::Post, p("token/refresh"), false, &CentralRoutes::refresh},
        {M::Post, p("logout"), true, &CentralRoutes::logout},
        {M::Post, p("push"), true, &CentralRoutes::push},
        {M::Get, p("changes"), true, &CentralRoutes::changes},
        {M::Get, p("snapshot"), true, &CentralRoutes::snapshot},
        {M::Get, p("attachments/{sha256}"), true, &CentralRoutes::uploadState},
        {M::Put, p("attachments/{sha256}"), true, &CentralRoutes::uploadChunk},
        {M::Get, p("requests/{key}"), true, &CentralRoutes::requestStatus},
        {M::Get, p("review/requests"), true, &CentralRoutes::reviewList},
        {M::Post, p("review/requests/{key}/{decision}"), true, &CentralRoutes::decide},
        {M::Post, p("civil-events"), true, &CentralRoutes::civilEvents},
        {M::Post, p("letter-key"), true, &CentralRoutes::letterKey},
        {M::Post, p("letter-revocations"), true, &CentralRoutes::letterRevocation},
    };
    return table;
}

CentralReply CentralRoutes::handle(const CentralCall &call, CentralServices &services)
{
    const Result<QByteArray> decoded =
        sync::Compression::decode(call.contentEncoding, call.body, L::kJsonBody);
    if (!decoded) {
        return error(decoded.error());
    }
    const Error notFound{QStringLiteral("request.not_found"), tr("Alamat tidak dikenal.")};
    if (!call.path.startsWith(kPrefix)) {
        return error(notFound);
    }
    const QStringList parts = call.path.mid(kPrefix.size()).split(u'/');
    const Route *found = nullptr;
    const Route *samePath = nullptr; // a route of this path with another method
    QStringList params;
    for (const Route &route : routes()) {
        if (route.pattern.size() != parts.size()) {
            continue;
        }
        QStringList values;
        bool matches = true;
        for (qsizetype i = 0; i < parts.size() && matches; ++i) {
            if (route.pattern[i].startsWith(u'{')) {
                values << parts[i];
            } else {
                matches = route.pattern[i] == parts[i];
            }
        }
        if (!matches) {
            continue;
        }
        if (route.method == call.method) {
            found = &route;
            params = values;
            break;
        }
        samePath = &route;
    }
    const Error wrongMethod{QStringLiteral("request.method"),
                            tr("Metode HTTP ini tidak berlaku untuk alamat tersebut.")};
    if (!found && samePath && !samePath->signedIn) {
        return error(wrongMethod);
    }
    Context context{call, services, *decoded, params, {}};
    // Beyond the public routes nothing, not even which paths exist, is told without a token.
    if (!found || found->signedIn) {
        Result<Caller> caller = services.accounts().authenticate(call.authorization);
        if (!caller) {
            return error(caller.error());
        }
        context.caller = *caller;
    }
    if (!found) {
        CentralReply refused = error(samePath ? wrongMethod : notFound);
        refused.account = context.caller.username;
        return refused;
    }
    if (!found->handler) {
        return error(notFound);
    }
    CentralReply reply = found->handler(context);
    if (reply.account.isEmpty()) {
        reply.account = context.caller.username;
    }
    return reply;
}

CentralReply CentralRoutes::json(const QJsonObject &body, int status)
{
    CentralReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

int CentralRoutes::statusFor(const QString &code)
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
        {QStringLiteral("server.busy"), 503},
    };
    if (code.startsWith(QLatin1String("storage")) || code.startsWith(QLatin1String("central"))) {
        return 500;
    }
    return table.value(code, 400);
}

CentralReply CentralRoutes::error(const Error &e, int status)
{
    return json(sync::errorBody(e), status ? status : statusFor(e.code));
}

CentralReply CentralRoutes::status(Context &c)
{
    return json({{QStringLiteral("server_id"), c.s.database().serverId()},
                 {QStringLiteral("protocol"), sync::kProtocolVersion},
                 {QStringLiteral("server_time"), storedTime(c.s.clock().now())}});
}

CentralReply CentralRoutes::refresh(Context &c)
{
    Result<QJsonObject> in = c.body();
    if (!in) {
        return error(in.error());
    }
    sync::JsonReader r(*in);
    const QString token = r.string("refresh_token", 128);
    const QString deviceId = r.string("device_id", L::kIdentifier);
    if (!r.ok()) {
        return error(r.error());
    }
    Result<sync::TokenReply> reply = c.s.accounts().refresh(token, deviceId);
    if (!reply) {
        return error(reply.error());
    }
    CentralReply answer = json(reply->toJson());
    answer.account = reply->account.username;
    return answer;
}

CentralReply CentralRoutes::logout(Context &c)
{
    Result<QJsonObject> in = c.body();
    if (!in) {
        return error(in.error());
    }
    const QString access = QString::fromLatin1(c.call.authorization.mid(7));
    const Status s = c.s.accounts().logout(
        access, in->value(QLatin1String("refresh_token")).toString().left(128));
    return s ? json({{QStringLiteral("ok"), true}}) : error(s.error());
}

CentralReply CentralRoutes::push(Context &c)
{
    Result<QJsonObject> in = c.body();
    if (!in) {
        return error(in.error());
    }
    Result<sync::PushRequest> push = sync::PushRequest::fromJson(*in);
    if (!push) {
        return error(push.error());
    }
    Result<sync::PushReply> reply = c.s.desk().push(c.caller, *push);
    return reply ? json(reply->toJson()) : error(reply.error());
}

std::optional<CentralReply> CentralRoutes::pageLimit(Context &c, int &limit)
{
    if (c.caller.role != QLatin1String("operator")) {
        return error({QStringLiteral("auth.forbidden"),
                      tr("Perubahan hanya dikirim ke akun operator kelurahan/desa.")});
    }
    bool ok = true;
    limit = c.has("limit") ? c.query("limit").toInt(&ok) : sync::client::kPullPage;
    if (!ok || limit < 1 || limit > L::kPageSize) {
        return error({QStringLiteral("request.invalid"),
                      tr("limit harus bilangan 1–%1.").arg(L::kPageSize)});
    }
    return std::nullopt;
}

CentralReply CentralRoutes::changes(Context &c)
{
    int limit = 0;
    if (std::optional<CentralReply> refused = pageLimit(c, limit)) {
        return *refused;
    }
    bool ok = false;
    const qint64 after = c.query("after").toLongLong(&ok);
    if (!ok || after < 0) {
        return error({QStringLiteral("request.invalid"), tr("after harus nomor urut perubahan.")});
    }
    Result<sync::ChangePage> page = c.s.registry().changesAfter(c.caller.villageCode, after, limit);
    return page ? json(page->toJson()) : error(page.error());
}

CentralReply CentralRoutes::snapshot(Context &c)
{
    int limit = 0;
    if (std::optional<CentralReply> refused = pageLimit(c, limit)) {
        return *refused;
    }
    const QString after = c.query("after").left(L::kIdentifier);
    Result<sync::SnapshotPage> page =
        c.s.registry().snapshot(c.caller.villageCode, after, qMin(limit, 1000));
    return page ? json(page->toJson()) : error(page.error());
}

std::optional<CentralReply> CentralRoutes::attachmentCaller(Context &c)
{
    if (!ContentStore::isSha256(c.params[0])) {
        return error({QStringLiteral("request.invalid"),
                      tr("Nama berkas harus SHA-256 (64 huruf hex kecil).")});
    }
    if (c.caller.role != QLatin1String("operator")) {
        return error(
            {QStringLiteral("auth.forbidden"), tr("Hanya operator yang mengunggah lampiran.")});
    }
    return std::nullopt;
}

CentralReply CentralRoutes::uploadState(Context &c)
{
    if (std::optional<CentralReply> refused = attachmentCaller(c)) {
        return *refused;
    }
    Result<sync::UploadState> s = c.s.blobs().state(c.caller.villageCode, c.params[0]);
    return s ? json(s->toJson()) : error(s.error());
}

CentralReply CentralRoutes::uploadChunk(Context &c)
{
    if (std::optional<CentralReply> refused = attachmentCaller(c)) {
        return *refused;
    }
    const QString &sha = c.params[0];
    if (c.content.size() > L::kChunk) {
        return error({QStringLiteral("request.too_large"),
                      tr("Potongan berkas terlalu besar (paling banyak %1 MB).")
                          .arg(L::kChunk / (1024 * 1024))});
    }
    bool okOffset = false;
    bool okTotal = false;
    const qint64 offset = c.query("offset").toLongLong(&okOffset);
    const qint64 total = c.query("total").toLongLong(&okTotal);
    if (!okOffset || !okTotal || offset < 0) {
        return error(
            {QStringLiteral("request.invalid"), tr("offset dan total wajib berupa bilangan.")});
    }
    const BlobStore &blobs = c.s.blobs();
    Result<sync::UploadState> s = blobs.append(c.caller.villageCode, sha, offset, total, c.content);
    if (!s && s.error().code == QLatin1String("attachment.offset")) {
        QJsonObject body = sync::errorBody(s.error());
        if (Result<sync::UploadState> now = blobs.state(c.caller.villageCode, sha)) {
            body.insert(QStringLiteral("received"), now->received);
        }
        return json(body, 409);
    }
    return s ? json(s->toJson()) : error(s.error());
}

CentralReply CentralRoutes::requestStatus(Context &c)
{
    Result<QJsonObject> s = c.s.desk().status(c.caller, c.params[0].left(L::kIdentifier));
    return s ? json(*s) : error(s.error());
}

CentralReply CentralRoutes::reviewList(Context &c)
{
    ReviewFilter filter;
    filter.villageCode = c.query("village").left(13);
    filter.state = c.query("state").left(32);
    filter.afterId = c.query("after").toLongLong();
    if (c.has("limit")) {
        filter.limit = c.query("limit").toInt();
    }
    Result<QJsonObject> list = c.s.desk().reviewList(c.caller, filter);
    return list ? json(*list) : error(list.error());
}

CentralReply CentralRoutes::decide(Context &c)
{
    Result<QJsonObject> in = c.body();
    if (!in) {
        return error(in.error());
    }
    sync::JsonReader r(*in);
    const QString reason = r.string("reason", 2000, false);
    if (!r.ok()) {
        return error(r.error());
    }
    Result<QJsonObject> decided =
        c.s.desk().decide(c.caller, c.params[0].left(L::kIdentifier), c.params[1], reason);
    return decided ? json(*decided) : error(decided.error());
}

CentralReply CentralRoutes::civilEvents(Context &c)
{
    if (!c.caller.isSupervisor()) {
        return error({QStringLiteral("auth.forbidden"),
                      tr("Hanya supervisor Dinsos yang bisa mengimpor peristiwa "
                         "kependudukan.")});
    }
    QByteArray csv = c.content;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    Result<CivilEventReport> report =
        c.s.registry().importCivilEvents(buffer, c.caller.regencyCode);
    return report ? json(report->toJson()) : error(report.error());
}

// A village's letter-signing public key, sent at its sync: {"public_key", "endorsement"} in
// base64url; the endorsement (the current key's signature) only for a rotation.
CentralReply CentralRoutes::letterKey(Context &c)
{
    if (c.caller.villageCode.isEmpty()) {
        return error({QStringLiteral("auth.forbidden"),
                      tr("Hanya operator kelurahan/desa yang mendaftarkan kunci surat.")});
    }
    const Result<QJsonObject> body = c.body();
    if (!body) {
        return error(body.error());
    }
    const auto bytes = [&](const char *name) {
        return QByteArray::fromBase64(body->value(QLatin1String(name)).toString().toLatin1(),
                                      QByteArray::Base64UrlEncoding);
    };
    const QByteArray publicKey = bytes("public_key");
    const Status s = VillageLetterKeys(c.s.database(), c.s.clock())
                         .registerKey(c.caller.villageCode, publicKey, bytes("endorsement"));
    if (!s) {
        return error(s.error(), 422);
    }
    return json({{QStringLiteral("key_id"), VillageLetterKeys::keyIdOf(publicKey)}});
}

// A letter the village revoked: {"number", "reason", "revoked_at"}; the public letter check
// then answers "revoked". Sending it again changes nothing.
CentralReply CentralRoutes::letterRevocation(Context &c)
{
    if (c.caller.villageCode.isEmpty()) {
        return error({QStringLiteral("auth.forbidden"),
                      tr("Hanya operator kelurahan/desa yang mencabut surat.")});
    }
    const Result<QJsonObject> in = c.body();
    if (!in) {
        return error(in.error());
    }
    sync::JsonReader r(*in);
    const QString number = r.string("number", L::kIdentifier);
    const QString reason = r.string("reason", L::kString);
    const QString at = r.string("revoked_at", L::kIdentifier);
    if (number.isEmpty() || reason.trimmed().isEmpty() || !parseStoredTime(at).isValid()) {
        return error({QStringLiteral("letter.bad_revocation"),
                      tr("Pencabutan surat perlu nomor surat, alasan, dan waktu.")},
                     422);
    }
    Result<QSqlQuery> q = c.s.database().query(
        QStringLiteral("INSERT INTO letter_revocation(village_code, number, reason, revoked_at) "
                       "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM letter_revocation "
                       "WHERE village_code = ? AND number = ?)"),
        {c.caller.villageCode, number, reason, at, c.caller.villageCode, number});
    if (!q) {
        return error(q.error());
    }
    return json({{QStringLiteral("number"), number}});
}

} // namespace tepat::central
