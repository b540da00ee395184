#include "core/outbox/Outbox.h"

#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "core/outbox/VisitEnvelope.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <deque>

namespace tepat {

namespace {

const char *kEntrySelect =
    "SELECT o.request_id, o.key, r.kind, r.state, r.household_id, r.person_id, o.payload_sha256, "
    "o.attempts, o.last_attempt_at, o.last_error, o.parked_code, o.parked_message, o.parked_at, "
    "o.acknowledged_at, o.conflict, o.resend FROM outbox_item o "
    "JOIN change_request r ON r.id = o.request_id";

QDateTime parseStamp(const QVariant &v)
{
    return v.isNull() ? QDateTime() : parseStoredTime(v.toString());
}

OutboxEntry readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.requestId = q.value(0).toLongLong();
    e.key = q.value(1).toString();
    e.kind =
        RequestLifecycle::kindFromCode(q.value(2).toString()).value_or(RequestKind::Correction);
    e.state = RequestLifecycle::stateFromCode(q.value(3).toString()).value_or(RequestState::Queued);
    e.householdId = q.value(4).toString();
    e.personId = q.value(5).toString();
    e.payloadSha256 = q.value(6).toString();
    e.attempts = q.value(7).toInt();
    e.lastAttemptAt = parseStamp(q.value(8));
    e.lastError = q.value(9).toString();
    e.parkedCode = q.value(10).toString();
    e.parkedMessage = q.value(11).toString();
    e.parkedAt = parseStamp(q.value(12));
    e.acknowledgedAt = parseStamp(q.value(13));
    if (!q.value(14).isNull()) {
        e.conflict = QJsonDocument::fromJson(q.value(14).toByteArray()).object();
    }
    e.resend = q.value(15).toInt() != 0;
    return e;
}

// Lifecycle order used to tell "at or past" a state; states off the outbox road are -1.
int roadIndex(RequestState s)
{
    switch (s) {
    case RequestState::Queued:
        return 0;
    case RequestState::Sent:
        return 1;
    case RequestState::Received:
        return 2;
    case RequestState::Verified:
    case RequestState::DinsosRejected:
    case RequestState::Lapsed:
        return 3;
    case RequestState::Ratified:
        return 4;
    case RequestState::Final:
        return 5;
    default:
        return -1;
    }
}

} // namespace

Outbox::Outbox(const Database &db, const Clock &clock, QString filesRoot)
    : m_db(db)
    , m_clock(clock)
    , m_filesRoot(std::move(filesRoot))
{}

Result<QList<AttachmentRef>> Outbox::attachments(qint64 requestId) const
{
    Result<QSqlQuery> q = m_db.query(QStringLiteral("SELECT sha256, role FROM request_attachment "
                                                    "WHERE request_id = ? ORDER BY sha256"),
                                     {requestId});
    if (!q) {
        return q.error();
    }
    QList<AttachmentRef> refs;
    while (q->next()) {
        refs.append({q->value(0).toString(), q->value(1).toString()});
    }
    return refs;
}

Result<QJsonObject> Outbox::keptVisit(qint64 requestId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT visit FROM outbox_item WHERE request_id = ?"), {requestId});
    if (!q) {
        return q.error();
    }
    if (!q->next() || q->value(0).isNull()) {
        return QJsonObject();
    }
    return QJsonDocument::fromJson(q->value(0).toByteArray()).object();
}

Result<OutboxBatchItem> Outbox::buildItem(qint64 requestId, bool entering) const
{
    const ChangeRequestRepository requests(m_db, m_clock);
    const Result<ChangeRequest> request = requests.get(requestId);
    if (!request) {
        return request.error();
    }
    Result<QList<AttachmentRef>> files = attachments(requestId);
    if (!files) {
        return files.error();
    }
    // The visit as it stands when the request enters the outbox, then as it was kept then.
    Result<QJsonObject> visit =
        entering ? VisitEnvelope::forRequest(m_db, m_clock, request->payload, *files)
                 : keptVisit(requestId);
    if (!visit) {
        return visit.error();
    }
    OutboxBatchItem item;
    item.requestId = requestId;
    item.key = request->uuid;
    item.state = request->state;
    item.envelope = RequestEnvelope::build(*request, *files);
    VisitEnvelope::attach(item.envelope, *visit);
    item.visit = *visit;
    item.payloadSha256 = RequestEnvelope::hash(item.envelope);
    item.bytes = RequestEnvelope::canonical(item.envelope).size();
    item.attachments = std::move(files.value());
    return item;
}

