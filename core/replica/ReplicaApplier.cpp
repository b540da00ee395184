#include "core/replica/ReplicaApplier.h"

#include "core/common/Clock.h"
#include "core/disbursements/DisbursementHistory.h"
#include "core/domain/RegionDirectory.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/VerificationOutbox.h"
#include "core/register/RegisterRepository.h"
#include "core/replica/RecordJson.h"
#include "core/replica/ReplicaState.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/search/NameNormalizer.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace tepat {

namespace {

QString statusSource(const ReplicaChange &change)
{
    return change.source == QLatin1String("civil_registry") ? QStringLiteral("civil_registry")
                                                            : QStringLiteral("sync");
}

QString statusActor(const ReplicaChange &change)
{
    return change.source == QLatin1String("civil_registry") ? QStringLiteral("dukcapil")
                                                            : Outbox::serverActor();
}

} // namespace

ReplicaApplier::ReplicaApplier(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<ApplyReport> ReplicaApplier::applyChanges(const QList<ReplicaChange> &changes, qint64 cursor,
                                                 qint64 latestSequence) const
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    ApplyReport report;
    for (int i = 0; i < changes.size(); ++i) {
        if (i == m_failBefore) {
            return Error{QStringLiteral("replica.injected"),
                         tr("Penerapan perubahan dihentikan (uji).")};
        }
        if (const Status s = applyOne(changes[i], report); !s) {
            return Error{s.error().code,
                         tr("Perubahan nomor %1 dari server tidak bisa diterapkan: %2")
                             .arg(changes[i].seq)
                             .arg(s.error().message)};
        }
    }
    if (const Status s = ReplicaState(m_db).setCursor(cursor, latestSequence); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return report;
}

Result<ApplyReport> ReplicaApplier::applySnapshot(const QList<ReplicaChange> &records,
                                                  const QString &next, qint64 asOfSequence) const
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    ApplyReport report;
    for (int i = 0; i < records.size(); ++i) {
        if (i == m_failBefore) {
            return Error{QStringLiteral("replica.injected"),
                         tr("Penerapan perubahan dihentikan (uji).")};
        }
        if (records[i].entity == QLatin1String("request")) {
            return Error{QStringLiteral("replica.invalid_record"),
                         tr("Snapshot dari server berisi data yang bukan keluarga atau anggota.")};
        }
        if (const Status s = applyOne(records[i], report); !s) {
            return s.error();
        }
    }
    const ReplicaState state(m_db);
    if (const Status s = state.setSnapshotProgress(next, asOfSequence, next.isEmpty()); !s) {
        return s.error();
    }
    if (next.isEmpty()) {
        if (const Status s = state.setCursor(asOfSequence, asOfSequence); !s) {
            return s.error();
        }
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return report;
}

Result<bool> ReplicaApplier::hasUnsentChange(const QString &entity, const QString &id) const
{
    // Decided locally (approved) but not yet acknowledged by the server (queued, sent).
    const QString sql =
        entity == QLatin1String("person")
            ? QStringLiteral("SELECT 1 FROM change_request WHERE state IN ('approved', 'queued', "
                             "'sent') AND person_id = ? LIMIT 1")
            : QStringLiteral("SELECT 1 FROM change_request WHERE state IN ('approved', 'queued', "
                             "'sent') AND household_id = ? AND coalesce(person_id, '') = '' "
                             "LIMIT 1");
    Result<QSqlQuery> q = m_db.query(sql, {id});
    if (!q) {
        return q.error();
    }
    return q->next();
}

Result<qint64> ReplicaApplier::localVersion(const QString &entity, const QString &id) const
{
    Result<QSqlQuery> q =
        m_db.query(entity == QLatin1String("person")
                       ? QStringLiteral("SELECT server_version FROM person WHERE id = ?")
                       : QStringLiteral("SELECT server_version FROM household WHERE id = ?"),
                   {id});
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : qint64(-1);
}

Status ReplicaApplier::applyOne(const ReplicaChange &change, ApplyReport &report) const
{
    if (change.entity == QLatin1String("request")) {
        return applyDecision(change, report);
    }
    if (change.entity == QLatin1String("disbursement")) {
        return applyDisbursement(change, report);
    }
    if (change.entity != QLatin1String("household") && change.entity != QLatin1String("person")) {
        return Error{QStringLiteral("replica.unknown_entity"),
                     tr("jenis data \"%1\" tidak dikenal").arg(change.entity.left(32))};
    }
    if (change.version < 1) {
        return Error{QStringLiteral("replica.invalid_version"), tr("versi data tidak valid")};
    }
    return applyRecord(change, report, false);
}

Status ReplicaApplier::applyRecord(const ReplicaChange &change, ApplyReport &report,
                                   bool fromHeld) const
{
    const Result<qint64> local = localVersion(change.entity, change.id);
    if (!local) {
        return local.error();
    }
    if (change.version <= *local) {
        ++report.stale; // a duplicate or older delivery never rolls a record back
        return {};
    }
    const Result<bool> unsent = hasUnsentChange(change.entity, change.id);
    if (!unsent) {
        return unsent.error();
    }
    if (*unsent && *local >= 0) {
        ++report.held;
        return hold(change);
    }
    const Status written =
        change.entity == QLatin1String("person") ? writePerson(change) : writeHousehold(change);
    if (!written) {
        return written;
    }
    ++(fromHeld ? report.released : report.applied);
    return {};
}

Status ReplicaApplier::applyDisbursement(const ReplicaChange &change, ApplyReport &report) const
{
    std::optional<Disbursement> event = Disbursement::fromJson(change.id, change.data);
    if (!event || change.version < 1) {
        return Error{QStringLiteral("replica.invalid_disbursement"),
                     tr("data penyaluran bantuan tidak lengkap atau tidak dikenal")};
    }
    event->version = change.version;
    const Result<bool> stored = DisbursementHistory(m_db, m_clock).store(*event);
    if (!stored) {
        return stored.error();
    }
    ++(*stored ? report.applied : report.stale);
    return {};
}

Status ReplicaApplier::hold(const ReplicaChange &change) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral(
            "INSERT INTO replica_held(entity, id, version, seq, source, at, data, held_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(entity, id) DO UPDATE SET "
            "version = excluded.version, seq = excluded.seq, source = excluded.source, "
            "at = excluded.at, data = excluded.data, held_at = excluded.held_at "
            "WHERE excluded.version > replica_held.version"),
        {change.entity, change.id, change.version, change.seq, change.source, storedTime(change.at),
         QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact)),
         storedTime(m_clock.now())});
    if (!q) {
        return q.error();
    }
    return {};
}

