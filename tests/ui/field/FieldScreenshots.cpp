// Renders the field-capture widgets with synthetic data to PNG files, so they can be looked
// at without a display (times show in the local zone, as for an operator in WIB):
//   TZ=Asia/Jakarta QT_QPA_PLATFORM=offscreen tepat-field-screenshots docs/screenshots

#include "core/common/Language.h"
#include "core/location/HouseholdLocations.h"
#include "core/photos/HouseholdPhotos.h"
#include "tests/support/FieldImages.h"
#include "tests/support/FieldUi.h"
#include "tests/support/FieldVillage.h"
#include "ui/field/FieldSettingsSection.h"
#include "ui/field/HouseholdLocationPanel.h"
#include "ui/field/HouseholdPhotosPanel.h"
#include "ui/field/PhotoPickerDialog.h"
#include "ui/field/VillagePlot.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>

using namespace tepat;
using namespace tepat::test;

namespace {

void settle(int ms = 50)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}

bool save(QWidget &widget, const QString &dir, const char *name)
{
    widget.show();
    settle();
    const QString path = QDir(dir).filePath(QLatin1String(name));
    const bool ok = widget.grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

QString photoWithExif(ScreenStore &s, const QString &name, int seed, const QString &taken,
                      std::optional<GeoPoint> gps = std::nullopt)
{
    ExifTags tags;
    tags.dateTimeOriginal = taken;
    tags.gps = gps;
    const QString path = s.store.file(name);
    writeFile(path, withExif(jpegOf(houseScene(QSize(1600, 1200), seed)), tags));
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Language::install(QStringLiteral("id"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);

    ScreenStore s;
    DemoOptions options;
    options.households = 400;
    options.today = QDate(2026, 11, 23);
    if (!DemoVillage::populate(*s.store.db, s.store.clock, options)) {
        return 2;
    }
    auto q = s.store.db->query(QStringLiteral(
        "SELECT id, latitude, longitude FROM household WHERE latitude IS NOT NULL ORDER BY id "
        "LIMIT 1 OFFSET 40"));
    if (!q || !q->next()) {
        return 2;
    }
    const QString household = q->value(0).toString();
    const GeoPoint home{q->value(1).toDouble(), q->value(2).toDouble()};

    const HouseholdPhotos photos(*s.store.db, s.store.clock, s.context.filesFolder);
    const PhotoView views[] = {PhotoView::Front, PhotoView::Side, PhotoView::Back,
                               PhotoView::Inside};
    for (int i = 0; i < 4; ++i) {
        const QString file = photoWithExif(s, QStringLiteral("IMG_%1.JPG").arg(101 + i), 10 + i,
                                           QStringLiteral("2026:11:23 09:1%1:00").arg(2 + i),
                                           offsetMetres(home, 4, 3));
        if (!photos.attachFile(household, file, views[i], as(QStringLiteral("ani")))) {
            return 2;
        }
    }
    LocationFix fix;
    fix.point = offsetMetres(home, 3, 2);
    fix.accuracyMetres = 9.2;
    fix.time = QDateTime(QDate(2026, 11, 23), QTime(2, 15, 31), Qt::UTC);
    fix.source = LocationSource::NmeaLog;
    if (!HouseholdLocations(*s.store.db, s.store.clock)
             .record(household, fix, as(QStringLiteral("ani")))) {
        return 2;
    }

    bool ok = true;
    {
        HouseholdPhotosPanel panel(s.context, household);
        panel.resize(820, 460);
        ok &= save(panel, out, "field-photos.png");
    }
    {
        // A camera card with a morning of visits; the picker proposes the ones around 09:15.
        QDir().mkpath(s.store.file(QStringLiteral("DCIM/100CANON")));
        const char *times[] = {"08:41:10", "08:43:55", "09:13:20", "09:14:02",
                               "09:16:45", "09:47:30", "10:02:11", "10:05:40"};
        int seed = 30;
        for (const char *time : times) {
            photoWithExif(s, QStringLiteral("DCIM/100CANON/IMG_%1.JPG").arg(seed + 170), seed,
                          QStringLiteral("2026:11:23 ") + QLatin1String(time));
            ++seed;
        }
        HouseholdPhotosPanel panel(s.context, QStringLiteral("3571031001.000002"));
        if (!HouseholdLocations(*s.store.db, s.store.clock)
                 .record(QStringLiteral("3571031001.000002"), fix, as(QStringLiteral("ani")))) {
            return 2;
        }
        PhotoPickerDialog *dialog = panel.chooseFromFolder(s.store.file(QStringLiteral("DCIM")));
        if (!dialog) {
            return 2;
        }
        QElapsedTimer t;
        t.start();
        while (dialog->isScanning() && t.elapsed() < 30000) {
            settle(20);
        }
        dialog->resize(900, 700);
        ok &= save(*dialog, out, "field-photo-picker.png");
        dialog->reject();
    }
    {
        HouseholdLocationPanel panel(s.context, household);
        panel.resize(760, 640);
        LocationFix typed;
        typed.point = offsetMetres(home, 20, -15);
        typed.accuracyMetres = 35;
        typed.source = LocationSource::Typed;
        panel.setCandidate(typed);
        ok &= save(panel, out, "field-location.png");
    }
    {
        VillagePlot plot(s.context);
        plot.resize(560, 420);
        plot.showHousehold(household);
        ok &= save(plot, out, "field-village-plot.png");
    }
    {
        FieldSettingsSection section(s.context);
        section.resize(640, 160);
        ok &= save(section, out, "field-settings.png");
    }
    return ok ? 0 : 1;
}
