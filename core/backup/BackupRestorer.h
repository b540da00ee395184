#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace tepat {

struct RestoreReport
{
    QString databasePath;
    QDateTime backupCreatedAt;
    int schemaVersion = 0; // of the restored data, before any upgrade
    QString village;       // village code recorded in the backup
    qint64 databaseBytes = 0;
    int filesRestored = 0; // added to the files folder
    int filesPresent = 0;  // already there (same content)
    bool replacedExisting = false;
};

// Restores a backup file after checking all of it: the whole stream must authenticate and end
// with its FINAL tag, the SQLite file must pass PRAGMA integrity_check and have a schema this
// version knows. Only then is the store replaced (through SQLite's backup API, atomically,
// even while Tepat has it open) or created (a new machine), and the files added. A wrong
// passphrase or a damaged, truncated or foreign file changes nothing.
class BackupRestorer
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestorer)

public:
    struct Request
    {
        QString backupPath;
        QString passphrase;
        QString databasePath;
        QString filesRoot; // default ContentStore::rootFor(databasePath)
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    Result<RestoreReport> restore(const Request &request, const Progress &progress = {}) const;
};

} // namespace tepat