Status Outbox::enqueue(qint64 requestId, const Session &session) const
{
    if (const Status allowed = session.require(Permission::Send); !allowed) {
        return allowed;
    }
    const QString &actor = session.username();
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const ChangeRequestRepository requests(m_db, m_clock);
    const Result<ChangeRequest> request = requests.get(requestId);
    if (!request) {
        return request.error();
    }
    if (request->state != RequestState::Approved) {
        return Error{QStringLiteral("outbox.not_approved"),
                     tr("Hanya usulan yang disetujui musyawarah yang bisa dikirim; usulan ini "
                        "berstatus \"%1\".")
                         .arg(RequestLifecycle::label(request->state))};
    }
    const Result<OutboxBatchItem> item = buildItem(requestId, true);
    if (!item) {
        return item.error();
    }
    const ContentStore files(m_filesRoot);
    for (const AttachmentRef &a : item->attachments) {
        if (!files.contains(a.sha256)) {
            return Error{QStringLiteral("outbox.attachment_missing"),
                         tr("Berkas lampiran (%1) untuk usulan ini tidak ada di komputer ini. "
                            "Lampirkan ulang berkasnya, lalu masukkan lagi ke kotak keluar.")
                             .arg(a.role)};
        }
    }
    if (const Status s = requests.transition(requestId, RequestState::Queued, actor); !s) {
        return s;
    }
    Result<QSqlQuery> insert = m_db.query(
        QStringLiteral("INSERT INTO outbox_item(request_id, key, payload_sha256, enqueued_at, "
                       "enqueued_by, visit) VALUES (?, ?, ?, ?, ?, ?)"),
        {requestId, item->key, item->payloadSha256, storedTime(m_clock.now()), actor,
         item->visit.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(RequestEnvelope::canonical(item->visit))});
    if (!insert) {
        return insert.error();
    }
    return tx.commit();
}

