#include "sync/protocol/Messages.h"

#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"

#include <QJsonArray>

namespace tepat::sync {

namespace {

using L = std::numeric_limits<qint64>;

QJsonValue stampOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(storedTime(at)) : QJsonValue();
}

template<typename T>
Result<T> finish(const JsonReader &r, T value)
{
    if (!r.ok()) {
        return r.error();
    }
    return value;
}

} // namespace

QJsonObject AccountInfo::toJson() const
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("role"), role},
            {QStringLiteral("village_code"), villageCode},
            {QStringLiteral("regency_code"), regencyCode}};
}

Result<AccountInfo> AccountInfo::fromJson(const QJsonObject &o)
{
    JsonReader r(o, QStringLiteral("account"));
    AccountInfo a;
    a.username = r.string("username", limits::kIdentifier);
    a.displayName = r.string("display_name", 200, false);
    a.role = r.string("role", 32);
    a.villageCode = r.string("village_code", 13, false);
    a.regencyCode = r.string("regency_code", 5, false);
    return finish(r, a);
}

QJsonObject TokenReply::toJson() const
{
    return {{QStringLiteral("access_token"), accessToken},
            {QStringLiteral("access_expires_at"), storedTime(accessExpiresAt)},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("refresh_expires_at"), storedTime(refreshExpiresAt)},
            {QStringLiteral("account"), account.toJson()},
            {QStringLiteral("server_id"), serverId},
            {QStringLiteral("server_time"), storedTime(serverTime)}};
}

Result<TokenReply> TokenReply::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TokenReply t;
    t.accessToken = r.string("access_token", 128);
    t.accessExpiresAt = r.timestamp("access_expires_at");
    t.refreshToken = r.string("refresh_token", 128);
    t.refreshExpiresAt = r.timestamp("refresh_expires_at");
    const QJsonObject account = r.object("account");
    t.serverId = r.string("server_id", limits::kIdentifier);
    t.serverTime = r.timestamp("server_time", false);
    if (!r.ok()) {
        return r.error();
    }
    Result<AccountInfo> a = AccountInfo::fromJson(account);
    if (!a) {
        return a.error();
    }
    t.account = *a;
    return t;
}

QJsonObject AuditClaim::toJson() const
{
    return {{QStringLiteral("head_id"), headId},
            {QStringLiteral("head"), head},
            {QStringLiteral("anchor_id"), anchorId},
            {QStringLiteral("anchor"), anchor}};
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray array;
    for (const PushItem &item : items) {
        array.append(QJsonObject{{QStringLiteral("key"), item.key},
                                 {QStringLiteral("payload_sha256"), item.payloadSha256},
                                 {QStringLiteral("request"), item.request}});
    }
    return {{QStringLiteral("audit"), audit.toJson()}, {QStringLiteral("items"), array}};
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    PushRequest p;
    const QJsonObject audit = r.object("audit", false);
    const QJsonArray items = r.array("items", limits::kItemsPerPush);
    if (!r.ok()) {
        if (o.value(QLatin1String("items")).toArray().size() > limits::kItemsPerPush) {
            return Error{QStringLiteral("push.too_many_items"),
                         JsonReader::tr("Satu kiriman berisi %1 usulan; paling banyak %2.")
                             .arg(o.value(QLatin1String("items")).toArray().size())
                             .arg(limits::kItemsPerPush)};
        }
        return r.error();
    }
    JsonReader a(audit, QStringLiteral("audit"));
    p.audit.headId = a.integer("head_id", 0, L::max(), false).value_or(0);
    p.audit.head = a.string("head", 64, false);
    p.audit.anchorId = a.integer("anchor_id", 0, L::max(), false).value_or(0);
    p.audit.anchor = a.string("anchor", 64, false);
    if (!a.ok()) {
        return a.error();
    }
    for (int i = 0; i < items.size(); ++i) {
        if (!items[i].isObject()) {
            JsonReader bad({});
            bad.fail(QStringLiteral("items[%1]").arg(i), JsonReader::tr("harus berupa objek"));
            return bad.error();
        }
        JsonReader item(items[i].toObject(), QStringLiteral("items[%1]").arg(i));
        PushItem pi;
        pi.key = item.string("key", limits::kIdentifier);
        pi.payloadSha256 = item.string("payload_sha256", 64);
        pi.request = item.object("request");
        if (!item.ok()) {
            return item.error();
        }
        p.items.append(pi);
    }
    return p;
}

