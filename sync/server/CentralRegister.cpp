#include "sync/server/CentralRegister.h"

#include "core/common/Clock.h"
#include "core/domain/Household.h"
#include "core/importing/CsvReader.h"
#include "core/importing/SnapshotImporter.h"
#include "core/register/RegisterRepository.h"
#include "core/replica/RecordJson.h"
#include "core/storage/Database.h"
#include "sync/protocol/Json.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/PiecewiseTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace tepat::central {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

QJsonObject CivilEventReport::toJson() const
{
    QJsonArray list;
    for (const auto &[line, message] : refusals) {
        list.append(
            QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("message"), message}});
    }
    return {{QStringLiteral("applied"), applied},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("unknown"), unknown},
            {QStringLiteral("invalid"), invalid},
            {QStringLiteral("refusals"), list}};
}

CentralRegister::CentralRegister(const CentralDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<std::optional<RegisterRecord>> CentralRegister::record(const QString &entity,
                                                              const QString &id) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT village_code, household_id, version, data FROM record "
                                  "WHERE entity = ? AND id = ?"),
                   {entity, id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<RegisterRecord>();
    }
    return std::optional<RegisterRecord>(
        RegisterRecord{entity, id, q->value(0).toString(), q->value(1).toString(),
                       q->value(2).toLongLong(), parse(q->value(3))});
}

Result<bool> CentralRegister::put(const RegisterRecord &r, const QString &nik,
                                  const QString &source) const
{
    Result<std::optional<RegisterRecord>> current = record(r.entity, r.id);
    if (!current) {
        return current.error();
    }
    if (*current && (*current)->data == r.data && (*current)->villageCode == r.villageCode) {
        return false;
    }
    const qint64 version = *current ? (*current)->version + 1 : 1;
    const QString now = storedTime(m_clock.now());
    const QVariant nikValue =
        nik.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(nik);
    Result<QSqlQuery> q =
        *current
            ? m_db.query(QStringLiteral("UPDATE record SET village_code = ?, household_id = ?, "
                                        "nik = ?, version = ?, data = ?, updated_at = ? "
                                        "WHERE entity = ? AND id = ?"),
                         {r.villageCode, r.householdId, nikValue, version, compact(r.data), now,
                          r.entity, r.id})
            : m_db.query(QStringLiteral("INSERT INTO record(entity, id, village_code, "
                                        "household_id, nik, version, data, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {r.entity, r.id, r.villageCode, r.householdId, nikValue, version,
                          compact(r.data), now});
    if (!q) {
        return q.error();
    }
    if (Result<qint64> seq = appendChange(r.villageCode, r.entity, r.id, version, source, r.data);
        !seq) {
        return seq.error();
    }
    return true;
}

