#pragma once

#include "core/common/Result.h"
#include "core/photos/PhotoExif.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace tepat {

struct PhotoLimits
{
    qint64 maxFileBytes = 40LL * 1024 * 1024; // larger than any phone or camera JPEG
    qint64 maxPixels = 100'000'000;           // decompression bombs claim far more
    int maxEdge = 1600;                       // long side of the stored photo
    int jpegQuality = 85;
    int thumbnailEdge = 320;
};

// A photo ready to store: upright, at most maxEdge pixels on the long side, JPEG.
struct NormalizedPhoto
{
    QByteArray jpeg;
    QByteArray thumbnailJpeg;
    QSize size;
    QString sourceSha256; // of the original file's bytes
    QString sourceName;   // the original file name, masked (maskedFileName)
    PhotoExif exif;       // capture time and GPS of the original
};

// Turns a camera or phone photo into the stored form: EXIF orientation applied, scaled so the
// long side is at most 1600 px (JPEG DCT scaling while decoding, then a smooth scale), JPEG
// quality 85, capture time and GPS kept as data. Refuses, with a message for the operator,
// what is not a usable photo: not an image, an unsupported format, a truncated file, a
// decompression bomb, an oversized file. Pure functions, safe on any thread.
class PhotoNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(PhotoNormalizer)

public:
    struct Preview
    {
        PhotoExif exif;
        QImage image; // upright, at most `edge` on the long side
    };

    static Result<QByteArray> readFile(const QString &path, const PhotoLimits &limits = {});
    static Result<NormalizedPhoto> normalize(const QByteArray &original,
                                             const PhotoLimits &limits = {});
    static Result<NormalizedPhoto> normalizeFile(const QString &path,
                                                 const PhotoLimits &limits = {});
    // The thumbnail of a stored (already upright) photo.
    static Result<QByteArray> thumbnail(const QByteArray &storedJpeg,
                                        const PhotoLimits &limits = {});
    // A quick look for choosing photos (EXIF and a small upright picture).
    static Result<Preview> preview(const QString &path, int edge, const PhotoLimits &limits = {});

    // Applies an EXIF orientation (1–8) so the picture shows upright.
    static QImage upright(const QImage &image, int orientation);
    // The file name without runs of 15 or more digits (a NIK or KK number is 16).
    static QString maskedFileName(const QString &fileName);
    // .jpg, .jpeg, .png (any case): what a folder scan offers.
    static bool looksLikePhoto(const QString &fileName);
};

} // namespace tepat
