#pragma once

#include "core/accounts/Role.h"
#include "core/backup/BackupKey.h"
#include "core/backup/BackupRestorer.h"
#include "core/backup/BackupWriter.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace tepat {

class Clock;
class Database;

struct BackupSettings
{
    QString folder; // where scheduled backups go ("" until chosen)
    int intervalHours = 24;
    int keep = 7;     // scheduled backups kept in the folder; older ones are removed
    QDateTime lastAt; // last successful backup
    QString lastFile;
    QString lastError;   // of the last attempt, "" when it succeeded
    bool hasKey = false; // a backup passphrase has been set

    static QString defaultFolder(const QString &databasePath);
};

// The backup rules of an installation: who may configure and restore (Permission::
// RestoreBackups; every signed-in person may start a backup, which only the passphrase opens),
// the schedule, the stored key, and the audit entries. Writing and restoring themselves are
// BackupWriter and BackupRestorer, which run off the UI thread.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    BackupService(const Database &db, const Clock &clock);

    Result<BackupSettings> settings() const;
    Status configure(const Session &session, const QString &folder, int intervalHours,
                     int keep) const;
    // Stores the key derived from a new passphrase (derive it off the UI thread first).
    Status storeKey(const Session &session, const BackupKey &key) const;
    Result<std::optional<BackupKey>> storedKey() const;

    Status mayRestore(const Session &session) const;

    // When the next scheduled backup is due (now or in the past: run it), or invalid when
    // nothing is scheduled (no passphrase or folder yet).
    QDateTime nextDue(const BackupSettings &settings) const;
    // "tepat-cadangan-YYYYMMDD-HHMMSS.tepatbak" in the folder.
    static QString scheduledFileName(const QDateTime &at);
    // Removes the oldest scheduled backups beyond `keep`; returns how many were removed.
    static int prune(const QString &folder, int keep);

    Status recordBackup(const QString &actor, const BackupReport &report) const;
    Status recordFailure(const QString &message) const;
    Status recordRestore(const QString &actor, const QString &backupFile,
                         const RestoreReport &report) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