Result<qint64> CentralRegister::appendChange(const QString &villageCode, const QString &entity,
                                             const QString &id, qint64 version,
                                             const QString &source, const QJsonObject &data) const
{
    if (const Status s = m_db.lockChangeStream(); !s) {
        return s.error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("INSERT INTO change_log(village_code, entity, entity_id, version, source, "
                       "at, data) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
        {villageCode, entity, id, version, source, storedTime(m_clock.now()), compact(data)});
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<qint64> CentralRegister::latestSequence() const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<sync::ChangePage> CentralRegister::changesAfter(const QString &villageCode, qint64 after,
                                                       int limit) const
{
    Result<qint64> latest = latestSequence();
    if (!latest) {
        return latest.error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT seq, entity, entity_id, version, source, at, data FROM change_log "
                       "WHERE village_code = ? AND seq > ? ORDER BY seq LIMIT ?"),
        {villageCode, after, limit + 1});
    if (!q) {
        return q.error();
    }
    sync::ChangePage page;
    page.serverId = m_db.serverId();
    page.latestSequence = *latest;
    while (q->next()) {
        if (page.changes.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.changes.append({q->value(0).toLongLong(), q->value(1).toString(),
                             q->value(2).toString(), q->value(3).toLongLong(),
                             q->value(4).toString(), parseStoredTime(q->value(5).toString()),
                             parse(q->value(6))});
    }
    return page;
}

Result<sync::SnapshotPage> CentralRegister::snapshot(const QString &villageCode,
                                                     const QString &after, int limit) const
{
    Result<qint64> latest = latestSequence();
    if (!latest) {
        return latest.error();
    }
    sync::SnapshotPage page;
    page.serverId = m_db.serverId();
    page.asOfSequence = *latest;
    Result<QSqlQuery> households = m_db.query(
        QStringLiteral("SELECT id, version, data FROM record WHERE entity = 'household' AND "
                       "village_code = ? AND id > ? ORDER BY id LIMIT ?"),
        {villageCode, after, limit + 1});
    if (!households) {
        return households.error();
    }
    QString last;
    int count = 0;
    while (households->next()) {
        if (count == limit) {
            page.next = last;
            break;
        }
        ++count;
        last = households->value(0).toString();
        page.records.append({0, QStringLiteral("household"), last,
                             households->value(1).toLongLong(), QStringLiteral("register"),
                             m_clock.now(), parse(households->value(2))});
    }
    if (count == 0) {
        return page;
    }
    Result<QSqlQuery> persons = m_db.query(
        QStringLiteral("SELECT id, version, data FROM record WHERE entity = 'person' AND "
                       "village_code = ? AND household_id > ? AND household_id <= ? "
                       "ORDER BY household_id, id"),
        {villageCode, after, last});
    if (!persons) {
        return persons.error();
    }
    while (persons->next()) {
        page.records.append({0, QStringLiteral("person"), persons->value(0).toString(),
                             persons->value(1).toLongLong(), QStringLiteral("register"),
                             m_clock.now(), parse(persons->value(2))});
    }
    // The families' disbursement events travel with their households.
    Result<QSqlQuery> disbursements = m_db.query(
        QStringLiteral("SELECT id, version, data FROM disbursement WHERE village_code = ? AND "
                       "household_id > ? AND household_id <= ? ORDER BY household_id, id"),
        {villageCode, after, last});
    if (!disbursements) {
        return disbursements.error();
    }
    while (disbursements->next()) {
        page.records.append({0, QStringLiteral("disbursement"), disbursements->value(0).toString(),
                             disbursements->value(1).toLongLong(), QStringLiteral("disbursement"),
                             m_clock.now(), parse(disbursements->value(2))});
    }
    return page;
}

Result<RegisterImportReport> CentralRegister::importSnapshot(const QString &householdsCsv,
                                                             const QString &personsCsv,
                                                             const QString &rejectsPath,
                                                             const ImportPacing &pacing) const
{
    // Validate with the installation's own importer into a scratch store, then take the rows.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return Error{QStringLiteral("central.scratch"),
                     tr("Folder sementara untuk impor tidak bisa dibuat.")};
    }
    Result<std::unique_ptr<Database>> store =
        Database::open(scratch.filePath(QStringLiteral("import.sqlite")));
    if (!store) {
        return store.error();
    }
    ImportOptions options;
    options.actor = QStringLiteral("tepat-central");
    options.rejectsPath = rejectsPath;
    Result<ImportReport> imported =
        SnapshotImporter(*store.value(), m_clock).run(householdsCsv, personsCsv, options);
    if (!imported) {
        return imported.error();
    }
    RegisterImportReport report;
    report.rejected = imported->householdsRejected + imported->personsRejected;
    report.rejectsFile = imported->rejectsFile;

    const RegisterRepository repo(*store.value(), m_clock);
    PiecewiseTransaction tx(m_db, pacing);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    QString after;
    for (;;) {
        Result<QList<Household>> page = repo.householdPage(after, 500);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            break;
        }
        for (const Household &h : *page) {
            after = h.id;
            ++report.households;
            Result<bool> written = put({QStringLiteral("household"), h.id, h.villageCode, h.id, 0,
                                        RecordJson::fromHousehold(h)},
                                       {}, QStringLiteral("register"));
            if (!written) {
                return written.error();
            }
            report.changed += *written;
            if (const Status s = tx.next(); !s) {
                return s.error();
            }
            Result<QList<Person>> members = repo.members(h.id);
            Result<QList<ProgramMembership>> programs = repo.programs(h.id);
            if (!members || !programs) {
                return members ? programs.error() : members.error();
            }
            for (const Person &p : *members) {
                PersonRecord record{p, {}};
                for (const ProgramMembership &m : *programs) {
                    if (m.personId == p.id && !m.until.isValid()) {
                        record.programs.append(m);
                    }
                }
                ++report.persons;
                Result<bool> person = put({QStringLiteral("person"), p.id, h.villageCode, h.id, 0,
                                           RecordJson::fromPerson(record)},
                                          p.nik, QStringLiteral("register"));
                if (!person) {
                    return person.error();
                }
                report.changed += *person;
                if (const Status s = tx.next(); !s) {
                    return s.error();
                }
            }
        }
    }
    if (const Status s = tx.finish(); !s) {
        return s.error();
    }
    return report;
}

