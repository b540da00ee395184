#include "core/deliberation/DeliberationService.h"

#include "core/deliberation/MinutesContentBuilder.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace tepat {

namespace {

const char *kMeetingSelect =
    "SELECT m.id, m.kind, m.state, m.held_on, m.start_time, m.place, m.discussion, m.follow_up, "
    "m.sptjm_reason, m.head_name, m.head_nip, m.council_name, m.witness_name, m.created_at, "
    "m.created_by, m.finalised_at, m.finalised_by, m.cancel_reason, m.letter_id, l.number, "
    "m.minutes_sha256, (SELECT count(*) FROM meeting_item i WHERE i.meeting_id = m.id) "
    "FROM meeting m LEFT JOIN letter l ON l.id = m.letter_id";

Meeting readMeeting(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.kind =
        MeetingVocabulary::kindFromCode(q.value(1).toString()).value_or(MeetingKind::WardMeeting);
    m.state =
        MeetingVocabulary::stateFromCode(q.value(2).toString()).value_or(MeetingState::Planned);
    m.heldOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    m.startTime = q.value(4).toString();
    m.place = q.value(5).toString();
    m.discussion = q.value(6).toString();
    m.followUp = q.value(7).toString();
    m.sptjmReason = q.value(8).toString();
    m.headName = q.value(9).toString();
    m.headNip = q.value(10).toString();
    m.councilName = q.value(11).toString();
    m.witnessName = q.value(12).toString();
    m.createdAt = parseStoredTime(q.value(13).toString());
    m.createdBy = q.value(14).toString();
    m.finalisedAt = parseStoredTime(q.value(15).toString());
    m.finalisedBy = q.value(16).toString();
    m.cancelReason = q.value(17).toString();
    m.letterId = q.value(18).toLongLong();
    m.number = q.value(19).toString();
    m.minutesSha256 = q.value(20).toString();
    m.itemCount = q.value(21).toInt();
    return m;
}

} // namespace

DeliberationService::DeliberationService(const Database &db, const Clock &clock,
                                         const Session &session, QString filesRoot)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_filesRoot(std::move(filesRoot))
{}

Status DeliberationService::requirePlanner() const
{
    // Operators prepare the meeting; the village head may too. Deciding needs Decide.
    if (m_session.can(Permission::Draft) || m_session.can(Permission::Decide)) {
        return {};
    }
    return m_session.require(Permission::Draft);
}

Result<Meeting> DeliberationService::get(qint64 meetingId) const
{
    Result<QSqlQuery> q =
        m_db.query(QLatin1String(kMeetingSelect) + QStringLiteral(" WHERE m.id = ?"), {meetingId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("meeting.not_found"),
                     tr("Musyawarah %1 tidak ada.").arg(meetingId)};
    }
    return readMeeting(*q);
}

Result<Meeting> DeliberationService::planned(qint64 meetingId) const
{
    Result<Meeting> m = get(meetingId);
    if (m && m->state != MeetingState::Planned) {
        return Error{QStringLiteral("meeting.locked"),
                     m->state == MeetingState::Finalised
                         ? tr("Musyawarah ini sudah final dan terkunci. Koreksi dicatat sebagai "
                              "adendum berita acara.")
                         : tr("Musyawarah ini sudah dibatalkan.")};
    }
    return m;
}

Result<QList<Meeting>> DeliberationService::list(int limit) const
{
    Result<QSqlQuery> q =
        m_db.query(QLatin1String(kMeetingSelect) +
                       QStringLiteral(" ORDER BY m.held_on DESC, m.id DESC LIMIT ?"),
                   {limit});
    if (!q) {
        return q.error();
    }
    QList<Meeting> out;
    while (q->next()) {
        out.append(readMeeting(*q));
    }
    return out;
}

