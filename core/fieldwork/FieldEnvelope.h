#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tepat {

struct SigningKeyPair;

// The two files of field work: a work package (office → laptop) and a results bundle
// (laptop → office). Format version 1, little endian (docs/fieldwork-format.md):
//
//   "TEPATFLD" | u16 format | u8 kind | u8 0 | u16 n, village code (n bytes of UTF-8) |
//   32-byte Ed25519 public key of the signer | u64 m, sealed payload (m bytes) |
//   64-byte Ed25519 signature (crypto_sign_detached) over every byte before it
//
// The sealed payload is a BackupEncryptor stream (see FieldSeal). The whole file is checked
// before a byte of it is decrypted: a cut-off file is truncated, any changed byte breaks the
// signature.
enum class FieldFileKind : quint8
{
    WorkPackage = 1,
    ResultsBundle = 2
};

namespace fieldformat {
constexpr char magic[8] = {'T', 'E', 'P', 'A', 'T', 'F', 'L', 'D'};
constexpr quint16 version = 1;
constexpr qint64 maxFileBytes = qint64(2) << 30;
} // namespace fieldformat

struct FieldEnvelope
{
    FieldFileKind kind = FieldFileKind::WorkPackage;
    QString villageCode;
    QByteArray signerKey; // public
    QByteArray sealed;

    // The file's bytes, signed with `signer` (whose public key goes into the file).
    QByteArray write(const SigningKeyPair &signer) const;
};

class FieldEnvelopeReader
{
    Q_DECLARE_TR_FUNCTIONS(FieldEnvelopeReader)

public:
    // Checks the structure and the signature (against the key the file names; whether that
    // key is trusted is the caller's question).
    static Result<FieldEnvelope> read(const QByteArray &file);
    static Result<FieldEnvelope> readFile(const QString &path);
};

} // namespace tepat
