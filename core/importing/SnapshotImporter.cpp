#include "core/importing/SnapshotImporter.h"

#include "core/common/Clock.h"
#include "core/importing/CsvReader.h"
#include "core/importing/CsvWriter.h"
#include "core/importing/HouseholdFigures.h"
#include "core/importing/SnapshotRows.h"
#include "core/matching/NewDuplicates.h"
#include "core/storage/Database.h"
#include "core/storage/ReplicaWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>
#include <unordered_set>

namespace tepat {

namespace {

using namespace snapshot;

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

struct ColumnMap
{
    std::vector<int> index; // expected column -> position in the file
};

} // namespace

QStringList SnapshotImporter::householdColumns()
{
    QStringList list;
    for (const char *c : kHouseholdColumns) {
        list << QLatin1String(c);
    }
    return list;
}

QStringList SnapshotImporter::personColumns()
{
    QStringList list;
    for (const char *c : kPersonColumns) {
        list << QLatin1String(c);
    }
    return list;
}

QString SnapshotImporter::defaultRejectsPath(const QString &databasePath, const QDateTime &at)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral("-rejects-") +
           at.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".csv");
}

bool SnapshotImporter::choosePath(ImportOptions::Path requested, qint64 personsFileBytes,
                                  qint64 personsInStore)
{
    switch (requested) {
    case ImportOptions::Path::Bulk:
        return true;
    case ImportOptions::Path::Incremental:
        return false;
    case ImportOptions::Path::Automatic:
        break;
    }
    // A persons row of a register export is about 100 bytes.
    constexpr qint64 bytesPerPerson = 100;
    return personsFileBytes / bytesPerPerson >= personsInStore / 2;
}

