#include "core/outbox/VerificationOutbox.h"

#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "core/outbox/VisitEnvelope.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace tepat {

namespace {

constexpr int kPhotosPerItem = 20; // the server's attachments per item

const char *kSelect =
    "SELECT id, key, visit_uuid, visit_revision, household_id, envelope, payload_sha256, "
    "attempts, last_error, parked_code, parked_message, queued_at, acknowledged_at, decision, "
    "decision_reason FROM verification_outbox";

QDateTime stamp(const QVariant &v)
{
    return v.isNull() ? QDateTime() : parseStoredTime(v.toString());
}

VerificationItem read(const QSqlQuery &q)
{
    VerificationItem item;
    item.id = q.value(0).toLongLong();
    item.key = q.value(1).toString();
    item.visitUuid = q.value(2).toString();
    item.visitRevision = q.value(3).toInt();
    item.householdId = q.value(4).toString();
    item.envelope = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    item.payloadSha256 = q.value(6).toString();
    item.attempts = q.value(7).toInt();
    item.lastError = q.value(8).toString();
    item.parkedCode = q.value(9).toString();
    item.parkedMessage = q.value(10).toString();
    item.queuedAt = stamp(q.value(11));
    item.acknowledgedAt = stamp(q.value(12));
    item.decision = q.value(13).toString();
    item.decisionReason = q.value(14).toString();
    for (const QJsonValue &v : item.envelope.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject a = v.toObject();
        item.attachments.append({a.value(QLatin1String("sha256")).toString(),
                                 a.value(QLatin1String("role")).toString()});
    }
    return item;
}

} // namespace

VerificationOutbox::VerificationOutbox(const Database &db, const Clock &clock, QString filesRoot)
    : m_db(db)
    , m_clock(clock)
    , m_filesRoot(std::move(filesRoot))
{}

Result<std::optional<VerificationItem>> VerificationOutbox::one(const QString &where,
                                                                const QVariantList &values) const
{
    Result<QSqlQuery> q =
        m_db.query(QLatin1String(kSelect) + QStringLiteral(" WHERE ") + where, values);
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<VerificationItem>();
    }
    return std::optional<VerificationItem>(read(*q));
}

Result<std::optional<VerificationItem>> VerificationOutbox::ofVisit(const QString &visitUuid) const
{
    return one(QStringLiteral("visit_uuid = ? AND visit_revision = (SELECT revision FROM "
                              "field_visit WHERE uuid = ?)"),
               {visitUuid, visitUuid});
}

Result<std::optional<VerificationItem>> VerificationOutbox::byKey(const QString &key) const
{
    return one(QStringLiteral("key = ?"), {key});
}

