#include "core/photos/PhotoNormalizer.h"

#include "core/domain/IdentityNumber.h"
#include "core/files/ContentStore.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTransform>

namespace tepat {

namespace {

constexpr int thumbnailQuality = 80;

bool jpegComplete(const QByteArray &bytes)
{
    // Qt decodes a truncated JPEG into a picture with a grey bottom and only warns; the end of
    // image marker must be there (cameras may pad with zeros after it).
    qsizetype end = bytes.size();
    while (end > 0 && bytes[end - 1] == '\0') {
        --end;
    }
    return end >= 4 && uchar(bytes[end - 2]) == 0xFF && uchar(bytes[end - 1]) == 0xD9;
}

bool pngComplete(const QByteArray &bytes)
{
    static const QByteArray iend("IEND\xAE\x42\x60\x82", 8);
    return bytes.endsWith(iend);
}

bool isHeif(const QByteArray &bytes)
{
    const QByteArray brand = bytes.mid(4, 8);
    return brand == "ftypheic" || brand == "ftypheix" || brand == "ftypmif1" ||
           brand == "ftyphevc" || brand == "ftypavif";
}

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    return writer.write(image) ? bytes : QByteArray();
}

QImage flattened(const QImage &image)
{
    if (!image.hasAlphaChannel()) {
        return image;
    }
    QImage opaque(image.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    QPainter painter(&opaque);
    painter.drawImage(0, 0, image);
    painter.end();
    return opaque;
}

} // namespace

bool PhotoNormalizer::looksLikePhoto(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ||
           suffix == QLatin1String("png");
}

QString PhotoNormalizer::maskedFileName(const QString &fileName)
{
    return IdentityNumberValidator::masked(fileName);
}

QImage PhotoNormalizer::upright(const QImage &image, int orientation)
{
    const auto rotated = [&image](qreal degrees) {
        return image.transformed(QTransform().rotate(degrees));
    };
    switch (orientation) {
    case 2:
        return image.mirrored(true, false);
    case 3:
        return rotated(180);
    case 4:
        return image.mirrored(false, true);
    case 5: // transpose
        return rotated(90).mirrored(true, false);
    case 6:
        return rotated(90);
    case 7: // transverse
        return rotated(90).mirrored(false, true);
    case 8:
        return rotated(270);
    default:
        return image;
    }
}

Result<QByteArray> PhotoNormalizer::readFile(const QString &path, const PhotoLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{QStringLiteral("photo.missing"), tr("Berkas tidak ada.")};
    }
    if (info.isDir()) {
        return Error{QStringLiteral("photo.unreadable"), tr("Ini folder, bukan berkas foto.")};
    }
    const auto tooLarge = [&limits](qint64 size) {
        return Error{QStringLiteral("photo.too_large"),
                     tr("Berkas %1 MB, melebihi batas %2 MB untuk satu foto. Pilih foto aslinya "
                        "dari kamera atau ponsel, bukan video atau arsip.")
                         .arg(QString::number(double(size) / (1024 * 1024), 'f', 1))
                         .arg(limits.maxFileBytes / (1024 * 1024))};
    };
    if (info.size() > limits.maxFileBytes) {
        return tooLarge(info.size());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("photo.unreadable"),
                     tr("Berkas tidak bisa dibaca: %1").arg(file.errorString())};
    }
    QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return Error{QStringLiteral("photo.unreadable"),
                     tr("Berkas tidak bisa dibaca: %1").arg(file.errorString())};
    }
    if (bytes.size() > limits.maxFileBytes) {
        return tooLarge(bytes.size());
    }
    return bytes;
}

