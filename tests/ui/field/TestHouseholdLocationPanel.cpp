#include "core/photos/HouseholdPhotos.h"
#include "tests/support/FieldImages.h"
#include "tests/support/FieldUi.h"
#include "tests/support/FieldVillage.h"
#include "ui/field/HouseholdLocationPanel.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace tepat;
using namespace tepat::test;

class TestHouseholdLocationPanel : public QObject
{
    Q_OBJECT

    struct Screen
    {
        ScreenStore s;
        QStringList ids = villageWithPoints(s.store, 8, 6);
        QString id = ids[7]; // no point yet
        int confirmations = 0;
        bool answer = true;
        HouseholdLocationPanel panel{s.context, id};

        Screen()
        {
            panel.setPrompts({[this](QWidget *, const QString &, const QString &) {
                                  ++confirmations;
                                  return answer;
                              },
                              nullptr});
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
        }
        template<typename T>
        T *child(const char *name)
        {
            return panel.findChild<T *>(QLatin1String(name));
        }
        void type(const QString &coordinates, const QString &accuracy = {})
        {
            child<QLineEdit>("coordinateText")->setText(coordinates);
            child<QLineEdit>("accuracyText")->setText(accuracy);
            QTest::mouseClick(child<QPushButton>("useTyped"), Qt::LeftButton);
        }
    };

private Q_SLOTS:
    void typedPointWithoutWarningsIsSaved()
    {
        Screen screen;
        QVERIFY(screen.child<QLineEdit>("currentCoordinates")->text().isEmpty());
        QSignalSpy changed(&screen.panel, &HouseholdLocationPanel::locationChanged);
        const GeoPoint near = offsetMetres(villageCentre(), 150, 150);
        screen.type(QStringLiteral("%1; %2").arg(
                        QString::number(near.latitude, 'f', 6).replace(u'.', u','),
                        QString::number(near.longitude, 'f', 6).replace(u'.', u',')),
                    QStringLiteral("6"));
        QVERIFY(screen.panel.candidate());
        QCOMPARE(screen.child<QLabel>("warnings")->text(), QStringLiteral("Tidak ada peringatan."));
        QTest::mouseClick(screen.child<QPushButton>("saveLocation"), Qt::LeftButton);
        QCOMPARE(screen.confirmations, 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(screen.child<QLineEdit>("currentCoordinates")->text(), Geo::decimalText(near));
        QVERIFY(screen.child<QLabel>("currentDms")->text().contains(QStringLiteral("S")));
        QCOMPARE(screen.child<QTreeWidget>("history")->topLevelItemCount(), 1);

        QTest::mouseClick(screen.child<QPushButton>("copyCoordinates"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), Geo::decimalText(near));
    }

    void warningsAreShownAndNeedConsent()
    {
        Screen screen;
        screen.type(QStringLiteral("7.8166, 112.0119"), QStringLiteral("45"));
        const QString warnings = screen.child<QLabel>("warnings")->text();
        QVERIFY(warnings.contains(QStringLiteral("luar wilayah Indonesia")));
        QVERIFY(warnings.contains(QStringLiteral("Akurasi 45,0 m")));
        QVERIFY(warnings.contains(QStringLiteral("keluarga terdekat")));
        QVERIFY(screen.child<QPushButton>("saveLocation")->isEnabled());

        screen.answer = false;
        QVERIFY(!screen.panel.saveCandidate());
        QCOMPARE(screen.confirmations, 1);
        QVERIFY(screen.child<QLineEdit>("currentCoordinates")->text().isEmpty());

        screen.answer = true;
        QVERIFY(screen.panel.saveCandidate());
        QCOMPARE(screen.child<QLineEdit>("currentCoordinates")->text(),
                 QStringLiteral("7.816600, 112.011900"));
        QVERIFY(screen.child<QLabel>("currentDetails")
                    ->text()
                    .contains(QStringLiteral("Disimpan dengan peringatan")));
    }

    void unreadableCoordinatesAreRefused()
    {
        Screen screen;
        screen.type(QStringLiteral("rumah pak RT"));
        QVERIFY(!screen.panel.candidate());
        QVERIFY(!screen.child<QPushButton>("saveLocation")->isEnabled());
        QVERIFY(screen.child<QLabel>("warnings")->text().contains(QStringLiteral("lintang")));
        screen.type(QStringLiteral("-7.8166, 112.0119"), QStringLiteral("dekat"));
        QVERIFY(screen.child<QLabel>("warnings")->text().contains(QStringLiteral("Akurasi")));
    }

    void nmeaLogReplay()
    {
        Screen screen;
        screen.child<QComboBox>("sourceChoice")->setCurrentIndex(2);
        screen.panel.replayNmeaLog(QStringLiteral(TEPAT_TEST_DATA "/field/visit.nmea"));
        QVERIFY(screen.panel.candidate());
        QCOMPARE(screen.panel.candidate()->source, LocationSource::NmeaLog);
        QVERIFY(screen.child<QLabel>("candidate")->text().contains(QStringLiteral("±9,2 m")));
        QVERIFY(screen.child<QLabel>("logStatus")->text().contains(QStringLiteral("3 posisi")));
        QVERIFY(screen.panel.saveCandidate());
        QVERIFY(screen.child<QLabel>("currentDetails")
                    ->text()
                    .contains(QStringLiteral("berkas log NMEA")));

        screen.panel.replayNmeaLog(QStringLiteral(TEPAT_TEST_DATA "/field/nofix.nmea"));
        QVERIFY(screen.child<QLabel>("logStatus")->text().contains(QStringLiteral("sinyal")));
    }

    void photoGps()
    {
        Screen screen;
        ExifTags tags;
        tags.gps = offsetMetres(villageCentre(), 80, 20);
        tags.dateTimeOriginal = QStringLiteral("2026:11:23 09:15:30");
        const QString file = screen.s.store.file(QStringLiteral("depan.jpg"));
        writeFile(file, withExif(jpegOf(houseScene(QSize(400, 300), 1)), tags));
        QVERIFY(
            HouseholdPhotos(*screen.s.store.db, screen.s.store.clock, screen.s.context.filesFolder)
                .attachFile(screen.id, file, PhotoView::Front, as(QStringLiteral("ani"))));
        screen.panel.reload();
        screen.child<QComboBox>("sourceChoice")->setCurrentIndex(3);
        QVERIFY(screen.child<QComboBox>("photoChoice")->isEnabled());
        QTest::mouseClick(screen.child<QPushButton>("usePhoto"), Qt::LeftButton);
        QVERIFY(screen.panel.candidate());
        QCOMPARE(screen.panel.candidate()->source, LocationSource::PhotoExif);
        QVERIFY(std::abs(screen.panel.candidate()->point.latitude - tags.gps->latitude) < 1e-5);
        // No accuracy in a photo's GPS: said plainly, then saved with consent.
        QVERIFY(
            screen.child<QLabel>("warnings")->text().contains(QStringLiteral("tidak diketahui")));
        QVERIFY(screen.panel.saveCandidate());
        QCOMPARE(screen.confirmations, 1);
    }

    void receiverThatIsNotThereSaysSo()
    {
        Screen screen;
        screen.child<QComboBox>("sourceChoice")->setCurrentIndex(0);
        screen.child<QComboBox>("port")->setEditText(QStringLiteral("/dev/tepat-no-such-port"));
        QTest::mouseClick(screen.child<QPushButton>("startLive"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!screen.child<QLabel>("liveStatus")->text().isEmpty() &&
                                     screen.child<QPushButton>("startLive")->isEnabled(),
                                 10000);
        QVERIFY(screen.child<QLabel>("liveStatus")->text().contains(QStringLiteral("GPS")));
    }
};

QTEST_MAIN(TestHouseholdLocationPanel)
#include "TestHouseholdLocationPanel.moc"
