#include "core/photos/PhotoBatchImport.h"
#include "tests/support/FieldImages.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestPhotoBatchImport : public QObject
{
    Q_OBJECT

    static QList<PhotoImportItem> cameraCard(TempStore &store, int count)
    {
        QList<PhotoImportItem> items;
        for (int i = 0; i < count; ++i) {
            const QString path = store.file(QStringLiteral("DSC%1.JPG").arg(i, 5, 10, QChar(u'0')));
            writeFile(path, jpegOf(houseScene(QSize(96, 64), i)));
            items << PhotoImportItem{path, i == 0 ? PhotoView::Front : PhotoView::Other};
        }
        return items;
    }

private Q_SLOTS:
    // A batch for someone without Permission::Draft does not start: nothing is read or stored.
    void aBatchNeedsTheDraftPermission()
    {
        TempStore store;
        const HouseholdPhotos photos(*store.db, store.clock, ContentStore::rootFor(store.path()));
        PhotoBatchImport batch(photos);
        QSignalSpy progress(&batch, &PhotoBatchImport::progress);
        const Status refused =
            batch.start(QStringLiteral("3571031001.000001"), cameraCard(store, 2),
                        as(QStringLiteral("lurah"), Role::VillageHead));
        QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY(!batch.isRunning());
        QCOMPARE(progress.count(), 0);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")), 0);
    }

    void twoHundredPhotosWithProgress()
    {
        TempStore store;
        const HouseholdPhotos photos(*store.db, store.clock, ContentStore::rootFor(store.path()));
        QList<PhotoImportItem> items = cameraCard(store, 200);
        const QString broken = store.file(QStringLiteral("rusak.jpg"));
        writeFile(broken, jpegOf(houseScene(QSize(96, 64), 999)).left(300));
        items.insert(10, PhotoImportItem{broken, PhotoView::Other});

        PhotoBatchImport batch(photos);
        QSignalSpy progress(&batch, &PhotoBatchImport::progress);
        QSignalSpy finished(&batch, &PhotoBatchImport::finished);
        QVERIFY(batch.start(QStringLiteral("3571031001.000001"), items, as(QStringLiteral("ani"))));
        QVERIFY(batch.isRunning());
        QVERIFY(
            !batch.start(QStringLiteral("3571031001.000001"), items, as(QStringLiteral("ani"))));
        QVERIFY(finished.wait(60000));
        QVERIFY(!batch.isRunning());

        QCOMPARE(finished.first().value(0).toInt(), 200); // imported
        QCOMPARE(finished.first().value(1).toInt(), 0);   // already attached
        QCOMPARE(finished.first().value(2).toInt(), 1);   // failed
        QCOMPARE(finished.first().value(3).toBool(), false);
        QCOMPARE(progress.first().value(0).toInt(), 0);
        QCOMPARE(progress.last().value(0).toInt(), 201);
        QCOMPARE(progress.last().value(1).toInt(), 201);
        for (int i = 1; i < progress.size(); ++i) {
            QVERIFY(progress[i].value(0).toInt() > progress[i - 1].value(0).toInt());
        }
        const PhotoImportResult &bad = batch.results().at(10);
        QCOMPARE(bad.state, PhotoImportResult::State::Failed);
        QVERIFY(bad.message.contains(QStringLiteral("terpotong")));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")), 200);
        QCOMPARE(*photos.hasFrontView(QStringLiteral("3571031001.000001")), true);

        // Importing the card again adds nothing, and needs no decoding.
        QSignalSpy again(&batch, &PhotoBatchImport::finished);
        QVERIFY(batch.start(QStringLiteral("3571031001.000001"), items, as(QStringLiteral("ani"))));
        QVERIFY(again.wait(60000));
        QCOMPARE(again.first().value(1).toInt(), 200);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")), 200);
    }

    void cancelKeepsWhatWasStored()
    {
        TempStore store;
        const HouseholdPhotos photos(*store.db, store.clock, ContentStore::rootFor(store.path()));
        const QList<PhotoImportItem> items = cameraCard(store, 120);
        PhotoBatchImport batch(photos);
        QSignalSpy finished(&batch, &PhotoBatchImport::finished);
        connect(&batch, &PhotoBatchImport::itemDone, &batch,
                [&batch](const PhotoImportResult &) { batch.cancel(); });
        QVERIFY(batch.start(QStringLiteral("3571031001.000001"), items, as(QStringLiteral("ani"))));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().value(3).toBool(), true);
        const int imported = finished.first().value(0).toInt();
        QCOMPARE(imported, 1); // the photo stored before the cancel; nothing after it
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")), imported);
        int cancelled = 0;
        for (const PhotoImportResult &r : batch.results()) {
            cancelled += r.state == PhotoImportResult::State::Cancelled;
        }
        QCOMPARE(cancelled, 119);
    }

    void destroyedWhileRunning()
    {
        TempStore store;
        const HouseholdPhotos photos(*store.db, store.clock, ContentStore::rootFor(store.path()));
        const QList<PhotoImportItem> items = cameraCard(store, 50);
        {
            PhotoBatchImport batch(photos);
            QVERIFY(
                batch.start(QStringLiteral("3571031001.000001"), items, as(QStringLiteral("ani"))));
        } // must cancel and join its worker, not crash
        QVERIFY(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")) < 50);
    }
};

QTEST_GUILESS_MAIN(TestPhotoBatchImport)
#include "TestPhotoBatchImport.moc"
