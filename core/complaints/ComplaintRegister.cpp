#include "core/complaints/ComplaintRegister.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace tepat {

namespace {

std::optional<QDateTime> optionalTime(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty()) {
        return std::nullopt;
    }
    return parseStoredTime(value.toString());
}

const QString kColumns = QStringLiteral(
    "id, kind, channel, anonymous, complainant_name, complainant_contact, household_id, program, "
    "subject, status, received_at, recorded_by, verified_at, handled_by, answer, updated_at, "
    "closed_at");

Complaint fromRow(const QSqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.kind = ComplaintText::kindFromCode(q.value(1).toString()).value_or(ComplaintKind::Complaint);
    c.channel =
        ComplaintText::channelFromCode(q.value(2).toString()).value_or(ComplaintChannel::Counter);
    c.anonymous = q.value(3).toBool();
    c.complainantName = q.value(4).toString();
    c.complainantContact = q.value(5).toString();
    c.householdId = q.value(6).toString();
    c.program = q.value(7).toString();
    c.subject = q.value(8).toString();
    c.status =
        ComplaintText::statusFromCode(q.value(9).toString()).value_or(ComplaintStatus::Received);
    c.receivedAt = parseStoredTime(q.value(10).toString());
    c.recordedBy = q.value(11).toString();
    c.verifiedAt = optionalTime(q.value(12));
    c.handledBy = q.value(13).toString();
    c.answer = q.value(14).toString();
    c.updatedAt = parseStoredTime(q.value(15).toString());
    c.closedAt = optionalTime(q.value(16));
    return c;
}

bool allowed(ComplaintStatus from, ComplaintStatus to)
{
    switch (to) {
    case ComplaintStatus::Handling:
        return from == ComplaintStatus::Received;
    case ComplaintStatus::Answered:
    case ComplaintStatus::Closed:
    case ComplaintStatus::Forwarded:
        return from == ComplaintStatus::Received || from == ComplaintStatus::Handling;
    case ComplaintStatus::Received:
        return false;
    }
    return false;
}

} // namespace

QString ComplaintText::code(ComplaintKind kind)
{
    return kind == ComplaintKind::Objection ? QStringLiteral("objection")
                                            : QStringLiteral("complaint");
}

QString ComplaintText::code(ComplaintChannel channel)
{
    switch (channel) {
    case ComplaintChannel::Counter:
        return QStringLiteral("counter");
    case ComplaintChannel::Phone:
        return QStringLiteral("phone");
    case ComplaintChannel::CekBansos:
        return QStringLiteral("cek_bansos");
    case ComplaintChannel::Upstream:
        return QStringLiteral("upstream");
    }
    return {};
}

QString ComplaintText::code(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Received:
        return QStringLiteral("received");
    case ComplaintStatus::Handling:
        return QStringLiteral("handling");
    case ComplaintStatus::Answered:
        return QStringLiteral("answered");
    case ComplaintStatus::Closed:
        return QStringLiteral("closed");
    case ComplaintStatus::Forwarded:
        return QStringLiteral("forwarded");
    }
    return {};
}

std::optional<ComplaintKind> ComplaintText::kindFromCode(QStringView code)
{
    for (ComplaintKind k : {ComplaintKind::Complaint, ComplaintKind::Objection}) {
        if (ComplaintText::code(k) == code) {
            return k;
        }
    }
    return std::nullopt;
}

std::optional<ComplaintChannel> ComplaintText::channelFromCode(QStringView code)
{
    for (ComplaintChannel c : allChannels()) {
        if (ComplaintText::code(c) == code) {
            return c;
        }
    }
    return std::nullopt;
}

std::optional<ComplaintStatus> ComplaintText::statusFromCode(QStringView code)
{
    for (ComplaintStatus s : allStatuses()) {
        if (ComplaintText::code(s) == code) {
            return s;
        }
    }
    return std::nullopt;
}

QString ComplaintText::label(ComplaintKind kind)
{
    return kind == ComplaintKind::Objection ? tr("Sanggah") : tr("Pengaduan");
}

QString ComplaintText::label(ComplaintChannel channel)
{
    switch (channel) {
    case ComplaintChannel::Counter:
        return tr("Loket");
    case ComplaintChannel::Phone:
        return tr("Telepon");
    case ComplaintChannel::CekBansos:
        return tr("Cek Bansos");
    case ComplaintChannel::Upstream:
        return tr("Dari atas (Dinsos/Kemensos)");
    }
    return {};
}

QString ComplaintText::label(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Received:
        return tr("Diterima");
    case ComplaintStatus::Handling:
        return tr("Sedang ditangani");
    case ComplaintStatus::Answered:
        return tr("Dijawab");
    case ComplaintStatus::Closed:
        return tr("Ditutup");
    case ComplaintStatus::Forwarded:
        return tr("Diteruskan ke Dinsos");
    }
    return {};
}

