#include "core/fieldwork/FieldVisits.h"

#include "core/common/Clock.h"
#include "core/fieldwork/FieldKeys.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QUuid>

namespace tepat {

namespace {

// The newest visit of each household, whichever laptop made it.
const char *const latestVisit =
    "SELECT household_id, outcome, visited_on, MAX(updated_at) FROM field_visit "
    "GROUP BY household_id";

QVariant dateOrNull(QDate date)
{
    return Database::nullIfInvalid(date);
}

} // namespace

FieldVisits::FieldVisits(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QList<AssignedHousehold>> FieldVisits::assigned(const QString &rw, const QString &rt) const
{
    auto q = m_db.query(
        QStringLiteral("SELECT h.id, h.head_name, h.rt, h.rw, h.address, h.member_count, "
                       "v.outcome, v.visited_on FROM household h LEFT JOIN (%1) v ON "
                       "v.household_id = h.id WHERE h.id IN (SELECT household_id FROM "
                       "field_assignment) AND (? = '' OR h.rw = ?) AND (? = '' OR h.rt = ?) "
                       "ORDER BY h.rw, h.rt, h.id")
            .arg(QLatin1String(latestVisit)),
        {rw, rw, rt, rt});
    if (!q) {
        return q.error();
    }
    QList<AssignedHousehold> rows;
    while (q->next()) {
        AssignedHousehold row;
        row.householdId = q->value(0).toString();
        row.headName = q->value(1).toString();
        row.rt = q->value(2).toString();
        row.rw = q->value(3).toString();
        row.address = q->value(4).toString();
        row.memberCount = q->value(5).toInt();
        row.outcome = VisitVocabulary::outcomeFromCode(q->value(6).toString());
        row.visitedOn = QDate::fromString(q->value(7).toString(), Qt::ISODate);
        rows << row;
    }
    return rows;
}

Result<QList<AreaProgress>> FieldVisits::progress() const
{
    const Result<QList<AssignedHousehold>> rows = assigned();
    if (!rows) {
        return rows.error();
    }
    QList<AreaProgress> areas{AreaProgress{}};
    for (const AssignedHousehold &row : *rows) {
        if (areas.size() == 1 || areas.last().rw != row.rw || areas.last().rt != row.rt) {
            areas.append(AreaProgress{row.rw, row.rt});
        }
        for (AreaProgress *area : {&areas.first(), &areas.last()}) {
            ++area->assigned;
            if (row.outcome == VisitOutcome::Visited) {
                ++area->visited;
            } else if (row.outcome == VisitOutcome::NotFound) {
                ++area->notFound;
            } else if (row.outcome == VisitOutcome::Refused) {
                ++area->refused;
            }
        }
    }
    return areas;
}

QString FieldVisits::deviceKey() const
{
    return deviceKeyOf(m_db, m_clock);
}

QString FieldVisits::deviceKeyOf(const Database &db, const Clock &clock)
{
    const Result<std::optional<SigningKeyPair>> identity = FieldKeys(db, clock).identity();
    return identity && *identity ? (*identity)->publicHex() : QStringLiteral("kantor");
}

Result<QList<VisitMember>> FieldVisits::membersOf(const Database &db, const QString &visitUuid)
{
    auto q = db.query(QStringLiteral("SELECT member_key, finding, event_date, place, person FROM "
                                     "field_visit_member WHERE visit_uuid = ? ORDER BY "
                                     "member_key"),
                      {visitUuid});
    if (!q) {
        return q.error();
    }
    QList<VisitMember> members;
    while (q->next()) {
        VisitMember m;
        m.memberKey = q->value(0).toString();
        m.finding = VisitVocabulary::findingFromCode(q->value(1).toString())
                        .value_or(MemberFinding::Present);
        m.date = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        m.place = q->value(3).toString();
        m.person = QJsonDocument::fromJson(q->value(4).toByteArray()).object();
        members << m;
    }
    return members;
}

Status FieldVisits::writeMembers(const Database &db, const QString &visitUuid,
                                 const QList<VisitMember> &members)
{
    // The members are part of the visit's current revision, not register rows.
    if (auto q = db.query(QStringLiteral("DELETE FROM field_visit_member WHERE visit_uuid = ?"),
                          {visitUuid});
        !q) {
        return q.error();
    }
    for (const VisitMember &m : members) {
        auto q = db.query(
            QStringLiteral("INSERT INTO field_visit_member (visit_uuid, member_key, finding, "
                           "event_date, place, person) VALUES (?, ?, ?, ?, ?, ?)"),
            {visitUuid, m.memberKey, VisitVocabulary::code(m.finding), dateOrNull(m.date), m.place,
             QString::fromUtf8(QJsonDocument(m.person).toJson(QJsonDocument::Compact))});
        if (!q) {
            return q.error();
        }
    }
    return {};
}

Result<std::optional<Visit>> FieldVisits::visitOf(const QString &householdId) const
{
    auto q = m_db.query(QStringLiteral("SELECT uuid, outcome, visited_on, notes, revision, "
                                       "recorded_by, updated_at, device_key FROM field_visit "
                                       "WHERE household_id = ? ORDER BY updated_at DESC LIMIT 1"),
                        {householdId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<Visit>();
    }
    Visit v;
    v.uuid = q->value(0).toString();
    v.householdId = householdId;
    v.outcome =
        VisitVocabulary::outcomeFromCode(q->value(1).toString()).value_or(VisitOutcome::Visited);
    v.visitedOn = QDate::fromString(q->value(2).toString(), Qt::ISODate);
    v.notes = q->value(3).toString();
    v.revision = q->value(4).toInt();
    v.recordedBy = q->value(5).toString();
    v.updatedAt = QDateTime::fromString(q->value(6).toString(), Qt::ISODateWithMs);
    v.deviceKey = q->value(7).toString();
    Result<QList<VisitMember>> members = membersOf(m_db, v.uuid);
    if (!members) {
        return members.error();
    }
    v.members = std::move(*members);
    return std::optional<Visit>(v);
}

Status FieldVisits::check(const Visit &visit) const
{
    auto assigned =
        m_db.query(QStringLiteral("SELECT 1 FROM field_assignment WHERE household_id = ?"),
                   {visit.householdId});
    if (!assigned) {
        return assigned.error();
    }
    if (!assigned->next()) {
        return Error{
            QStringLiteral("fieldwork.not_assigned"),
            tr("Keluarga %1 tidak ada dalam paket kerja laptop ini.").arg(visit.householdId)};
    }
    const QDate today = m_clock.today();
    if (!visit.visitedOn.isValid() || visit.visitedOn > today) {
        return Error{QStringLiteral("fieldwork.visit_date"),
                     tr("Isi tanggal kunjungan (hari ini atau sebelumnya).")};
    }
    for (const VisitMember &m : visit.members) {
        const QString who = m.finding == MemberFinding::New
                                ? m.person.value(QLatin1String("name")).toString().trimmed()
                                : m.memberKey;
        switch (m.finding) {
        case MemberFinding::Present:
            break;
        case MemberFinding::Died:
            if (!m.date.isValid() || m.date > today) {
                return Error{QStringLiteral("fieldwork.death_date"),
                             tr("Isi tanggal meninggal anggota %1 (tidak boleh sesudah hari ini).")
                                 .arg(who)};
            }
            break;
        case MemberFinding::Moved:
            if (m.place.trimmed().isEmpty()) {
                return Error{QStringLiteral("fieldwork.moved_where"),
                             tr("Isi ke mana anggota %1 pindah.").arg(who)};
            }
            if (m.date.isValid() && m.date > today) {
                return Error{
                    QStringLiteral("fieldwork.moved_date"),
                    tr("Tanggal pindah anggota %1 tidak boleh sesudah hari ini.").arg(who)};
            }
            break;
        case MemberFinding::New:
            if (who.isEmpty()) {
                return Error{QStringLiteral("fieldwork.new_member_name"),
                             tr("Isi nama anggota baru.")};
            }
            break;
        }
        if (m.finding != MemberFinding::New) {
            auto person =
                m_db.query(QStringLiteral("SELECT 1 FROM person WHERE id = ? AND household_id = ?"),
                           {m.memberKey, visit.householdId});
            if (!person) {
                return person.error();
            }
            if (!person->next()) {
                return Error{QStringLiteral("fieldwork.unknown_member"),
                             tr("Anggota %1 bukan anggota keluarga ini.").arg(m.memberKey)};
            }
        }
    }
    return {};
}

Result<Visit> FieldVisits::record(const Session &session, Visit visit) const
{
    if (const Status allowed = session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    if (const Status s = check(visit); !s) {
        return s.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    visit.deviceKey = deviceKey();
    visit.recordedBy = session.username();
    visit.updatedAt = m_clock.now().toUTC();
    const QString updatedAt = visit.updatedAt.toString(Qt::ISODateWithMs);
    auto existing = m_db.query(QStringLiteral("SELECT uuid, revision FROM field_visit WHERE "
                                              "household_id = ? AND device_key = ?"),
                               {visit.householdId, visit.deviceKey});
    if (!existing) {
        return existing.error();
    }
    int newMembers = 0;
    for (VisitMember &m : visit.members) {
        if (m.finding == MemberFinding::New) {
            m.memberKey = QStringLiteral("baru-%1").arg(++newMembers);
        }
    }
    if (existing->next()) {
        visit.uuid = existing->value(0).toString();
        visit.revision = existing->value(1).toInt() + 1;
        auto q = m_db.query(QStringLiteral("UPDATE field_visit SET outcome = ?, visited_on = ?, "
                                           "notes = ?, revision = ?, recorded_by = ?, updated_at "
                                           "= ? WHERE uuid = ?"),
                            {VisitVocabulary::code(visit.outcome), dateOrNull(visit.visitedOn),
                             visit.notes, visit.revision, visit.recordedBy, updatedAt, visit.uuid});
        if (!q) {
            return q.error();
        }
    } else {
        visit.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        visit.revision = 1;
        auto q = m_db.query(QStringLiteral("INSERT INTO field_visit (uuid, household_id, outcome, "
                                           "visited_on, notes, revision, recorded_by, updated_at, "
                                           "device_key) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)"),
                            {visit.uuid, visit.householdId, VisitVocabulary::code(visit.outcome),
                             dateOrNull(visit.visitedOn), visit.notes, visit.recordedBy, updatedAt,
                             visit.deviceKey});
        if (!q) {
            return q.error();
        }
    }
    if (const Status s = writeMembers(m_db, visit.uuid, visit.members); !s) {
        return s.error();
    }
    if (const auto audit =
            AuditTrail(m_db, m_clock)
                .record(session.username(), QStringLiteral("fieldwork.visit"),
                        QStringLiteral("household"), visit.householdId,
                        {{QStringLiteral("visit"), visit.uuid},
                         {QStringLiteral("outcome"), VisitVocabulary::code(visit.outcome)},
                         {QStringLiteral("revision"), visit.revision}});
        !audit) {
        return audit.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return visit;
}

} // namespace tepat
