#include "BlobStore.h"

#include "CentralDatabase.h"
#include "common/Clock.h"
#include "protocol/Json.h"
#include "protocol/Protocol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace tepat::central {

BlobStore::BlobStore(const CentralDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
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

Result<sync::UploadState> BlobStore::state(const QString &villageCode, const QString &sha256) const
{
    sync::UploadState s;
    s.sha256 = sha256;
    Result<QSqlQuery> blob =
        m_db.query(QStringLiteral("SELECT size FROM blob WHERE sha256 = ?"), {sha256});
    if (!blob) {
        return blob.error();
    }
    if (blob->next() && QFileInfo::exists(filePath(sha256))) {
        s.total = s.received = blob->value(0).toLongLong();
        s.complete = true;
        return s;
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
    return s;
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
    Result<sync::UploadState> current = state(villageCode, sha256);
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
    const QString path = partialPath(villageCode, sha256);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return m_db.storageError(QStringLiteral("cannot create %1").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.resize(offset) || !file.seek(offset) ||
        file.write(chunk) != chunk.size() || !file.flush()) {
        return m_db.storageError(QStringLiteral("cannot write %1").arg(path));
    }
    const qint64 received = offset + chunk.size();
    sync::UploadState s{sha256, total, received, false};
    if (received == total) {
        ::fsync(file.handle());
        file.close();
        QFile whole(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!whole.open(QIODevice::ReadOnly) || !hash.addData(&whole)) {
            return m_db.storageError(QStringLiteral("cannot read %1").arg(path));
        }
        whole.close();
        if (QString::fromLatin1(hash.result().toHex()) != sha256) {
            QFile::remove(path);
            Result<QSqlQuery> drop = m_db.query(
                QStringLiteral("DELETE FROM upload WHERE village_code = ? AND sha256 = ?"),
                {villageCode, sha256});
            if (!drop) {
                return drop.error();
            }
            if (const Status c = tx.commit(); !c) {
                return c.error();
            }
            return Error{QStringLiteral("attachment.hash_mismatch"),
                         tr("Isi berkas tidak cocok dengan sidik SHA-256-nya; berkas dikirim "
                            "ulang dari awal.")};
        }
        const QString target = filePath(sha256);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::rename(path, target)) {
            return m_db.storageError(QStringLiteral("cannot move %1").arg(path));
        }
        Result<QSqlQuery> blob = m_db.query(
            QStringLiteral("INSERT INTO blob(sha256, size, completed_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (sha256) DO NOTHING"),
            {sha256, total, storedTime(m_clock.now())});
        Result<QSqlQuery> done =
            m_db.query(QStringLiteral("DELETE FROM upload WHERE village_code = ? AND sha256 = ?"),
                       {villageCode, sha256});
        if (!blob || !done) {
            return blob ? done.error() : blob.error();
        }
        s.complete = true;
    } else {
        Result<QSqlQuery> q = m_db.query(
            QStringLiteral("INSERT INTO upload(village_code, sha256, total, received, updated_at) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (village_code, sha256) DO UPDATE "
                           "SET received = excluded.received, updated_at = excluded.updated_at"),
            {villageCode, sha256, total, received, storedTime(m_clock.now())});
        if (!q) {
            return q.error();
        }
    }
    if (const Status c = tx.commit(); !c) {
        return c.error();
    }
    return s;
}

} // namespace tepat::central
