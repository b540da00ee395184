#pragma once

#include "core/accounts/PasswordHasher.h"
#include "core/backup/BackupRestorer.h"
#include "core/backup/BackupService.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace tepat {

class BackgroundJob;
struct AppContext;

// Runs backups (on request and on schedule) and restores off the UI thread, one at a time,
// with progress and cancel. Permissions are checked here before any work starts: setting the
// passphrase and restoring need Permission::RestoreBackups; anyone signed in may back up.
class BackupController : public QObject
{
    Q_OBJECT

public:
    explicit BackupController(AppContext &context, QObject *parent = nullptr);
    ~BackupController() override;

    const BackupService &service() const { return m_service; }
    bool busy() const;
    // Argon2 limits for new backup keys (tests use the library minimum).
    void setKeyCost(PasswordCost cost) { m_keyCost = cost; }

    // Each returns at once: an error when the work cannot start, else the result comes as
    // finished()/restored().
    Status setPassphrase(const QString &passphrase);
    // Into `file`, or the backup folder under a dated name when empty.
    Status backupNow(const QString &file = {});
    Status restore(const QString &file, const QString &passphrase, bool backupFirst);
    void cancel();

    // Starts a due scheduled backup (a timer calls it every minute).
    void checkSchedule();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void started(const QString &what);
    void finished(bool ok, const QString &message);
    void restored(const RestoreReport &report);

private:
    void backupFinished(const Result<BackupReport> &result);

    AppContext &m_context;
    BackupService m_service;
    BackgroundJob *m_job = nullptr;
    QTimer m_schedule;
    PasswordCost m_keyCost;
    QDateTime m_lastFailure;
};

} // namespace tepat
