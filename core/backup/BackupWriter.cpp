#include "core/backup/BackupWriter.h"

#include "core/backup/BackupStream.h"
#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>

#include <sqlite3.h>

namespace tepat {

namespace {

QString snapshotPrefix(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return u'.' + info.completeBaseName() + QStringLiteral("-cadangan-");
}

template<typename T>
QByteArray little(T value)
{
    QByteArray bytes(sizeof(T), '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

struct FileEntry
{
    QString sha256;
    QString path;
    qint64 size = 0;
};

QList<FileEntry> filesIn(const QString &root)
{
    QList<FileEntry> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        if (ContentStore::isSha256(info.fileName()) &&
            info.dir().dirName() == info.fileName().left(2) &&
            info.dir().absolutePath() == QDir(root).absoluteFilePath(info.fileName().left(2))) {
            files.append({info.fileName(), info.absoluteFilePath(), info.size()});
        }
    }
    std::sort(files.begin(), files.end(),
              [](const FileEntry &a, const FileEntry &b) { return a.sha256 < b.sha256; });
    return files;
}

// A consistent copy of the store in one read transaction (the backup API with -1 copies every
// page in one step; in WAL mode writers carry on meanwhile).
Status snapshot(sqlite3 *source, const QString &target)
{
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (!backup) {
            rc = sqlite3_errcode(dest);
        } else {
            for (int attempt = 0; attempt < 100; ++attempt) {
                rc = sqlite3_backup_step(backup, -1);
                if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
                    break;
                }
                QThread::msleep(50);
            }
            const int finished = sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE) {
                rc = finished;
            }
        }
    }
    const QString detail = dest ? QString::fromUtf8(sqlite3_errmsg(dest)) : QString();
    sqlite3_close(dest);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        return Database::storageError(rc, detail);
    }
    return {};
}

QString scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return value;
}

} // namespace

BackupWriter::BackupWriter(const BackupKey &key, const Clock &clock)
    : m_key(key)
    , m_clock(clock)
{}

void BackupWriter::removeStaleSnapshots(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QDir dir = info.absoluteDir();
    // File times come from the operating system's clock, so they are compared with it (not
    // with the injectable Clock, which tests set to a fixed day).
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
    for (const QFileInfo &stale :
         dir.entryInfoList({snapshotPrefix(databasePath) + u'*'}, QDir::Dirs | QDir::Hidden)) {
        if (stale.lastModified().toUTC() < cutoff) {
            QDir(stale.absoluteFilePath()).removeRecursively();
        }
    }
}

