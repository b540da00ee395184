#include "sync/server/RequestDesk.h"

#include "core/common/Clock.h"
#include "core/domain/Vocabulary.h"
#include "core/files/ContentStore.h"
#include "core/outbox/RequestEnvelope.h"
#include "core/outbox/VisitEnvelope.h"
#include "core/requests/ChangeRequest.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/BlobStore.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/CentralRegister.h"
#include "sync/server/VisitFields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace tepat::central {

namespace {

sync::PushResult rejected(const QString &key, int status, const QString &code,
                          const QString &message)
{
    sync::PushResult r;
    r.key = key;
    r.outcome = sync::PushOutcome::Rejected;
    r.status = status;
    r.code = code;
    r.message = message;
    return r;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool inRegency(const Caller &caller, const QString &villageCode)
{
    return villageCode.startsWith(caller.regencyCode + u'.');
}

} // namespace

RequestDesk::RequestDesk(const CentralDatabase &db, const Clock &clock, const CentralRegister &reg,
                         const BlobStore &blobs)
    : m_db(db)
    , m_clock(clock)
    , m_register(reg)
    , m_blobs(blobs)
{}

Result<sync::PushReply> RequestDesk::push(const Caller &caller,
                                          const sync::PushRequest &request) const
{
    if (caller.role != QLatin1String("operator")) {
        return Error{QStringLiteral("auth.forbidden"),
                     tr("Hanya akun operator kelurahan/desa yang bisa mengirim usulan.")};
    }
    CentralTransaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    // One device's pushes one after another, whichever worker runs them: a retry that races
    // its original finds the original's requests stored (a replay), and the device's audit
    // head is read and written by one push at a time.
    if (const Status s = m_db.serialize(QStringLiteral("device:") + caller.deviceId); !s) {
        return s.error();
    }
    sync::PushReply reply;
    reply.serverTime = m_clock.now();
    for (const sync::PushItem &item : request.items) {
        Error storage;
        sync::PushResult result = processItem(caller, item, storage);
        if (!storage.code.isEmpty()) {
            return storage;
        }
        reply.results.append(result);
    }
    Result<QString> audit = checkAudit(caller, request.audit, reply.auditHeadId);
    if (!audit) {
        return audit.error();
    }
    reply.auditStatus = *audit;
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return reply;
}

sync::PushResult RequestDesk::processItem(const Caller &caller, const sync::PushItem &item,
                                          Error &storage) const
{
    namespace L = sync::limits;
    // The reply names the key as the client sent it; the store holds its canonical form.
    const QString &key = item.key;
    if (!sync::isUuid(key)) {
        return rejected(key, 400, QStringLiteral("push.bad_key"),
                        tr("Kunci usulan bukan UUID yang sah."));
    }
    const QString storedKey = sync::canonicalUuid(key);
    // Judged by the server's own hash of the request, never by the hash the client claims.
    const QString hash = RequestEnvelope::hash(item.request);
    Result<QSqlQuery> existing = m_db.query(
        QStringLiteral("SELECT village_code, payload_sha256, result FROM request WHERE key = ?"),
        {storedKey});
    if (!existing) {
        storage = existing.error();
        return {};
    }
    if (existing->next()) {
        // A key of another village gets the same answer as a changed payload: nothing about
        // the other village is told.
        if (existing->value(0).toString() != caller.villageCode ||
            existing->value(1).toString() != hash) {
            return rejected(key, 422, QStringLiteral("push.key_reused"),
                            tr("Usulan dengan kunci ini sudah diterima server dengan isi yang "
                               "berbeda. Isi yang sudah diterima tidak bisa diganti; buat usulan "
                               "baru untuk perubahan berikutnya."));
        }
        Result<sync::PushResult> stored = sync::PushResult::fromJson(
            QJsonDocument::fromJson(existing->value(2).toString().toUtf8()).object());
        if (!stored) {
            storage = stored.error();
            return {};
        }
        stored->key = key;
        stored->replay = true;
        return *stored;
    }
    if (hash != item.payloadSha256) {
        return rejected(key, 400, QStringLiteral("push.hash_mismatch"),
                        tr("Sidik isi usulan tidak cocok; data rusak dalam perjalanan."));
    }
    sync::JsonReader r(item.request, QStringLiteral("request"));
    const QString kindCode = r.string("kind", 32);
    const QString householdId = r.string("household_id", L::kIdentifier, false);
    const QString personId = r.string("person_id", L::kIdentifier, false);
    const std::optional<qint64> baseVersion =
        r.integer("base_version", 0, std::numeric_limits<qint64>::max(), false);
    const QJsonObject payload = r.object("payload");
    const QJsonArray attachments = r.array("attachments", L::kAttachmentsPerItem, false);
    r.array("warnings", 50, false);
    r.timestamp("created_at");
    r.string("created_by", L::kIdentifier);
    const QJsonObject visit = r.object(VisitEnvelope::kKey, false);
    if (!r.ok()) {
        return rejected(key, 400, r.error().code, r.error().message);
    }
    // A verification result on its own: a household of the register, no person, no change.
    const bool verification = kindCode == QLatin1String(VisitEnvelope::kVerificationKind);
    if (item.request.contains(QLatin1String(VisitEnvelope::kKey)) || verification) {
        if (verification && visit.isEmpty()) {
            return rejected(key, 400, QStringLiteral("visit.required"),
                            tr("Hasil verifikasi harus membawa data kunjungannya (visit)."));
        }
        if (const Status s = VisitFields::check(visit, attachments); !s) {
            return rejected(key, s.error().code == QLatin1String("visit.too_large") ? 413 : 400,
                            s.error().code, s.error().message);
        }
    }
    if (verification && (!personId.isEmpty() || !payload.isEmpty())) {
        return rejected(key, 422, QStringLiteral("verification.not_empty"),
                        tr("Hasil verifikasi tidak mengusulkan perubahan: person_id dan payload "
                           "harus kosong. Perubahan dikirim sebagai usulan."));
    }
    const std::optional<RequestKind> kind =
        verification ? std::optional<RequestKind>(RequestKind::Correction)
                     : RequestLifecycle::kindFromCode(kindCode);
    if (!kind) {
        return rejected(key, 422, QStringLiteral("request.kind"),
                        tr("Jenis usulan \"%1\" tidak dikenal.").arg(kindCode));
    }
    if (sync::jsonDepth(payload, L::kPayloadDepth + 1) > L::kPayloadDepth ||
        compact(payload).toUtf8().size() > L::kPayloadBytes) {
        return rejected(key, 413, QStringLiteral("request.payload_too_large"),
                        tr("Isi usulan terlalu besar atau bersarang terlalu dalam (paling banyak "
                           "%1 KB dan %2 tingkat).")
                            .arg(L::kPayloadBytes / 1024)
                            .arg(L::kPayloadDepth));
    }
    // (A verification is checked as a correction is: its household must be of the register.)
    const bool householdOptional = *kind == RequestKind::NewHousehold ||
                                   *kind == RequestKind::Objection ||
                                   *kind == RequestKind::CitizenProposal;
    if (householdId.isEmpty() && !householdOptional) {
        return rejected(
            key, 422, QStringLiteral("request.household_required"),
            tr("Usulan jenis \"%1\" harus menyebut keluarganya.")
                .arg(verification ? tr("Hasil verifikasi") : RequestLifecycle::label(*kind)));
    }
    std::optional<RegisterRecord> household;
    if (!householdId.isEmpty()) {
        Result<std::optional<RegisterRecord>> found =
            m_register.record(QStringLiteral("household"), householdId);
        if (!found) {
            storage = found.error();
            return {};
        }
        household = *found;
        // Only a new household names one the register does not have yet.
        if (!household && *kind != RequestKind::NewHousehold) {
            return rejected(key, 422, QStringLiteral("request.unknown_household"),
                            tr("Keluarga %1 tidak ada dalam data server. Periksa ID keluarga "
                               "pada usulan.")
                                .arg(householdId));
        }
        if (household && household->villageCode != caller.villageCode) {
            return rejected(key, 403, QStringLiteral("request.other_village"),
                            tr("Keluarga %1 bukan warga kelurahan/desa akun ini; usulan hanya "
                               "boleh untuk wilayah sendiri.")
                                .arg(householdId));
        }
    }
    std::optional<RegisterRecord> person;
    if (!personId.isEmpty() && *kind != RequestKind::NewMember) {
        Result<std::optional<RegisterRecord>> found =
            m_register.record(QStringLiteral("person"), personId);
        if (!found) {
            storage = found.error();
            return {};
        }
        person = *found;
        if (!person || person->householdId != householdId) {
            return rejected(key, 422, QStringLiteral("request.unknown_person"),
                            tr("Anggota %1 tidak tercatat dalam keluarga %2 di data server.")
                                .arg(personId, householdId));
        }
    }
    if (*kind == RequestKind::NewMember && !personId.isEmpty()) {
        if (Status s = checkNewMemberId(personId, householdId, storage); !s) {
            return rejected(key, 422, s.error().code, s.error().message);
        }
        if (!storage.code.isEmpty()) {
            return {};
        }
    }
    if (*kind == RequestKind::Removal) {
        const QString reason = payload.value(QLatin1String("reason")).toString();
        bool known = false;
        QStringList codes;
        for (RemovalReason rr : vocabulary::all<RemovalReason>()) {
            codes << vocabulary::code(rr);
            known = known || vocabulary::code(rr) == reason;
        }
        if (!known) {
            return rejected(key, 422, QStringLiteral("request.removal_reason"),
                            tr("Alasan penghapusan \"%1\" tidak dikenal. Isi kolom reason dengan "
                               "salah satu: %2.")
                                .arg(reason.left(64), codes.join(QStringLiteral(", "))));
        }
    }
    sync::PushResult missing;
    missing.key = key;
    missing.outcome = sync::PushOutcome::Incomplete;
    for (const QJsonValue &v : attachments) {
        const QJsonObject a = v.toObject();
        const QString sha = a.value(QLatin1String("sha256")).toString();
        const QString role = a.value(QLatin1String("role")).toString();
        if (!ContentStore::isSha256(sha) || role.isEmpty() || role.size() > 32) {
            return rejected(key, 400, QStringLiteral("request.attachment"),
                            tr("Lampiran usulan tidak valid (sha256 dan role wajib)."));
        }
        Result<bool> complete = m_blobs.isComplete(sha);
        if (!complete) {
            storage = complete.error();
            return {};
        }
        if (!*complete) {
            missing.missing.append(sha);
        }
    }
    if (!missing.missing.isEmpty()) {
        return missing; // not stored: the client uploads the files and sends it again
    }
    QJsonObject conflict;
    const std::optional<RegisterRecord> &target = person ? person : household;
    // Version 0 is a replica loaded from a snapshot file, not from this server: no claim to check.
    if (target && baseVersion && *baseVersion > 0 && *baseVersion < target->version) {
        conflict = {{QStringLiteral("entity"), target->entity},
                    {QStringLiteral("base_version"), *baseVersion},
                    {QStringLiteral("server_version"), target->version}};
    }
    const QDateTime now = m_clock.now();
    sync::PushResult accepted;
    accepted.key = key;
    accepted.outcome = sync::PushOutcome::Accepted;
    accepted.state = QStringLiteral("received");
    accepted.receivedAt = now;
    accepted.conflict = conflict;
    Result<QSqlQuery> insert = m_db.query(
        QStringLiteral("INSERT INTO request(key, village_code, device_id, account_id, kind, "
                       "household_id, person_id, base_version, envelope, payload_sha256, state, "
                       "state_actor, state_at, conflict, received_at, result) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?) RETURNING id"),
        {storedKey, caller.villageCode, caller.deviceId, caller.accountId, kindCode, householdId,
         personId, baseVersion ? QVariant(*baseVersion) : QVariant(QMetaType(QMetaType::LongLong)),
         compact(item.request), hash, caller.username, storedTime(now),
         conflict.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compact(conflict)),
         storedTime(now), compact(accepted.toJson())});
    if (!insert || !insert->next()) {
        storage = insert ? m_db.storageError(QStringLiteral("no id returned")) : insert.error();
        return {};
    }
    const qint64 id = insert->value(0).toLongLong();
    for (const QJsonValue &v : attachments) {
        const QJsonObject a = v.toObject();
        Result<QSqlQuery> file = m_db.query(
            QStringLiteral("INSERT INTO request_file(request_id, sha256, role) VALUES (?, ?, ?) "
                           "ON CONFLICT DO NOTHING"),
            {id, a.value(QLatin1String("sha256")).toString(),
             a.value(QLatin1String("role")).toString()});
        if (!file) {
            storage = file.error();
            return {};
        }
    }
    Result<QSqlQuery> event = m_db.query(
        QStringLiteral("INSERT INTO request_event(request_id, from_state, to_state, actor, at) "
                       "VALUES (?, NULL, 'received', ?, ?)"),
        {id, caller.username, storedTime(now)});
    if (!event) {
        storage = event.error();
        return {};
    }
    return accepted;
}

