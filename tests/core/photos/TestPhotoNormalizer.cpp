#include "core/files/ContentStore.h"
#include "core/photos/PhotoNormalizer.h"
#include "tests/support/FieldImages.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestPhotoNormalizer : public QObject
{
    Q_OBJECT

    static bool near(QRgb actual, QColor expected)
    {
        return std::abs(qRed(actual) - expected.red()) < 40 &&
               std::abs(qGreen(actual) - expected.green()) < 40 &&
               std::abs(qBlue(actual) - expected.blue()) < 40;
    }

    static QImage decoded(const QByteArray &jpeg)
    {
        QImage image;
        image.loadFromData(jpeg, "jpeg");
        return image;
    }

    // A JPEG whose frame header claims `width` × `height` pixels.
    static QByteArray withClaimedSize(QByteArray jpeg, quint16 width, quint16 height)
    {
        const qsizetype sof = jpeg.indexOf(QByteArray("\xFF\xC0", 2));
        Q_ASSERT(sof > 0);
        jpeg[sof + 5] = char(height >> 8);
        jpeg[sof + 6] = char(height & 0xFF);
        jpeg[sof + 7] = char(width >> 8);
        jpeg[sof + 8] = char(width & 0xFF);
        return jpeg;
    }

private Q_SLOTS:
    void exifOrientations_data()
    {
        QTest::addColumn<int>("orientation");
        for (int o = 1; o <= 8; ++o) {
            QTest::addRow("orientation %d", o) << o;
        }
    }

    void exifOrientations()
    {
        QFETCH(int, orientation);
        const QImage upright = quadrants(QSize(160, 80));
        const QByteArray original = withExif(jpegOf(storedForOrientation(upright, orientation)),
                                             orientationTag(orientation));
        QCOMPARE(PhotoExif::read(original).orientation, orientation);
        const Result<NormalizedPhoto> photo = PhotoNormalizer::normalize(original);
        QVERIFY2(photo.ok(), photo.ok() ? "" : qPrintable(photo.error().message));
        QCOMPARE(photo->size, QSize(160, 80));
        const QImage result = decoded(photo->jpeg);
        QCOMPARE(result.size(), QSize(160, 80));
        QVERIFY(near(result.pixel(40, 20), Qt::red));
        QVERIFY(near(result.pixel(120, 20), Qt::green));
        QVERIFY(near(result.pixel(40, 60), Qt::blue));
        QVERIFY(near(result.pixel(120, 60), Qt::yellow));
    }

    void longSideScaledTo1600()
    {
        const Result<NormalizedPhoto> landscape =
            PhotoNormalizer::normalize(jpegOf(houseScene(QSize(3200, 2000), 1)));
        QVERIFY(landscape.ok());
        QCOMPARE(landscape->size, QSize(1600, 1000));
        QCOMPARE(decoded(landscape->jpeg).size(), QSize(1600, 1000));
        // Held upright by the camera: stored landscape, turned by the orientation tag.
        const Result<NormalizedPhoto> portrait = PhotoNormalizer::normalize(
            withExif(jpegOf(houseScene(QSize(2400, 1800), 2)), orientationTag(6)));
        QVERIFY(portrait.ok());
        QCOMPARE(portrait->size, QSize(1200, 1600));
        // Small photos are not enlarged.
        const Result<NormalizedPhoto> small =
            PhotoNormalizer::normalize(jpegOf(houseScene(QSize(640, 480), 3)));
        QCOMPARE(small->size, QSize(640, 480));
        QVERIFY(small->thumbnailJpeg.size() > 0);
        QCOMPARE(decoded(small->thumbnailJpeg).size(), QSize(320, 240));
    }

    void outputIsJpegAndRepeatable()
    {
        const QByteArray original = jpegOf(houseScene(QSize(2000, 1500), 4), 95);
        const Result<NormalizedPhoto> a = PhotoNormalizer::normalize(original);
        const Result<NormalizedPhoto> b = PhotoNormalizer::normalize(original);
        QVERIFY(a && b);
        QCOMPARE(a->jpeg, b->jpeg); // same original, same stored bytes: de-duplication works
        QBuffer buffer;
        buffer.setData(a->jpeg);
        QCOMPARE(QImageReader(&buffer).format(), QByteArray("jpeg"));
        QCOMPARE(a->sourceSha256, ContentStore::sha256Of(original));
        // Quality about 85: far smaller than the quality-95 original at the same size.
        const QByteArray same95 = jpegOf(decoded(a->jpeg), 95);
        QVERIFY(a->jpeg.size() < same95.size());
    }

    void captureTimeAndGpsKeptAsData()
    {
        ExifTags tags;
        tags.dateTimeOriginal = QStringLiteral("2026:11:23 09:15:30");
        tags.offsetTimeOriginal = QStringLiteral("+08:00");
        tags.gps = GeoPoint{-7.8166, 112.0119};
        const Result<NormalizedPhoto> photo =
            PhotoNormalizer::normalize(withExif(jpegOf(houseScene(QSize(800, 600), 5)), tags));
        QVERIFY(photo.ok());
        QCOMPARE(photo->exif.capturedAt, QDateTime(QDate(2026, 11, 23), QTime(1, 15, 30), Qt::UTC));
        QVERIFY(photo->exif.gps);
        QVERIFY(std::abs(photo->exif.gps->latitude - -7.8166) < 1e-5);
        QVERIFY(std::abs(photo->exif.gps->longitude - 112.0119) < 1e-5);
        // The stored JPEG carries no EXIF (no GPS in the file; the data is in the store).
        const PhotoExif stored = PhotoExif::read(photo->jpeg);
        QVERIFY(!stored.gps);
        QVERIFY(!stored.capturedAt.isValid());
    }

    void cameraClockWithoutZoneIsLocalTime()
    {
        ExifTags tags;
        tags.dateTimeOriginal = QStringLiteral("2026:11:23 09:15:30");
        const QByteArray original = withExif(jpegOf(houseScene(QSize(64, 48), 6)), tags);
        const QTimeZone wita("Asia/Makassar");
        QCOMPARE(PhotoExif::read(original, wita).capturedAt,
                 QDateTime(QDate(2026, 11, 23), QTime(1, 15, 30), Qt::UTC));
        QCOMPARE(PhotoExif::read(jpegOf(houseScene(QSize(64, 48), 6))).capturedAt, QDateTime());
        QVERIFY(!PhotoExif::read(jpegOf(houseScene(QSize(64, 48), 6))).gps);
        QCOMPARE(PhotoExif::read("not an image").orientation, 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        const QByteArray jpeg = jpegOf(houseScene(QSize(800, 600), 7));
        QTest::newRow("text") << QByteArray("Daftar keluarga RT 003\n") << "photo.not_image";
        QTest::newRow("empty") << QByteArray() << "photo.not_image";
        QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() * 6 / 10) << "photo.truncated";
        const QByteArray png = pngOf(houseScene(QSize(200, 100), 8));
        QTest::newRow("truncated png") << png.left(png.size() - 20) << "photo.truncated";
        QTest::newRow("bomb") << withClaimedSize(jpeg, 30000, 30000) << "photo.too_many_pixels";
        QByteArray heic(64, '\0');
        heic.replace(4, 8, "ftypheic");
        QTest::newRow("heic") << heic << "photo.unsupported";
        QByteArray gif;
        QBuffer gifBuffer(&gif);
        gifBuffer.open(QIODevice::WriteOnly);
        QVERIFY(QImage(8, 8, QImage::Format_RGB32).save(&gifBuffer, "bmp"));
        QTest::newRow("bmp") << gif << "photo.unsupported";
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const Result<NormalizedPhoto> photo = PhotoNormalizer::normalize(bytes);
        QVERIFY(!photo);
        QCOMPARE(photo.error().code, code);
        QVERIFY(!photo.error().message.isEmpty());
    }

    void fileProblems()
    {
        QTemporaryDir dir;
        PhotoLimits limits;
        limits.maxFileBytes = 20 * 1024;
        const QString big = dir.filePath(QStringLiteral("besar.jpg"));
        writeFile(big, jpegOf(houseScene(QSize(1600, 1200), 9), 95));
        QCOMPARE(PhotoNormalizer::normalizeFile(big, limits).error().code,
                 QStringLiteral("photo.too_large"));
        QVERIFY(PhotoNormalizer::normalizeFile(big).ok());
        QCOMPARE(
            PhotoNormalizer::readFile(dir.filePath(QStringLiteral("tidak-ada.jpg"))).error().code,
            QStringLiteral("photo.missing"));
        QCOMPARE(PhotoNormalizer::readFile(dir.path()).error().code,
                 QStringLiteral("photo.unreadable"));
    }

    void transparentPngOnWhite()
    {
        QImage image(100, 50, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        const Result<NormalizedPhoto> photo = PhotoNormalizer::normalize(pngOf(image));
        QVERIFY(photo.ok());
        QVERIFY(near(decoded(photo->jpeg).pixel(50, 25), Qt::white));
    }

    void fileNamesLoseIdentityNumbers()
    {
        QCOMPARE(PhotoNormalizer::maskedFileName(QStringLiteral("3571014101900001_depan.jpg")),
                 QStringLiteral("#_depan.jpg"));
        QCOMPARE(PhotoNormalizer::maskedFileName(QStringLiteral("KK 3571-0101-0190-0001.JPG")),
                 QStringLiteral("KK #.JPG"));
        QCOMPARE(PhotoNormalizer::maskedFileName(QStringLiteral("IMG_20261123_091500.jpg")),
                 QStringLiteral("IMG_20261123_091500.jpg"));
        QVERIFY(PhotoNormalizer::looksLikePhoto(QStringLiteral("DSC0001.JPG")));
        QVERIFY(PhotoNormalizer::looksLikePhoto(QStringLiteral("a.jpeg")));
        QVERIFY(!PhotoNormalizer::looksLikePhoto(QStringLiteral("video.mp4")));
    }

    void previewIsSmallAndUpright()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.jpg"));
        writeFile(path, withExif(jpegOf(storedForOrientation(quadrants(QSize(1600, 800)), 8)),
                                 orientationTag(8)));
        const Result<PhotoNormalizer::Preview> preview = PhotoNormalizer::preview(path, 160);
        QVERIFY(preview.ok());
        QCOMPARE(preview->image.size(), QSize(160, 80));
        QVERIFY(near(preview->image.pixel(40, 20), Qt::red));
        QVERIFY(near(preview->image.pixel(120, 60), Qt::yellow));
    }
};

QTEST_GUILESS_MAIN(TestPhotoNormalizer)
#include "TestPhotoNormalizer.moc"