Result<BackupReport> BackupWriter::write(const Request &request, const Progress &progress) const
{
    const QString filesRoot = request.filesRoot.isEmpty()
                                  ? ContentStore::rootFor(request.databasePath)
                                  : request.filesRoot;
    Result<std::unique_ptr<Database>> source = [&] {
        Database::Options options;
        options.readOnly = true;
        options.migrate = false;
        return Database::open(request.databasePath, options);
    }();
    if (!source) {
        return source.error();
    }

    // The plain copy stays beside the store (same protection as the store itself), never
    // beside the backup, which may be on a USB stick.
    removeStaleSnapshots(request.databasePath);
    QTemporaryDir work(QFileInfo(request.databasePath).absolutePath() + u'/' +
                       snapshotPrefix(request.databasePath) + QStringLiteral("XXXXXX"));
    if (!work.isValid()) {
        return Error{QStringLiteral("backup.temp"),
                     tr("Folder sementara untuk cadangan tidak bisa dibuat di samping berkas "
                        "data: %1")
                         .arg(work.errorString())};
    }
    const QString copyPath = work.filePath(QStringLiteral("store.sqlite"));
    if (const Status s = snapshot(source.value()->handle(), copyPath); !s) {
        return s.error();
    }
    source.value().reset();

    BackupReport report;
    report.createdAt = m_clock.now();
    QJsonObject manifest{{QStringLiteral("format"), int(backupformat::version)},
                         {QStringLiteral("created_at"), storedTime(report.createdAt)}};
    {
        sqlite3 *copy = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(copyPath).constData(), &copy, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK) {
            report.schemaVersion = scalar(copy, "PRAGMA user_version").toInt();
            manifest.insert(QStringLiteral("schema"), report.schemaVersion);
            manifest.insert(QStringLiteral("village"),
                            scalar(copy, "SELECT value FROM setting WHERE key = 'village_code'"));
            manifest.insert(QStringLiteral("audit_last_id"),
                            scalar(copy, "SELECT max(id) FROM audit_entry").toLongLong());
            manifest.insert(QStringLiteral("audit_head"),
                            scalar(copy, "SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1"));
        }
        sqlite3_close(copy);
    }
    QFile copy(copyPath);
    if (!copy.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("backup.temp"),
                     tr("Salinan sementara tidak bisa dibaca: %1").arg(copy.errorString())};
    }
    const QList<FileEntry> files = filesIn(filesRoot);
    report.databaseBytes = copy.size();
    report.files = int(files.size());
    qint64 total = report.databaseBytes;
    for (const FileEntry &f : files) {
        total += f.size;
    }
    manifest.insert(QStringLiteral("database_bytes"), report.databaseBytes);
    manifest.insert(QStringLiteral("files"), report.files);

    if (!QDir().mkpath(QFileInfo(request.outputPath).absolutePath())) {
        return Error{QStringLiteral("backup.folder"),
                     tr("Folder cadangan %1 tidak bisa dibuat.")
                         .arg(QFileInfo(request.outputPath).absolutePath())};
    }
    QSaveFile out(request.outputPath);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly)) {
        return Error{QStringLiteral("backup.write"),
                     tr("Berkas cadangan %1 tidak bisa dibuat: %2")
                         .arg(request.outputPath, out.errorString())};
    }
    BackupEncryptor stream(out, m_key);
    if (const Status s = stream.begin(); !s) {
        return s.error();
    }
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    Status s = stream.write(QByteArray(1, 'M') + little<quint32>(quint32(manifestBytes.size())) +
                            manifestBytes);
    if (s) {
        s = stream.endMessage();
    }

    qint64 done = 0;
    QByteArray buffer(backupformat::chunkBytes, '\0');
    const auto copyBody = [&](QFile &in, qint64 size) -> Status {
        qint64 left = size;
        while (left > 0) {
            const qint64 n = in.read(buffer.data(), qMin<qint64>(left, buffer.size()));
            if (n <= 0) {
                return Error{QStringLiteral("backup.read"),
                             tr("Berkas %1 tidak bisa dibaca untuk dicadangkan: %2")
                                 .arg(QFileInfo(in.fileName()).fileName(), in.errorString())};
            }
            if (const Status w = stream.write(buffer.constData(), n); !w) {
                return w;
            }
            left -= n;
            done += n;
            if (progress && !progress(done, total)) {
                return Error{QStringLiteral("backup.cancelled"),
                             tr("Pencadangan dibatalkan; cadangan sebelumnya tetap utuh.")};
            }
        }
        return {};
    };
    if (s) {
        s = stream.write(QByteArray(1, 'D') + little<quint64>(quint64(report.databaseBytes)));
    }
    if (s) {
        s = copyBody(copy, report.databaseBytes);
    }
    for (const FileEntry &f : files) {
        if (!s) {
            break;
        }
        QFile in(f.path);
        if (!in.open(QIODevice::ReadOnly)) {
            s = Error{QStringLiteral("backup.read"),
                      tr("Berkas %1 tidak bisa dibaca untuk dicadangkan: %2")
                          .arg(f.sha256.left(12), in.errorString())};
            break;
        }
        // The size is fixed now: files are never rewritten under their name.
        s = stream.write(QByteArray(1, 'F') + f.sha256.toLatin1() +
                         little<quint64>(quint64(in.size())));
        if (s) {
            s = copyBody(in, in.size());
        }
    }
    if (s) {
        s = stream.write(QByteArray(1, 'E'));
    }
    if (s) {
        s = stream.finish();
    }
    if (!s) {
        out.cancelWriting();
        return s.error();
    }
    if (!out.commit()) {
        return Error{QStringLiteral("backup.write"),
                     tr("Berkas cadangan tidak bisa disimpan (disk penuh?): %1; cadangan "
                        "sebelumnya tetap utuh.")
                         .arg(out.errorString())};
    }
    report.file = QFileInfo(request.outputPath).absoluteFilePath();
    report.bytes = stream.bytesWritten();
    report.sha256 = stream.sha256();
    return report;
}

} // namespace tepat
