#include "core/location/HouseholdLocations.h"
#include "tests/support/FieldUi.h"
#include "ui/field/FieldSettingsSection.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestFieldSettingsSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdsAreSaved()
    {
        ScreenStore s;
        FieldSettingsSection section(s.context);
        auto *accuracy = section.findChild<QDoubleSpinBox *>(QStringLiteral("maxAccuracy"));
        auto *distance = section.findChild<QDoubleSpinBox *>(QStringLiteral("maxDistance"));
        QCOMPARE(accuracy->value(), 20.0);
        QCOMPARE(distance->value(), 5.0);
        accuracy->setValue(15);
        distance->setValue(2.5);
        QTest::mouseClick(section.findChild<QPushButton *>(QStringLiteral("saveSettings")),
                          Qt::LeftButton);
        const LocationThresholds saved = LocationThresholds::load(*s.store.db);
        QCOMPARE(saved.maxAccuracyMetres, 15.0);
        QCOMPARE(saved.maxDistanceKm, 2.5);
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("status"))->text(),
                 QStringLiteral("Tersimpan."));
    }

    void onlyThoseWhoMayDraft()
    {
        ScreenStore s;
        Session head(Actor{QStringLiteral("lurah"), QStringLiteral("Lurah"), Role::VillageHead});
        AppContext context{*s.store.db, s.store.clock, head, s.context.filesFolder};
        FieldSettingsSection section(context);
        section.findChild<QDoubleSpinBox *>(QStringLiteral("maxAccuracy"))->setValue(50);
        QVERIFY(!section.save());
        QCOMPARE(LocationThresholds::load(*s.store.db).maxAccuracyMetres, 20.0);
    }
};

QTEST_MAIN(TestFieldSettingsSection)
#include "TestFieldSettingsSection.moc"
