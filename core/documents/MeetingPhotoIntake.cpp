#include "core/documents/MeetingPhotoIntake.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace tepat {

Result<QByteArray> MeetingPhotoIntake::normalise(const QByteArray &bytes)
{
    if (bytes.size() > kMaxFileBytes) {
        return Error{QStringLiteral("photo.too_large"),
                     tr("Berkas foto terlalu besar (lebih dari %1 MB).").arg(kMaxFileBytes >> 20)};
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(512);
    const QByteArray format = reader.format();
    if (format.isEmpty() || !reader.canRead()) {
        return Error{QStringLiteral("photo.unreadable"),
                     tr("Berkas ini bukan foto yang bisa dibaca (JPEG atau PNG).")};
    }
    // A JPEG cut short still decodes (grey at the bottom): check its end-of-image marker.
    if (format == "jpeg") {
        QByteArray tail = bytes.right(64);
        while (!tail.isEmpty() && (tail.endsWith('\0') || tail.endsWith('\n'))) {
            tail.chop(1);
        }
        if (!tail.endsWith("\xFF\xD9")) {
            return Error{QStringLiteral("photo.truncated"),
                         tr("Berkas foto terpotong (tidak lengkap). Salin ulang dari kamera.")};
        }
    }
    QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > 80'000'000) {
        return Error{
            QStringLiteral("photo.too_many_pixels"),
            tr("Foto terlalu besar (%1 × %2 piksel).").arg(size.width()).arg(size.height())};
    }
    if (size.isValid() && std::max(size.width(), size.height()) > kLongSide) {
        reader.setScaledSize(size.scaled(kLongSide, kLongSide, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return Error{QStringLiteral("photo.unreadable"),
                     tr("Foto tidak bisa dibaca: %1").arg(reader.errorString())};
    }
    if (std::max(image.width(), image.height()) > kLongSide) {
        image = image.scaled(kLongSide, kLongSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QByteArray out;
    QBuffer target(&out);
    target.open(QIODevice::WriteOnly);
    QImageWriter writer(&target, "jpeg");
    writer.setQuality(85);
    if (!writer.write(image.convertToFormat(QImage::Format_RGB32))) {
        return Error{QStringLiteral("photo.encode"),
                     tr("Foto tidak bisa disimpan: %1").arg(writer.errorString())};
    }
    return out;
}

Result<QByteArray> MeetingPhotoIntake::normaliseFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > kMaxFileBytes) {
        return Error{QStringLiteral("photo.too_large"),
                     tr("Berkas foto terlalu besar (lebih dari %1 MB).").arg(kMaxFileBytes >> 20)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("photo.cannot_open"),
                     tr("Berkas %1 tidak bisa dibuka.").arg(QFileInfo(path).fileName())};
    }
    return normalise(file.readAll());
}

} // namespace tepat
