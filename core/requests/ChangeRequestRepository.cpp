#include "core/requests/ChangeRequestRepository.h"

#include "core/common/Clock.h"
#include "core/requests/RecommendationCheck.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <limits>

namespace tepat {

namespace {

const char *kSelect =
    "SELECT id, uuid, kind, state, household_id, person_id, payload, warnings, base_version, "
    "created_at, created_by, updated_at, state_reason, resubmission_of, channel, approval_basis, "
    "approval_number, recommender_name, source_head_name, source_rt, source_rw, "
    "conflict_of_interest FROM change_request";

QVariant channelValue(const ChangeRequest &r)
{
    return r.channel ? QVariant(RequestChannels::code(*r.channel))
                     : QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                    : QVariant(text.trimmed());
}

QString conflictsJson(const QList<ConflictReason> &reasons)
{
    return QString::fromUtf8(
        QJsonDocument(Recommendations::toJson(reasons)).toJson(QJsonDocument::Compact));
}

// The RT/RW head a request names as its source, as stored: name, RT, RW.
QVariantList headValues(const SourceHead &head)
{
    if (head.isEmpty()) {
        const QVariant null(QMetaType(QMetaType::QString));
        return {null, null, null};
    }
    return {head.name.trimmed(), textOrNull(Recommendations::unit(head.rt)),
            textOrNull(Recommendations::unit(head.rw))};
}

QByteArray warningsJson(const Findings &findings)
{
    QJsonArray array;
    for (const Finding &f : findings) {
        array.append(QJsonObject{{QStringLiteral("severity"), severityCode(f.severity)},
                                 {QStringLiteral("code"), f.code},
                                 {QStringLiteral("message"), f.message}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Findings warningsFromJson(const QByteArray &json)
{
    Findings findings;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        findings.append({o.value(QLatin1String("severity")).toString() == QLatin1String("error")
                             ? Severity::Error
                             : Severity::Warning,
                         o.value(QLatin1String("code")).toString(),
                         o.value(QLatin1String("message")).toString()});
    }
    return findings;
}

ChangeRequest readRequest(const QSqlQuery &q)
{
    ChangeRequest r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.kind =
        RequestLifecycle::kindFromCode(q.value(2).toString()).value_or(RequestKind::Correction);
    r.state = RequestLifecycle::stateFromCode(q.value(3).toString()).value_or(RequestState::Draft);
    r.householdId = q.value(4).toString();
    r.personId = q.value(5).toString();
    r.payload = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    r.acknowledgedWarnings = warningsFromJson(q.value(7).toByteArray());
    if (!q.value(8).isNull()) {
        r.baseVersion = q.value(8).toLongLong();
    }
    r.createdAt = parseStoredTime(q.value(9).toString());
    r.createdBy = q.value(10).toString();
    r.updatedAt = parseStoredTime(q.value(11).toString());
    r.stateReason = q.value(12).toString();
    if (!q.value(13).isNull()) {
        r.resubmissionOf = q.value(13).toLongLong();
    }
    r.channel = RequestChannels::fromCode(q.value(14).toString());
    if (const auto basis = RequestChannels::basisFromCode(q.value(15).toString())) {
        r.approval = RequestApproval{*basis, q.value(16).toString()};
    }
    r.recommendation.accountName = q.value(17).toString();
    r.recommendation.head = {q.value(18).toString(), q.value(19).toString(),
                             q.value(20).toString()};
    r.recommendation.conflicts = Recommendations::conflictsFromJson(
        QJsonDocument::fromJson(q.value(21).toByteArray()).array());
    return r;
}

} // namespace

ChangeRequestRepository::ChangeRequestRepository(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<ChangeRequest> ChangeRequestRepository::createDraft(ChangeRequest request,
                                                           const Session &session) const
{
    if (const Status allowed = session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    const QString &actor = session.username();
    if (actor.isEmpty()) {
        return Error{QStringLiteral("request.no_actor"), tr("Pembuat usulan harus diketahui.")};
    }
    const QString now = storedTime(m_clock.now());
    request.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.state = RequestState::Draft;
    request.createdBy = actor;
    request.createdAt = request.updatedAt = parseStoredTime(now);
    if (!request.channel) {
        request.channel = RequestChannels::defaultFor(request.kind);
    }
    request.approval.reset(); // only a finalised musyawarah or SPTJM gives one
    request.recommendation.accountName = session.actor().displayName.trimmed().isEmpty()
                                             ? actor
                                             : session.actor().displayName.trimmed();

    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const Result<QList<ConflictReason>> conflicts =
        RecommendationCheck(m_db, m_clock).assess(request, actor);
    if (!conflicts) {
        return conflicts.error();
    }
    request.recommendation.conflicts = conflicts.value();
    Result<QSqlQuery> insert = m_db.query(
        QStringLiteral("INSERT INTO change_request(uuid, kind, state, household_id, person_id, "
                       "payload, warnings, base_version, created_at, created_by, updated_at, "
                       "resubmission_of, channel, recommender_name, source_head_name, source_rt, "
                       "source_rw, conflict_of_interest) VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QVariantList{
            request.uuid, RequestLifecycle::code(request.kind),
            Database::nullIfEmpty(request.householdId), Database::nullIfEmpty(request.personId),
            QString::fromUtf8(QJsonDocument(request.payload).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(warningsJson(request.acknowledgedWarnings)),
            request.baseVersion ? QVariant(*request.baseVersion)
                                : QVariant(QMetaType(QMetaType::LongLong)),
            now, actor, now,
            request.resubmissionOf ? QVariant(*request.resubmissionOf)
                                   : QVariant(QMetaType(QMetaType::LongLong)),
            channelValue(request), request.recommendation.accountName}
            << headValues(request.recommendation.head)
            << conflictsJson(request.recommendation.conflicts));
    if (!insert) {
        return insert.error();
    }
    request.id = insert->lastInsertId().toLongLong();
    Result<QSqlQuery> event = m_db.query(
        QStringLiteral(
            "INSERT INTO change_request_event(request_id, from_state, to_state, actor, at) "
            "VALUES (?, NULL, 'draft', ?, ?)"),
        {request.id, actor, now});
    if (!event) {
        return event.error();
    }
    const Result<AuditEntry> audit =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("request.create"), QStringLiteral("change_request"),
                    QString::number(request.id),
                    {{QStringLiteral("kind"), RequestLifecycle::code(request.kind)}});
    if (!audit) {
        return audit.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return request;
}

Status ChangeRequestRepository::updateDraft(const ChangeRequest &request,
                                            const Session &session) const
{
    if (const Status allowed = session.require(Permission::Draft); !allowed) {
        return allowed;
    }
    const QString &actor = session.username();
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const Result<ChangeRequest> current = get(request.id);
    if (!current) {
        return current.error();
    }
    if (current->state != RequestState::Draft) {
        return Error{QStringLiteral("request.not_draft"),
                     tr("Usulan ini sudah berstatus \"%1\" dan tidak bisa diubah lagi.")
                         .arg(RequestLifecycle::label(current->state))};
    }
    // A new-family proposal's questionnaire answers are written by ProposalQuestionnaire, not
    // by the form that edits the rest of the payload: an edit without them keeps them.
    QJsonObject payload = request.payload;
    const QLatin1String questionnaire("questionnaire");
    if (!payload.contains(questionnaire) && current->payload.contains(questionnaire)) {
        payload.insert(questionnaire, current->payload.value(questionnaire));
    }
    // Who recommended it is judged again against the family as it now stands.
    ChangeRequest edited = request;
    edited.payload = payload;
    const Result<QList<ConflictReason>> conflicts =
        RecommendationCheck(m_db, m_clock).assess(edited, current->createdBy);
    if (!conflicts) {
        return conflicts.error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE change_request SET household_id = ?, person_id = ?, payload = ?, "
                       "warnings = ?, base_version = ?, channel = coalesce(?, channel), "
                       "source_head_name = ?, source_rt = ?, source_rw = ?, "
                       "conflict_of_interest = ?, updated_at = ? WHERE id = ? AND state = 'draft'"),
        QVariantList{Database::nullIfEmpty(request.householdId),
                     Database::nullIfEmpty(request.personId),
                     QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(warningsJson(request.acknowledgedWarnings)),
                     request.baseVersion ? QVariant(*request.baseVersion)
                                         : QVariant(QMetaType(QMetaType::LongLong)),
                     channelValue(request)}
            << headValues(request.recommendation.head)
            << QVariantList{conflictsJson(conflicts.value()), storedTime(m_clock.now()),
                            request.id});
    if (!q) {
        return q.error();
    }
    const Result<AuditEntry> audit =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("request.edit"), QStringLiteral("change_request"),
                    QString::number(request.id));
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Status ChangeRequestRepository::discardDraft(qint64 id, const QString &reason,
                                             const Session &session) const
{
    if (const Status allowed = session.require(Permission::Draft); !allowed) {
        return allowed;
    }
    return transition(id, RequestState::Discarded, session.username(), reason);
}

Status ChangeRequestRepository::setApproval(qint64 id, const RequestApproval &approval) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE change_request SET approval_basis = ?, approval_number = ? "
                       "WHERE id = ? AND state = 'approved'"),
        {RequestChannels::code(approval.basis), approval.number, id});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() != 1) {
        return Error{QStringLiteral("request.not_approved"),
                     tr("Dasar persetujuan hanya dicatat untuk usulan yang disetujui.")};
    }
    return {};
}

Status ChangeRequestRepository::reassessRecommendation(qint64 id) const
{
    const Result<ChangeRequest> request = get(id);
    if (!request) {
        return request.error();
    }
    if (request->state != RequestState::Draft && request->state != RequestState::Deferred &&
        request->state != RequestState::OnAgenda) {
        return Error{QStringLiteral("request.decided"),
                     tr("Usulan #%1 sudah diputuskan; pengusulnya tidak dinilai ulang.").arg(id)};
    }
    const Result<QList<ConflictReason>> conflicts =
        RecommendationCheck(m_db, m_clock).assess(*request, request->createdBy);
    if (!conflicts) {
        return conflicts.error();
    }
    if (*conflicts == request->recommendation.conflicts) {
        return {};
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE change_request SET conflict_of_interest = ? WHERE id = ?"),
        {conflictsJson(*conflicts), id});
    if (!q) {
        return q.error();
    }
    return {};
}

Status ChangeRequestRepository::setAttachments(qint64 id, const QString &role,
                                               const QStringList &sha256s,
                                               const Session &session) const
{
    if (const Status allowed = session.require(Permission::Draft); !allowed) {
        return allowed;
    }
    const QString &actor = session.username();
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const Result<ChangeRequest> current = get(id);
    if (!current) {
        return current.error();
    }
    if (current->state != RequestState::Draft) {
        return Error{QStringLiteral("request.not_draft"),
                     tr("Usulan ini sudah berstatus \"%1\" dan tidak bisa diubah lagi.")
                         .arg(RequestLifecycle::label(current->state))};
    }
    const Result<QStringList> before = attachments(id, role);
    if (!before) {
        return before.error();
    }
    QStringList wanted = sha256s;
    wanted.sort();
    wanted.removeDuplicates();
    if (*before == wanted) {
        return tx.commit();
    }
    Result<QSqlQuery> removed = m_db.query(
        QStringLiteral("DELETE FROM request_attachment WHERE request_id = ? AND role = ?"),
        {id, role});
    if (!removed) {
        return removed.error();
    }
    for (const QString &sha : wanted) {
        Result<QSqlQuery> added =
            m_db.query(QStringLiteral("INSERT INTO request_attachment(request_id, sha256, role) "
                                      "VALUES (?, ?, ?)"),
                       {id, sha, role});
        if (!added) {
            return added.error();
        }
    }
    const Result<AuditEntry> audit =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("request.attachments"), QStringLiteral("change_request"),
                    QString::number(id),
                    QJsonObject{{QStringLiteral("role"), role},
                                {QStringLiteral("count"), int(wanted.size())}});
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Result<QStringList> ChangeRequestRepository::attachments(qint64 id, const QString &role) const
{
    Result<QSqlQuery> q = m_db.query(QStringLiteral("SELECT sha256 FROM request_attachment "
                                                    "WHERE request_id = ? AND role = ? "
                                                    "ORDER BY sha256"),
                                     {id, role});
    if (!q) {
        return q.error();
    }
    QStringList out;
    while (q->next()) {
        out << q->value(0).toString();
    }
    return out;
}

Status ChangeRequestRepository::transition(qint64 id, RequestState to, const QString &actor,
                                           const QString &reason) const
{
    const Result<RequestState> current = state(id);
    if (!current) {
        return current.error();
    }
    return transitionFrom(id, *current, to, actor, reason);
}

Status ChangeRequestRepository::transitionFrom(qint64 id, RequestState from, RequestState to,
                                               const QString &actor, const QString &reason) const
{
    if (actor.isEmpty()) {
        return Error{QStringLiteral("request.no_actor"),
                     tr("Setiap perubahan status harus mencatat siapa yang melakukannya.")};
    }
    if (RequestLifecycle::requiresReason(to) && reason.trimmed().isEmpty()) {
        return Error{
            QStringLiteral("request.reason_required"),
            tr("Alasan wajib diisi untuk status \"%1\".").arg(RequestLifecycle::label(to))};
    }
    if (!RequestLifecycle::canTransition(from, to)) {
        return Error{QStringLiteral("request.illegal_transition"),
                     tr("Usulan berstatus \"%1\" tidak bisa langsung menjadi \"%2\".")
                         .arg(RequestLifecycle::label(from), RequestLifecycle::label(to))};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const QString now = storedTime(m_clock.now());
    Result<QSqlQuery> update = m_db.query(
        QStringLiteral("UPDATE change_request SET state = ?, state_reason = ?, updated_at = ? "
                       "WHERE id = ? AND state = ?"),
        {RequestLifecycle::code(to), Database::nullIfEmpty(reason), now, id,
         RequestLifecycle::code(from)});
    if (!update) {
        return update.error();
    }
    if (update->numRowsAffected() != 1) {
        return Error{QStringLiteral("request.concurrent_change"),
                     tr("Usulan baru saja diubah di tempat lain; muat ulang lalu coba lagi.")};
    }
    Result<QSqlQuery> event = m_db.query(
        QStringLiteral("INSERT INTO change_request_event(request_id, from_state, to_state, reason, "
                       "actor, at) VALUES (?, ?, ?, ?, ?, ?)"),
        {id, RequestLifecycle::code(from), RequestLifecycle::code(to),
         Database::nullIfEmpty(reason), actor, now});
    if (!event) {
        return event.error();
    }
    QJsonObject details{{QStringLiteral("from"), RequestLifecycle::code(from)},
                        {QStringLiteral("to"), RequestLifecycle::code(to)}};
    if (!reason.isEmpty()) {
        details.insert(QStringLiteral("reason"), reason);
    }
    const Result<AuditEntry> audit =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("request.transition"), QStringLiteral("change_request"),
                    QString::number(id), details);
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Result<ChangeRequest> ChangeRequestRepository::createResubmission(qint64 rejectedId,
                                                                  const Session &session) const
{
    if (const Status allowed = session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    const QString &actor = session.username();
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const Result<ChangeRequest> rejected = get(rejectedId);
    if (!rejected) {
        return rejected.error();
    }
    if (rejected->state != RequestState::DinsosRejected) {
        return Error{QStringLiteral("request.not_dinsos_rejected"),
                     tr("Hanya usulan yang ditolak Dinsos yang bisa diperbaiki dan diusulkan lagi "
                        "(usulan #%1 berstatus \"%2\").")
                         .arg(rejectedId)
                         .arg(RequestLifecycle::label(rejected->state))};
    }
    const Result<std::optional<qint64>> earlier = resubmittedAs(rejectedId);
    if (!earlier) {
        return earlier.error();
    }
    if (earlier.value()) {
        return Error{QStringLiteral("request.already_resubmitted"),
                     tr("Usulan #%1 sudah diperbaiki sebagai usulan #%2; lanjutkan di usulan itu.")
                         .arg(rejectedId)
                         .arg(**earlier)};
    }
    ChangeRequest draft;
    draft.kind = rejected->kind;
    draft.householdId = rejected->householdId;
    draft.personId = rejected->personId;
    draft.payload = rejected->payload;
    draft.baseVersion = rejected->baseVersion;
    draft.resubmissionOf = rejectedId;
    draft.channel = rejected->channel;
    draft.recommendation.head = rejected->recommendation.head;
    // Warnings are acknowledged again: the corrected request is judged afresh.
    Result<ChangeRequest> created = createDraft(draft, session);
    if (!created) {
        return created.error();
    }
    Result<QSqlQuery> files = m_db.query(
        QStringLiteral("INSERT INTO request_attachment(request_id, sha256, role) "
                       "SELECT ?, sha256, role FROM request_attachment WHERE request_id = ?"),
        {created->id, rejectedId});
    if (!files) {
        return files.error();
    }
    const Result<AuditEntry> audit =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("request.resubmit"), QStringLiteral("change_request"),
                    QString::number(created->id),
                    {{QStringLiteral("resubmission_of"), QString::number(rejectedId)}});
    if (!audit) {
        return audit.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return created;
}

Result<std::optional<qint64>> ChangeRequestRepository::resubmittedAs(qint64 id) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT id FROM change_request WHERE resubmission_of = ? "
                                  "AND state <> 'discarded' ORDER BY id DESC LIMIT 1"),
                   {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(q->value(0).toLongLong());
}

QString ChangeRequestRepository::proposedHouseholdId(const ChangeRequest &request) const
{
    // The first request of a chain of resubmissions names the proposed family's photos.
    QString uuid = request.uuid;
    std::optional<qint64> parent = request.resubmissionOf;
    for (int depth = 0; parent && depth < 100; ++depth) {
        Result<QSqlQuery> q = m_db.query(
            QStringLiteral("SELECT uuid, resubmission_of FROM change_request WHERE id = ?"),
            {*parent});
        if (!q || !q->next()) {
            break;
        }
        uuid = q->value(0).toString();
        parent =
            q->value(1).isNull() ? std::nullopt : std::optional<qint64>(q->value(1).toLongLong());
    }
    return QStringLiteral("usulan-") + uuid;
}

Result<ChangeRequest> ChangeRequestRepository::get(qint64 id) const
{
    Result<QSqlQuery> q =
        m_db.query(QLatin1String(kSelect) + QStringLiteral(" WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("request.not_found"),
                     tr("Usulan #%1 tidak ditemukan.").arg(id)};
    }
    return readRequest(*q);
}

Result<RequestState> ChangeRequestRepository::state(qint64 id) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT state FROM change_request WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("request.not_found"),
                     tr("Usulan #%1 tidak ditemukan.").arg(id)};
    }
    const std::optional<RequestState> state =
        RequestLifecycle::stateFromCode(q->value(0).toString());
    if (!state) {
        return Error{QStringLiteral("request.unknown_state"),
                     tr("Usulan #%1 memiliki status yang tidak dikenal.").arg(id)};
    }
    return *state;
}

