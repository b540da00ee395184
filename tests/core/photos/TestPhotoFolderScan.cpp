#include "core/photos/PhotoFolderScan.h"
#include "tests/support/FieldImages.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestPhotoFolderScan : public QObject
{
    Q_OBJECT

    static void photoAt(const QString &path, const QString &taken)
    {
        ExifTags tags;
        tags.dateTimeOriginal = taken;
        writeFile(path, withExif(jpegOf(houseScene(QSize(640, 480), int(path.size()))), tags));
    }

private Q_SLOTS:
    void cameraCardIsScannedWithTimes()
    {
        QTemporaryDir card;
        QVERIFY(QDir(card.path()).mkpath(QStringLiteral("DCIM/100CANON")));
        const QString dcim = card.filePath(QStringLiteral("DCIM/100CANON/"));
        photoAt(dcim + QStringLiteral("IMG_0003.JPG"), QStringLiteral("2026:11:23 10:40:00"));
        photoAt(dcim + QStringLiteral("IMG_0001.JPG"), QStringLiteral("2026:11:23 09:12:00"));
        photoAt(dcim + QStringLiteral("IMG_0002.JPG"), QStringLiteral("2026:11:23 09:15:30"));
        writeFile(dcim + QStringLiteral("IMG_0004.JPG"), "rusak");
        writeFile(dcim + QStringLiteral("MVI_0005.MOV"), "video");

        const QStringList files = PhotoFolderScan::photoFiles(card.path());
        QCOMPARE(files.size(), 4);
        QVERIFY(files[0].endsWith(QStringLiteral("IMG_0001.JPG")));

        PhotoFolderScan scan;
        QSignalSpy finished(&scan, &PhotoFolderScan::finished);
        QSignalSpy progress(&scan, &PhotoFolderScan::progress);
        QVERIFY(scan.start(files));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(progress.last().value(0).toInt(), 4);
        const QList<PhotoCandidate> &found = scan.candidates();
        QCOMPARE(found.size(), 4);
        QCOMPARE(found[0].preview.size(), QSize(160, 120));
        QCOMPARE(found[0].exif.capturedAt.toUTC().time(), QTime(2, 12));
        QVERIFY(!found[3].problem.isEmpty());
        QVERIFY(found[3].preview.isNull());

        // The visit was at 09:14 local time: the two photos from then, nearest first.
        const QDateTime visit(QDate(2026, 11, 23), QTime(9, 14), QTimeZone("Asia/Jakarta"));
        QCOMPARE(PhotoFolderScan::takenNear(found, visit, 15), (QList<int>{1, 0}));
        QCOMPARE(PhotoFolderScan::takenNear(found, visit, 1), (QList<int>{}));
        QCOMPARE(PhotoFolderScan::takenNear(found, visit, 120), (QList<int>{1, 0, 2}));
    }

    void cancelStopsEarly()
    {
        QTemporaryDir dir;
        QStringList files;
        for (int i = 0; i < 60; ++i) {
            files << dir.filePath(QStringLiteral("p%1.jpg").arg(i));
            writeFile(files.last(), jpegOf(houseScene(QSize(320, 240), i)));
        }
        PhotoFolderScan scan;
        QSignalSpy finished(&scan, &PhotoFolderScan::finished);
        connect(&scan, &PhotoFolderScan::candidateReady, &scan, [&scan] { scan.cancel(); });
        QVERIFY(scan.start(files));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(scan.candidates().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPhotoFolderScan)
#include "TestPhotoFolderScan.moc"
