#pragma once

#include "core/backup/BackupKey.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace tepat {

// What a work package or a results bundle carries: a manifest (what the file is, for whom,
// signed by whom), the data, and files by content (thumbnails, photos).
struct FieldContents
{
    QJsonObject manifest;
    QJsonObject body;
    QList<QPair<QString, QByteArray>> files; // SHA-256 hex, bytes
};

// Encrypts FieldContents with the backup stream (libsodium secretstream, BackupEncryptor): the
// manifest in the first message, so a wrong key is told apart from damage; then the body and
// the files. Plaintext records:
//   u32 n, manifest JSON | u64 n, body JSON | u32 count, then per file 64 hex SHA-256, u64 n,
//   bytes | 'E'
class FieldSeal
{
    Q_DECLARE_TR_FUNCTIONS(FieldSeal)

public:
    static Result<QByteArray> seal(const FieldContents &contents, const BackupKey &key);
    // keyFor receives the key derivation the sealed stream names (a passphrase is derived with
    // it; a stored village key ignores it).
    using KeyFor = std::function<Result<BackupKey>(const BackupKdf &kdf)>;
    static Result<FieldContents> open(const QByteArray &sealed, const KeyFor &keyFor);
};

} // namespace tepat