QJsonObject PushResult::toJson() const
{
    QJsonObject o{{QStringLiteral("key"), key}};
    switch (outcome) {
    case PushOutcome::Accepted:
        o.insert(QStringLiteral("outcome"), QStringLiteral("accepted"));
        o.insert(QStringLiteral("state"), state);
        o.insert(QStringLiteral("received_at"), stampOrNull(receivedAt));
        o.insert(QStringLiteral("conflict"), conflict.isEmpty() ? QJsonValue() : conflict);
        if (replay) {
            o.insert(QStringLiteral("replay"), true);
        }
        break;
    case PushOutcome::Rejected:
        o.insert(QStringLiteral("outcome"), QStringLiteral("rejected"));
        o.insert(QStringLiteral("status"), status);
        o.insert(QStringLiteral("code"), code);
        o.insert(QStringLiteral("message"), message);
        break;
    case PushOutcome::Incomplete:
        o.insert(QStringLiteral("outcome"), QStringLiteral("incomplete"));
        o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
        break;
    }
    return o;
}

Result<PushResult> PushResult::fromJson(const QJsonObject &o)
{
    JsonReader r(o, QStringLiteral("results"));
    PushResult p;
    p.key = r.string("key", limits::kIdentifier);
    const QString outcome = r.string("outcome", 16);
    if (outcome == QLatin1String("accepted")) {
        p.outcome = PushOutcome::Accepted;
        p.state = r.string("state", 32);
        p.receivedAt = r.timestamp("received_at", false);
        p.conflict = r.object("conflict", false);
        p.replay = r.boolean("replay", false);
    } else if (outcome == QLatin1String("rejected")) {
        p.outcome = PushOutcome::Rejected;
        p.status = int(r.integer("status", 400, 599).value_or(0));
        p.code = r.string("code", limits::kIdentifier);
        p.message = r.string("message", 2000);
    } else if (outcome == QLatin1String("incomplete")) {
        p.outcome = PushOutcome::Incomplete;
        for (const QJsonValue &v : r.array("missing", limits::kAttachmentsPerItem)) {
            if (!ContentStore::isSha256(v.toString())) {
                r.fail(r.path("missing"), JsonReader::tr("berisi nilai yang bukan SHA-256"));
            }
            p.missing.append(v.toString());
        }
    } else if (r.ok()) {
        r.fail(r.path("outcome"), JsonReader::tr("tidak dikenal"));
    }
    return finish(r, p);
}

QJsonObject PushReply::toJson() const
{
    QJsonArray array;
    for (const PushResult &result : results) {
        array.append(result.toJson());
    }
    return {{QStringLiteral("results"), array},
            {QStringLiteral("audit"), QJsonObject{{QStringLiteral("status"), auditStatus},
                                                  {QStringLiteral("head_id"), auditHeadId}}},
            {QStringLiteral("server_time"), storedTime(serverTime)}};
}

Result<PushReply> PushReply::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    PushReply p;
    const QJsonArray results = r.array("results", limits::kItemsPerPush);
    JsonReader audit(r.object("audit"), QStringLiteral("audit"));
    p.auditStatus = audit.string("status", 16);
    p.auditHeadId = audit.integer("head_id", 0, L::max()).value_or(0);
    p.serverTime = r.timestamp("server_time", false);
    if (!r.ok()) {
        return r.error();
    }
    if (!audit.ok()) {
        return audit.error();
    }
    for (const QJsonValue &v : results) {
        Result<PushResult> result = PushResult::fromJson(v.toObject());
        if (!result) {
            return result.error();
        }
        p.results.append(*result);
    }
    return p;
}

QJsonObject UploadState::toJson() const
{
    return {{QStringLiteral("sha256"), sha256},
            {QStringLiteral("total"), total ? QJsonValue(*total) : QJsonValue()},
            {QStringLiteral("received"), received},
            {QStringLiteral("complete"), complete}};
}

Result<UploadState> UploadState::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    UploadState u;
    u.sha256 = r.string("sha256", 64);
    u.total = r.integer("total", 0, limits::kAttachment, false);
    u.received = r.integer("received", 0, limits::kAttachment).value_or(0);
    u.complete = r.boolean("complete");
    if (r.ok() && u.total && u.received > *u.total) {
        r.fail(r.path("received"), JsonReader::tr("lebih besar dari total"));
    }
    return finish(r, u);
}