Status ReplicaApplier::writeHousehold(const ReplicaChange &change) const
{
    const Result<Household> h = RecordJson::toHousehold(change.id, change.data);
    if (!h) {
        return h.error();
    }
    const std::optional<Village> village = RegionDirectory::instance().village(h->villageCode);
    Result<QSqlQuery> v = m_db.query(
        QStringLiteral("INSERT INTO village(code, name, district_name, regency_name, "
                       "province_name) VALUES (?, ?, ?, ?, ?) ON CONFLICT(code) DO NOTHING"),
        {h->villageCode, village ? village->name : h->villageCode,
         village ? village->districtName : QString(), village ? village->regencyName : QString(),
         village ? village->provinceName : QString()});
    if (!v) {
        return v.error();
    }
    Result<QSqlQuery> current =
        m_db.query(QStringLiteral("SELECT status, coalesce(status_reason, ''), "
                                  "coalesce(status_date, ''), coalesce(desil, 0), desil_as_of "
                                  "FROM household WHERE id = ?"),
                   {h->id});
    if (!current) {
        return current.error();
    }
    const bool exists = current->next();
    const QString status = vocabulary::code(h->status);
    // A record without a date (an older server) keeps the stored one while the desil stays.
    QDate asOf = h->desilAsOf;
    if (!asOf.isValid() && exists && current->value(3).toInt() == h->desil) {
        asOf = QDate::fromString(current->value(4).toString(), Qt::ISODate);
    }
    const QVariant desilAsOf =
        h->desil > 0 ? Database::nullIfInvalid(asOf) : QVariant(QMetaType(QMetaType::QString));
    const bool statusChanged =
        exists ? (current->value(0).toString() != status ||
                  current->value(1).toString() != h->statusReason ||
                  current->value(2).toString() != Database::nullIfInvalid(h->statusDate).toString())
               : h->status != HouseholdStatus::Active;
    Result<QSqlQuery> q =
        exists
            ? m_db.query(QStringLiteral("UPDATE household SET kk_number = ?, village_code = ?, "
                                        "rt = ?, rw = ?, address = ?, desil = ?, desil_as_of = ?, "
                                        "server_version = ? WHERE id = ?"),
                         {Database::nullIfEmpty(h->kkNumber), h->villageCode, h->rt, h->rw,
                          h->address,
                          h->desil > 0 ? QVariant(h->desil) : QVariant(QMetaType(QMetaType::Int)),
                          desilAsOf, change.version, h->id})
            : m_db.query(QStringLiteral("INSERT INTO household(id, kk_number, village_code, rt, "
                                        "rw, address, desil, desil_as_of, server_version) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {h->id, Database::nullIfEmpty(h->kkNumber), h->villageCode, h->rt, h->rw,
                          h->address,
                          h->desil > 0 ? QVariant(h->desil) : QVariant(QMetaType(QMetaType::Int)),
                          desilAsOf, change.version});
    if (!q) {
        return q.error();
    }
    const RegisterRepository registerRepository(m_db, m_clock);
    if (const Status s =
            registerRepository.recordDesil(h->id, h->desil, asOf, QStringLiteral("pull"));
        !s) {
        return s;
    }
    if (!statusChanged) {
        return {};
    }
    const QString reason = h->statusReason.isEmpty() && h->status != HouseholdStatus::Active
                               ? tr("Dari server pusat")
                               : h->statusReason;
    return registerRepository.setHouseholdStatus(h->id, h->status, reason, h->statusDate,
                                                 statusActor(change), statusSource(change));
}