Result<CivilEventReport> CentralRegister::importCivilEvents(QIODevice &csv,
                                                            const QString &regencyCode,
                                                            const ImportPacing &pacing) const
{
    CsvReader reader(csv);
    if (const Status s = reader.readHeader(); !s) {
        return s.error();
    }
    const std::vector<std::string> expected{"event", "nik", "date", "note"};
    if (reader.header() != expected) {
        return Error{QStringLiteral("civil.header"),
                     tr("Baris judul berkas peristiwa harus: event,nik,date,note")};
    }
    PiecewiseTransaction tx(m_db, pacing);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    CivilEventReport report;
    const auto refuse = [&report](qint64 line, const QString &message) {
        ++report.invalid;
        if (report.refusals.size() < 1000) {
            report.refusals.append({line, message});
        }
    };
    for (;;) {
        const CsvReader::Next next = reader.next();
        if (next == CsvReader::Next::End) {
            break;
        }
        if (next == CsvReader::Next::Fatal) {
            return reader.fatalError();
        }
        if (next == CsvReader::Next::Malformed) {
            refuse(reader.line(), reader.message());
            continue;
        }
        const auto &f = reader.fields();
        if (f.size() != 4) {
            refuse(reader.line(), tr("jumlah kolom harus 4"));
            continue;
        }
        const QString event = QString::fromUtf8(f[0].data(), qsizetype(f[0].size())).trimmed();
        const QString nik = QString::fromUtf8(f[1].data(), qsizetype(f[1].size())).trimmed();
        const QDate date = QDate::fromString(
            QString::fromUtf8(f[2].data(), qsizetype(f[2].size())).trimmed(), Qt::ISODate);
        const QString note = QString::fromUtf8(f[3].data(), qsizetype(f[3].size())).trimmed();
        PersonStatus status = PersonStatus::Active;
        if (event == QLatin1String("death")) {
            status = PersonStatus::Deceased;
        } else if (event == QLatin1String("move")) {
            status = PersonStatus::Moved;
        } else {
            refuse(reader.line(), tr("jenis peristiwa harus death atau move"));
            continue;
        }
        if (nik.size() != 16 ||
            !std::all_of(nik.begin(), nik.end(), [](QChar c) { return c.isDigit(); })) {
            refuse(reader.line(), tr("NIK harus 16 angka"));
            continue;
        }
        if (!date.isValid() || date > m_clock.today()) {
            refuse(reader.line(), tr("tanggal harus YYYY-MM-DD dan tidak di masa depan"));
            continue;
        }
        if (note.size() > 500) {
            refuse(reader.line(), tr("keterangan lebih dari 500 karakter"));
            continue;
        }
        Result<QSqlQuery> q = m_db.query(
            QStringLiteral("SELECT id, village_code, household_id, version, data FROM record "
                           "WHERE entity = 'person' AND nik = ?"),
            {nik});
        if (!q) {
            return q.error();
        }
        if (!q->next() ||
            (!regencyCode.isEmpty() && !q->value(1).toString().startsWith(regencyCode + u'.'))) {
            ++report.unknown;
            continue;
        }
        RegisterRecord r{QStringLiteral("person"), q->value(0).toString(),   q->value(1).toString(),
                         q->value(2).toString(),   q->value(3).toLongLong(), parse(q->value(4))};
        const QString code = vocabulary::code(status);
        if (r.data.value(QLatin1String("status")).toString() == code) {
            ++report.unchanged;
            continue;
        }
        r.data.insert(QStringLiteral("status"), code);
        r.data.insert(QStringLiteral("status_date"), date.toString(Qt::ISODate));
        r.data.insert(QStringLiteral("status_reason"),
                      !note.isEmpty() ? note
                      : status == PersonStatus::Deceased
                          ? tr("Meninggal dunia (laporan Dukcapil)")
                          : tr("Pindah domisili (laporan Dukcapil)"));
        r.data.insert(QStringLiteral("programs"), QJsonArray());
        Result<bool> written = put(r, nik, QStringLiteral("civil_registry"));
        if (!written) {
            return written.error();
        }
        ++report.applied;
        if (const Status s = tx.next(); !s) {
            return s.error();
        }
    }
    if (const Status s = tx.finish(); !s) {
        return s.error();
    }
    return report;
}

} // namespace tepat::central