QList<ComplaintStatus> ComplaintText::allStatuses()
{
    return {ComplaintStatus::Received, ComplaintStatus::Handling, ComplaintStatus::Answered,
            ComplaintStatus::Closed, ComplaintStatus::Forwarded};
}

QList<ComplaintChannel> ComplaintText::allChannels()
{
    return {ComplaintChannel::Counter, ComplaintChannel::Phone, ComplaintChannel::CekBansos,
            ComplaintChannel::Upstream};
}

ComplaintRegister::ComplaintRegister(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

bool ComplaintRegister::permitted(const Session &session)
{
    return session.can(Permission::HandleComplaints);
}

Result<Complaint> ComplaintRegister::record(const Session &session, Complaint c) const
{
    if (const Status ok = session.require(Permission::HandleComplaints); !ok) {
        return ok.error();
    }
    c.subject = c.subject.trimmed();
    if (c.subject.isEmpty()) {
        return Error{QStringLiteral("complaint.no_subject"),
                     tr("Isi pengaduan masih kosong. Tuliskan apa yang diadukan.")};
    }
    if (c.anonymous) {
        c.complainantName.clear();
        c.complainantContact.clear();
    } else if (c.complainantName.trimmed().isEmpty()) {
        return Error{QStringLiteral("complaint.no_name"),
                     tr("Nama pengadu masih kosong. Isi namanya atau pilih tanpa nama.")};
    }
    const QDateTime now = m_clock.now();
    c.status = ComplaintStatus::Received;
    c.receivedAt = now;
    c.updatedAt = now;
    c.recordedBy = session.username();
    c.verifiedAt.reset();
    c.closedAt.reset();
    c.handledBy.clear();
    c.answer.clear();

    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("INSERT INTO complaint(kind, channel, anonymous, complainant_name, "
                       "complainant_contact, household_id, program, subject, status, "
                       "received_at, recorded_by, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {ComplaintText::code(c.kind), ComplaintText::code(c.channel), c.anonymous ? 1 : 0,
         c.complainantName.trimmed(), c.complainantContact.trimmed(), c.householdId.trimmed(),
         c.program.trimmed(), c.subject, ComplaintText::code(c.status), storedTime(now),
         c.recordedBy, storedTime(now)});
    if (!q) {
        return q.error();
    }
    c.id = q->lastInsertId().toLongLong();
    const AuditTrail audit(m_db, m_clock);
    QJsonObject details{{QStringLiteral("kind"), ComplaintText::code(c.kind)},
                        {QStringLiteral("channel"), ComplaintText::code(c.channel)},
                        {QStringLiteral("anonymous"), c.anonymous}};
    if (!c.householdId.isEmpty()) {
        details.insert(QStringLiteral("household_id"), c.householdId);
    }
    if (!c.program.isEmpty()) {
        details.insert(QStringLiteral("program"), c.program);
    }
    if (Result<AuditEntry> e =
            audit.record(session.username(), QStringLiteral("complaint.record"),
                         QStringLiteral("complaint"), QString::number(c.id), details);
        !e) {
        return e.error();
    }
    if (const Status done = tx.commit(); !done) {
        return done.error();
    }
    return c;
}

Status ComplaintRegister::startHandling(const Session &session, qint64 id) const
{
    return transition(session, id, ComplaintStatus::Handling, {},
                      QStringLiteral("complaint.handle"));
}

Status ComplaintRegister::answer(const Session &session, qint64 id, const QString &text) const
{
    return transition(session, id, ComplaintStatus::Answered, text,
                      QStringLiteral("complaint.answer"));
}

Status ComplaintRegister::close(const Session &session, qint64 id, const QString &text) const
{
    return transition(session, id, ComplaintStatus::Closed, text,
                      QStringLiteral("complaint.close"));
}

Status ComplaintRegister::forward(const Session &session, qint64 id, const QString &note) const
{
    return transition(session, id, ComplaintStatus::Forwarded, note,
                      QStringLiteral("complaint.forward"));
}

