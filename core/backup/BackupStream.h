#pragma once

#include "core/backup/BackupKey.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>

#include <memory>

class QIODevice;

namespace tepat {

// The backup file format, version 1:
//
//   header   "TEPATBAK" | u16 format | u8 kdf (2 = argon2id13) | u8 0 | u64 opslimit |
//            u64 memlimit | 16-byte salt | 24-byte secretstream header       (68 bytes, LE)
//   messages u32 length | crypto_secretstream_xchacha20poly1305 ciphertext, repeated; the
//            first carries the header as additional data, the last is tagged FINAL and
//            nothing may follow it.
//
// The plaintext is a sequence of records (see BackupWriter). A changed byte anywhere fails
// authentication; a cut-off file lacks the FINAL tag; a wrong passphrase fails the first message.
namespace backupformat {
constexpr char magic[8] = {'T', 'E', 'P', 'A', 'T', 'B', 'A', 'K'};
constexpr quint16 version = 1;
constexpr quint8 kdfArgon2id13 = 2;
constexpr qsizetype chunkBytes = 1 << 20;
} // namespace backupformat

struct BackupHeader
{
    quint16 version = 0;
    BackupKdf kdf;
    QByteArray streamHeader;
    QByteArray raw; // the header bytes as read, authenticated with the first message
};

// Encrypts a stream of bytes into a backup file.
class BackupEncryptor
{
    Q_DECLARE_TR_FUNCTIONS(BackupEncryptor)

public:
    BackupEncryptor(QIODevice &out, const BackupKey &key);
    ~BackupEncryptor();

    Status begin(); // writes the header
    Status write(const char *data, qint64 size);
    Status write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    // Ends the current message here. The writer ends the first one after the manifest, so a
    // wrong passphrase (first message fails) is told apart from later damage.
    Status endMessage();
    Status finish(); // the FINAL message

    qint64 bytesWritten() const { return m_written; }
    QString sha256() const; // of the whole file

private:
    Status flush(unsigned char tag);
    Status put(const QByteArray &bytes);

    struct State;
    QIODevice &m_out;
    const BackupKey &m_key;
    std::unique_ptr<State> m_state;
    QByteArray m_header;
    QByteArray m_buffer;
    bool m_first = true;
    qint64 m_written = 0;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

// Decrypts a backup file, checking each message as it comes.
class BackupDecryptor
{
    Q_DECLARE_TR_FUNCTIONS(BackupDecryptor)

public:
    static Result<BackupHeader> readHeader(QIODevice &in);

    BackupDecryptor(QIODevice &in, const BackupHeader &header, const BackupKey &key);
    ~BackupDecryptor();

    // Exactly `size` bytes of plaintext, or the reason why not.
    Status read(char *data, qint64 size);
    Result<QByteArray> read(qint64 size);
    // The plaintext ended exactly here, with the FINAL tag, and the file ends too.
    Status expectEnd();

    qint64 bytesRead() const { return m_consumed; }

private:
    Status pull();

    struct State;
    QIODevice &m_in;
    BackupHeader m_header;
    std::unique_ptr<State> m_state;
    QByteArray m_plain;
    qsizetype m_offset = 0;
    bool m_first = true;
    bool m_final = false;
    qint64 m_consumed = 0;
    int m_messages = 0;
};

} // namespace tepat
