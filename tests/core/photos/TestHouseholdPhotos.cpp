#include "core/photos/HouseholdPhotos.h"
#include "tests/support/FieldImages.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestHouseholdPhotos : public QObject
{
    Q_OBJECT

    static int storedFiles(const QString &root)
    {
        int n = 0;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            n += !it.next().contains(QStringLiteral("/cache/"));
        }
        return n;
    }

    static QString photoFile(TempStore &store, const QString &name, int seed,
                             const ExifTags &tags = {})
    {
        const QString path = store.file(name);
        QByteArray jpeg = jpegOf(houseScene(QSize(1200, 900), seed));
        writeFile(path, tags.orientation || !tags.dateTimeOriginal.isEmpty() || tags.gps
                            ? withExif(jpeg, tags)
                            : jpeg);
        return path;
    }

    static const QString &hh()
    {
        static const QString id = QStringLiteral("3571031001.000042");
        return id;
    }

private Q_SLOTS:
    // Every change of a household's photos needs Permission::Draft in the service itself: the
    // village head is refused whoever calls, and nothing is stored or changed.
    void changesNeedTheDraftPermission()
    {
        TempStore store;
        const QString root = ContentStore::rootFor(store.path());
        const HouseholdPhotos photos(*store.db, store.clock, root);
        const Session head = as(QStringLiteral("lurah"), Role::VillageHead);
        const QString file = photoFile(store, QStringLiteral("depan.jpg"), 5);
        QCOMPARE(HouseholdPhotos::permitted(head).error().code, QStringLiteral("auth.forbidden"));
        QVERIFY(HouseholdPhotos::permitted(as(QStringLiteral("budi"), Role::FieldStaff)));
        QCOMPARE(photos.attachFile(hh(), file, PhotoView::Front, head).error().code,
                 QStringLiteral("auth.forbidden"));
        const Result<NormalizedPhoto> normalized =
            PhotoNormalizer::normalize(readFile(file), PhotoLimits{});
        QVERIFY(normalized);
        QCOMPARE(photos.attach(hh(), *normalized, PhotoView::Front, head).error().code,
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")), 0);
        QCOMPARE(storedFiles(root), 0);

        const AttachedPhoto a =
            *photos.attachFile(hh(), file, PhotoView::Side, as(QStringLiteral("ani")));
        QCOMPARE(photos
                     .attachKnownSource(QStringLiteral("3571031001.000043"),
                                        ContentStore::sha256Of(readFile(file)),
                                        QStringLiteral("depan.jpg"), PhotoView::Front, head)
                     .error()
                     .code,
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(photos.setView(a.photo.id, PhotoView::Front, head).error().code,
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(photos.detach(a.photo.id, QStringLiteral("rumah tetangga"), head).error().code,
                 QStringLiteral("auth.forbidden"));
        const QList<HouseholdPhoto> now = photos.photos(hh()).value();
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().view, PhotoView::Side);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")), 1);
    }

    void attachStoresOnceWithThumbnail()
    {
        TempStore store;
        const QString root = ContentStore::rootFor(store.path());
        const HouseholdPhotos photos(*store.db, store.clock, root);
        ExifTags tags;
        tags.dateTimeOriginal = QStringLiteral("2026:11:23 09:15:30");
        tags.gps = GeoPoint{-7.8166, 112.0119};
        const QString file =
            photoFile(store, QStringLiteral("3571014101900001_depan.jpg"), 1, tags);

        const Result<AttachedPhoto> a =
            photos.attachFile(hh(), file, PhotoView::Front, as(QStringLiteral("ani")));
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
        QVERIFY(!a->alreadyAttached);
        QCOMPARE(a->photo.view, PhotoView::Front);
        QCOMPARE(a->photo.size, QSize(1200, 900));
        QCOMPARE(a->photo.sourceName, QStringLiteral("#_depan.jpg")); // no NIK kept
        QCOMPARE(a->photo.capturedAt, QDateTime(QDate(2026, 11, 23), QTime(2, 15, 30), Qt::UTC));
        QVERIFY(a->photo.exifPoint);
        QCOMPARE(a->photo.addedBy, QStringLiteral("ani"));
        QVERIFY(QFile::exists(photos.photoPath(a->photo.sha256)));
        QCOMPARE(ContentStore::sha256Of(readFile(photos.photoPath(a->photo.sha256))),
                 a->photo.sha256);

        auto attachment = store.db->query(
            QStringLiteral("SELECT kind, mime, byte_size FROM attachment WHERE sha256 = ?"),
            {a->photo.sha256});
        QVERIFY(attachment && attachment->next());
        QCOMPARE(attachment->value(0).toString(), QStringLiteral("house_photo"));
        QCOMPARE(attachment->value(1).toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(attachment->value(2).toLongLong(),
                 QFileInfo(photos.photoPath(a->photo.sha256)).size());

        const QString thumb = photos.thumbnailPath(a->photo.sha256);
        QVERIFY(thumb.startsWith(root + QStringLiteral("/cache/")));
        QCOMPARE(QImage(thumb).size(), QSize(320, 240));
        // The cache can go; it comes back.
        QVERIFY(QFile::remove(thumb));
        QCOMPARE(photos.thumbnailPath(a->photo.sha256), thumb);
        QCOMPARE(QImage(thumb).size(), QSize(320, 240));

        auto audit = store.db->query(QStringLiteral(
            "SELECT object_id, details FROM audit_entry WHERE action = 'photo.attach'"));
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toString(), hh());
        QVERIFY(!audit->value(1).toString().contains(QStringLiteral("3571014101900001")));
    }

    void neverTwoCopiesOfTheSamePhoto()
    {
        TempStore store;
        const QString root = ContentStore::rootFor(store.path());
        const HouseholdPhotos photos(*store.db, store.clock, root);
        const QString file = photoFile(store, QStringLiteral("IMG_0001.JPG"), 2);
        const AttachedPhoto first =
            *photos.attachFile(hh(), file, PhotoView::Front, as(QStringLiteral("ani")));

        // The same file again, and a copy under another name: already there.
        const Result<AttachedPhoto> again =
            photos.attachFile(hh(), file, PhotoView::Front, as(QStringLiteral("ani")));
        QVERIFY(again && again->alreadyAttached);
        QCOMPARE(again->photo.id, first.photo.id);
        const QString copy = store.file(QStringLiteral("salinan.jpg"));
        QVERIFY(QFile::copy(file, copy));
        QVERIFY(photos.attachFile(hh(), copy, PhotoView::Front, as(QStringLiteral("ani")))
                    ->alreadyAttached);
        // The same picture with other metadata normalises to the same bytes.
        ExifTags tags;
        tags.dateTimeOriginal = QStringLiteral("2026:11:23 09:15:30");
        const QString retagged = store.file(QStringLiteral("retagged.jpg"));
        writeFile(retagged, withExif(readFile(file), tags));
        const Result<AttachedPhoto> sameContent =
            photos.attachFile(hh(), retagged, PhotoView::Side, as(QStringLiteral("ani")));
        QVERIFY(sameContent && sameContent->alreadyAttached);
        QCOMPARE(sameContent->photo.sha256, first.photo.sha256);
        // Another household may show the same photo; the file is still stored once.
        const Result<AttachedPhoto> other = photos.attachFile(
            QStringLiteral("3571031001.000043"), file, PhotoView::Other, as(QStringLiteral("ani")));
        QVERIFY(other && !other->alreadyAttached);
        QCOMPARE(other->photo.sha256, first.photo.sha256);

        QCOMPARE(storedFiles(root), 1);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM attachment")), 1);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")), 2);
        QCOMPARE(*photos.knownSources(), (QSet<QString>{ContentStore::sha256Of(readFile(file))}));
    }

    void theSamePhotoOnAnotherHouseholdIsNamed()
    {
        TempStore store;
        const HouseholdPhotos photos(*store.db, store.clock, ContentStore::rootFor(store.path()));
        const QString file = photoFile(store, QStringLiteral("IMG_0002.JPG"), 3);
        const QString elsewhere = photoFile(store, QStringLiteral("IMG_0003.JPG"), 4);
        QVERIFY(photos.attachFile(hh(), file, PhotoView::Front, as(QStringLiteral("ani"))));
        QCOMPARE(photos.householdsSharingPhotos(hh()).value(), QStringList{});
        const QString other = QStringLiteral("3571031001.000043");
        QVERIFY(photos.attachFile(other, elsewhere, PhotoView::Front, as(QStringLiteral("ani"))));
        QCOMPARE(photos.householdsSharingPhotos(hh()).value(), QStringList{});
        // The same picture with other metadata (same content) on the other family.
        ExifTags tags;
        tags.dateTimeOriginal = QStringLiteral("2026:11:23 09:15:30");
        const QString retagged = store.file(QStringLiteral("retagged.jpg"));
        writeFile(retagged, withExif(readFile(file), tags));
        const AttachedPhoto reused =
            *photos.attachFile(other, retagged, PhotoView::Side, as(QStringLiteral("ani")));
        QCOMPARE(photos.householdsSharingPhotos(hh()).value(), QStringList{other});
        QCOMPARE(photos.householdsSharingPhotos(other).value(), QStringList{hh()});
        QVERIFY(photos.detach(reused.photo.id, QStringLiteral("salah rumah"),
                              as(QStringLiteral("ani"))));
        QCOMPARE(photos.householdsSharingPhotos(hh()).value(), QStringList{});
    }

    void frontViewViewsAndDetach()
    {
        TempStore store;
        const HouseholdPhotos photos(*store.db, store.clock, ContentStore::rootFor(store.path()));
        QCOMPARE(*photos.hasFrontView(hh()), false);
        const AttachedPhoto side =
            *photos.attachFile(hh(), photoFile(store, QStringLiteral("a.jpg"), 3), PhotoView::Side,
                               as(QStringLiteral("ani")));
        store.clock.advanceSeconds(10);
        const AttachedPhoto inside =
            *photos.attachFile(hh(), photoFile(store, QStringLiteral("b.jpg"), 4),
                               PhotoView::Inside, as(QStringLiteral("ani")));
        QCOMPARE(*photos.hasFrontView(hh()), false);

        QVERIFY(photos.setView(inside.photo.id, PhotoView::Front, as(QStringLiteral("budi"))));
        QCOMPARE(*photos.hasFrontView(hh()), true);
        const QList<HouseholdPhoto> listed = *photos.photos(hh());
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].id, inside.photo.id); // the front view first
        QCOMPARE(listed[1].id, side.photo.id);

        const Status noReason =
            photos.detach(inside.photo.id, QStringLiteral("  "), as(QStringLiteral("budi")));
        QCOMPARE(noReason.error().code, QStringLiteral("photo.reason_required"));
        QVERIFY(photos.detach(inside.photo.id, QStringLiteral("rumah tetangga"),
                              as(QStringLiteral("budi"))));
        QCOMPARE(*photos.hasFrontView(hh()), false);
        QCOMPARE(photos.photos(hh())->size(), 1);
        QCOMPARE(photos.setView(inside.photo.id, PhotoView::Back, as(QStringLiteral("budi")))
                     .error()
                     .code,
                 QStringLiteral("photo.not_found"));
        // Kept, never deleted.
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")), 2);
        QVERIFY(!store.db->query(QStringLiteral("DELETE FROM household_photo")));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action IN "
                                            "('photo.view', 'photo.detach')")),
                 2);
        // Attaching it again after the mistake was undone works.
        const Result<AttachedPhoto> back =
            photos.attachFile(hh(), store.file(QStringLiteral("b.jpg")), PhotoView::Front,
                              as(QStringLiteral("budi")));
        QVERIFY(back && !back->alreadyAttached);
        QCOMPARE(*photos.hasFrontView(hh()), true);
    }

    void badFileLeavesNothing()
    {
        TempStore store;
        const QString root = ContentStore::rootFor(store.path());
        const HouseholdPhotos photos(*store.db, store.clock, root);
        const QString text = store.file(QStringLiteral("catatan.jpg"));
        writeFile(text, "bukan foto");
        const Result<AttachedPhoto> r =
            photos.attachFile(hh(), text, PhotoView::Front, as(QStringLiteral("ani")));
        QCOMPARE(r.error().code, QStringLiteral("photo.not_image"));
        QCOMPARE(storedFiles(root), 0);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")), 0);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM attachment")), 0);
    }

    void fullDatabaseLeavesNoFileBehind()
    {
        TempStore store;
        const QString root = ContentStore::rootFor(store.path());
        const HouseholdPhotos photos(*store.db, store.clock, root);
        // The store may not grow beyond its present pages, as on a full disk: photos go in
        // while the free room in those pages lasts, then the store refuses.
        const qint64 pages = store.count(QStringLiteral("PRAGMA page_count"));
        QVERIFY(store.db->execute(
            QStringLiteral("PRAGMA max_page_count = %1").arg(pages).toUtf8().constData()));
        Result<AttachedPhoto> r = Error{};
        int stored = 0;
        for (int i = 0; i < 500; ++i) {
            const QString file = store.file(QStringLiteral("p%1.jpg").arg(i));
            writeFile(file, jpegOf(houseScene(QSize(32, 24), i)));
            r = photos.attachFile(hh(), file, PhotoView::Other, as(QStringLiteral("ani")));
            if (!r) {
                break;
            }
            ++stored;
        }
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("db.disk_full"));
        QVERIFY(r.error().message.contains(QStringLiteral("Disk penuh")));
        // The refused photo left no file and no row; the ones before it are whole.
        QCOMPARE(storedFiles(root), stored);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")), stored);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM attachment")), stored);
    }

    void unwritableFilesFolderLeavesNothing()
    {
        TempStore store;
        // A file where the files folder should be: nothing can be written under it.
        const QString root = store.file(QStringLiteral("blocked-files"));
        writeFile(root, "x");
        const HouseholdPhotos photos(*store.db, store.clock, root);
        const Result<AttachedPhoto> r =
            photos.attachFile(hh(), photoFile(store, QStringLiteral("a.jpg"), 6), PhotoView::Front,
                              as(QStringLiteral("ani")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("files.folder"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")), 0);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM attachment")), 0);
    }
};

QTEST_GUILESS_MAIN(TestHouseholdPhotos)
#include "TestHouseholdPhotos.moc"
