#include "ui/backup/BackupController.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/storage/Database.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackgroundJob.h"

#include <QDir>
#include <QFileInfo>

namespace tepat {

BackupController::BackupController(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_service(context.db, context.clock)
    , m_job(new BackgroundJob(this))
    , m_keyCost(BackupKey::standardCost())
{
    connect(m_job, &BackgroundJob::progressed, this, &BackupController::progressed);
    m_schedule.setInterval(60 * 1000);
    connect(&m_schedule, &QTimer::timeout, this, &BackupController::checkSchedule);
    m_schedule.start();
}

BackupController::~BackupController() = default;

bool BackupController::busy() const
{
    return m_job->running();
}

void BackupController::cancel()
{
    m_job->cancel();
}

Status BackupController::setPassphrase(const QString &passphrase)
{
    if (const Status allowed = m_context.session.require(Permission::RestoreBackups); !allowed) {
        return allowed;
    }
    if (const Status rules = BackupKey::checkPassphraseRules(passphrase); !rules) {
        return rules;
    }
    const PasswordCost cost = m_keyCost;
    const bool launched = m_job->start(
        [passphrase, cost] { return BackupKey::derive(passphrase, BackupKey::freshKdf(cost)); },
        [this](Result<BackupKey> key) {
            const Status stored =
                key ? m_service.storeKey(m_context.session, key.value()) : Status(key.error());
            Q_EMIT finished(stored.ok(), stored ? tr("Frasa sandi cadangan disimpan. Cadangan "
                                                     "berikutnya memakai frasa sandi ini.")
                                                : stored.error().message);
        });
    if (!launched) {
        return Error{QStringLiteral("backup.busy"), tr("Tunggu pekerjaan cadangan yang berjalan.")};
    }
    Q_EMIT started(tr("Menyiapkan kunci cadangan…"));
    return {};
}

Status BackupController::backupNow(const QString &file)
{
    const Result<BackupSettings> settings = m_service.settings();
    if (!settings) {
        return settings.error();
    }
    const Result<std::optional<BackupKey>> key = m_service.storedKey();
    if (!key) {
        return key.error();
    }
    if (!key->has_value()) {
        return Error{QStringLiteral("backup.no_key"),
                     tr("Frasa sandi cadangan belum diatur. Administrator mengaturnya di "
                        "Pengaturan → Cadangan.")};
    }
    const QString folder = settings->folder.isEmpty()
                               ? BackupSettings::defaultFolder(m_context.db.path())
                               : settings->folder;
    const bool scheduled = file.isEmpty();
    const QString output =
        scheduled ? QDir(folder).filePath(BackupService::scheduledFileName(m_context.clock.now()))
                  : file;
    const BackupKey keyCopy = key->value();
    const QString db = m_context.db.path();
    const QString files = m_context.filesFolder;
    const Clock &clock = m_context.clock;
    BackgroundJob *job = m_job;
    job->setTitle(tr("Mencadangkan data…"));
    const bool launched = m_job->start(
        [keyCopy, db, files, output, &clock, job] {
            return BackupWriter(keyCopy, clock)
                .write({db, files, output}, [job](qint64 d, qint64 t) {
                    job->report(d, t);
                    return !job->cancelled();
                });
        },
        [this, scheduled, folder, keep = settings->keep](Result<BackupReport> result) {
            if (result && scheduled) {
                BackupService::prune(folder, keep);
            }
            backupFinished(result);
        });
    if (!launched) {
        return Error{QStringLiteral("backup.busy"), tr("Tunggu pekerjaan cadangan yang berjalan.")};
    }
    Q_EMIT started(tr("Mencadangkan ke %1…").arg(QDir::toNativeSeparators(output)));
    return {};
}

void BackupController::backupFinished(const Result<BackupReport> &result)
{
    if (!result) {
        m_lastFailure = m_context.clock.now();
        (void)m_service.recordFailure(result.error().message);
        Q_EMIT finished(false, result.error().message);
        return;
    }
    const Status noted = m_service.recordBackup(m_context.session.username(), result.value());
    QString message = tr("Cadangan dibuat: %1 (%2 MB, %3 berkas foto/dokumen).")
                          .arg(QDir::toNativeSeparators(result->file))
                          .arg(Language::formatNumber((result->bytes + 999999) / 1000000))
                          .arg(result->files);
    if (!noted) {
        message += u' ' + noted.error().message;
    }
    Q_EMIT finished(true, message);
}

Status BackupController::restore(const QString &file, const QString &passphrase, bool backupFirst)
{
    if (const Status allowed = m_service.mayRestore(m_context.session); !allowed) {
        return allowed;
    }
    if (m_job->running()) {
        return Error{QStringLiteral("backup.busy"), tr("Tunggu pekerjaan cadangan yang berjalan.")};
    }
    std::optional<BackupKey> safetyKey;
    QString safetyFile;
    if (backupFirst) {
        const Result<std::optional<BackupKey>> key = m_service.storedKey();
        if (!key || !key->has_value()) {
            return Error{QStringLiteral("backup.no_key"),
                         tr("Data sekarang tidak bisa dicadangkan dulu karena frasa sandi "
                            "cadangan belum diatur. Atur dulu, atau pulihkan tanpa mencadangkan.")};
        }
        safetyKey = key->value();
        const Result<BackupSettings> settings = m_service.settings();
        const QString folder = settings && !settings->folder.isEmpty()
                                   ? settings->folder
                                   : BackupSettings::defaultFolder(m_context.db.path());
        safetyFile = QDir(folder).filePath(QStringLiteral("tepat-sebelum-pulih-%1.tepatbak")
                                               .arg(m_context.clock.now().toLocalTime().toString(
                                                   QStringLiteral("yyyyMMdd-HHmmss"))));
    }
    const QString db = m_context.db.path();
    const QString files = m_context.filesFolder;
    const Clock &clock = m_context.clock;
    BackgroundJob *job = m_job;
    job->setTitle(tr("Memulihkan cadangan…"));
    struct Outcome
    {
        std::optional<Result<BackupReport>> safety;
        std::optional<Result<RestoreReport>> restored; // empty when the safety backup failed
    };
    m_job->start(
        [=, &clock]() {
            Outcome outcome;
            const auto progress = [job](qint64 d, qint64 t) {
                job->report(d, t);
                return !job->cancelled();
            };
            if (safetyKey) {
                outcome.safety =
                    BackupWriter(*safetyKey, clock).write({db, files, safetyFile}, progress);
                if (!*outcome.safety) {
                    return outcome;
                }
            }
            outcome.restored = BackupRestorer().restore({file, passphrase, db, files}, progress);
            return outcome;
        },
        [this, file](Outcome outcome) {
            if (outcome.safety && *outcome.safety) {
                (void)m_service.recordBackup(m_context.session.username(), outcome.safety->value());
            }
            if (!outcome.restored) {
                Q_EMIT finished(false, outcome.safety->error().message + u' ' +
                                           tr("Pemulihan tidak dijalankan; data tidak diubah."));
                return;
            }
            const Result<RestoreReport> &report = *outcome.restored;
            if (!report) {
                Q_EMIT finished(false, report.error().message + u' ' + tr("Data tidak diubah."));
                return;
            }
            (void)m_service.recordRestore(m_context.session.username(), file, report.value());
            Q_EMIT restored(report.value());
            Q_EMIT finished(true, tr("Cadangan dari %1 dipulihkan.")
                                      .arg(Language::formatDateTime(report->backupCreatedAt)));
        });
    Q_EMIT started(tr("Memeriksa dan memulihkan cadangan…"));
    return {};
}

void BackupController::checkSchedule()
{
    // After a failure (USB stick missing, disk full) try again in an hour, not every minute.
    if (m_job->running() ||
        (m_lastFailure.isValid() && m_lastFailure.secsTo(m_context.clock.now()) < 3600)) {
        return;
    }
    const Result<BackupSettings> settings = m_service.settings();
    if (!settings) {
        return;
    }
    const QDateTime due = m_service.nextDue(settings.value());
    if (due.isValid() && due <= m_context.clock.now()) {
        (void)backupNow();
    }
}

} // namespace tepat
