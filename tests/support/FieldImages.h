#pragma once

// Synthetic photos for the field-capture tests and the benchmark: pictures drawn here, EXIF
// written with libexiv2 (link PkgConfig::EXIV2). No real photo is ever used.

#include "core/location/GeoPoint.h"

#include <QBuffer>
#include <QColor>
#include <QDateTime>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

#include <cmath>
#include <optional>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace tepat::test {

struct ExifTags
{
    int orientation = 0;        // 0: no tag
    QString dateTimeOriginal;   // "2026:11:23 09:15:00"
    QString offsetTimeOriginal; // "+07:00"
    std::optional<GeoPoint> gps;
};

inline ExifTags orientationTag(int orientation)
{
    ExifTags tags;
    tags.orientation = orientation;
    return tags;
}

inline QByteArray jpegOf(const QImage &image, int quality = 90)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

inline QByteArray pngOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "png");
    return bytes;
}

// Four coloured quadrants: red top-left, green top-right, blue bottom-left, yellow
// bottom-right. Any rotation or mirror changes where the colours are.
inline QImage quadrants(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    const int w = size.width() / 2;
    const int h = size.height() / 2;
    QPainter p(&image);
    p.fillRect(0, 0, w, h, Qt::red);
    p.fillRect(w, 0, size.width() - w, h, Qt::green);
    p.fillRect(0, h, w, size.height() - h, Qt::blue);
    p.fillRect(w, h, size.width() - w, size.height() - h, Qt::yellow);
    return image;
}

// A house-like scene with texture, so JPEG sizes and timings resemble a real photo.
inline QImage houseScene(QSize size, int seed)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient sky(0, 0, 0, size.height());
    sky.setColorAt(0, QColor(120 + seed % 60, 170, 230));
    sky.setColorAt(1, QColor(235, 230, 210));
    p.fillRect(image.rect(), sky);
    const int w = size.width();
    const int h = size.height();
    p.setBrush(QColor(190, 90 + seed % 50, 60));
    p.drawPolygon(QPolygon({QPoint(w / 5, h / 2), QPoint(w / 2, h / 5), QPoint(4 * w / 5, h / 2)}));
    p.setBrush(QColor(220, 210, 180));
    p.drawRect(w / 4, h / 2, w / 2, h / 3);
    p.setBrush(QColor(90, 60, 40));
    p.drawRect(w / 2 - w / 20, 2 * h / 3, w / 10, h / 6);
    // Grain: cameras never deliver flat colour.
    quint32 state = 2166136261u ^ quint32(seed);
    for (int y = 0; y < h; y += 2) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            state = state * 1664525u + 1013904223u;
            const int n = int(state >> 28) - 8;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255),
                           qBound(0, qBlue(c) + n, 255));
        }
    }
    return image;
}

inline Exiv2::URationalValue::AutoPtr dmsValue(double degrees)
{
    degrees = std::abs(degrees);
    const int d = int(degrees);
    const double minutesFull = (degrees - d) * 60.0;
    const int m = int(minutesFull);
    const int s100 = int(std::lround((minutesFull - m) * 60.0 * 100.0));
    Exiv2::URationalValue::AutoPtr v(new Exiv2::URationalValue);
    v->value_.push_back({uint32_t(d), 1});
    v->value_.push_back({uint32_t(m), 1});
    v->value_.push_back({uint32_t(s100), 100});
    return v;
}

inline QByteArray withExif(const QByteArray &image, const ExifTags &tags)
{
    Exiv2::Image::AutoPtr file = Exiv2::ImageFactory::open(
        reinterpret_cast<const Exiv2::byte *>(image.constData()), long(image.size()));
    file->readMetadata();
    Exiv2::ExifData &exif = file->exifData();
    if (tags.orientation > 0) {
        exif["Exif.Image.Orientation"] = uint16_t(tags.orientation);
    }
    if (!tags.dateTimeOriginal.isEmpty()) {
        exif["Exif.Photo.DateTimeOriginal"] = tags.dateTimeOriginal.toStdString();
    }
    if (!tags.offsetTimeOriginal.isEmpty()) {
        exif["Exif.Photo.OffsetTimeOriginal"] = tags.offsetTimeOriginal.toStdString();
    }
    if (tags.gps) {
        exif["Exif.GPSInfo.GPSLatitudeRef"] = tags.gps->latitude < 0 ? "S" : "N";
        exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude"), dmsValue(tags.gps->latitude).get());
        exif["Exif.GPSInfo.GPSLongitudeRef"] = tags.gps->longitude < 0 ? "W" : "E";
        exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLongitude"), dmsValue(tags.gps->longitude).get());
    }
    file->writeMetadata();
    Exiv2::BasicIo &io = file->io();
    io.seek(0, Exiv2::BasicIo::beg);
    const Exiv2::DataBuf buf = io.read(long(io.size()));
    return QByteArray(reinterpret_cast<const char *>(buf.pData_), buf.size_);
}

// How the stored pixels of a photo with EXIF orientation `o` look when the upright picture is
// `upright` (EXIF 2.3, tag 0x0112: where row 0 and column 0 of the stored image are seen).
inline QImage storedForOrientation(const QImage &upright, int o)
{
    const int W = upright.width();
    const int H = upright.height();
    const bool swapped = o >= 5;
    QImage stored(swapped ? QSize(H, W) : QSize(W, H), QImage::Format_RGB32);
    for (int j = 0; j < stored.height(); ++j) {
        for (int i = 0; i < stored.width(); ++i) {
            QPoint u;
            switch (o) {
            case 2:
                u = {W - 1 - i, j};
                break;
            case 3:
                u = {W - 1 - i, H - 1 - j};
                break;
            case 4:
                u = {i, H - 1 - j};
                break;
            case 5:
                u = {j, i};
                break;
            case 6:
                u = {W - 1 - j, i};
                break;
            case 7:
                u = {W - 1 - j, H - 1 - i};
                break;
            case 8:
                u = {j, H - 1 - i};
                break;
            default:
                u = {i, j};
                break;
            }
            stored.setPixel(i, j, upright.pixel(u));
        }
    }
    return stored;
}

// "$<body>*<checksum>" as a receiver sends it.
inline QByteArray nmeaSentence(const QByteArray &body)
{
    quint8 sum = 0;
    for (char c : body) {
        sum ^= quint8(c);
    }
    return '$' + body + '*' + QByteArray::number(sum, 16).toUpper().rightJustified(2, '0');
}

} // namespace tepat::test

#pragma GCC diagnostic pop