SnapshotImporter::SnapshotImporter(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

namespace {

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotImporter)

public:
    // figures: where accepted persons are counted for their household (a bulk load into an
    // empty register), or nullptr.
    ImportRun(const Database &db, const Clock &clock, const ImportOptions &options, bool upsert,
              QIODevice &rejects, HouseholdFigures *figures)
        : m_options(options)
        , m_asOf((options.asOf.isValid() ? options.asOf : clock.today())
                     .toString(Qt::ISODate)
                     .toStdString())
        , m_checker(clock.today())
        , m_writer(db, upsert, options.actor, storedTime(clock.now()))
        , m_upsert(upsert)
        , m_rejects(rejects)
        , m_figures(figures)
    {}

    Status prepare()
    {
        m_rejects.writeRow({"file", "line", "outcome", "code", "message", "row"});
        return m_writer.prepare();
    }

    static Result<ColumnMap> mapColumns(const CsvReader &reader, const char *const *expected,
                                        int count, int required, const QString &fileName)
    {
        ColumnMap map;
        map.index.assign(size_t(count), -1);
        const auto &header = reader.header();
        QStringList unknown;
        for (size_t pos = 0; pos < header.size(); ++pos) {
            bool known = false;
            for (int i = 0; i < count; ++i) {
                if (header[pos] == expected[i]) {
                    if (map.index[size_t(i)] >= 0) {
                        return Error{QStringLiteral("import.header"),
                                     tr("%1: kolom \"%2\" muncul dua kali. Tidak ada data yang "
                                        "diubah.")
                                         .arg(fileName, QLatin1String(expected[i]))};
                    }
                    map.index[size_t(i)] = int(pos);
                    known = true;
                }
            }
            if (!known) {
                unknown << qs(header[pos]);
            }
        }
        QStringList missing;
        for (int i = 0; i < required; ++i) {
            if (map.index[size_t(i)] < 0) {
                missing << QLatin1String(expected[i]);
            }
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            QStringList parts;
            if (!missing.isEmpty()) {
                parts << tr("kolom yang tidak ada: %1").arg(missing.join(QStringLiteral(", ")));
            }
            if (!unknown.isEmpty()) {
                parts << tr("kolom yang tidak dikenal: %1").arg(unknown.join(QStringLiteral(", ")));
            }
            return Error{
                QStringLiteral("import.header"),
                tr("%1: judul kolom tidak sesuai format snapshot (%2). Tidak ada data yang "
                   "diubah.")
                    .arg(fileName, parts.join(QStringLiteral("; ")))};
        }
        return map;
    }

    Status households(CsvReader &reader, const ColumnMap &map, const QString &fileName,
                      ImportReport &report)
    {
        return eachRecord(
            reader, map, HCount, fileName,
            [&](const std::vector<std::string_view> &f) { return household(f, report); },
            report.householdsRejected);
    }

    Status persons(CsvReader &reader, const ColumnMap &map, const QString &fileName,
                   ImportReport &report)
    {
        return eachRecord(
            reader, map, PCount, fileName,
            [&](const std::vector<std::string_view> &f) { return person(f, report); },
            report.personsRejected);
    }

    void setProgressBase(qint64 base, qint64 total)
    {
        m_progressBase = base;
        m_progressTotal = total;
    }

    qint64 warnings() const { return m_warningCount; }
    bool rejectsWritten() const { return m_rejects.ok(); }
    qint64 rejected() const { return m_rejectedCount; }

private:
    // A row's verdict: refused (with a finding), or accepted with optional warnings.
    // The checker's verdict, or a storage failure that ends the import.
    struct Verdict : RowVerdict
    {
        bool fatal = false;
    };

    template<typename Fn>
    Status eachRecord(CsvReader &reader, const ColumnMap &map, int count, const QString &fileName,
                      Fn &&handle, qint64 &rejectedCounter)
    {
        m_fileName = QFileInfo(fileName).fileName().toUtf8();
        std::vector<std::string_view> fields(static_cast<size_t>(count));
        qint64 records = 0;
        for (;;) {
            const CsvReader::Next n = reader.next();
            if (n == CsvReader::Next::End) {
                break;
            }
            if (n == CsvReader::Next::Fatal) {
                const Error &e = reader.fatalError();
                return Error{e.code, tr("%1: %2 Tidak ada data yang diubah.")
                                         .arg(QFileInfo(fileName).fileName(), e.message)};
            }
            if (++records % 4096 == 0 && m_options.progress) {
                m_options.progress(m_progressBase + reader.bytesConsumed(), m_progressTotal);
            }
            Verdict verdict;
            if (n == CsvReader::Next::Malformed) {
                verdict.refused = true;
                verdict.findings.append({Severity::Error, QStringLiteral("csv.malformed"),
                                         tr("Baris tidak bisa dibaca: %1.").arg(reader.message())});
            } else if (reader.fields().size() != reader.header().size()) {
                verdict.refused = true;
                verdict.findings.append({Severity::Error, QStringLiteral("import.columns"),
                                         tr("Jumlah kolom %1, seharusnya %2.")
                                             .arg(reader.fields().size())
                                             .arg(reader.header().size())});
            } else {
                const auto &raw = reader.fields();
                for (int i = 0; i < count; ++i) {
                    const int pos = map.index[size_t(i)];
                    // Cells a spreadsheet export defused ("'-7.8") are read as meant.
                    fields[size_t(i)] = pos >= 0 && pos < int(raw.size())
                                            ? CsvWriter::undefused(trimCell(raw[size_t(pos)]))
                                            : std::string_view();
                }
                verdict = handle(fields);
            }
            if (verdict.fatal) {
                return m_writer.lastError();
            }
            if (verdict.refused) {
                ++rejectedCounter;
                ++m_rejectedCount;
            }
            for (const Finding &f : verdict.findings) {
                const bool refusal = verdict.refused && f.severity == Severity::Error;
                if (!refusal) {
                    ++m_warningCount;
                }
                writeReject(reader, refusal, f);
            }
        }
        return {};
    }

    void writeReject(const CsvReader &reader, bool refused, const Finding &f)
    {
        const QByteArray line = QByteArray::number(reader.line());
        const QByteArray code = f.code.toUtf8();
        const QByteArray message = f.message.toUtf8();
        m_rejects.writeRow({std::string_view(m_fileName.constData(), size_t(m_fileName.size())),
                            std::string_view(line.constData(), size_t(line.size())),
                            refused ? std::string_view("rejected") : std::string_view("warning"),
                            std::string_view(code.constData(), size_t(code.size())),
                            std::string_view(message.constData(), size_t(message.size())),
                            reader.rawRecord()});
    }

    Verdict household(const Fields &f, ImportReport &report)
    {
        HouseholdRow row;
        Verdict v{m_checker.household(f, row)};
        if (v.refused) {
            return v;
        }
        const QString village = qs(row.villageCode);
        if (!m_villages.contains(village)) {
            if (!m_writer.ensureVillage(village)) {
                return fatal();
            }
            m_villages.insert(village);
        }
        if (m_upsert && !m_seenHouseholds.insert(std::string(row.id)).second) {
            return duplicateHousehold(row.id);
        }
        switch (m_writer.writeHousehold(row)) {
        case ReplicaWriter::Outcome::Inserted:
            ++report.householdsInserted;
            break;
        case ReplicaWriter::Outcome::Updated:
            ++report.householdsUpdated;
            break;
        case ReplicaWriter::Outcome::DuplicateId:
            return duplicateHousehold(row.id);
        default:
            return fatal();
        }
        return v;
    }

    static Verdict fatal()
    {
        Verdict v;
        v.fatal = true;
        return v;
    }

    static Verdict refuse(const char *code, const QString &message)
    {
        return Verdict{RowVerdict::refuse(code, message)};
    }

    static Verdict duplicateHousehold(std::string_view id)
    {
        return refuse("household.duplicate_id",
                      tr("household_id %1 muncul lebih dari sekali dalam berkas.").arg(qs(id)));
    }

    Verdict person(const Fields &f, ImportReport &report)
    {
        PersonRow row;
        Verdict v{m_checker.person(f, row, m_programs)};
        if (v.refused) {
            return v;
        }
        if (m_upsert && !m_seenPersons.insert(std::string(row.id)).second) {
            return duplicatePerson(row.id);
        }
        qint64 pk = 0;
        switch (m_writer.writePerson(row, pk)) {
        case ReplicaWriter::Outcome::Inserted:
            ++report.personsInserted;
            if (m_figures) {
                m_figures->add(row.householdId, row.relationship, row.status, row.name);
            }
            break;
        case ReplicaWriter::Outcome::Updated:
            ++report.personsUpdated;
            break;
        case ReplicaWriter::Outcome::DuplicateId:
            return duplicatePerson(row.id);
        case ReplicaWriter::Outcome::DuplicateNik:
            return refuse(
                "person.duplicate_nik",
                tr("NIK ini sudah dipakai orang lain dalam data; NIK yang sama tidak boleh "
                   "dua kali."));
        case ReplicaWriter::Outcome::UnknownHousehold:
            return refuse("person.household_unknown",
                          tr("household_id %1 tidak ada di berkas keluarga maupun di data.")
                              .arg(qs(row.householdId)));
        case ReplicaWriter::Outcome::Failed:
            return fatal();
        }
        if (!m_programs.empty() || m_upsert) {
            if (!m_writer.setPrograms(pk, m_programs, m_asOf)) {
                return fatal();
            }
        }
        return v;
    }

    static Verdict duplicatePerson(std::string_view id)
    {
        return refuse("person.duplicate_id",
                      tr("person_id %1 muncul lebih dari sekali dalam berkas.").arg(qs(id)));
    }

    const ImportOptions &m_options;
    std::string m_asOf;
    SnapshotRowChecker m_checker;
    ReplicaWriter m_writer;
    bool m_upsert;
    CsvWriter m_rejects;
    HouseholdFigures *m_figures;
    QByteArray m_fileName;
    QSet<QString> m_villages;
    std::unordered_set<std::string> m_seenHouseholds;
    std::unordered_set<std::string> m_seenPersons;
    std::vector<std::string_view> m_programs;
    qint64 m_warningCount = 0;
    qint64 m_rejectedCount = 0;
    qint64 m_progressBase = 0;
    qint64 m_progressTotal = 0;
};