Status ReplicaApplier::writePerson(const ReplicaChange &change) const
{
    const Result<PersonRecord> record = RecordJson::toPerson(change.id, change.data);
    if (!record) {
        return record.error();
    }
    const Person &p = record->person;
    if (const Result<qint64> household = localVersion(QStringLiteral("household"), p.householdId);
        !household || *household < 0) {
        return household ? Error{QStringLiteral("replica.unknown_household"),
                                 tr("keluarga %1 untuk anggota %2 belum ada di data ini")
                                     .arg(p.householdId, p.id)}
                         : household.error();
    }
    if (!p.nik.isEmpty()) {
        Result<QSqlQuery> clash = m_db.query(
            QStringLiteral("SELECT id FROM person WHERE nik = ? AND id <> ?"), {p.nik, p.id});
        if (!clash) {
            return clash.error();
        }
        if (clash->next()) {
            return Error{QStringLiteral("replica.nik_clash"),
                         tr("NIK anggota %1 sudah dipakai anggota %2 di data ini")
                             .arg(p.id, clash->value(0).toString())};
        }
    }
    Result<QSqlQuery> current = m_db.query(
        QStringLiteral("SELECT pk, status, coalesce(status_reason, ''), coalesce(status_date, '') "
                       "FROM person WHERE id = ?"),
        {p.id});
    if (!current) {
        return current.error();
    }
    const bool exists = current->next();
    qint64 pk = exists ? current->value(0).toLongLong() : 0;
    const QString status = vocabulary::code(p.status);
    const bool statusChanged =
        exists ? (current->value(1).toString() != status ||
                  current->value(2).toString() != p.statusReason ||
                  current->value(3).toString() != Database::nullIfInvalid(p.statusDate).toString())
               : p.status != PersonStatus::Active;
    const QVariantList values{p.householdId,
                              Database::nullIfEmpty(p.nik),
                              p.name,
                              NameNormalizer::normalize(p.name),
                              Database::nullIfEmpty(vocabulary::code(p.sex)),
                              p.birthPlace,
                              Database::nullIfInvalid(p.birthDate),
                              Database::nullIfEmpty(vocabulary::code(p.relationship)),
                              Database::nullIfEmpty(vocabulary::code(p.maritalStatus)),
                              p.occupation,
                              Database::nullIfEmpty(vocabulary::code(p.disability)),
                              change.version,
                              p.id};
    Result<QSqlQuery> q =
        exists ? m_db.query(QStringLiteral("UPDATE person SET household_id = ?, nik = ?, name = ?, "
                                           "name_norm = ?, sex = ?, birth_place = ?, "
                                           "birth_date = ?, relationship = ?, marital_status = ?, "
                                           "occupation = ?, disability = ?, server_version = ? "
                                           "WHERE id = ?"),
                            values)
               : m_db.query(QStringLiteral("INSERT INTO person(household_id, nik, name, name_norm, "
                                           "sex, birth_place, birth_date, relationship, "
                                           "marital_status, occupation, disability, "
                                           "server_version, id) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            values);
    if (!q) {
        return q.error();
    }
    if (!exists) {
        pk = q->lastInsertId().toLongLong();
    }
    // Programmes: end the ones no longer listed, add the new ones.
    Result<QSqlQuery> memberships = m_db.query(
        QStringLiteral(
            "SELECT id, program FROM program_membership WHERE person_pk = ? AND until IS NULL"),
        {pk});
    if (!memberships) {
        return memberships.error();
    }
    QSet<QString> listed;
    for (const ProgramMembership &m : record->programs) {
        listed.insert(vocabulary::code(m.program));
    }
    QSet<QString> present;
    QList<qint64> ended;
    while (memberships->next()) {
        const QString program = memberships->value(1).toString();
        present.insert(program);
        if (!listed.contains(program)) {
            ended.append(memberships->value(0).toLongLong());
        }
    }
    const QString until = (change.at.isValid() ? change.at : m_clock.now())
                              .toLocalTime()
                              .date()
                              .toString(Qt::ISODate);
    for (qint64 id : ended) {
        Result<QSqlQuery> end = m_db.query(
            QStringLiteral(
                "UPDATE program_membership SET until = ?, server_version = ? WHERE id = ?"),
            {until, change.version, id});
        if (!end) {
            return end.error();
        }
    }
    for (const ProgramMembership &m : record->programs) {
        if (present.contains(vocabulary::code(m.program))) {
            continue;
        }
        Result<QSqlQuery> add = m_db.query(
            QStringLiteral("INSERT INTO program_membership(person_pk, program, since, "
                           "server_version) VALUES (?, ?, ?, ?)"),
            {pk, vocabulary::code(m.program), Database::nullIfInvalid(m.since), change.version});
        if (!add) {
            return add.error();
        }
    }
    if (!statusChanged) {
        return {};
    }
    const QString reason = p.statusReason.isEmpty() && p.status != PersonStatus::Active
                               ? tr("Dari server pusat")
                               : p.statusReason;
    return RegisterRepository(m_db, m_clock)
        .setPersonStatus(p.id, p.status, reason, p.statusDate, statusActor(change),
                         statusSource(change));
}

Status ReplicaApplier::applyDecision(const ReplicaChange &change, ApplyReport &report) const
{
    const QString code = change.data.value(QLatin1String("state")).toString();
    const std::optional<RequestState> target = RequestLifecycle::stateFromCode(code);
    const QSet<RequestState> decisions{RequestState::Received,       RequestState::Verified,
                                       RequestState::DinsosRejected, RequestState::Ratified,
                                       RequestState::Final,          RequestState::Lapsed};
    if (!target || !decisions.contains(*target)) {
        return Error{QStringLiteral("replica.invalid_decision"),
                     tr("status keputusan \"%1\" tidak dikenal").arg(code.left(32))};
    }
    QString actor = change.data.value(QLatin1String("actor")).toString().left(64);
    if (actor.isEmpty()) {
        actor = Outbox::serverActor();
    }
    QString reason = change.data.value(QLatin1String("reason")).toString().left(2000);
    if (RequestLifecycle::requiresReason(*target) && reason.trimmed().isEmpty()) {
        reason = tr("(tanpa alasan dari Dinsos)");
    }
    const Result<ChangeRequest> request =
        ChangeRequestRepository(m_db, m_clock).getByUuid(change.id);
    if (!request) {
        if (request.error().code == QLatin1String("request.not_found")) {
            // A verification result on its own, or sent by another installation of the village.
            const Result<bool> verification =
                VerificationOutbox(m_db, m_clock, {})
                    .recordDecision(
                        change.id, code, reason, actor,
                        parseStoredTime(change.data.value(QLatin1String("at")).toString()));
            if (!verification) {
                return verification.error();
            }
            if (*verification) {
                ++report.decisions;
            } else {
                ++report.ignored;
            }
            return {};
        }
        return request.error();
    }
    const Status moved = Outbox::advance(m_db, m_clock, request->id, *target, actor, reason);
    if (!moved) {
        if (moved.error().code == QLatin1String("request.illegal_transition")) {
            qWarning("decision for request %lld cannot be applied from state %s", request->id,
                     qPrintable(RequestLifecycle::code(request->state)));
            ++report.ignored;
            return {};
        }
        return moved;
    }
    Result<QSqlQuery> ack = m_db.query(
        QStringLiteral("UPDATE outbox_item SET acknowledged_at = coalesce(acknowledged_at, ?), "
                       "parked_code = NULL, parked_message = NULL, parked_at = NULL, resend = 0 "
                       "WHERE request_id = ?"),
        {storedTime(m_clock.now()), request->id});
    if (!ack) {
        return ack.error();
    }
    ++report.decisions;
    return {};
}

Result<int> ReplicaApplier::releaseHeld() const
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> q = m_db.query(QStringLiteral(
        "SELECT entity, id, version, seq, source, at, data FROM replica_held ORDER BY seq"));
    if (!q) {
        return q.error();
    }
    QList<ReplicaChange> held;
    while (q->next()) {
        held.append({q->value(3).toLongLong(), q->value(0).toString(), q->value(1).toString(),
                     q->value(2).toLongLong(), q->value(4).toString(),
                     parseStoredTime(q->value(5).toString()),
                     QJsonDocument::fromJson(q->value(6).toByteArray()).object()});
    }
    ApplyReport report;
    for (const ReplicaChange &change : held) {
        const Result<bool> unsent = hasUnsentChange(change.entity, change.id);
        if (!unsent) {
            return unsent.error();
        }
        if (*unsent) {
            continue;
        }
        if (const Status s = applyRecord(change, report, true); !s) {
            return s.error();
        }
        Result<QSqlQuery> del =
            m_db.query(QStringLiteral("DELETE FROM replica_held WHERE entity = ? AND id = ?"),
                       {change.entity, change.id});
        if (!del) {
            return del.error();
        }
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return report.released;
}

Result<int> ReplicaApplier::heldCount() const
{
    Result<QSqlQuery> q = m_db.query(QStringLiteral("SELECT count(*) FROM replica_held"));
    if (!q || !q->next()) {
        return q ? Error{QStringLiteral("storage.read"), tr("Data tidak terbaca.")} : q.error();
    }
    return q->value(0).toInt();
}

} // namespace tepat