Status RequestDesk::checkNewMemberId(const QString &personId, const QString &householdId,
                                     Error &storage) const
{
    // A DTKS member id is the household's id and a member number: letters, digits and . _ -.
    const bool wellFormed = personId.size() > householdId.size() &&
                            personId.startsWith(householdId) &&
                            std::all_of(personId.begin(), personId.end(), [](QChar c) {
                                return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'.' ||
                                       c == u'_' || c == u'-';
                            });
    if (!wellFormed) {
        return Error{QStringLiteral("request.new_member_id"),
                     tr("ID anggota baru %1 harus diawali ID keluarganya (%2) dan hanya berisi "
                        "huruf, angka, titik, garis bawah atau tanda hubung.")
                         .arg(personId.left(64), householdId)};
    }
    Result<std::optional<RegisterRecord>> taken =
        m_register.record(QStringLiteral("person"), personId);
    if (!taken) {
        storage = taken.error();
        return {};
    }
    if (*taken) {
        return Error{QStringLiteral("request.new_member_exists"),
                     tr("ID anggota %1 sudah dipakai dalam data server; anggota baru perlu ID "
                        "yang belum ada.")
                         .arg(personId)};
    }
    return {};
}

Result<QString> RequestDesk::checkAudit(const Caller &caller, const sync::AuditClaim &claim,
                                        qint64 &headId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT audit_head_id, audit_head, history_rewritten_at FROM device "
                       "WHERE device_id = ?"),
        {caller.deviceId});
    if (!q) {
        return q.error();
    }
    const bool known = q->next();
    const qint64 storedId = known ? q->value(0).toLongLong() : 0;
    const QString storedHead = known ? q->value(1).toString() : QString();
    const bool flaggedBefore = known && !q->value(2).isNull() && !q->value(2).toString().isEmpty();
    bool rewritten = false;
    if (storedId > 0) {
        // The client must still hold, unchanged, the entry the server acknowledged last.
        rewritten =
            claim.headId < storedId || claim.anchorId != storedId || claim.anchor != storedHead;
    }
    const QString now = storedTime(m_clock.now());
    const bool advance = claim.headId > 0 && ContentStore::isSha256(claim.head);
    headId = advance ? claim.headId : storedId;
    Result<QSqlQuery> update = m_db.query(
        QStringLiteral(
            "UPDATE device SET audit_head_id = ?, audit_head = ?, last_push_at = ?, "
            "history_rewritten_at = CASE WHEN ? = 1 THEN ? ELSE history_rewritten_at END "
            "WHERE device_id = ?"),
        {headId, advance ? claim.head : storedHead, now, rewritten ? 1 : 0, now, caller.deviceId});
    if (!update) {
        return update.error();
    }
    return (rewritten || flaggedBefore) ? QStringLiteral("rewritten") : QStringLiteral("ok");
}