namespace {

// Decodes upright-to-be pixels, at most `edge` on the long side, after the checks.
Result<QImage> decode(const QByteArray &bytes, const PhotoLimits &limits, int edge)
{
    if (bytes.isEmpty()) {
        return Error{QStringLiteral("photo.not_image"),
                     PhotoNormalizer::tr("Berkas kosong, bukan foto.")};
    }
    if (isHeif(bytes)) {
        return Error{
            QStringLiteral("photo.unsupported"),
            PhotoNormalizer::tr("Foto HEIC/HEIF belum bisa dibaca. Simpan sebagai JPEG (di iPhone: "
                                "Pengaturan › Kamera › Format › Paling Kompatibel), lalu ulangi.")};
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false); // the EXIF orientation is applied from libexiv2's reading
    reader.setAllocationLimit(int(limits.maxPixels * 4 / (1024 * 1024) + 1));
    const QByteArray format = reader.format();
    if (format.isEmpty()) {
        return Error{QStringLiteral("photo.not_image"),
                     PhotoNormalizer::tr(
                         "Berkas ini bukan gambar yang dikenali. Pilih foto JPEG atau PNG.")};
    }
    if (format != "jpeg" && format != "png") {
        return Error{QStringLiteral("photo.unsupported"),
                     PhotoNormalizer::tr(
                         "Format %1 tidak dipakai untuk foto rumah. Pilih foto JPEG atau PNG.")
                         .arg(QString::fromLatin1(format).toUpper())};
    }
    if ((format == "jpeg" && !jpegComplete(bytes)) || (format == "png" && !pngComplete(bytes))) {
        return Error{QStringLiteral("photo.truncated"),
                     PhotoNormalizer::tr(
                         "Foto terpotong (berkas tidak utuh, mungkin salinan dari kartu memori "
                         "terputus). Salin ulang dari kamera atau ponsel.")};
    }
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        return Error{QStringLiteral("photo.corrupt"),
                     PhotoNormalizer::tr("Foto rusak: ukuran gambarnya tidak terbaca.")};
    }
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > limits.maxPixels) {
        return Error{QStringLiteral("photo.too_many_pixels"),
                     PhotoNormalizer::tr(
                         "Gambar %1 × %2 piksel (%3 megapiksel) melebihi batas %4 megapiksel; "
                         "berkas seperti ini bisa menghabiskan memori dan ditolak.")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(pixels / 1'000'000)
                         .arg(limits.maxPixels / 1'000'000)};
    }
    if (size.width() > edge || size.height() > edge) {
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
    }
    reader.setQuality(75); // accurate DCT and a smooth final scale in Qt's JPEG reader
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        return Error{QStringLiteral("photo.corrupt"),
                     PhotoNormalizer::tr("Foto rusak dan tidak bisa dibaca (%1).")
                         .arg(reader.errorString())};
    }
    return image;
}

} // namespace

Result<NormalizedPhoto> PhotoNormalizer::normalize(const QByteArray &original,
                                                   const PhotoLimits &limits)
{
    if (original.size() > limits.maxFileBytes) {
        return Error{QStringLiteral("photo.too_large"),
                     tr("Berkas melebihi batas %1 MB untuk satu foto.")
                         .arg(limits.maxFileBytes / (1024 * 1024))};
    }
    Result<QImage> decoded = decode(original, limits, limits.maxEdge);
    if (!decoded) {
        return decoded.error();
    }
    NormalizedPhoto photo;
    photo.exif = PhotoExif::read(original);
    const QImage image = flattened(upright(*decoded, photo.exif.orientation));
    photo.jpeg = encodeJpeg(image, limits.jpegQuality);
    photo.thumbnailJpeg = encodeJpeg(image.scaled(limits.thumbnailEdge, limits.thumbnailEdge,
                                                  Qt::KeepAspectRatio, Qt::SmoothTransformation),
                                     thumbnailQuality);
    if (photo.jpeg.isEmpty() || photo.thumbnailJpeg.isEmpty()) {
        return Error{QStringLiteral("photo.encode"),
                     tr("Foto tidak bisa disimpan ulang sebagai JPEG (memori tidak cukup?).")};
    }
    photo.size = image.size();
    photo.sourceSha256 = ContentStore::sha256Of(original);
    return photo;
}

Result<NormalizedPhoto> PhotoNormalizer::normalizeFile(const QString &path,
                                                       const PhotoLimits &limits)
{
    Result<QByteArray> bytes = readFile(path, limits);
    if (!bytes) {
        return bytes.error();
    }
    Result<NormalizedPhoto> photo = normalize(*bytes, limits);
    if (photo) {
        photo->sourceName = maskedFileName(QFileInfo(path).fileName());
    }
    return photo;
}

Result<QByteArray> PhotoNormalizer::thumbnail(const QByteArray &storedJpeg,
                                              const PhotoLimits &limits)
{
    Result<QImage> decoded = decode(storedJpeg, limits, limits.thumbnailEdge);
    if (!decoded) {
        return decoded.error();
    }
    const QByteArray jpeg = encodeJpeg(*decoded, thumbnailQuality);
    if (jpeg.isEmpty()) {
        return Error{QStringLiteral("photo.encode"), tr("Gambar kecil foto tidak bisa dibuat.")};
    }
    return jpeg;
}

Result<PhotoNormalizer::Preview> PhotoNormalizer::preview(const QString &path, int edge,
                                                          const PhotoLimits &limits)
{
    Result<QByteArray> bytes = readFile(path, limits);
    if (!bytes) {
        return bytes.error();
    }
    Result<QImage> decoded = decode(*bytes, limits, edge);
    if (!decoded) {
        return decoded.error();
    }
    Preview preview;
    preview.exif = PhotoExif::read(*bytes);
    preview.image = upright(*decoded, preview.exif.orientation);
    return preview;
}

} // namespace tepat
