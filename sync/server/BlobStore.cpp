#include "sync/server/BlobStore.h"

#include "core/common/Clock.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/CentralDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace tepat::central {

namespace {

// A rename or a new file is durable only once its folder is flushed.
bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

BlobStore::BlobStore(const CentralDatabase &db, const Clock &clock, qint64 villageQuota)
    : m_db(db)
    , m_clock(clock)
    , m_quota(villageQuota)
{}

QString BlobStore::filePath(const QString &sha256) const
{
    return m_db.dataDir() + QStringLiteral("/files/") + sha256.left(2) + u'/' + sha256;
}

QString BlobStore::partialPath(const QString &villageCode, const QString &sha256) const
{
    return m_db.dataDir() + QStringLiteral("/partial/") + villageCode + u'/' + sha256;
}

Result<bool> BlobStore::isComplete(const QString &sha256) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT 1 FROM blob WHERE sha256 = ?"), {sha256});
    if (!q) {
        return q.error();
    }
    return q->next() && QFileInfo::exists(filePath(sha256));
}

Status BlobStore::finishMove(const QString &partial, const QString &sha256) const
{
    const QString target = filePath(sha256);
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder)) {
        return m_db.storageError(QStringLiteral("cannot create %1").arg(folder));
    }
    if (QFileInfo::exists(target)) {
        QFile::remove(partial); // the same content is there already
        return {};
    }
    if (!QFile::rename(partial, target) || !syncFolder(folder)) {
        return m_db.storageError(QStringLiteral("cannot move %1").arg(partial));
    }
    return {};
}

Status BlobStore::serialize(const QString &villageCode, const QString &sha256) const
{
    return m_db.serialize(QStringLiteral("upload:") + villageCode + u'/' + sha256);
}

Result<sync::UploadState> BlobStore::state(const QString &villageCode, const QString &sha256) const
{
    // Reconciling may write: one transaction, and no chunk of the same upload in between.
    CentralTransaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    if (const Status s = serialize(villageCode, sha256); !s) {
        return s.error();
    }
    Result<sync::UploadState> s = reconcile(villageCode, sha256);
    if (!s) {
        return s;
    }
    if (const Status c = tx.commit(); !c) {
        return c.error();
    }
    return s;
}

Result<sync::UploadState> BlobStore::reconcile(const QString &villageCode,
                                               const QString &sha256) const
{
    sync::UploadState s;
    s.sha256 = sha256;
    const QString partial = partialPath(villageCode, sha256);
    Result<QSqlQuery> blob =
        m_db.query(QStringLiteral("SELECT size FROM blob WHERE sha256 = ?"), {sha256});
    if (!blob) {
        return blob.error();
    }
    if (blob->next()) {
        const qint64 size = blob->value(0).toLongLong();
        // Recorded complete, but the move did not happen (a crash after the commit).
        if (!QFileInfo::exists(filePath(sha256)) && QFileInfo(partial).size() == size &&
            sha256OfFile(partial) == sha256) {
            if (const Status moved = finishMove(partial, sha256); !moved) {
                return moved.error();
            }
        }
        if (QFileInfo::exists(filePath(sha256))) {
            s.total = s.received = size;
            s.complete = true;
            return s;
        }
    }
    Result<QSqlQuery> upload = m_db.query(
        QStringLiteral("SELECT total, received FROM upload WHERE village_code = ? AND sha256 = ?"),
        {villageCode, sha256});
    if (!upload) {
        return upload.error();
    }
    if (upload->next()) {
        s.total = upload->value(0).toLongLong();
        s.received = upload->value(1).toLongLong();
    }
    // The store's length and the file's must agree: bytes past the recorded length were never
    // acknowledged, and a file shorter than recorded (lost on a crash) is resumed from its end.
    const QFileInfo file(partial);
    const qint64 onDisk = file.exists() ? file.size() : 0;
    if (onDisk > s.received) {
        QFile f(partial);
        if (!f.resize(s.received)) {
            return m_db.storageError(QStringLiteral("cannot truncate %1").arg(partial));
        }
    } else if (onDisk < s.received) {
        Result<QSqlQuery> lower = m_db.query(
            QStringLiteral("UPDATE upload SET received = ? WHERE village_code = ? AND sha256 = ?"),
            {onDisk, villageCode, sha256});
        if (!lower) {
            return lower.error();
        }
        s.received = onDisk;
    }
    return s;
}

