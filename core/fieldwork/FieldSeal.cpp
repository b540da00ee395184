#include "core/fieldwork/FieldSeal.h"

#include "core/backup/BackupStream.h"
#include "core/files/ContentStore.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QtEndian>

namespace tepat {

namespace {

template<typename T>
QByteArray bytesOf(T value)
{
    QByteArray out(sizeof(T), '\0');
    qToLittleEndian(value, out.data());
    return out;
}

Error damaged()
{
    return Error{QStringLiteral("fieldwork.damaged"),
                 FieldSeal::tr("Isi berkas rusak meski tanda tangannya cocok; berkas dibuat dengan "
                               "salah. Minta berkas baru dari pembuatnya.")};
}

template<typename T>
Result<T> readNumber(BackupDecryptor &in)
{
    char bytes[sizeof(T)];
    if (const Status s = in.read(bytes, sizeof(T)); !s) {
        return s.error();
    }
    return qFromLittleEndian<T>(bytes);
}

Result<QJsonObject> readJson(BackupDecryptor &in, qint64 size)
{
    if (size < 0 || size > (qint64(1) << 30)) {
        return damaged();
    }
    Result<QByteArray> bytes = in.read(size);
    if (!bytes) {
        return bytes.error();
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return damaged();
    }
    return doc.object();
}

} // namespace

Result<QByteArray> FieldSeal::seal(const FieldContents &contents, const BackupKey &key)
{
    QByteArray sealed;
    QBuffer out(&sealed);
    out.open(QIODevice::WriteOnly);
    BackupEncryptor encryptor(out, key);
    const QByteArray manifest = QJsonDocument(contents.manifest).toJson(QJsonDocument::Compact);
    const QByteArray body = QJsonDocument(contents.body).toJson(QJsonDocument::Compact);
    for (const auto &step : std::initializer_list<std::function<Status()>>{
             [&] { return encryptor.begin(); },
             [&] { return encryptor.write(bytesOf<quint32>(quint32(manifest.size()))); },
             [&] { return encryptor.write(manifest); }, [&] { return encryptor.endMessage(); },
             [&] { return encryptor.write(bytesOf<quint64>(quint64(body.size()))); },
             [&] { return encryptor.write(body); },
             [&] { return encryptor.write(bytesOf<quint32>(quint32(contents.files.size()))); }}) {
        if (const Status s = step(); !s) {
            return s.error();
        }
    }
    for (const auto &[sha256, bytes] : contents.files) {
        Q_ASSERT(sha256.size() == 64);
        if (const Status s = encryptor.write(sha256.toLatin1()); !s) {
            return s.error();
        }
        if (const Status s = encryptor.write(bytesOf<quint64>(quint64(bytes.size()))); !s) {
            return s.error();
        }
        if (const Status s = encryptor.write(bytes); !s) {
            return s.error();
        }
    }
    if (const Status s = encryptor.write(QByteArrayLiteral("E")); !s) {
        return s.error();
    }
    if (const Status s = encryptor.finish(); !s) {
        return s.error();
    }
    out.close();
    return sealed;
}

Result<FieldContents> FieldSeal::open(const QByteArray &sealed, const KeyFor &keyFor)
{
    QBuffer in;
    in.setData(sealed);
    in.open(QIODevice::ReadOnly);
    const Result<BackupHeader> header = BackupDecryptor::readHeader(in);
    if (!header) {
        return damaged();
    }
    const Result<BackupKey> key = keyFor(header->kdf);
    if (!key) {
        return key.error();
    }
    BackupDecryptor decryptor(in, *header, *key);
    FieldContents contents;
    const Result<quint32> manifestBytes = readNumber<quint32>(decryptor);
    if (!manifestBytes) {
        if (manifestBytes.error().code == QLatin1String("backup.wrong_passphrase")) {
            return Error{QStringLiteral("fieldwork.wrong_key"), manifestBytes.error().message};
        }
        return damaged();
    }
    Result<QJsonObject> manifest = readJson(decryptor, *manifestBytes);
    if (!manifest) {
        return damaged();
    }
    contents.manifest = std::move(*manifest);
    const Result<quint64> bodyBytes = readNumber<quint64>(decryptor);
    if (!bodyBytes) {
        return damaged();
    }
    Result<QJsonObject> body = readJson(decryptor, qint64(*bodyBytes));
    if (!body) {
        return damaged();
    }
    contents.body = std::move(*body);
    const Result<quint32> fileCount = readNumber<quint32>(decryptor);
    if (!fileCount) {
        return damaged();
    }
    for (quint32 i = 0; i < *fileCount; ++i) {
        Result<QByteArray> sha = decryptor.read(64);
        const Result<quint64> size =
            sha ? readNumber<quint64>(decryptor) : Result<quint64>(damaged());
        if (!sha || !size || *size > quint64(sealed.size())) {
            return damaged();
        }
        Result<QByteArray> bytes = decryptor.read(qint64(*size));
        const QString name = QString::fromLatin1(*sha);
        if (!bytes || ContentStore::sha256Of(*bytes) != name) {
            return damaged();
        }
        contents.files.append({name, std::move(*bytes)});
    }
    Result<QByteArray> end = decryptor.read(1);
    if (!end || *end != "E" || !decryptor.expectEnd()) {
        return damaged();
    }
    return contents;
}

} // namespace tepat