Status ComplaintRegister::change(const Session &session, qint64 id, const QString &action,
                                 const Plan &plan) const
{
    if (const Status ok = session.require(Permission::HandleComplaints); !ok) {
        return ok;
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    Result<Complaint> current = find(session, id);
    if (!current) {
        return current.error();
    }
    const QDateTime now = m_clock.now();
    Result<Change> step = plan(*current, now);
    if (!step) {
        return step.error();
    }
    step->values.append(id);
    if (Result<QSqlQuery> q = m_db.query(step->sql, step->values); !q) {
        return q.error();
    }
    step->details.insert(QStringLiteral("lapsed"), lapsed(*current, now));
    const AuditTrail audit(m_db, m_clock);
    if (Result<AuditEntry> e = audit.record(session.username(), action, QStringLiteral("complaint"),
                                            QString::number(id), step->details);
        !e) {
        return e.error();
    }
    return tx.commit();
}

Status ComplaintRegister::transition(const Session &session, qint64 id, ComplaintStatus to,
                                     const QString &answerText, const QString &action) const
{
    const QString text = answerText.trimmed();
    if (to != ComplaintStatus::Handling && text.isEmpty()) {
        // The permission speaks first: a reader is told so, not that the text is missing.
        if (const Status ok = session.require(Permission::HandleComplaints); !ok) {
            return ok;
        }
        return Error{QStringLiteral("complaint.no_answer"),
                     tr("Jawaban atau catatan penanganan masih kosong. Tuliskan bagaimana "
                        "pengaduan ini ditangani.")};
    }
    const QString handler = session.username();
    return change(
        session, id, action,
        [to, text, handler](const Complaint &current, const QDateTime &now) -> Result<Change> {
            if (!allowed(current.status, to)) {
                return Error{
                    QStringLiteral("complaint.bad_transition"),
                    tr("Pengaduan berstatus \"%1\" tidak dapat diubah menjadi \"%2\".")
                        .arg(ComplaintText::label(current.status), ComplaintText::label(to))};
            }
            const bool ends = to != ComplaintStatus::Handling;
            return Change{
                QStringLiteral("UPDATE complaint SET status = ?, handled_by = ?, answer = ?, "
                               "updated_at = ?, closed_at = ? WHERE id = ?"),
                {ComplaintText::code(to), handler, ends ? text : current.answer, storedTime(now),
                 ends ? QVariant(storedTime(now)) : QVariant(QMetaType::fromType<QString>())},
                {{QStringLiteral("from"), ComplaintText::code(current.status)},
                 {QStringLiteral("to"), ComplaintText::code(to)}}};
        });
}

Status ComplaintRegister::markVerified(const Session &session, qint64 id) const
{
    return change(session, id, QStringLiteral("complaint.verify"),
                  [](const Complaint &current, const QDateTime &now) -> Result<Change> {
                      if (current.kind != ComplaintKind::Objection || current.verifiedAt) {
                          return Error{QStringLiteral("complaint.not_verifiable"),
                                       tr("Hanya sanggah yang belum diverifikasi yang dapat "
                                          "ditandai terverifikasi.")};
                      }
                      return Change{QStringLiteral("UPDATE complaint SET verified_at = ?, "
                                                   "updated_at = ? WHERE id = ?"),
                                    {storedTime(now), storedTime(now)},
                                    {}};
                  });
}

Result<Complaint> ComplaintRegister::find(const Session &session, qint64 id) const
{
    if (const Status ok = session.require(Permission::ReadComplaints); !ok) {
        return ok.error();
    }
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT %1 FROM complaint WHERE id = ?").arg(kColumns), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("complaint.not_found"),
                     tr("Pengaduan nomor %1 tidak ditemukan.").arg(id)};
    }
    return fromRow(*q);
}

Result<QList<Complaint>> ComplaintRegister::list(const Session &session,
                                                 std::optional<ComplaintStatus> status) const
{
    ComplaintQuery query;
    if (status) {
        query.statuses = {*status};
    }
    return list(session, query);
}

Result<QList<Complaint>> ComplaintRegister::list(const Session &session,
                                                 const ComplaintQuery &query) const
{
    if (const Status ok = session.require(Permission::ReadComplaints); !ok) {
        return ok.error();
    }
    QStringList where;
    QVariantList values;
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (ComplaintStatus s : query.statuses) {
            marks << QStringLiteral("?");
            values << ComplaintText::code(s);
        }
        where << QStringLiteral("status IN (%1)").arg(marks.join(u','));
    }
    if (query.afterReceivedAt.isValid()) {
        const QString after = storedTime(query.afterReceivedAt);
        where << QStringLiteral("(received_at < ? OR (received_at = ? AND id < ?))");
        values << after << after << query.afterId;
    }
    QString sql = QStringLiteral("SELECT %1 FROM complaint").arg(kColumns);
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDER BY received_at DESC, id DESC");
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    }
    Result<QSqlQuery> q = m_db.query(sql, values);
    if (!q) {
        return q.error();
    }
    QList<Complaint> out;
    while (q->next()) {
        out.append(fromRow(*q));
    }
    return out;
}

Result<ComplaintCounts> ComplaintRegister::counts(const Session &session) const
{
    Result<QList<Complaint>> open = list(session, ComplaintQuery::open());
    if (!open) {
        return open.error();
    }
    ComplaintCounts counts;
    const QDateTime now = m_clock.now();
    for (const Complaint &c : *open) {
        ++counts.open;
        if (lapsed(c, now)) {
            ++counts.lapsing;
        }
    }
    return counts;
}

bool ComplaintRegister::lapsed(const Complaint &c, const QDateTime &now)
{
    return c.kind == ComplaintKind::Objection && c.isOpen() && !c.verifiedAt &&
           c.receivedAt.addDays(kLapseDays) < now;
}

bool ComplaintRegister::lapsed(const Complaint &complaint) const
{
    return lapsed(complaint, m_clock.now());
}

} // namespace tepat