Result<QJsonObject> RequestDesk::status(const Caller &caller, const QString &key) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT id, village_code, kind, state, state_reason, received_at, conflict "
                       "FROM request WHERE key = ?"),
        {sync::isUuid(key) ? sync::canonicalUuid(key) : key});
    if (!q) {
        return q.error();
    }
    const bool visible =
        q->next() && (caller.isSupervisor() ? inRegency(caller, q->value(1).toString())
                                            : q->value(1).toString() == caller.villageCode);
    if (!visible) {
        return Error{QStringLiteral("request.not_found"),
                     tr("Usulan dengan kunci ini tidak ada di server untuk wilayah akun ini.")};
    }
    QJsonObject o{
        {QStringLiteral("key"), key},
        {QStringLiteral("village_code"), q->value(1).toString()},
        {QStringLiteral("kind"), q->value(2).toString()},
        {QStringLiteral("state"), q->value(3).toString()},
        {QStringLiteral("reason"), q->value(4).toString()},
        {QStringLiteral("received_at"), q->value(5).toString()},
        {QStringLiteral("conflict"),
         q->value(6).isNull()
             ? QJsonValue()
             : QJsonValue(QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object())}};
    Result<QSqlQuery> events = m_db.query(
        QStringLiteral("SELECT to_state, actor, reason, at FROM request_event WHERE request_id = "
                       "? ORDER BY id"),
        {q->value(0)});
    if (!events) {
        return events.error();
    }
    QJsonArray history;
    while (events->next()) {
        history.append(QJsonObject{{QStringLiteral("state"), events->value(0).toString()},
                                   {QStringLiteral("actor"), events->value(1).toString()},
                                   {QStringLiteral("reason"), events->value(2).toString()},
                                   {QStringLiteral("at"), events->value(3).toString()}});
    }
    o.insert(QStringLiteral("history"), history);
    return o;
}

