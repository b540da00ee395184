#pragma once

#include "common/Result.h"

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

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