Result<Meeting> DeliberationService::plan(const Meeting &meeting) const
{
    if (const Status s = requirePlanner(); !s) {
        return s.error();
    }
    if (!meeting.heldOn.isValid()) {
        return Error{QStringLiteral("meeting.no_date"), tr("Tanggal musyawarah belum diisi.")};
    }
    Meeting m = meeting;
    if (m.headName.trimmed().isEmpty()) {
        const LetterSettings settings = LetterSettings::load(m_db);
        m.headName = settings.headName;
        m.headNip = settings.headNip;
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> insert = m_db.query(
        QStringLiteral("INSERT INTO meeting(kind, held_on, start_time, place, discussion, "
                       "follow_up, sptjm_reason, head_name, head_nip, council_name, witness_name, "
                       "created_at, created_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {MeetingVocabulary::code(m.kind), m.heldOn.toString(Qt::ISODate), m.startTime.trimmed(),
         m.place.trimmed(), m.discussion.trimmed(), m.followUp.trimmed(), m.sptjmReason.trimmed(),
         m.headName.trimmed(), m.headNip.trimmed(), m.councilName.trimmed(),
         m.witnessName.trimmed(), storedTime(m_clock.now()), m_session.username()});
    if (!insert) {
        return insert.error();
    }
    const qint64 id = insert->lastInsertId().toLongLong();
    const auto audit =
        AuditTrail(m_db, m_clock)
            .record(m_session.username(), QStringLiteral("meeting.plan"), QStringLiteral("meeting"),
                    QString::number(id),
                    {{QStringLiteral("kind"), MeetingVocabulary::code(meeting.kind)},
                     {QStringLiteral("held_on"), meeting.heldOn.toString(Qt::ISODate)}});
    if (!audit) {
        return audit.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return get(id);
}

Status DeliberationService::update(const Meeting &meeting) const
{
    if (const Status s = requirePlanner(); !s) {
        return s;
    }
    if (!meeting.heldOn.isValid()) {
        return Error{QStringLiteral("meeting.no_date"), tr("Tanggal musyawarah belum diisi.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (const Result<Meeting> m = planned(meeting.id); !m) {
        return m.error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE meeting SET held_on = ?, start_time = ?, place = ?, discussion = ?, "
                       "follow_up = ?, sptjm_reason = ?, head_name = ?, head_nip = ?, "
                       "council_name = ?, witness_name = ? WHERE id = ?"),
        {meeting.heldOn.toString(Qt::ISODate), meeting.startTime.trimmed(), meeting.place.trimmed(),
         meeting.discussion.trimmed(), meeting.followUp.trimmed(), meeting.sptjmReason.trimmed(),
         meeting.headName.trimmed(), meeting.headNip.trimmed(), meeting.councilName.trimmed(),
         meeting.witnessName.trimmed(), meeting.id});
    if (!q) {
        return q.error();
    }
    const auto audit = AuditTrail(m_db, m_clock)
                           .record(m_session.username(), QStringLiteral("meeting.update"),
                                   QStringLiteral("meeting"), QString::number(meeting.id));
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Status DeliberationService::cancel(qint64 meetingId, const QString &reason) const
{
    if (const Status s = requirePlanner(); !s) {
        return s;
    }
    if (reason.trimmed().isEmpty()) {
        return Error{QStringLiteral("meeting.reason_required"),
                     tr("Tuliskan alasan pembatalan musyawarah.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (const Result<Meeting> m = planned(meetingId); !m) {
        return m.error();
    }
    const Result<QList<AgendaItem>> agenda = items(meetingId);
    if (!agenda) {
        return agenda.error();
    }
    const ChangeRequestRepository requests(m_db, m_clock);
    for (const AgendaItem &item : *agenda) {
        if (const Status s =
                requests.transition(item.request.id, RequestState::Draft, m_session.username(),
                                    QStringLiteral("musyawarah dibatalkan"));
            !s) {
            return s;
        }
    }
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("UPDATE meeting SET state = 'cancelled', cancel_reason = ? "
                                  "WHERE id = ?"),
                   {reason.trimmed(), meetingId});
    if (!q) {
        return q.error();
    }
    const auto audit = AuditTrail(m_db, m_clock)
                           .record(m_session.username(), QStringLiteral("meeting.cancel"),
                                   QStringLiteral("meeting"), QString::number(meetingId));
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Result<QList<ChangeRequest>> DeliberationService::agendaCandidates() const
{
    const ChangeRequestRepository requests(m_db, m_clock);
    QList<ChangeRequest> out;
    for (RequestState state : {RequestState::Draft, RequestState::Deferred}) {
        RequestFilter filter;
        filter.state = state;
        qint64 after = 0;
        for (;;) {
            Result<QList<ChangeRequest>> page = requests.list(filter, 500, after);
            if (!page) {
                return page.error();
            }
            out += *page;
            if (page->size() < 500) {
                break;
            }
            after = page->last().id;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const ChangeRequest &a, const ChangeRequest &b) { return a.id < b.id; });
    return out;
}

Status DeliberationService::addToAgenda(qint64 meetingId, const QList<qint64> &requestIds) const
{
    if (const Status s = requirePlanner(); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (const Result<Meeting> m = planned(meetingId); !m) {
        return m.error();
    }
    const ChangeRequestRepository requests(m_db, m_clock);
    QJsonArray added;
    for (qint64 id : requestIds) {
        const Result<ChangeRequest> r = requests.get(id);
        if (!r) {
            return r.error();
        }
        if (r->state != RequestState::Draft && r->state != RequestState::Deferred) {
            return Error{QStringLiteral("meeting.not_agenda_candidate"),
                         tr("Usulan #%1 berstatus \"%2\"; hanya draf atau usulan yang ditunda "
                            "yang bisa masuk agenda.")
                             .arg(id)
                             .arg(RequestLifecycle::label(r->state))};
        }
        if (const Status s = requests.transition(id, RequestState::OnAgenda, m_session.username());
            !s) {
            return s;
        }
        if (const Status s = requests.reassessRecommendation(id); !s) {
            return s;
        }
        Result<QSqlQuery> q = m_db.query(
            QStringLiteral("INSERT INTO meeting_item(meeting_id, request_id, position) VALUES(?, "
                           "?, (SELECT coalesce(max(position), 0) + 1 FROM meeting_item WHERE "
                           "meeting_id = ?))"),
            {meetingId, id, meetingId});
        if (!q) {
            return q.error();
        }
        added.append(id);
    }
    const auto audit = AuditTrail(m_db, m_clock)
                           .record(m_session.username(), QStringLiteral("meeting.agenda_add"),
                                   QStringLiteral("meeting"), QString::number(meetingId),
                                   {{QStringLiteral("request_ids"), added}});
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Result<QList<RequestConflict>>
DeliberationService::agendaConflicts(qint64 meetingId, const QList<ChangeRequest> &adding) const
{
    const Result<QList<AgendaItem>> agenda = items(meetingId);
    if (!agenda) {
        return agenda.error();
    }
    QList<ChangeRequest> all;
    for (const AgendaItem &item : *agenda) {
        all.append(item.request);
    }
    all += adding;
    return RequestConflicts(m_db, m_clock).among(all);
}

Status DeliberationService::removeFromAgenda(qint64 meetingId, qint64 requestId) const
{
    if (const Status s = requirePlanner(); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (const Result<Meeting> m = planned(meetingId); !m) {
        return m.error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("DELETE FROM meeting_item WHERE meeting_id = ? AND request_id = ?"),
        {meetingId, requestId});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() != 1) {
        return Error{QStringLiteral("meeting.item_not_found"),
                     tr("Usulan #%1 tidak ada di agenda musyawarah ini.").arg(requestId)};
    }
    if (const Status s = ChangeRequestRepository(m_db, m_clock)
                             .transition(requestId, RequestState::Draft, m_session.username(),
                                         QStringLiteral("dikeluarkan dari agenda musyawarah"));
        !s) {
        return s;
    }
    const auto audit = AuditTrail(m_db, m_clock)
                           .record(m_session.username(), QStringLiteral("meeting.agenda_remove"),
                                   QStringLiteral("meeting"), QString::number(meetingId),
                                   {{QStringLiteral("request_id"), requestId}});
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Status DeliberationService::decide(qint64 meetingId, qint64 requestId, Decision decision,
                                   const QString &reason) const
{
    if (const Status s = m_session.require(Permission::Decide); !s) {
        return s;
    }
    if (RequestLifecycle::requiresReason(MeetingVocabulary::stateAfter(decision)) &&
        reason.trimmed().isEmpty()) {
        return Error{
            QStringLiteral("meeting.reason_required"),
            tr("Keputusan \"%1\" harus disertai alasan.").arg(MeetingVocabulary::label(decision))};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (const Result<Meeting> m = planned(meetingId); !m) {
        return m.error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE meeting_item SET decision = ?, reason = ?, decided_at = ?, "
                       "decided_by = ? WHERE meeting_id = ? AND request_id = ?"),
        {MeetingVocabulary::code(decision), reason.trimmed(), storedTime(m_clock.now()),
         m_session.username(), meetingId, requestId});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() != 1) {
        return Error{QStringLiteral("meeting.item_not_found"),
                     tr("Usulan #%1 tidak ada di agenda musyawarah ini.").arg(requestId)};
    }
    const auto audit =
        AuditTrail(m_db, m_clock)
            .record(m_session.username(), QStringLiteral("meeting.decide"),
                    QStringLiteral("meeting"), QString::number(meetingId),
                    {{QStringLiteral("request_id"), requestId},
                     {QStringLiteral("decision"), MeetingVocabulary::code(decision)}});
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Result<Attendee> DeliberationService::addAttendee(qint64 meetingId, const Attendee &attendee) const
{
    if (const Status s = requirePlanner(); !s) {
        return s.error();
    }
    if (attendee.name.trimmed().isEmpty()) {
        return Error{QStringLiteral("meeting.attendee_name"), tr("Nama peserta belum diisi.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    if (const Result<Meeting> m = planned(meetingId); !m) {
        return m.error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("INSERT INTO meeting_attendee(meeting_id, name, position, institution) "
                       "VALUES(?, ?, ?, ?)"),
        {meetingId, attendee.name.trimmed(), attendee.position.trimmed(),
         attendee.institution.trimmed()});
    if (!q) {
        return q.error();
    }
    Attendee added = attendee;
    added.id = q->lastInsertId().toLongLong();
    const auto audit = AuditTrail(m_db, m_clock)
                           .record(m_session.username(), QStringLiteral("meeting.attendee_add"),
                                   QStringLiteral("meeting"), QString::number(meetingId),
                                   {{QStringLiteral("attendee_id"), added.id}});
    if (!audit) {
        return audit.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return added;
}

Status DeliberationService::removeAttendee(qint64 meetingId, qint64 attendeeId) const
{
    if (const Status s = requirePlanner(); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (const Result<Meeting> m = planned(meetingId); !m) {
        return m.error();
    }
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("DELETE FROM meeting_attendee WHERE meeting_id = ? AND id = ?"),
                   {meetingId, attendeeId});
    if (!q) {
        return q.error();
    }
    const auto audit = AuditTrail(m_db, m_clock)
                           .record(m_session.username(), QStringLiteral("meeting.attendee_remove"),
                                   QStringLiteral("meeting"), QString::number(meetingId),
                                   {{QStringLiteral("attendee_id"), attendeeId}});
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Result<QString> DeliberationService::storeDocument(const QByteArray &bytes,
                                                   const QString &kind) const
{
    const Result<QString> sha = ContentStore(m_filesRoot).put(bytes);
    if (!sha) {
        return sha;
    }
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("INSERT OR IGNORE INTO attachment(sha256, kind, mime, byte_size, "
                                  "created_at, created_by) VALUES(?, ?, ?, ?, ?, ?)"),
                   {*sha, kind,
                    kind == QLatin1String("meeting_photo") ? QStringLiteral("image/jpeg")
                                                           : QStringLiteral("application/pdf"),
                    bytes.size(), storedTime(m_clock.now()), m_session.username()});
    if (!q) {
        return q.error();
    }
    return sha;
}

Result<QString> DeliberationService::addPhoto(qint64 meetingId, const QByteArray &jpeg,
                                              const QString &caption) const
{
    if (const Status s = requirePlanner(); !s) {
        return s.error();
    }
    if (jpeg.isEmpty()) {
        return Error{QStringLiteral("meeting.photo_empty"), tr("Foto kosong.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    if (const Result<Meeting> m = planned(meetingId); !m) {
        return m.error();
    }
    const Result<QString> sha = storeDocument(jpeg, QStringLiteral("meeting_photo"));
    if (!sha) {
        return sha;
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("INSERT OR IGNORE INTO meeting_photo(meeting_id, sha256, caption) VALUES(?, "
                       "?, ?)"),
        {meetingId, *sha, caption.trimmed()});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return Error{QStringLiteral("meeting.photo_duplicate"),
                     tr("Foto ini sudah dilampirkan pada musyawarah ini.")};
    }
    const auto audit = AuditTrail(m_db, m_clock)
                           .record(m_session.username(), QStringLiteral("meeting.photo_add"),
                                   QStringLiteral("meeting"), QString::number(meetingId),
                                   {{QStringLiteral("sha256"), *sha}});
    if (!audit) {
        return audit.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return sha;
}

Result<QList<AgendaItem>> DeliberationService::items(qint64 meetingId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT request_id, position, decision, reason, decided_at, decided_by "
                       "FROM meeting_item WHERE meeting_id = ? ORDER BY position"),
        {meetingId});
    if (!q) {
        return q.error();
    }
    const ChangeRequestRepository requests(m_db, m_clock);
    QList<AgendaItem> out;
    while (q->next()) {
        AgendaItem item;
        Result<ChangeRequest> r = requests.get(q->value(0).toLongLong());
        if (!r) {
            return r.error();
        }
        item.request = *r;
        item.position = q->value(1).toInt();
        item.decision = MeetingVocabulary::decisionFromCode(q->value(2).toString());
        item.reason = q->value(3).toString();
        item.decidedAt = parseStoredTime(q->value(4).toString());
        item.decidedBy = q->value(5).toString();
        out.append(item);
    }
    return out;
}

Result<QList<Attendee>> DeliberationService::attendees(qint64 meetingId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT id, name, position, institution FROM meeting_attendee WHERE "
                       "meeting_id = ? ORDER BY id"),
        {meetingId});
    if (!q) {
        return q.error();
    }
    QList<Attendee> out;
    while (q->next()) {
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toString()});
    }
    return out;
}

Result<QList<MeetingPhoto>> DeliberationService::photos(qint64 meetingId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral(
            "SELECT sha256, caption FROM meeting_photo WHERE meeting_id = ? ORDER BY id"),
        {meetingId});
    if (!q) {
        return q.error();
    }
    QList<MeetingPhoto> out;
    while (q->next()) {
        out.append({q->value(0).toString(), q->value(1).toString()});
    }
    return out;
}

Result<QList<Addendum>> DeliberationService::addenda(qint64 meetingId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT a.id, a.text, a.created_at, a.created_by, l.number, a.sha256 FROM "
                       "meeting_addendum a LEFT JOIN letter l ON l.id = a.letter_id WHERE "
                       "a.meeting_id = ? ORDER BY a.id"),
        {meetingId});
    if (!q) {
        return q.error();
    }
    QList<Addendum> out;
    while (q->next()) {
        out.append({q->value(0).toLongLong(), q->value(1).toString(),
                    parseStoredTime(q->value(2).toString()), q->value(3).toString(),
                    q->value(4).toString(), q->value(5).toString()});
    }
    return out;
}

Result<MinutesContent> DeliberationService::content(qint64 meetingId,
                                                    MeetingDocument document) const
{
    const Result<Meeting> meeting = get(meetingId);
    if (!meeting) {
        return meeting.error();
    }
    const Result<QList<Attendee>> people = attendees(meetingId);
    if (!people) {
        return people.error();
    }
    const Result<QList<AgendaItem>> agenda = items(meetingId);
    if (!agenda) {
        return agenda.error();
    }
    return MinutesContentBuilder(m_db, m_clock).build(*meeting, *people, *agenda, document);
}

} // namespace tepat
