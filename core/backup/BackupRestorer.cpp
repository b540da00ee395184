#include "core/backup/BackupRestorer.h"

#include "core/backup/BackupStream.h"
#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>

#include <sqlite3.h>

namespace tepat {

namespace {

Error damaged(const QString &message)
{
    return Error{QStringLiteral("backup.damaged"), message};
}

// The staged copy must be a sound Tepat store of a schema this version can open.
Result<int> checkStagedDatabase(const QString &path)
{
    sqlite3 *db = nullptr;
    int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    QString integrity;
    int version = -1;
    if (rc == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
        while (rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
            integrity +=
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))) +
                u' ';
        }
        sqlite3_finalize(stmt);
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW) {
            version = sqlite3_column_int(stmt, 0);
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    if (integrity.trimmed() != QLatin1String("ok")) {
        return damaged(BackupRestorer::tr("Data di dalam cadangan tidak lolos pemeriksaan "
                                          "keutuhan SQLite; cadangan tidak dipulihkan."));
    }
    if (version < 1) {
        return damaged(BackupRestorer::tr("Cadangan ini tidak berisi data Tepat."));
    }
    if (version > Database::latestSchemaVersion()) {
        return Error{QStringLiteral("backup.newer_schema"),
                     BackupRestorer::tr("Cadangan ini dibuat oleh Tepat versi yang lebih baru "
                                        "(skema %1; versi ini mengenal sampai skema %2). "
                                        "Perbarui Tepat untuk memulihkannya.")
                         .arg(version)
                         .arg(Database::latestSchemaVersion())};
    }
    return version;
}

// Replaces the content of an existing store in one transaction; connections that have it
// open see the restored data afterwards.
Status replaceContent(const QString &staged, const QString &target)
{
    sqlite3 *dest = nullptr;
    sqlite3 *src = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &dest, SQLITE_OPEN_READWRITE,
                             nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_open_v2(QFile::encodeName(staged).constData(), &src, SQLITE_OPEN_READONLY,
                             nullptr);
    }
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(dest, 5000);
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src, "main");
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
    sqlite3_close(src);
    sqlite3_close(dest);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        return Database::storageError(rc, detail);
    }
    return {};
}

} // namespace

