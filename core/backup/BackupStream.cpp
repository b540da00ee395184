#include "core/backup/BackupStream.h"

#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

namespace tepat {

using namespace backupformat;

namespace {

constexpr qsizetype headerBytes = 8 + 2 + 1 + 1 + 8 + 8 + crypto_pwhash_SALTBYTES +
                                  crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype maxMessageBytes = chunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;

template<typename T>
void append(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

Error damaged(const QString &message)
{
    return Error{QStringLiteral("backup.damaged"), message};
}

} // namespace

struct BackupEncryptor::State
{
    crypto_secretstream_xchacha20poly1305_state state;
};

struct BackupDecryptor::State
{
    crypto_secretstream_xchacha20poly1305_state state;
};

BackupEncryptor::BackupEncryptor(QIODevice &out, const BackupKey &key)
    : m_out(out)
    , m_key(key)
    , m_state(std::make_unique<State>())
{
    m_buffer.reserve(chunkBytes);
}

BackupEncryptor::~BackupEncryptor()
{
    sodium_memzero(m_state.get(), sizeof(State));
}

Status BackupEncryptor::put(const QByteArray &bytes)
{
    if (m_out.write(bytes) != bytes.size()) {
        return Error{QStringLiteral("backup.write"),
                     tr("Berkas cadangan tidak bisa ditulis (disk penuh atau tidak bisa "
                        "ditulis): %1")
                         .arg(m_out.errorString())};
    }
    m_hash.addData(bytes);
    m_written += bytes.size();
    return {};
}

Status BackupEncryptor::begin()
{
    ensureSodium();
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(
        &m_state->state, streamHeader,
        reinterpret_cast<const unsigned char *>(m_key.bytes().constData()));
    m_header = QByteArray(magic, sizeof(magic));
    append<quint16>(m_header, version);
    append<quint8>(m_header, kdfArgon2id13);
    append<quint8>(m_header, 0);
    append<quint64>(m_header, m_key.kdf().opsLimit);
    append<quint64>(m_header, m_key.kdf().memLimit);
    m_header.append(m_key.kdf().salt);
    m_header.append(reinterpret_cast<const char *>(streamHeader), sizeof(streamHeader));
    Q_ASSERT(m_header.size() == headerBytes);
    return put(m_header);
}

Status BackupEncryptor::write(const char *data, qint64 size)
{
    while (size > 0) {
        const qint64 room = chunkBytes - m_buffer.size();
        const qint64 take = qMin(room, size);
        m_buffer.append(data, take);
        data += take;
        size -= take;
        if (m_buffer.size() == chunkBytes) {
            if (const Status s = flush(crypto_secretstream_xchacha20poly1305_TAG_MESSAGE); !s) {
                return s;
            }
        }
    }
    return {};
}

Status BackupEncryptor::flush(unsigned char tag)
{
    QByteArray message(4 + m_buffer.size() + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
    unsigned long long length = 0;
    crypto_secretstream_xchacha20poly1305_push(
        &m_state->state, reinterpret_cast<unsigned char *>(message.data() + 4), &length,
        reinterpret_cast<const unsigned char *>(m_buffer.constData()),
        static_cast<unsigned long long>(m_buffer.size()),
        m_first ? reinterpret_cast<const unsigned char *>(m_header.constData()) : nullptr,
        m_first ? static_cast<unsigned long long>(m_header.size()) : 0, tag);
    m_first = false;
    qToLittleEndian<quint32>(quint32(length), message.data());
    sodium_memzero(m_buffer.data(), size_t(m_buffer.size()));
    m_buffer.clear();
    return put(message);
}

Status BackupEncryptor::endMessage()
{
    return m_buffer.isEmpty() ? Status() : flush(crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
}

Status BackupEncryptor::finish()
{
    return flush(crypto_secretstream_xchacha20poly1305_TAG_FINAL);
}

QString BackupEncryptor::sha256() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

Result<BackupHeader> BackupDecryptor::readHeader(QIODevice &in)
{
    const QByteArray raw = in.read(headerBytes);
    if (raw.size() < qsizetype(sizeof(magic)) ||
        !raw.startsWith(QByteArray(magic, sizeof(magic)))) {
        return Error{QStringLiteral("backup.not_a_backup"),
                     tr("Berkas ini bukan berkas cadangan Tepat.")};
    }
    if (raw.size() < headerBytes) {
        return damaged(tr("Berkas cadangan terpotong: bagian awalnya pun tidak lengkap."));
    }
    BackupHeader header;
    const char *p = raw.constData() + sizeof(magic);
    header.version = qFromLittleEndian<quint16>(p);
    if (header.version != version) {
        return Error{QStringLiteral("backup.newer_format"),
                     tr("Berkas cadangan ini memakai format versi %1; versi Tepat ini hanya "
                        "mengenal versi %2. Perbarui Tepat untuk memulihkannya.")
                         .arg(header.version)
                         .arg(version)};
    }
    const quint8 kdf = quint8(p[2]);
    header.kdf.opsLimit = qFromLittleEndian<quint64>(p + 4);
    header.kdf.memLimit = qFromLittleEndian<quint64>(p + 12);
    header.kdf.salt = QByteArray(p + 20, crypto_pwhash_SALTBYTES);
    header.streamHeader = QByteArray(p + 20 + crypto_pwhash_SALTBYTES,
                                     crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (kdf != kdfArgon2id13 || p[3] != 0 || !header.kdf.plausible()) {
        return damaged(tr("Kepala berkas cadangan rusak; berkas tidak bisa dipulihkan."));
    }
    header.raw = raw;
    return header;
}

BackupDecryptor::BackupDecryptor(QIODevice &in, const BackupHeader &header, const BackupKey &key)
    : m_in(in)
    , m_header(header)
    , m_state(std::make_unique<State>())
{
    ensureSodium();
    // Cannot fail: the header has the right length.
    (void)crypto_secretstream_xchacha20poly1305_init_pull(
        &m_state->state, reinterpret_cast<const unsigned char *>(header.streamHeader.constData()),
        reinterpret_cast<const unsigned char *>(key.bytes().constData()));
}

BackupDecryptor::~BackupDecryptor()
{
    sodium_memzero(m_state.get(), sizeof(State));
}

Status BackupDecryptor::pull()
{
    if (m_final) {
        return damaged(tr("Isi berkas cadangan tidak lengkap meski berkasnya utuh; berkas dibuat "
                          "dengan salah."));
    }
    const QByteArray lengthBytes = m_in.read(4);
    if (lengthBytes.size() < 4) {
        return damaged(tr("Berkas cadangan terpotong (tidak lengkap): penulisannya terhenti atau "
                          "salinannya belum selesai. Pakai cadangan lain."));
    }
    const quint32 length = qFromLittleEndian<quint32>(lengthBytes.constData());
    if (length < crypto_secretstream_xchacha20poly1305_ABYTES || length > maxMessageBytes) {
        return damaged(tr("Berkas cadangan rusak pada bagian ke-%1.").arg(m_messages + 1));
    }
    const QByteArray cipher = m_in.read(length);
    if (cipher.size() < qsizetype(length)) {
        return damaged(tr("Berkas cadangan terpotong (tidak lengkap): penulisannya terhenti atau "
                          "salinannya belum selesai. Pakai cadangan lain."));
    }
    m_plain.resize(qsizetype(length - crypto_secretstream_xchacha20poly1305_ABYTES));
    m_offset = 0;
    unsigned long long plainLength = 0;
    unsigned char tag = 0;
    const int rc = crypto_secretstream_xchacha20poly1305_pull(
        &m_state->state, reinterpret_cast<unsigned char *>(m_plain.data()), &plainLength, &tag,
        reinterpret_cast<const unsigned char *>(cipher.constData()), length,
        m_first ? reinterpret_cast<const unsigned char *>(m_header.raw.constData()) : nullptr,
        m_first ? static_cast<unsigned long long>(m_header.raw.size()) : 0);
    const bool first = m_first;
    m_first = false;
    ++m_messages;
    if (rc != 0) {
        if (first) {
            return Error{QStringLiteral("backup.wrong_passphrase"),
                         tr("Frasa sandi cadangan salah, atau awal berkas cadangan rusak.")};
        }
        return damaged(tr("Berkas cadangan rusak pada bagian ke-%1: isinya tidak cocok dengan "
                          "tanda keasliannya.")
                           .arg(m_messages));
    }
    m_plain.resize(qsizetype(plainLength));
    m_final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return {};
}

Status BackupDecryptor::read(char *data, qint64 size)
{
    while (size > 0) {
        if (m_offset == m_plain.size()) {
            if (const Status s = pull(); !s) {
                return s;
            }
            continue;
        }
        const qint64 take = qMin<qint64>(size, m_plain.size() - m_offset);
        memcpy(data, m_plain.constData() + m_offset, size_t(take));
        m_offset += take;
        m_consumed += take;
        data += take;
        size -= take;
    }
    return {};
}

Result<QByteArray> BackupDecryptor::read(qint64 size)
{
    QByteArray bytes(size, '\0');
    if (const Status s = read(bytes.data(), size); !s) {
        return s.error();
    }
    return bytes;
}

Status BackupDecryptor::expectEnd()
{
    // The writer puts the end record and the FINAL tag in the same message.
    if (m_offset != m_plain.size() || !m_final) {
        if (m_offset == m_plain.size() && !m_final) {
            if (const Status s = pull(); !s) {
                return s;
            }
            if (m_plain.isEmpty() && m_final) {
                return expectEnd();
            }
        }
        return damaged(tr("Berkas cadangan rusak: ada data sesudah akhir isinya."));
    }
    if (!m_in.atEnd()) {
        return damaged(tr("Berkas cadangan rusak: ada data tambahan sesudah akhir berkas."));
    }
    return {};
}

} // namespace tepat
