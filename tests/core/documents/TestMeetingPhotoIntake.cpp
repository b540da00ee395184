#include "core/documents/MeetingPhotoIntake.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestMeetingPhotoIntake : public QObject
{
    Q_OBJECT

    static QByteArray encoded(const QImage &image, const char *format, int quality = 90)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, format, quality);
        return bytes;
    }

    static QImage scene(int w, int h)
    {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(QColor(200, 180, 150));
        QPainter p(&image);
        p.fillRect(w / 4, h / 4, w / 2, h / 2, Qt::darkGreen);
        return image;
    }

private Q_SLOTS:
    void largePhotosAreScaledAndReencoded()
    {
        const auto out = MeetingPhotoIntake::normalise(encoded(scene(3200, 2400), "JPEG"));
        QVERIFY2(out, qPrintable(out ? QString() : out.error().message));
        const QImage image = QImage::fromData(*out, "JPEG");
        QCOMPARE(image.width(), 1600);
        QCOMPARE(image.height(), 1200);
        QVERIFY(out->startsWith("\xFF\xD8"));
    }

    void smallPngBecomesJpeg()
    {
        const auto out = MeetingPhotoIntake::normalise(encoded(scene(640, 480), "PNG"));
        QVERIFY(out);
        const QImage image = QImage::fromData(*out);
        QCOMPARE(image.size(), QSize(640, 480));
        QVERIFY(out->startsWith("\xFF\xD8"));
    }

    void brokenFilesAreRefused()
    {
        const QByteArray jpeg = encoded(scene(800, 600), "JPEG");
        const auto truncated = MeetingPhotoIntake::normalise(jpeg.left(jpeg.size() / 2));
        QVERIFY(!truncated);
        QCOMPARE(truncated.error().code, QStringLiteral("photo.truncated"));
        QCOMPARE(MeetingPhotoIntake::normalise(QByteArray("bukan foto sama sekali")).error().code,
                 QStringLiteral("photo.unreadable"));
        QCOMPARE(MeetingPhotoIntake::normalise({}).error().code,
                 QStringLiteral("photo.unreadable"));
        QCOMPARE(
            MeetingPhotoIntake::normalise(QByteArray(MeetingPhotoIntake::kMaxFileBytes + 1, 'x'))
                .error()
                .code,
            QStringLiteral("photo.too_large"));
        TempStore store;
        QCOMPARE(
            MeetingPhotoIntake::normaliseFile(store.file(QStringLiteral("nope.jpg"))).error().code,
            QStringLiteral("photo.cannot_open"));
    }
};

QTEST_GUILESS_MAIN(TestMeetingPhotoIntake)
#include "TestMeetingPhotoIntake.moc"