constexpr int kBulkCacheKib = 128 * 1024;

// PRAGMA cache_size for one import, back to the store's usual size (Database::open) after.
class CacheSize
{
public:
    CacheSize(const Database &db, int kib)
        : m_db(db)
        , m_set(kib > 0)
    {
        if (m_set) {
            (void)m_db.execute(("PRAGMA cache_size = -" + QByteArray::number(kib)).constData());
        }
    }
    ~CacheSize()
    {
        if (m_set) {
            (void)m_db.execute("PRAGMA cache_size = -20000");
        }
    }
    CacheSize(const CacheSize &) = delete;
    CacheSize &operator=(const CacheSize &) = delete;

private:
    const Database &m_db;
    bool m_set;
};

// The store's CHECK constraints are off (PRAGMA ignore_check_constraints) while the bulk path
// writes its rows, and on again after, whichever way the import ends. SQLite builds a temporary
// table for every `CHECK (status IN (...))` of three or more values on every row it inserts: a
// fifth of the import's time. SnapshotRowChecker refuses every value those CHECKs would (codes from
// the vocabulary, desil 1-10, coordinates in range;
// TestSnapshotImporter::bulkRowsPassTheStoresChecks runs quick_check over every such value).
// Statements prepared while it is on are recompiled with the checks once it is off again.
class CheckConstraintsInImporter
{
public:
    explicit CheckConstraintsInImporter(const Database &db)
        : m_db(db)
        , m_set(m_db.execute("PRAGMA ignore_check_constraints = ON"))
    {}
    ~CheckConstraintsInImporter()
    {
        if (m_set) {
            (void)m_db.execute("PRAGMA ignore_check_constraints = OFF");
        }
    }
    CheckConstraintsInImporter(const CheckConstraintsInImporter &) = delete;
    CheckConstraintsInImporter &operator=(const CheckConstraintsInImporter &) = delete;

private:
    const Database &m_db;
    bool m_set;
};