Result<RestoreReport> BackupRestorer::restore(const Request &request,
                                              const Progress &progress) const
{
    const auto cancelled = [] {
        return Error{QStringLiteral("backup.cancelled"),
                     tr("Pemulihan dibatalkan; data tidak diubah.")};
    };
    QFile in(request.backupPath);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("backup.unreadable"),
                     tr("Berkas cadangan %1 tidak bisa dibuka: %2")
                         .arg(request.backupPath, in.errorString())};
    }
    const qint64 total = in.size();
    const Result<BackupHeader> header = BackupDecryptor::readHeader(in);
    if (!header) {
        return header.error();
    }
    const Result<BackupKey> key = BackupKey::derive(request.passphrase, header->kdf);
    if (!key) {
        return key.error();
    }
    BackupDecryptor stream(in, header.value(), key.value());

    const QFileInfo target(request.databasePath);
    const QString filesRoot = request.filesRoot.isEmpty()
                                  ? ContentStore::rootFor(request.databasePath)
                                  : request.filesRoot;
    if (!QDir().mkpath(target.absolutePath())) {
        return Error{QStringLiteral("backup.folder"),
                     tr("Folder %1 tidak bisa dibuat.").arg(target.absolutePath())};
    }
    QTemporaryDir staging(target.absolutePath() + QStringLiteral("/.") + target.completeBaseName() +
                          QStringLiteral("-pulih-XXXXXX"));
    if (!staging.isValid()) {
        return Error{QStringLiteral("backup.temp"),
                     tr("Folder sementara untuk pemulihan tidak bisa dibuat: %1")
                         .arg(staging.errorString())};
    }
    const QString stagedDb = staging.filePath(QStringLiteral("store.sqlite"));
    const QString stagedFiles = staging.filePath(QStringLiteral("files"));
    QDir().mkpath(stagedFiles);

    RestoreReport report;
    QJsonObject manifest;
    bool sawDatabase = false;
    QList<QString> staged;
    QByteArray buffer(backupformat::chunkBytes, '\0');

    const auto copyOut = [&](QFile &out, qint64 size, QCryptographicHash *hash) -> Status {
        while (size > 0) {
            const qint64 n = qMin<qint64>(size, buffer.size());
            if (const Status s = stream.read(buffer.data(), n); !s) {
                return s;
            }
            if (out.write(buffer.constData(), n) != n) {
                return Error{QStringLiteral("backup.write"),
                             tr("Data cadangan tidak bisa ditulis (disk penuh?): %1; data tidak "
                                "diubah.")
                                 .arg(out.errorString())};
            }
            if (hash) {
                hash->addData(QByteArrayView(buffer.constData(), n));
            }
            size -= n;
            if (progress && !progress(in.pos(), total)) {
                return cancelled();
            }
        }
        return {};
    };

    for (bool first = true;; first = false) {
        const Result<QByteArray> type = stream.read(1);
        if (!type) {
            return type.error();
        }
        const char kind = type->at(0);
        if (first != (kind == 'M')) {
            return damaged(tr("Isi berkas cadangan tidak tersusun seperti seharusnya."));
        }
        if (kind == 'E') {
            break;
        }
        if (kind == 'M') {
            const Result<QByteArray> length = stream.read(4);
            if (!length) {
                return length.error();
            }
            const quint32 n = qFromLittleEndian<quint32>(length->constData());
            if (n > 1 << 20) {
                return damaged(tr("Isi berkas cadangan tidak tersusun seperti seharusnya."));
            }
            const Result<QByteArray> json = stream.read(n);
            if (!json) {
                return json.error();
            }
            manifest = QJsonDocument::fromJson(json.value()).object();
            continue;
        }
        if (kind == 'D' && !sawDatabase) {
            const Result<QByteArray> size = stream.read(8);
            if (!size) {
                return size.error();
            }
            report.databaseBytes = qint64(qFromLittleEndian<quint64>(size->constData()));
            QFile out(stagedDb);
            if (!out.open(QIODevice::WriteOnly)) {
                return Error{QStringLiteral("backup.write"),
                             tr("Berkas sementara tidak bisa dibuat: %1").arg(out.errorString())};
            }
            if (const Status s = copyOut(out, report.databaseBytes, nullptr); !s) {
                return s.error();
            }
            sawDatabase = true;
            continue;
        }
        if (kind == 'F') {
            const Result<QByteArray> head = stream.read(64 + 8);
            if (!head) {
                return head.error();
            }
            const QString sha = QString::fromLatin1(head->left(64));
            const qint64 size = qint64(qFromLittleEndian<quint64>(head->constData() + 64));
            if (!ContentStore::isSha256(sha)) {
                return damaged(tr("Isi berkas cadangan tidak tersusun seperti seharusnya."));
            }
            QFile out(stagedFiles + u'/' + sha);
            if (!out.open(QIODevice::WriteOnly)) {
                return Error{QStringLiteral("backup.write"),
                             tr("Berkas sementara tidak bisa dibuat: %1").arg(out.errorString())};
            }
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (const Status s = copyOut(out, size, &hash); !s) {
                return s.error();
            }
            out.close();
            // Authenticated, so a mismatch means the file was already damaged when backed up.
            if (QString::fromLatin1(hash.result().toHex()) == sha) {
                staged.append(sha);
            } else {
                QFile::remove(out.fileName());
            }
            continue;
        }
        return damaged(tr("Isi berkas cadangan tidak tersusun seperti seharusnya."));
    }
    if (const Status s = stream.expectEnd(); !s) {
        return s.error();
    }
    if (!sawDatabase) {
        return damaged(tr("Cadangan ini tidak berisi data Tepat."));
    }
    const Result<int> version = checkStagedDatabase(stagedDb);
    if (!version) {
        return version.error();
    }
    report.schemaVersion = version.value();
    report.backupCreatedAt =
        parseStoredTime(manifest.value(QStringLiteral("created_at")).toString());
    report.village = manifest.value(QStringLiteral("village")).toString();
    report.databasePath = target.absoluteFilePath();

    // Everything checked: now change things.
    if (target.exists()) {
        if (const Status s = replaceContent(stagedDb, target.absoluteFilePath()); !s) {
            return s.error();
        }
        report.replacedExisting = true;
    } else {
        // A -wal or -shm left without its database would be read as part of the new one.
        QFile::remove(target.absoluteFilePath() + QStringLiteral("-wal"));
        QFile::remove(target.absoluteFilePath() + QStringLiteral("-shm"));
        if (!QFile::rename(stagedDb, target.absoluteFilePath())) {
            return Error{QStringLiteral("backup.write"),
                         tr("Data tidak bisa dipindahkan ke %1.").arg(target.absoluteFilePath())};
        }
    }
    const ContentStore store(filesRoot);
    for (const QString &sha : staged) {
        if (store.contains(sha)) {
            ++report.filesPresent;
            continue;
        }
        const QString path = store.pathOf(sha);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) ||
            !QFile::rename(stagedFiles + u'/' + sha, path)) {
            return Error{QStringLiteral("backup.files"),
                         tr("Data sudah dipulihkan, tetapi berkas foto/dokumen tidak bisa "
                            "disalin ke %1. Kosongkan ruang disk, lalu pulihkan lagi.")
                             .arg(filesRoot)};
        }
        ++report.filesRestored;
    }
    return report;
}

} // namespace tepat
