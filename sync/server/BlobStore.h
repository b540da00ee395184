#pragma once

#include "common/Result.h"
#include "protocol/Messages.h"

#include <QCoreApplication>

namespace tepat {
class Clock;
}

namespace tepat::central {

class CentralDatabase;

// Uploaded files (photos, berita acara), resumable: a village's partial upload grows chunk by
// chunk under <data>/partial/, its length recorded in the store only after the chunk is on
// disk; the complete file is checked against its SHA-256 and moved to <data>/files/, shared
// by content.
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    BlobStore(const CentralDatabase &db, const Clock &clock);

    Result<sync::UploadState> state(const QString &villageCode, const QString &sha256) const;
    Result<sync::UploadState> append(const QString &villageCode, const QString &sha256,
                                     qint64 offset, qint64 total, const QByteArray &chunk) const;
    Result<bool> isComplete(const QString &sha256) const;
    QString filePath(const QString &sha256) const;

private:
    QString partialPath(const QString &villageCode, const QString &sha256) const;

    const CentralDatabase &m_db;
    const Clock &m_clock;
};

} // namespace tepat::central
