#include "core/backup/BackupService.h"

#include "core/common/Clock.h"
#include "core/domain/IdentityNumber.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tepat {

namespace {

const QString folderKey = QStringLiteral("backup.folder");
const QString intervalKey = QStringLiteral("backup.interval_hours");
const QString keepKey = QStringLiteral("backup.keep");
const QString lastAtKey = QStringLiteral("backup.last_at");
const QString lastFileKey = QStringLiteral("backup.last_file");
const QString lastErrorKey = QStringLiteral("backup.last_error");

// Audit details name files, never paths that could carry a person's identity number.
QString safeFileName(const QString &path)
{
    return IdentityNumberValidator::masked(QFileInfo(path).fileName());
}

} // namespace

QString BackupSettings::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/cadangan");
}

BackupService::BackupService(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<BackupSettings> BackupService::settings() const
{
    BackupSettings s;
    s.folder = m_db.setting(folderKey);
    s.intervalHours = qBound(1, m_db.setting(intervalKey, QStringLiteral("24")).toInt(), 24 * 30);
    s.keep = qBound(1, m_db.setting(keepKey, QStringLiteral("7")).toInt(), 365);
    s.lastAt = parseStoredTime(m_db.setting(lastAtKey));
    s.lastFile = m_db.setting(lastFileKey);
    s.lastError = m_db.setting(lastErrorKey);
    Result<QSqlQuery> q = m_db.query(QStringLiteral("SELECT count(*) FROM backup_key"));
    if (!q) {
        return q.error();
    }
    s.hasKey = q->next() && q->value(0).toInt() > 0;
    return s;
}

Status BackupService::configure(const Session &session, const QString &folder, int intervalHours,
                                int keep) const
{
    if (const Status allowed = session.require(Permission::RestoreBackups); !allowed) {
        return allowed;
    }
    if (folder.trimmed().isEmpty() || !QDir::isAbsolutePath(folder)) {
        return Error{QStringLiteral("backup.folder"), tr("Pilih folder cadangan.")};
    }
    if (intervalHours < 1 || intervalHours > 24 * 30 || keep < 1 || keep > 365) {
        return Error{QStringLiteral("backup.schedule"),
                     tr("Jadwal cadangan: selang 1 jam sampai 30 hari, simpan 1 sampai 365 "
                        "cadangan.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    for (const auto &[key, value] : {std::pair{folderKey, QDir::cleanPath(folder)},
                                     std::pair{intervalKey, QString::number(intervalHours)},
                                     std::pair{keepKey, QString::number(keep)}}) {
        if (const Status s = m_db.setSetting(key, value); !s) {
            return s;
        }
    }
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(session.username(), QStringLiteral("backup.configure"),
                    QStringLiteral("backup"), {},
                    {{QStringLiteral("interval_hours"), intervalHours},
                     {QStringLiteral("keep"), keep}});
    if (!audited) {
        return audited.error();
    }
    return tx.commit();
}

Status BackupService::storeKey(const Session &session, const BackupKey &key) const
{
    if (const Status allowed = session.require(Permission::RestoreBackups); !allowed) {
        return allowed;
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("INSERT INTO backup_key(id, salt, opslimit, memlimit, key, created_at, "
                       "created_by) VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                       "salt = excluded.salt, opslimit = excluded.opslimit, memlimit = "
                       "excluded.memlimit, key = excluded.key, created_at = excluded.created_at, "
                       "created_by = excluded.created_by"),
        {key.kdf().salt, qint64(key.kdf().opsLimit), qint64(key.kdf().memLimit), key.bytes(),
         storedTime(m_clock.now()), session.username()});
    if (!q) {
        return q.error();
    }
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(session.username(), QStringLiteral("backup.passphrase"),
                    QStringLiteral("backup"), {});
    if (!audited) {
        return audited.error();
    }
    return tx.commit();
}

Result<std::optional<BackupKey>> BackupService::storedKey() const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT salt, opslimit, memlimit, key FROM backup_key WHERE id = 1"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<BackupKey>();
    }
    const BackupKdf kdf{quint64(q->value(1).toLongLong()), quint64(q->value(2).toLongLong()),
                        q->value(0).toByteArray()};
    Result<BackupKey> key = BackupKey::fromStored(kdf, q->value(3).toByteArray());
    if (!key) {
        return key.error();
    }
    return std::optional<BackupKey>(key.value());
}

Status BackupService::mayRestore(const Session &session) const
{
    return session.require(Permission::RestoreBackups);
}

QDateTime BackupService::nextDue(const BackupSettings &settings) const
{
    if (!settings.hasKey || settings.folder.isEmpty()) {
        return {};
    }
    if (!settings.lastAt.isValid()) {
        return m_clock.now();
    }
    return settings.lastAt.addSecs(qint64(settings.intervalHours) * 3600);
}

QString BackupService::scheduledFileName(const QDateTime &at)
{
    return QStringLiteral("tepat-cadangan-%1.tepatbak")
        .arg(at.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

int BackupService::prune(const QString &folder, int keep)
{
    static const QRegularExpression scheduled(
        QStringLiteral("^tepat-cadangan-\\d{8}-\\d{6}\\.tepatbak$"));
    QStringList names;
    for (const QString &name :
         QDir(folder).entryList({QStringLiteral("tepat-cadangan-*")}, QDir::Files, QDir::Name)) {
        if (scheduled.match(name).hasMatch()) {
            names.append(name);
        }
    }
    int removed = 0;
    // Names sort by time; the newest are at the end.
    for (qsizetype i = 0; i + keep < names.size(); ++i) {
        if (QFile::remove(QDir(folder).filePath(names[i]))) {
            ++removed;
        }
    }
    return removed;
}

Status BackupService::recordBackup(const QString &actor, const BackupReport &report) const
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    for (const auto &[key, value] :
         {std::pair{lastAtKey, storedTime(report.createdAt)}, std::pair{lastFileKey, report.file},
          std::pair{lastErrorKey, QString()}}) {
        if (const Status s = m_db.setSetting(key, value); !s) {
            return s;
        }
    }
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("backup.create"), QStringLiteral("backup"),
                    safeFileName(report.file),
                    {{QStringLiteral("bytes"), report.bytes},
                     {QStringLiteral("sha256"), report.sha256},
                     {QStringLiteral("files"), report.files}});
    if (!audited) {
        return audited.error();
    }
    return tx.commit();
}

Status BackupService::recordFailure(const QString &message) const
{
    return m_db.setSetting(lastErrorKey, message);
}

Status BackupService::recordRestore(const QString &actor, const QString &backupFile,
                                    const RestoreReport &report) const
{
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("backup.restore"), QStringLiteral("backup"),
                    safeFileName(backupFile),
                    {{QStringLiteral("backup_created_at"), storedTime(report.backupCreatedAt)},
                     {QStringLiteral("schema"), report.schemaVersion},
                     {QStringLiteral("files"), report.filesRestored + report.filesPresent}});
    if (!audited) {
        return audited.error();
    }
    return {};
}

} // namespace tepat