QJsonObject changeToJson(const ReplicaChange &c)
{
    QJsonObject o{{QStringLiteral("entity"), c.entity},     {QStringLiteral("id"), c.id},
                  {QStringLiteral("version"), c.version},   {QStringLiteral("source"), c.source},
                  {QStringLiteral("at"), storedTime(c.at)}, {QStringLiteral("data"), c.data}};
    if (c.seq > 0) {
        o.insert(QStringLiteral("seq"), c.seq);
    }
    return o;
}

Result<ReplicaChange> changeFromJson(const QJsonObject &o, bool snapshot)
{
    JsonReader r(o, snapshot ? QStringLiteral("records") : QStringLiteral("changes"));
    ReplicaChange c;
    c.seq = snapshot ? 0 : r.integer("seq", 1, L::max()).value_or(0);
    c.entity = r.string("entity", 16);
    c.id = r.string("id", limits::kIdentifier);
    c.version = r.integer("version", 1, L::max()).value_or(0);
    c.source = r.string("source", 32, false);
    c.at = r.timestamp("at", false);
    c.data = r.object("data");
    return finish(r, c);
}

QJsonObject ChangePage::toJson() const
{
    QJsonArray array;
    for (const ReplicaChange &c : changes) {
        array.append(changeToJson(c));
    }
    return {{QStringLiteral("server_id"), serverId},
            {QStringLiteral("latest_sequence"), latestSequence},
            {QStringLiteral("has_more"), hasMore},
            {QStringLiteral("changes"), array}};
}

Result<ChangePage> ChangePage::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    ChangePage p;
    p.serverId = r.string("server_id", limits::kIdentifier);
    p.latestSequence = r.integer("latest_sequence", 0, L::max()).value_or(0);
    p.hasMore = r.boolean("has_more");
    const QJsonArray changes = r.array("changes", limits::kPageSize);
    if (!r.ok()) {
        return r.error();
    }
    qint64 previous = 0;
    for (const QJsonValue &v : changes) {
        Result<ReplicaChange> c = changeFromJson(v.toObject(), false);
        if (!c) {
            return c.error();
        }
        if (c->seq <= previous || c->seq > p.latestSequence) {
            return Error{QStringLiteral("sync.bad_sequence"),
                         JsonReader::tr("Server mengirim perubahan dengan nomor urut yang tidak "
                                        "berurutan (%1).")
                             .arg(c->seq)};
        }
        previous = c->seq;
        p.changes.append(*c);
    }
    return p;
}

QJsonObject SnapshotPage::toJson() const
{
    QJsonArray array;
    for (const ReplicaChange &c : records) {
        array.append(changeToJson(c));
    }
    return {{QStringLiteral("server_id"), serverId},
            {QStringLiteral("as_of_sequence"), asOfSequence},
            {QStringLiteral("next"), next.isEmpty() ? QJsonValue() : QJsonValue(next)},
            {QStringLiteral("records"), array}};
}

Result<SnapshotPage> SnapshotPage::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    SnapshotPage p;
    p.serverId = r.string("server_id", limits::kIdentifier);
    p.asOfSequence = r.integer("as_of_sequence", 0, L::max()).value_or(0);
    p.next = r.string("next", limits::kIdentifier, false);
    const QJsonArray records = r.array("records", limits::kPageSize * 20);
    if (!r.ok()) {
        return r.error();
    }
    for (const QJsonValue &v : records) {
        Result<ReplicaChange> c = changeFromJson(v.toObject(), true);
        if (!c) {
            return c.error();
        }
        p.records.append(*c);
    }
    return p;
}

QJsonObject errorBody(const Error &error)
{
    return {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                  {QStringLiteral("message"), error.message}}}};
}

std::optional<Error> errorFromBody(const QJsonObject &o)
{
    const QJsonObject e = o.value(QLatin1String("error")).toObject();
    const QString code = e.value(QLatin1String("code")).toString();
    if (code.isEmpty() || code.size() > limits::kIdentifier) {
        return std::nullopt;
    }
    return Error{code, e.value(QLatin1String("message")).toString().left(2000)};
}

} // namespace tepat::sync
