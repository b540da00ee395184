#pragma once

#include "core/common/Result.h"
#include "sync/protocol/Messages.h"

#include <QCoreApplication>

namespace tepat {
class Clock;
}

namespace tepat::central {

class CentralDatabase;

// Uploaded files (photos, berita acara), resumable: a village's partial upload grows chunk by
// chunk under <data>/partial/, each chunk on disk (fsync) before its length is recorded in the
// store. The complete file is checked against its SHA-256, recorded as complete in the store,
// and only then moved to <data>/files/, shared by content. Whatever a crash leaves between
// those steps is reconciled when the upload is next looked at (state()).
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    // `villageQuota`: bytes of files one village may keep on the server (complete and in
    // progress); 0 for no limit.
    BlobStore(const CentralDatabase &db, const Clock &clock, qint64 villageQuota = 0);

    // Reconciles the partial file with the store first: bytes past the recorded length are
    // cut off, a shorter file lowers the recorded length, and a file recorded complete but
    // not yet moved is moved.
    Result<sync::UploadState> state(const QString &villageCode, const QString &sha256) const;
    Result<sync::UploadState> append(const QString &villageCode, const QString &sha256,
                                     qint64 offset, qint64 total, const QByteArray &chunk) const;
    Result<bool> isComplete(const QString &sha256) const;
    QString filePath(const QString &sha256) const;
    QString partialPath(const QString &villageCode, const QString &sha256) const;
    // Bytes the village keeps: its complete files and the full size of its uploads in progress.
    Result<qint64> usage(const QString &villageCode) const;
    // Forgets uploads not continued for `days` days and removes partial files the store does
    // not know. Returns how many uploads were dropped.
    Result<int> expirePartials(int days = kPartialDays) const;

    static constexpr int kPartialDays = 7;

private:
    // state() inside the caller's transaction.
    Result<sync::UploadState> reconcile(const QString &villageCode, const QString &sha256) const;
    // One upload's chunks and reconciliations one at a time (the server has many connections).
    Status serialize(const QString &villageCode, const QString &sha256) const;
    Status finishMove(const QString &partial, const QString &sha256) const;

    const CentralDatabase &m_db;
    const Clock &m_clock;
    qint64 m_quota;
};

} // namespace tepat::central