Result<VerificationItem> VerificationOutbox::enqueue(const Session &session,
                                                     const QString &visitUuid) const
{
    if (const Status allowed = session.require(Permission::Send); !allowed) {
        return allowed.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> visit = m_db.query(
        QStringLiteral("SELECT household_id, revision, outcome, (SELECT count(*) FROM "
                       "field_visit_member m WHERE m.visit_uuid = v.uuid AND m.finding <> "
                       "'present') FROM field_visit v WHERE uuid = ?"),
        {visitUuid});
    if (!visit) {
        return visit.error();
    }
    if (!visit->next()) {
        return Error{QStringLiteral("verification.no_visit"),
                     tr("Kunjungan ini tidak ada di komputer ini.")};
    }
    const QString householdId = visit->value(0).toString();
    const int revision = visit->value(1).toInt();
    const QString outcome = visit->value(2).toString();
    if (visit->value(3).toInt() > 0) {
        return Error{QStringLiteral("verification.has_changes"),
                     tr("Kunjungan ini menemukan perubahan anggota keluarga. Perubahan itu "
                        "dikirim sebagai usulan yang dibuat dari kunjungan (lewat musyawarah), "
                        "bukan sebagai hasil verifikasi saja.")};
    }
    Result<std::optional<VerificationItem>> existing = ofVisit(visitUuid);
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        return **existing; // the same revision again: the same item, the same key
    }
    Result<QSqlQuery> household = m_db.query(
        QStringLiteral("SELECT server_version FROM household WHERE id = ?"), {householdId});
    if (!household) {
        return household.error();
    }
    if (!household->next()) {
        return Error{QStringLiteral("verification.not_in_register"),
                     tr("Keluarga ini belum ada dalam DTSEN. Hasil verifikasi saja hanya untuk "
                        "keluarga yang sudah terdaftar; keluarga baru diusulkan lewat usulan "
                        "keluarga baru.")};
    }
    const qint64 baseVersion = household->value(0).toLongLong();
    Result<QSqlQuery> photos = m_db.query(
        QStringLiteral("SELECT sha256 FROM household_photo WHERE household_id = ? AND removed_at "
                       "IS NULL ORDER BY id LIMIT ?"),
        {householdId, kPhotosPerItem});
    if (!photos) {
        return photos.error();
    }
    const ContentStore store(m_filesRoot);
    QList<AttachmentRef> files;
    QJsonArray attachments;
    while (photos->next()) {
        const QString sha = photos->value(0).toString();
        if (!store.contains(sha)) {
            return Error{QStringLiteral("outbox.attachment_missing"),
                         tr("Foto rumah keluarga ini tidak ada di komputer ini. Lepas foto itu "
                            "atau tambahkan lagi, lalu kirim hasil verifikasinya.")};
        }
        files.append({sha, QStringLiteral("house_photo")});
        attachments.append(QJsonObject{{QStringLiteral("sha256"), sha},
                                       {QStringLiteral("role"), QStringLiteral("house_photo")}});
    }
    const Result<QJsonObject> visitObject = VisitEnvelope::build(m_db, m_clock, visitUuid, files);
    if (!visitObject) {
        return visitObject.error();
    }
    const QString now = storedTime(m_clock.now());
    QJsonObject envelope{{QStringLiteral("kind"), QLatin1String(VisitEnvelope::kVerificationKind)},
                         {QStringLiteral("household_id"), householdId},
                         {QStringLiteral("person_id"), QString()},
                         {QStringLiteral("base_version"), baseVersion},
                         {QStringLiteral("payload"), QJsonObject()},
                         {QStringLiteral("attachments"), attachments},
                         {QStringLiteral("warnings"), QJsonArray()},
                         {QStringLiteral("created_at"), now},
                         {QStringLiteral("created_by"), session.username()},
                         {QStringLiteral("channel"), QStringLiteral("field_visit")}};
    VisitEnvelope::attach(envelope, *visitObject);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QSqlQuery> insert = m_db.query(
        QStringLiteral("INSERT INTO verification_outbox(key, visit_uuid, visit_revision, "
                       "household_id, envelope, payload_sha256, queued_at, queued_by) VALUES (?, "
                       "?, ?, ?, ?, ?, ?, ?)"),
        {key, visitUuid, revision, householdId,
         QString::fromUtf8(RequestEnvelope::canonical(envelope)), RequestEnvelope::hash(envelope),
         now, session.username()});
    if (!insert) {
        return insert.error();
    }
    const Result<AuditEntry> audit =
        AuditTrail(m_db, m_clock)
            .record(session.username(), QStringLiteral("verification.queue"),
                    QStringLiteral("field_visit"), visitUuid,
                    {{QStringLiteral("revision"), revision}, {QStringLiteral("outcome"), outcome}});
    if (!audit) {
        return audit.error();
    }
    Result<std::optional<VerificationItem>> stored = byKey(key);
    if (!stored) {
        return stored.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return **stored;
}

Result<QList<VerificationItem>> VerificationOutbox::waiting(int limit) const
{
    Result<QSqlQuery> q = m_db.query(
        QLatin1String(kSelect) + QStringLiteral(" WHERE acknowledged_at IS NULL AND parked_code "
                                                "IS NULL ORDER BY id LIMIT ?"),
        {limit});
    if (!q) {
        return q.error();
    }
    QList<VerificationItem> items;
    while (q->next()) {
        items.append(read(*q));
    }
    return items;
}

Status VerificationOutbox::markSending(qint64 id) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE verification_outbox SET attempts = attempts + 1, last_attempt_at = "
                       "? WHERE id = ?"),
        {storedTime(m_clock.now()), id});
    return q ? Status() : Status(q.error());
}

Status VerificationOutbox::acknowledge(qint64 id, const QDateTime &receivedAt) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE verification_outbox SET acknowledged_at = coalesce(acknowledged_at, "
                       "?), received_at = ?, last_error = NULL, parked_code = NULL, "
                       "parked_message = NULL WHERE id = ?"),
        {storedTime(m_clock.now()), storedTime(receivedAt), id});
    return q ? Status() : Status(q.error());
}

Status VerificationOutbox::park(qint64 id, const QString &code, const QString &message) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE verification_outbox SET parked_code = ?, parked_message = ? WHERE "
                       "id = ?"),
        {code, message, id});
    return q ? Status() : Status(q.error());
}

Status VerificationOutbox::noteTransientFailure(qint64 id, const QString &message) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("UPDATE verification_outbox SET last_error = ? WHERE id = ?"),
                   {message, id});
    return q ? Status() : Status(q.error());
}

Result<bool> VerificationOutbox::recordDecision(const QString &key, const QString &state,
                                                const QString &reason, const QString &actor,
                                                const QDateTime &at) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE verification_outbox SET decision = ?, decision_reason = ?, "
                       "decision_actor = ?, decision_at = ?, acknowledged_at = "
                       "coalesce(acknowledged_at, ?) WHERE key = ?"),
        {state, reason, actor, storedTime(at), storedTime(m_clock.now()), key});
    if (!q) {
        return q.error();
    }
    return q->numRowsAffected() > 0;
}

} // namespace tepat
