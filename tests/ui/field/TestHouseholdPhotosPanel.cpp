#include "core/location/HouseholdLocations.h"
#include "tests/support/FieldImages.h"
#include "tests/support/FieldUi.h"
#include "ui/field/HouseholdPhotosPanel.h"
#include "ui/field/PhotoPickerDialog.h"
#include "ui/field/PhotoViewerDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestHouseholdPhotosPanel : public QObject
{
    Q_OBJECT

    static QString photo(ScreenStore &s, const QString &name, int seed, const QString &taken = {})
    {
        const QString path = s.store.file(name);
        QByteArray jpeg = jpegOf(houseScene(QSize(800, 600), seed));
        if (!taken.isEmpty()) {
            ExifTags tags;
            tags.dateTimeOriginal = taken;
            jpeg = withExif(jpeg, tags);
        }
        writeFile(path, jpeg);
        return path;
    }

    static const QString &hh()
    {
        static const QString id = QStringLiteral("3571031001.000007");
        return id;
    }

private Q_SLOTS:
    void addFilesImportsInTheBackground()
    {
        ScreenStore s;
        HouseholdPhotosPanel panel(s.context, hh());
        auto *status = panel.findChild<QLabel *>(QStringLiteral("frontStatus"));
        QVERIFY(status->text().contains(QStringLiteral("Belum ada foto")));
        QSignalSpy changed(&panel, &HouseholdPhotosPanel::photosChanged);

        const QString bad = s.store.file(QStringLiteral("rusak.jpg"));
        writeFile(bad, "bukan foto");
        panel.addFiles(
            {photo(s, QStringLiteral("a.jpg"), 1), bad, photo(s, QStringLiteral("b.jpg"), 2)});
        QVERIFY(panel.isImporting());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("addFiles"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isImporting(), 30000);

        auto *list = panel.findChild<QListWidget *>(QStringLiteral("photoList"));
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Depan")));
        QVERIFY(!list->item(0)->icon().isNull());
        QVERIFY(status->text().contains(QStringLiteral("foto depan ada")));
        const QString message = panel.findChild<QLabel *>(QStringLiteral("message"))->text();
        QVERIFY2(message.contains(QStringLiteral("2 foto ditambahkan")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("rusak.jpg")));
        QCOMPARE(changed.size(), 1);
    }

    void viewAndDetach()
    {
        ScreenStore s;
        HouseholdPhotosPanel panel(s.context, hh());
        panel.addFiles(
            {photo(s, QStringLiteral("a.jpg"), 1), photo(s, QStringLiteral("b.jpg"), 2)});
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isImporting(), 30000);
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("photoList"));
        auto *view = panel.findChild<QComboBox *>(QStringLiteral("viewChoice"));

        list->setCurrentRow(1);
        QVERIFY(view->isEnabled());
        const int side = view->findData(QStringLiteral("side"));
        view->setCurrentIndex(side);
        Q_EMIT view->activated(side);
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("Samping")));

        // Taking a photo off asks for a reason first; no answer, nothing happens.
        panel.setPrompts({nullptr, [](QWidget *, const QString &, const QString &) {
                              return std::optional<QString>();
                          }});
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->count(), 2);
        panel.setPrompts({nullptr, [](QWidget *, const QString &, const QString &) {
                              return std::optional<QString>(QStringLiteral("rumah tetangga"));
                          }});
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->count(), 1);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("frontStatus"))
                    ->text()
                    .contains(QStringLiteral("belum ada foto depan")));
    }

    // A thumbnail opens the photo full size (Enter or double-click).
    void thumbnailOpensThePhotoFullSize()
    {
        ScreenStore s;
        HouseholdPhotosPanel panel(s.context, hh());
        panel.resize(800, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.addFiles({photo(s, QStringLiteral("a.jpg"), 1)});
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isImporting(), 30000);
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("photoList"));
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        auto *viewer = panel.findChild<PhotoViewerDialog *>();
        QVERIFY(viewer);
        QTRY_VERIFY(viewer->isVisible());
        QVERIFY(viewer->hasImage());
        QCOMPARE(viewer->imageSize(), QSize(800, 600));
        QVERIFY(viewer->windowTitle().startsWith(QStringLiteral("Foto depan")));
        auto *picture = viewer->findChild<QLabel *>(QStringLiteral("photo"));
        viewer->findChild<QPushButton *>(QStringLiteral("actualSize"))->click();
        QVERIFY(viewer->actualSize());
        QCOMPARE(picture->pixmap().size(), QSize(800, 600)); // pixel for pixel
        viewer->close();
    }

    void cancelStopsTheBatch()
    {
        ScreenStore s;
        HouseholdPhotosPanel panel(s.context, hh());
        QStringList files;
        for (int i = 0; i < 80; ++i) {
            files << photo(s, QStringLiteral("p%1.jpg").arg(i), i);
        }
        panel.addFiles(files);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("cancelImport")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isImporting(), 30000);
        QVERIFY(panel.photoCount() < 80);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("message"))
                    ->text()
                    .contains(QStringLiteral("dibatalkan")));
    }

    void folderMatchedByVisitTime()
    {
        ScreenStore s;
        // The GPS point taken at the house dates the visit: 09:15 WIB.
        LocationFix fix;
        fix.point = {-7.8166, 112.0119};
        fix.accuracyMetres = 6;
        fix.source = LocationSource::NmeaLog;
        fix.time = QDateTime(QDate(2026, 11, 23), QTime(2, 15), Qt::UTC);
        QVERIFY(HouseholdLocations(*s.store.db, s.store.clock)
                    .record(hh(), fix, as(QStringLiteral("ani"))));

        const QString card = s.store.file(QStringLiteral("DCIM"));
        QVERIFY(QDir().mkpath(card));
        photo(s, QStringLiteral("DCIM/IMG_0001.JPG"), 1, QStringLiteral("2026:11:23 08:30:00"));
        photo(s, QStringLiteral("DCIM/IMG_0002.JPG"), 2, QStringLiteral("2026:11:23 09:16:10"));
        photo(s, QStringLiteral("DCIM/IMG_0003.JPG"), 3, QStringLiteral("2026:11:23 09:14:00"));
        photo(s, QStringLiteral("DCIM/IMG_0004.JPG"), 4, QStringLiteral("2026:11:23 10:05:00"));

        HouseholdPhotosPanel panel(s.context, hh());
        PhotoPickerDialog *dialog = panel.chooseFromFolder(card);
        QVERIFY(dialog);
        QSignalSpy scanned(dialog, &PhotoPickerDialog::scanFinished);
        QVERIFY(scanned.wait(30000));
        QCOMPARE(dialog->rowCount(), 4);
        const QList<PhotoImportItem> chosen = dialog->chosen();
        QCOMPARE(chosen.size(), 2);
        QVERIFY(chosen[0].path.endsWith(QStringLiteral("IMG_0002.JPG")));
        QCOMPARE(chosen[0].view, PhotoView::Other);
        QVERIFY(chosen[1].path.endsWith(QStringLiteral("IMG_0003.JPG")));
        QCOMPARE(chosen[1].view, PhotoView::Front); // nearest to the visit
        // By hand: add the 10:05 one too.
        dialog->setChecked(3, true);
        QCOMPARE(dialog->chosen().size(), 3);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isImporting() && panel.photoCount() == 3, 30000);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("frontStatus"))
                    ->text()
                    .contains(QStringLiteral("foto depan ada")));
    }

    void withoutPermissionNothingIsImported()
    {
        ScreenStore s;
        Session head(Actor{QStringLiteral("lurah"), QStringLiteral("Lurah"), Role::VillageHead});
        AppContext context{*s.store.db, s.store.clock, head, s.context.filesFolder};
        HouseholdPhotosPanel panel(context, hh());
        panel.addFiles({photo(s, QStringLiteral("a.jpg"), 1)});
        QVERIFY(!panel.isImporting());
        QCOMPARE(panel.photoCount(), 0);
        QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("message"))->text().isEmpty());
    }
};

QTEST_MAIN(TestHouseholdPhotosPanel)
#include "TestHouseholdPhotosPanel.moc"