Result<int> Outbox::enqueueApproved(const Session &session) const
{
    if (const Status allowed = session.require(Permission::Send); !allowed) {
        return allowed.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT id FROM change_request WHERE state = 'approved' ORDER BY id"));
    if (!q) {
        return q.error();
    }
    QList<qint64> ids;
    while (q->next()) {
        ids.append(q->value(0).toLongLong());
    }
    for (qint64 id : ids) {
        if (const Status s = enqueue(id, session); !s) {
            return s.error();
        }
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return int(ids.size());
}

Result<OutboxEntry> Outbox::entry(qint64 requestId) const
{
    Result<QSqlQuery> q = m_db.query(
        QLatin1String(kEntrySelect) + QStringLiteral(" WHERE o.request_id = ?"), {requestId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("outbox.not_found"),
                     tr("Usulan #%1 tidak ada di kotak keluar.").arg(requestId)};
    }
    return readEntry(*q);
}

Result<QList<OutboxEntry>> Outbox::list(bool includeAcknowledged, int limit,
                                        qint64 afterRequestId) const
{
    QString sql = QLatin1String(kEntrySelect) + QStringLiteral(" WHERE o.request_id > ?");
    if (!includeAcknowledged) {
        sql += QStringLiteral(" AND (o.acknowledged_at IS NULL OR o.resend = 1)");
    }
    sql += QStringLiteral(" ORDER BY o.request_id LIMIT ?");
    Result<QSqlQuery> q = m_db.query(sql, {afterRequestId, limit});
    if (!q) {
        return q.error();
    }
    QList<OutboxEntry> entries;
    while (q->next()) {
        entries.append(readEntry(*q));
    }
    return entries;
}

Result<OutboxSummary> Outbox::summary() const
{
    OutboxSummary s;
    const Result<QHash<RequestState, int>> states =
        ChangeRequestRepository(m_db, m_clock).countByState();
    if (!states) {
        return states.error();
    }
    s.byState = *states;
    s.approvedNotQueued = s.byState.value(RequestState::Approved);
    Result<QSqlQuery> q = m_db.query(QStringLiteral(
        "SELECT "
        "  sum(o.acknowledged_at IS NULL AND o.parked_code IS NULL), "
        "  sum(o.acknowledged_at IS NULL AND o.parked_code IS NULL AND r.state = 'sent'), "
        "  sum(o.acknowledged_at IS NULL AND o.parked_code IS NOT NULL), "
        "  sum(o.conflict IS NOT NULL) "
        "FROM outbox_item o JOIN change_request r ON r.id = o.request_id"));
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        s.waiting = q->value(0).toInt();
        s.inFlight = q->value(1).toInt();
        s.parked = q->value(2).toInt();
        s.withConflict = q->value(3).toInt();
    }
    return s;
}

Result<QList<OutboxBatchItem>> Outbox::nextBatch(int maxItems, qint64 maxBytes,
                                                 qint64 afterRequestId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT request_id FROM outbox_item WHERE request_id > ? "
                       "AND (acknowledged_at IS NULL OR resend = 1) AND parked_code IS NULL "
                       "ORDER BY request_id LIMIT ?"),
        {afterRequestId, maxItems});
    if (!q) {
        return q.error();
    }
    QList<qint64> ids;
    while (q->next()) {
        ids.append(q->value(0).toLongLong());
    }
    QList<OutboxBatchItem> batch;
    qint64 bytes = 0;
    for (qint64 id : ids) {
        Result<OutboxBatchItem> item = buildItem(id);
        if (!item) {
            return item.error();
        }
        if (!batch.isEmpty() && bytes + item->bytes > maxBytes) {
            break;
        }
        bytes += item->bytes;
        batch.append(std::move(item.value()));
    }
    return batch;
}

Status Outbox::markSending(const QList<qint64> &requestIds, const QString &actor) const
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const ChangeRequestRepository requests(m_db, m_clock);
    const QString now = storedTime(m_clock.now());
    for (qint64 id : requestIds) {
        const Result<RequestState> state = requests.state(id);
        if (!state) {
            return state.error();
        }
        if (*state == RequestState::Queued) {
            if (const Status s =
                    requests.transitionFrom(id, RequestState::Queued, RequestState::Sent, actor);
                !s) {
                return s;
            }
        }
        Result<QSqlQuery> q = m_db.query(
            QStringLiteral("UPDATE outbox_item SET attempts = attempts + 1, last_attempt_at = ? "
                           "WHERE request_id = ?"),
            {now, id});
        if (!q) {
            return q.error();
        }
    }
    return tx.commit();
}

Status Outbox::acknowledge(qint64 requestId, const QDateTime &receivedAt,
                           const QJsonObject &conflict, const QString &actor) const
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    if (const Status s = advance(m_db, m_clock, requestId, RequestState::Received, actor, {}); !s) {
        return s;
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral(
            "UPDATE outbox_item SET acknowledged_at = coalesce(acknowledged_at, ?), "
            "received_at = coalesce(?, received_at), conflict = ?, resend = 0, last_error = NULL, "
            "parked_code = NULL, parked_message = NULL, parked_at = NULL WHERE request_id = ?"),
        {storedTime(m_clock.now()),
         receivedAt.isValid() ? QVariant(storedTime(receivedAt)) : Database::nullText(),
         conflict.isEmpty()
             ? Database::nullText()
             : QVariant(QString::fromUtf8(QJsonDocument(conflict).toJson(QJsonDocument::Compact))),
         requestId});
    if (!q) {
        return q.error();
    }
    return tx.commit();
}