Result<ChangeRequest> ChangeRequestRepository::getByUuid(const QString &uuid) const
{
    Result<QSqlQuery> q =
        m_db.query(QLatin1String(kSelect) + QStringLiteral(" WHERE uuid = ?"), {uuid});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("request.not_found"), tr("Usulan tidak ditemukan.")};
    }
    return readRequest(*q);
}

Result<QList<ChangeRequest>> ChangeRequestRepository::list(const RequestFilter &filter, int limit,
                                                           qint64 afterId) const
{
    QString sql = QLatin1String(kSelect) + QStringLiteral(" WHERE id > ?");
    QVariantList values{afterId};
    if (filter.state) {
        sql += QStringLiteral(" AND state = ?");
        values << RequestLifecycle::code(*filter.state);
    }
    if (filter.kind) {
        sql += QStringLiteral(" AND kind = ?");
        values << RequestLifecycle::code(*filter.kind);
    }
    if (!filter.householdId.isEmpty()) {
        sql += QStringLiteral(" AND household_id = ?");
        values << filter.householdId;
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    values << limit;
    Result<QSqlQuery> q = m_db.query(sql, values);
    if (!q) {
        return q.error();
    }
    QList<ChangeRequest> requests;
    while (q->next()) {
        requests.append(readRequest(*q));
    }
    return requests;
}

Result<QList<RequestListRow>> ChangeRequestRepository::recent(const RequestFilter &filter,
                                                              qint64 beforeId, int limit) const
{
    QString sql = QStringLiteral(
        "SELECT r.id, r.uuid, r.kind, r.state, r.household_id, r.person_id, r.payload, r.warnings, "
        "r.base_version, r.created_at, r.created_by, r.updated_at, r.state_reason, "
        "r.resubmission_of, r.channel, r.approval_basis, r.approval_number, r.recommender_name, "
        "r.source_head_name, r.source_rt, r.source_rw, r.conflict_of_interest, h.head_name "
        "FROM change_request r LEFT JOIN household h ON h.id = r.household_id WHERE r.id < ?");
    QVariantList values{beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()};
    if (filter.state) {
        sql += QStringLiteral(" AND r.state = ?");
        values << RequestLifecycle::code(*filter.state);
    }
    if (filter.kind) {
        sql += QStringLiteral(" AND r.kind = ?");
        values << RequestLifecycle::code(*filter.kind);
    }
    if (!filter.householdId.isEmpty()) {
        sql += QStringLiteral(" AND r.household_id = ?");
        values << filter.householdId;
    }
    sql += QStringLiteral(" ORDER BY r.id DESC LIMIT ?");
    values << limit;
    Result<QSqlQuery> q = m_db.query(sql, values);
    if (!q) {
        return q.error();
    }
    QList<RequestListRow> rows;
    while (q->next()) {
        rows.append({readRequest(*q), q->value(22).toString()});
    }
    return rows;
}

Result<QList<RequestEvent>> ChangeRequestRepository::history(qint64 id) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT from_state, to_state, reason, actor, at FROM change_request_event "
                       "WHERE request_id = ? ORDER BY id"),
        {id});
    if (!q) {
        return q.error();
    }
    QList<RequestEvent> events;
    while (q->next()) {
        RequestEvent e;
        if (!q->value(0).isNull()) {
            e.from = RequestLifecycle::stateFromCode(q->value(0).toString());
        }
        e.to =
            RequestLifecycle::stateFromCode(q->value(1).toString()).value_or(RequestState::Draft);
        e.reason = q->value(2).toString();
        e.actor = q->value(3).toString();
        e.at = parseStoredTime(q->value(4).toString());
        events.append(e);
    }
    return events;
}

Result<QHash<RequestState, int>> ChangeRequestRepository::countByState() const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT state, count(*) FROM change_request GROUP BY state"));
    if (!q) {
        return q.error();
    }
    QHash<RequestState, int> counts;
    while (q->next()) {
        if (const auto state = RequestLifecycle::stateFromCode(q->value(0).toString())) {
            counts.insert(*state, q->value(1).toInt());
        }
    }
    return counts;
}

} // namespace tepat