Result<qint64> countRows(const Database &db, const char *sql)
{
    Result<QSqlQuery> q = db.query(QString::fromLatin1(sql));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

Result<ImportReport> SnapshotImporter::run(const QString &householdsCsv, const QString &personsCsv,
                                           const ImportOptions &options) const
{
    QFile households(householdsCsv);
    QFile persons(personsCsv);
    for (QFile *file : {&households, &persons}) {
        if (!file->open(QIODevice::ReadOnly)) {
            return Error{QStringLiteral("import.unreadable"),
                         tr("Berkas %1 tidak bisa dibuka: %2. Tidak ada data yang diubah.")
                             .arg(file->fileName(), file->errorString())};
        }
    }
    CsvReader householdReader(households);
    CsvReader personReader(persons);
    const QString householdName = QFileInfo(householdsCsv).fileName();
    const QString personName = QFileInfo(personsCsv).fileName();
    for (auto [reader, name] :
         {std::pair{&householdReader, householdName}, std::pair{&personReader, personName}}) {
        const Status header = reader->readHeader();
        if (!header) {
            return Error{
                header.error().code,
                tr("%1: %2 Tidak ada data yang diubah.").arg(name, header.error().message)};
        }
    }
    const Result<ColumnMap> householdMap = ImportRun::mapColumns(householdReader, kHouseholdColumns,
                                                                 HCount, HDesilAsOf, householdName);
    if (!householdMap) {
        return householdMap.error();
    }
    const Result<ColumnMap> personMap =
        ImportRun::mapColumns(personReader, kPersonColumns, PCount, PCount, personName);
    if (!personMap) {
        return personMap.error();
    }

    const QString rejectsPath = options.rejectsPath.isEmpty()
                                    ? defaultRejectsPath(m_db.path(), m_clock.now())
                                    : options.rejectsPath;
    QSaveFile rejectsFile(rejectsPath);
    if (!rejectsFile.open(QIODevice::WriteOnly)) {
        return Error{QStringLiteral("import.rejects_unwritable"),
                     tr("Berkas penolakan %1 tidak bisa dibuat: %2. Tidak ada data yang diubah.")
                         .arg(rejectsPath, rejectsFile.errorString())};
    }

    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const Result<qint64> existing =
        countRows(m_db, "SELECT (SELECT count(*) FROM (SELECT 1 FROM household LIMIT 1)) + "
                        "(SELECT count(*) FROM (SELECT 1 FROM person LIMIT 1))");
    if (!existing) {
        return existing.error();
    }
    const bool upsert = existing.value() > 0;
    const Result<qint64> personsInStore =
        upsert ? countRows(m_db, "SELECT count(*) FROM person") : Result<qint64>(0);
    if (!personsInStore) {
        return personsInStore.error();
    }
    ImportReport report;
    report.bulk = choosePath(options.path, persons.size(), personsInStore.value());
    // A re-import looks up each person's current programmes: that index stays.
    BulkLoad bulk(m_db,
                  upsert ? QList<QByteArray>{"program_membership_person"} : QList<QByteArray>{});
    if (report.bulk) {
        // Dropping an index fails while another statement of this connection is still
        // reading (SQLITE_LOCKED): then the rows go in on the incremental path instead.
        Transaction suspension(m_db);
        if (!suspension.begun()) {
            return suspension.begun().error();
        }
        if (bulk.suspend() && suspension.commit()) {
            report.bulk = true;
        } else {
            suspension.rollback();
            report.bulk = false;
        }
    }
    // A bigger page cache while the rows go in and the indexes are built (the store's usual
    // 20 MB spills to the WAL and reads back at a million people); the usual one after.
    const CacheSize cache(m_db, report.bulk ? kBulkCacheKib : 0);
    std::optional<CheckConstraintsInImporter> checks;
    if (report.bulk) {
        checks.emplace(m_db);
    }
    // Into an empty register the file's persons are all there is: their households' figures are
    // counted as they go in instead of read back from the person table.
    HouseholdFigures figures;
    HouseholdFigures *counted = report.bulk && !upsert ? &figures : nullptr;
    ImportRun run(m_db, m_clock, options, upsert, rejectsFile, counted);
    if (const Status prepared = run.prepare(); !prepared) {
        return prepared.error();
    }
    const qint64 total = households.size() + persons.size();
    run.setProgressBase(0, total);
    if (const Status s = run.households(householdReader, *householdMap, householdsCsv, report);
        !s) {
        return s.error();
    }
    run.setProgressBase(households.size(), total);
    if (const Status s = run.persons(personReader, *personMap, personsCsv, report); !s) {
        return s.error();
    }
    checks.reset();
    if (report.bulk) {
        if (const Status s = bulk.finish(options.bulkCheckpoint, counted); !s) {
            return s.error();
        }
    }
    report.warnings = run.warnings();
    if (!run.rejectsWritten()) {
        return Error{QStringLiteral("import.rejects_unwritable"),
                     tr("Berkas penolakan %1 gagal ditulis (disk penuh?). Tidak ada data yang "
                        "diubah.")
                         .arg(rejectsPath)};
    }

    const QDate asOf = options.asOf.isValid() ? options.asOf : m_clock.today();
    if (const Status s = m_db.setSetting(QStringLiteral("data_date"), asOf.toString(Qt::ISODate));
        !s) {
        return s.error();
    }
    // Beranda counts the likely duplicate pairs the import brought in (issue 17).
    if (const Status s = NewDuplicates::markRegisterChanged(m_db); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    if (options.progress) {
        options.progress(total, total);
    }
    if (run.rejected() + run.warnings() > 0) {
        if (!rejectsFile.commit()) {
            return Error{QStringLiteral("import.rejects_unwritable"),
                         tr("Data sudah masuk, tetapi berkas penolakan %1 gagal ditulis: %2.")
                             .arg(rejectsPath, rejectsFile.errorString())};
        }
        report.rejectsFile = rejectsPath;
    } else {
        rejectsFile.cancelWriting();
    }
    return report;
}

} // namespace tepat
