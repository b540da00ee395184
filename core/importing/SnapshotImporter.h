#pragma once

#include "core/common/Result.h"
#include "core/importing/BulkLoad.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace tepat {

class Clock;
class Database;

struct ImportOptions
{
    QDate asOf; // the date of the data; today when null
    QString actor = QStringLiteral("import");
    // Called now and then with bytes read so far and the total of both files.
    std::function<void(qint64 done, qint64 total)> progress;
    // Where refused rows and warnings go; beside the database when empty.
    QString rejectsPath;
    // Bulk: the name index, household figures and secondary indexes are built once after the
    // rows (a fresh or mostly-new store). Incremental: kept row by row (a small import into a
    // big store). Automatic picks by size (see SnapshotImporter::choosePath).
    enum class Path
    {
        Automatic,
        Bulk,
        Incremental
    };
    Path path = Path::Automatic;
    // Test seam: called before each step that finishes the bulk path (BulkLoad::finish).
    BulkLoad::Checkpoint bulkCheckpoint;
};

struct ImportReport
{
    qint64 householdsInserted = 0;
    qint64 householdsUpdated = 0;
    qint64 householdsRejected = 0;
    qint64 personsInserted = 0;
    qint64 personsUpdated = 0;
    qint64 personsRejected = 0;
    qint64 warnings = 0;
    bool bulk = false;   // which path loaded the rows (ImportOptions::Path)
    QString rejectsFile; // empty when every row went in without a warning
};

// Loads a register snapshot (docs/snapshot-format.md) into the store. Valid rows go in one
// transaction; refused rows and warnings are written with their line number and reason to a
// rejects CSV; a wrong header, a file that is not UTF-8 or a storage failure leaves the store
// exactly as it was.
class SnapshotImporter
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotImporter)

public:
    SnapshotImporter(const Database &db, const Clock &clock);

    Result<ImportReport> run(const QString &householdsCsv, const QString &personsCsv,
                             const ImportOptions &options = {}) const;

    static QStringList householdColumns();
    static QStringList personColumns();
    static QString defaultRejectsPath(const QString &databasePath, const QDateTime &at);
    // Bulk when the persons file likely holds at least half as many people as the store does
    // already (rebuilding everything once is then cheaper than keeping it row by row).
    static bool choosePath(ImportOptions::Path requested, qint64 personsFileBytes,
                           qint64 personsInStore);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