Result<QJsonObject> RequestDesk::reviewList(const Caller &caller, const ReviewFilter &filter) const
{
    if (!caller.isSupervisor()) {
        return Error{QStringLiteral("auth.forbidden"),
                     tr("Hanya supervisor Dinsos yang bisa memeriksa usulan.")};
    }
    if (!filter.villageCode.isEmpty() && !inRegency(caller, filter.villageCode)) {
        return Error{QStringLiteral("auth.forbidden"),
                     tr("Kelurahan/desa itu bukan wilayah kabupaten/kota akun ini.")};
    }
    QString sql = QStringLiteral(
        "SELECT r.id, r.key, r.village_code, r.kind, r.state, r.household_id, r.person_id, "
        "r.envelope, r.conflict, r.received_at, d.history_rewritten_at FROM request r "
        "LEFT JOIN device d ON d.device_id = r.device_id WHERE r.id > ? AND r.village_code LIKE ?");
    QVariantList values{filter.afterId, caller.regencyCode + QStringLiteral(".%")};
    if (!filter.villageCode.isEmpty()) {
        sql += QStringLiteral(" AND r.village_code = ?");
        values << filter.villageCode;
    }
    if (!filter.state.isEmpty()) {
        sql += QStringLiteral(" AND r.state = ?");
        values << filter.state;
    }
    sql += QStringLiteral(" ORDER BY r.id LIMIT ?");
    values << qBound(1, filter.limit, sync::limits::kPageSize);
    Result<QSqlQuery> q = m_db.query(sql, values);
    if (!q) {
        return q.error();
    }
    QJsonArray list;
    qint64 last = 0;
    while (q->next()) {
        last = q->value(0).toLongLong();
        const QJsonObject envelope =
            QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
        list.append(QJsonObject{
            {QStringLiteral("id"), last},
            {QStringLiteral("key"), q->value(1).toString()},
            {QStringLiteral("village_code"), q->value(2).toString()},
            {QStringLiteral("kind"), q->value(3).toString()},
            {QStringLiteral("state"), q->value(4).toString()},
            {QStringLiteral("household_id"), q->value(5).toString()},
            {QStringLiteral("person_id"), q->value(6).toString()},
            {QStringLiteral("payload"), envelope.value(QLatin1String("payload"))},
            {QStringLiteral("attachments"), envelope.value(QLatin1String("attachments"))},
            // Where it came from and what approved it, as the village sent them (null when the
            // request was queued before they were recorded).
            {QStringLiteral("channel"), envelope.value(QLatin1String("channel")).isString()
                                            ? envelope.value(QLatin1String("channel"))
                                            : QJsonValue()},
            {QStringLiteral("approval"), envelope.value(QLatin1String("approval")).isObject()
                                             ? envelope.value(QLatin1String("approval"))
                                             : QJsonValue()},
            {QStringLiteral("conflict"),
             q->value(8).isNull()
                 ? QJsonValue()
                 : QJsonValue(QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object())},
            {QStringLiteral("device_history_rewritten"),
             !q->value(10).isNull() && !q->value(10).toString().isEmpty()},
            {QStringLiteral("received_at"), q->value(9).toString()}});
    }
    return QJsonObject{{QStringLiteral("requests"), list},
                       {QStringLiteral("next"), list.isEmpty() ? QJsonValue() : QJsonValue(last)}};
}

