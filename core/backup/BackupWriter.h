#pragma once

#include "core/backup/BackupKey.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace tepat {

class Clock;

struct BackupReport
{
    QString file;
    qint64 bytes = 0;
    QString sha256; // of the backup file, to compare copies
    qint64 databaseBytes = 0;
    int files = 0; // photos and documents from the files folder
    int schemaVersion = 0;
    QDateTime createdAt;
};

// Writes one encrypted backup file: a consistent copy of the store taken with SQLite's online
// backup API while Tepat keeps working, plus every file of the store's files folder. Runs on
// any thread (it opens its own connection). The file appears under its name only when it is
// complete and on disk, so an interrupted backup leaves the previous file untouched.
//
// Plaintext records inside the encrypted stream:
//   'M' u32 length, manifest JSON      'D' u64 size, the SQLite file
//   'F' 64 hex SHA-256, u64 size, bytes (one per file)      'E' end
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)

public:
    struct Request
    {
        QString databasePath;
        QString filesRoot; // ContentStore root; default ContentStore::rootFor(databasePath)
        QString outputPath;
    };
    // progress(done, total) in bytes; returning false cancels (the output is not created).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    BackupWriter(const BackupKey &key, const Clock &clock);
    Result<BackupReport> write(const Request &request, const Progress &progress = {}) const;

    // Snapshot folders left by a backup that was killed, removed before the next one.
    static void removeStaleSnapshots(const QString &databasePath);

private:
    const BackupKey &m_key;
    const Clock &m_clock;
};

} // namespace tepat