Status Outbox::park(qint64 requestId, const QString &code, const QString &message,
                    const QString &actor) const
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const ChangeRequestRepository requests(m_db, m_clock);
    const Result<ChangeRequest> request = requests.get(requestId);
    if (!request) {
        return request.error();
    }
    if (request->state == RequestState::Sent) {
        // Known not to be stored by the server: back in the queue, with the reason on record.
        if (const Status s = requests.transition(requestId, RequestState::Queued, actor, message);
            !s) {
            return s;
        }
    } else if (const Result<AuditEntry> audit =
                   AuditTrail(m_db, m_clock)
                       .record(actor, QStringLiteral("outbox.park"),
                               QStringLiteral("change_request"), QString::number(requestId),
                               {{QStringLiteral("code"), code}});
               !audit) {
        return audit.error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE outbox_item SET parked_code = ?, parked_message = ?, parked_at = ? "
                       "WHERE request_id = ?"),
        {code, message, storedTime(m_clock.now()), requestId});
    if (!q) {
        return q.error();
    }
    return tx.commit();
}

Status Outbox::noteTransientFailure(const QList<qint64> &requestIds, const QString &message) const
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    for (qint64 id : requestIds) {
        Result<QSqlQuery> q =
            m_db.query(QStringLiteral("UPDATE outbox_item SET last_error = ? WHERE request_id = ?"),
                       {message, id});
        if (!q) {
            return q.error();
        }
    }
    return tx.commit();
}

Status Outbox::editPayload(qint64 requestId, const QJsonObject &payload,
                           const Session &session) const
{
    if (const Status allowed = session.require(Permission::Send); !allowed) {
        return allowed;
    }
    const QString &actor = session.username();
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const Result<OutboxEntry> current = entry(requestId);
    if (!current) {
        return current.error();
    }
    if (!current->isParked() || current->acknowledgedAt.isValid()) {
        return Error{QStringLiteral("outbox.not_parked"),
                     tr("Isi usulan hanya bisa diperbaiki selama usulan ditolak server dan "
                        "belum diterima.")};
    }
    // Only parked items, which the server has not stored, may change: their key carries no
    // stored result yet, so the corrected payload goes out under the same key.
    Result<QSqlQuery> update =
        m_db.query(QStringLiteral("UPDATE change_request SET payload = ?, updated_at = ? "
                                  "WHERE id = ? AND state = 'queued'"),
                   {QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                    storedTime(m_clock.now()), requestId});
    if (!update) {
        return update.error();
    }
    if (update->numRowsAffected() != 1) {
        return Error{QStringLiteral("request.concurrent_change"),
                     tr("Usulan baru saja diubah di tempat lain; muat ulang lalu coba lagi.")};
    }
    const Result<OutboxBatchItem> item = buildItem(requestId);
    if (!item) {
        return item.error();
    }
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("UPDATE outbox_item SET payload_sha256 = ? WHERE request_id = ?"),
                   {item->payloadSha256, requestId});
    if (!q) {
        return q.error();
    }
    const Result<AuditEntry> audit =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("outbox.edit"), QStringLiteral("change_request"),
                    QString::number(requestId),
                    {{QStringLiteral("old_sha256"), current->payloadSha256},
                     {QStringLiteral("new_sha256"), item->payloadSha256}});
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Status Outbox::resend(qint64 requestId, const Session &session) const
{
    if (const Status allowed = session.require(Permission::Send); !allowed) {
        return allowed;
    }
    const QString &actor = session.username();
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE outbox_item SET parked_code = NULL, parked_message = NULL, "
                       "parked_at = NULL, last_error = NULL "
                       "WHERE request_id = ? AND parked_code IS NOT NULL"),
        {requestId});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() != 1) {
        return Error{QStringLiteral("outbox.not_parked"),
                     tr("Usulan #%1 tidak sedang bermasalah.").arg(requestId)};
    }
    const Result<AuditEntry> audit =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("outbox.resend"), QStringLiteral("change_request"),
                    QString::number(requestId));
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Result<int> Outbox::markForResend(const Session &session) const
{
    if (const Status allowed = session.require(Permission::Send); !allowed) {
        return allowed.error();
    }
    const QString &actor = session.username();
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> q = m_db.query(QStringLiteral(
        "UPDATE outbox_item SET resend = 1 WHERE acknowledged_at IS NOT NULL AND request_id IN "
        "(SELECT id FROM change_request WHERE state = 'received')"));
    if (!q) {
        return q.error();
    }
    const int count = q->numRowsAffected();
    const Result<AuditEntry> audit =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("outbox.resend_all"), QStringLiteral("outbox"), {},
                    {{QStringLiteral("count"), count}});
    if (!audit) {
        return audit.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return count;
}