Result<qint64> BlobStore::usage(const QString &villageCode) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT (SELECT coalesce(sum(size), 0) FROM village_file WHERE "
                       "village_code = ?) + (SELECT coalesce(sum(total), 0) FROM upload WHERE "
                       "village_code = ?)"),
        {villageCode, villageCode});
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<sync::UploadState> BlobStore::append(const QString &villageCode, const QString &sha256,
                                            qint64 offset, qint64 total,
                                            const QByteArray &chunk) const
{
    if (total <= 0 || total > sync::limits::kAttachment) {
        return Error{QStringLiteral("attachment.too_large"),
                     tr("Berkas lampiran terlalu besar (paling besar %1 MB).")
                         .arg(sync::limits::kAttachment / (1024 * 1024))};
    }
    if (chunk.isEmpty() || offset + chunk.size() > total) {
        return Error{QStringLiteral("attachment.range"),
                     tr("Potongan berkas di luar ukuran berkas.")};
    }
    CentralTransaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    if (const Status s = serialize(villageCode, sha256); !s) {
        return s.error();
    }
    Result<sync::UploadState> current = reconcile(villageCode, sha256);
    if (!current) {
        return current;
    }
    if (current->complete) {
        return current; // someone else finished it; nothing to add
    }
    if (current->total && *current->total != total) {
        return Error{QStringLiteral("attachment.total"),
                     tr("Ukuran berkas berbeda dengan unggahan yang sedang berjalan.")};
    }
    if (offset != current->received) {
        return Error{QStringLiteral("attachment.offset"),
                     tr("Server sudah menerima %1 byte dari berkas ini; lanjutkan dari sana.")
                         .arg(current->received)};
    }
    if (m_quota > 0 && !current->total) {
        Result<qint64> used = usage(villageCode);
        if (!used) {
            return used.error();
        }
        if (*used + total > m_quota) {
            return Error{QStringLiteral("attachment.quota"),
                         tr("Ruang simpan kelurahan/desa ini di server sudah penuh (%1 dari %2 "
                            "MB terpakai). Hubungi Dinsos untuk menambah kuota.")
                             .arg(*used / (1024 * 1024))
                             .arg(m_quota / (1024 * 1024))};
        }
    }
    const QString path = partialPath(villageCode, sha256);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return m_db.storageError(QStringLiteral("cannot create %1").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.resize(offset) || !file.seek(offset) ||
        file.write(chunk) != chunk.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        return m_db.storageError(QStringLiteral("cannot write %1").arg(path));
    }
    file.close();
    const qint64 received = offset + chunk.size();
    sync::UploadState s{sha256, total, received, false};
    const QString now = storedTime(m_clock.now());
    if (received < total) {
        Result<QSqlQuery> q = m_db.query(
            QStringLiteral("INSERT INTO upload(village_code, sha256, total, received, updated_at) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (village_code, sha256) DO UPDATE "
                           "SET received = excluded.received, updated_at = excluded.updated_at"),
            {villageCode, sha256, total, received, now});
        if (!q) {
            return q.error();
        }
        if (const Status c = tx.commit(); !c) {
            return c.error();
        }
        return s;
    }
    Result<QSqlQuery> done =
        m_db.query(QStringLiteral("DELETE FROM upload WHERE village_code = ? AND sha256 = ?"),
                   {villageCode, sha256});
    if (!done) {
        return done.error();
    }
    if (sha256OfFile(path) != sha256) {
        QFile::remove(path);
        if (const Status c = tx.commit(); !c) {
            return c.error();
        }
        return Error{QStringLiteral("attachment.hash_mismatch"),
                     tr("Isi berkas tidak cocok dengan sidik SHA-256-nya; berkas dikirim "
                        "ulang dari awal.")};
    }
    Result<QSqlQuery> blob =
        m_db.query(QStringLiteral("INSERT INTO blob(sha256, size, completed_at) VALUES (?, ?, ?) "
                                  "ON CONFLICT (sha256) DO NOTHING"),
                   {sha256, total, now});
    Result<QSqlQuery> owner = m_db.query(
        QStringLiteral("INSERT INTO village_file(village_code, sha256, size) VALUES (?, ?, ?) "
                       "ON CONFLICT (village_code, sha256) DO NOTHING"),
        {villageCode, sha256, total});
    if (!blob || !owner) {
        return blob ? owner.error() : blob.error();
    }
    // Recorded first, moved after: a crash in between leaves a complete record and the
    // partial file, which state() moves.
    if (const Status c = tx.commit(); !c) {
        return c.error();
    }
    if (const Status moved = finishMove(path, sha256); !moved) {
        return moved.error();
    }
    s.complete = true;
    return s;
}

Result<int> BlobStore::expirePartials(int days) const
{
    const QString cutoff = storedTime(m_clock.now().addDays(-days));
    Result<QSqlQuery> old = m_db.query(
        QStringLiteral("SELECT village_code, sha256 FROM upload WHERE updated_at < ?"), {cutoff});
    if (!old) {
        return old.error();
    }
    QList<QPair<QString, QString>> expired;
    while (old->next()) {
        expired.append({old->value(0).toString(), old->value(1).toString()});
    }
    Result<QSqlQuery> drop =
        m_db.query(QStringLiteral("DELETE FROM upload WHERE updated_at < ?"), {cutoff});
    if (!drop) {
        return drop.error();
    }
    // Every partial file the store does not know is left over (an expired upload, a crash).
    QDirIterator it(m_db.dataDir() + QStringLiteral("/partial"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        Result<QSqlQuery> known =
            m_db.query(QStringLiteral("SELECT 1 FROM upload WHERE village_code = ? AND sha256 = ?"),
                       {file.dir().dirName(), file.fileName()});
        if (!known) {
            return known.error();
        }
        if (!known->next()) {
            QFile::remove(file.filePath());
        }
    }
    return int(expired.size());
}

} // namespace tepat::central