Result<QJsonObject> RequestDesk::decide(const Caller &caller, const QString &givenKey,
                                        const QString &decision, const QString &reason) const
{
    const QString key = sync::isUuid(givenKey) ? sync::canonicalUuid(givenKey) : givenKey;
    if (!caller.isSupervisor()) {
        return Error{QStringLiteral("auth.forbidden"),
                     tr("Hanya supervisor Dinsos yang bisa memutuskan usulan.")};
    }
    struct Step
    {
        const char *decision;
        const char *from;
        const char *to;
    };
    static const Step steps[] = {{"verify", "received", "verified"},
                                 {"reject", "received", "dinsos_rejected"},
                                 {"ratify", "verified", "ratified"},
                                 {"finalize", "ratified", "final"}};
    const Step *step = nullptr;
    for (const Step &s : steps) {
        if (decision == QLatin1String(s.decision)) {
            step = &s;
        }
    }
    if (!step) {
        return Error{QStringLiteral("request.not_found"), tr("Keputusan tidak dikenal.")};
    }
    if (decision == QLatin1String("reject") && reason.trimmed().isEmpty()) {
        return Error{QStringLiteral("review.reason_required"), tr("Alasan penolakan wajib diisi.")};
    }
    if (reason.size() > 2000) {
        return Error{QStringLiteral("request.invalid"), tr("Alasan paling banyak 2000 karakter.")};
    }
    CentralTransaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    // The row stays locked until the decision commits: a second decision on the same request
    // waits and then sees the new state.
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT id, village_code, state, version, kind FROM request WHERE key = ?") +
            m_db.forUpdate(),
        {key});
    if (!q) {
        return q.error();
    }
    if (!q->next() || !inRegency(caller, q->value(1).toString())) {
        return Error{QStringLiteral("request.not_found"),
                     tr("Usulan dengan kunci ini tidak ada di wilayah akun ini.")};
    }
    const qint64 id = q->value(0).toLongLong();
    const QString village = q->value(1).toString();
    const QString from = q->value(2).toString();
    const qint64 version = q->value(3).toLongLong() + 1;
    // A verification result is verified (the ground check stands) or rejected (visit again);
    // it changes nothing in the register, so there is nothing to ratify.
    if (q->value(4).toString() == QLatin1String(VisitEnvelope::kVerificationKind) &&
        from == QLatin1String("verified")) {
        return Error{QStringLiteral("review.illegal_transition"),
                     tr("Hasil verifikasi kunjungan tidak disahkan: tidak ada perubahan data "
                        "yang perlu pengesahan.")};
    }
    if (from != QLatin1String(step->from)) {
        return Error{QStringLiteral("review.illegal_transition"),
                     tr("Usulan berstatus %1 tidak bisa di-%2.").arg(from, decision)};
    }
    const QString now = storedTime(m_clock.now());
    const QString to = QLatin1String(step->to);
    Result<QSqlQuery> update = m_db.query(
        QStringLiteral("UPDATE request SET state = ?, state_reason = ?, state_actor = ?, "
                       "state_at = ?, version = ? WHERE id = ? AND state = ?"),
        {to, reason, caller.username, now, version, id, from});
    Result<QSqlQuery> event = m_db.query(
        QStringLiteral("INSERT INTO request_event(request_id, from_state, to_state, reason, "
                       "actor, at) VALUES (?, ?, ?, ?, ?, ?)"),
        {id, from, to, reason, caller.username, now});
    if (!update || !event) {
        return update ? event.error() : update.error();
    }
    if (update->numRowsAffected() != 1) {
        return Error{QStringLiteral("review.illegal_transition"),
                     tr("Usulan ini baru saja diputuskan oleh orang lain; muat ulang daftarnya.")};
    }
    const QJsonObject data{{QStringLiteral("state"), to},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("actor"), caller.username},
                           {QStringLiteral("at"), now}};
    if (Result<qint64> seq = m_register.appendChange(village, QStringLiteral("request"), key,
                                                     version, QStringLiteral("review"), data);
        !seq) {
        return seq.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    QJsonObject reply = data;
    reply.insert(QStringLiteral("key"), key);
    return reply;
}

Result<QList<QStringList>> RequestDesk::listAll(const QString &villageCode) const
{
    Result<QSqlQuery> q =
        villageCode.isEmpty()
            ? m_db.query(QStringLiteral("SELECT key, village_code, kind, state FROM request "
                                        "ORDER BY id"))
            : m_db.query(QStringLiteral("SELECT key, village_code, kind, state FROM request "
                                        "WHERE village_code = ? ORDER BY id"),
                         {villageCode});
    if (!q) {
        return q.error();
    }
    QList<QStringList> rows;
    while (q->next()) {
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString()});
    }
    return rows;
}

} // namespace tepat::central