Result<QList<DecisionEntry>> Outbox::decisions(int limit, const QString &householdId) const
{
    QString sql = QStringLiteral(
        "SELECT e.request_id, r.kind, coalesce(r.household_id, ''), e.to_state, "
        "coalesce(e.reason, ''), e.actor, e.at FROM change_request_event e "
        "JOIN change_request r ON r.id = e.request_id "
        "WHERE e.to_state IN ('verified', 'dinsos_rejected', 'ratified', 'final', 'lapsed')");
    QVariantList values;
    if (!householdId.isEmpty()) {
        sql += QStringLiteral(" AND r.household_id = ?");
        values << householdId;
    }
    sql += QStringLiteral(" ORDER BY e.id DESC LIMIT ?");
    values << limit;
    Result<QSqlQuery> q = m_db.query(sql, values);
    if (!q) {
        return q.error();
    }
    QList<DecisionEntry> list;
    while (q->next()) {
        DecisionEntry d;
        d.requestId = q->value(0).toLongLong();
        d.kind = RequestLifecycle::kindFromCode(q->value(1).toString())
                     .value_or(RequestKind::Correction);
        d.householdId = q->value(2).toString();
        d.state = RequestLifecycle::stateFromCode(q->value(3).toString())
                      .value_or(RequestState::Verified);
        d.reason = q->value(4).toString();
        d.actor = q->value(5).toString();
        d.at = parseStamp(q->value(6));
        list.append(d);
    }
    return list;
}

Status Outbox::advance(const Database &db, const Clock &clock, qint64 requestId,
                       RequestState target, const QString &actor, const QString &reason)
{
    const ChangeRequestRepository requests(db, clock);
    const Result<RequestState> state = requests.state(requestId);
    if (!state) {
        return state.error();
    }
    const RequestState from = *state;
    if (from == target) {
        return {};
    }
    if (roadIndex(from) >= 0 && roadIndex(target) >= 0 && roadIndex(from) >= roadIndex(target)) {
        return {}; // already there or past it (a decision seen twice)
    }
    // Shortest forward road through the lifecycle.
    QHash<RequestState, RequestState> cameFrom;
    std::deque<RequestState> open{from};
    cameFrom.insert(from, from);
    while (!open.empty() && !cameFrom.contains(target)) {
        const RequestState s = open.front();
        open.pop_front();
        for (RequestState n : RequestLifecycle::next(s)) {
            if (n != RequestState::Queued && !cameFrom.contains(n)) {
                cameFrom.insert(n, s);
                open.push_back(n);
            }
        }
    }
    if (!cameFrom.contains(target)) {
        return Error{QStringLiteral("request.illegal_transition"),
                     tr("Usulan berstatus \"%1\" tidak bisa menjadi \"%2\".")
                         .arg(RequestLifecycle::label(from), RequestLifecycle::label(target))};
    }
    QList<RequestState> road;
    for (RequestState s = target; s != from; s = cameFrom.value(s)) {
        road.prepend(s);
    }
    if (road.size() == 1) {
        return requests.transitionFrom(requestId, from, target, actor, reason);
    }
    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    RequestState at = from;
    for (RequestState step : road) {
        if (const Status s = requests.transitionFrom(requestId, at, step, actor,
                                                     step == target ? reason : QString());
            !s) {
            return s;
        }
        at = step;
    }
    return tx.commit();
}

} // namespace tepat
