#include "core/fieldwork/FieldEnvelope.h"

#include "core/fieldwork/FieldKeys.h"

#include <QFile>
#include <QtEndian>

#include <sodium.h>

namespace tepat {

using namespace fieldformat;

namespace {

template<typename T>
void append(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

constexpr qsizetype fixedBytes = 8 + 2 + 1 + 1 + 2;

} // namespace

QByteArray FieldEnvelope::write(const SigningKeyPair &signer) const
{
    const QByteArray village = villageCode.toUtf8();
    QByteArray out(magic, sizeof(magic));
    out.reserve(sealed.size() + 256);
    append<quint16>(out, version);
    append<quint8>(out, quint8(kind));
    append<quint8>(out, 0);
    append<quint16>(out, quint16(village.size()));
    out.append(village);
    out.append(signer.publicKey);
    append<quint64>(out, quint64(sealed.size()));
    out.append(sealed);
    out.append(FieldKeys::sign(out, signer));
    return out;
}

Result<FieldEnvelope> FieldEnvelopeReader::read(const QByteArray &file)
{
    if (!file.startsWith(QByteArray(magic, sizeof(magic)))) {
        return Error{QStringLiteral("fieldwork.not_a_package"),
                     tr("Berkas ini bukan paket kerja atau berkas hasil kunjungan Tepat.")};
    }
    const Error truncated{QStringLiteral("fieldwork.truncated"),
                          tr("Berkas terpotong (tidak lengkap): penyalinannya belum selesai "
                             "atau terhenti. Salin lagi berkas aslinya, lalu ulangi.")};
    if (file.size() < fixedBytes) {
        return truncated;
    }
    const char *p = file.constData() + sizeof(magic);
    const quint16 format = qFromLittleEndian<quint16>(p);
    if (format != version) {
        return Error{QStringLiteral("fieldwork.newer_format"),
                     tr("Berkas ini memakai format versi %1; versi Tepat ini hanya mengenal versi "
                        "%2. Perbarui Tepat, lalu ulangi.")
                         .arg(format)
                         .arg(version)};
    }
    const Error forged{QStringLiteral("fieldwork.forged"),
                       tr("Berkas ini tidak asli: isinya telah diubah atau tanda tangannya tidak "
                          "cocok. Minta berkas baru dari pembuatnya.")};
    const quint8 kind = quint8(p[2]);
    if ((kind != quint8(FieldFileKind::WorkPackage) &&
         kind != quint8(FieldFileKind::ResultsBundle)) ||
        p[3] != 0) {
        return forged;
    }
    const quint16 villageBytes = qFromLittleEndian<quint16>(p + 4);
    qsizetype at = fixedBytes;
    const qsizetype headBytes = at + villageBytes + crypto_sign_PUBLICKEYBYTES + 8;
    if (file.size() < headBytes) {
        return truncated;
    }
    FieldEnvelope envelope;
    envelope.kind = FieldFileKind(kind);
    envelope.villageCode = QString::fromUtf8(file.constData() + at, villageBytes);
    at += villageBytes;
    envelope.signerKey = file.mid(at, crypto_sign_PUBLICKEYBYTES);
    at += crypto_sign_PUBLICKEYBYTES;
    const quint64 sealedBytes = qFromLittleEndian<quint64>(file.constData() + at);
    at += 8;
    if (sealedBytes > quint64(maxFileBytes)) {
        return forged;
    }
    const qint64 expected = at + qint64(sealedBytes) + crypto_sign_BYTES;
    if (file.size() < expected) {
        return truncated;
    }
    if (file.size() > expected) {
        return forged;
    }
    const QByteArray signedPart = file.first(at + qsizetype(sealedBytes));
    if (!FieldKeys::verify(signedPart, file.sliced(signedPart.size()), envelope.signerKey)) {
        return forged;
    }
    envelope.sealed = file.mid(at, qsizetype(sealedBytes));
    return envelope;
}

Result<FieldEnvelope> FieldEnvelopeReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("fieldwork.unreadable"),
                     tr("Berkas %1 tidak bisa dibaca: %2").arg(path, file.errorString())};
    }
    if (file.size() > maxFileBytes) {
        return Error{QStringLiteral("fieldwork.not_a_package"),
                     tr("Berkas ini terlalu besar untuk paket kerja atau berkas hasil Tepat.")};
    }
    return read(file.readAll());
}

} // namespace tepat
