#include "core/calendar/CalendarSettings.h"
#include "tests/ui/UiSupport.h"
#include "ui/calendar/CalendarSettingsSection.h"

#include <QCheckBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestCalendarSettingsSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesTheRegencysDates()
    {
        UiFixture f(5);
        CalendarSettingsSection section(f.context);
        auto *cutoff = section.findChild<QSpinBox *>(QStringLiteral("cutoffDay"));
        QCOMPARE(cutoff->value(), 17);
        QVERIFY(section.findChild<QCheckBox *>(QStringLiteral("bpsMonth10"))->isChecked());
        cutoff->setValue(15);
        section.findChild<QCheckBox *>(QStringLiteral("bpsMonth10"))->setChecked(false);
        section.findChild<QCheckBox *>(QStringLiteral("bpsMonth11"))->setChecked(true);
        QVERIFY(section.save());
        const CalendarSettings saved = CalendarSettings::load(*f.db);
        QCOMPARE(saved.cutoffDay, 15);
        QCOMPARE(saved.bpsReleaseMonths, (QList<int>{1, 4, 7, 11}));
    }

    void fieldStaffMayNotChangeThem()
    {
        UiFixture f(5);
        f.session =
            Session(Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff});
        CalendarSettingsSection section(f.context);
        section.findChild<QSpinBox *>(QStringLiteral("cutoffDay"))->setValue(10);
        QVERIFY(!section.save());
        QVERIFY(!section.findChild<QLabel *>(QStringLiteral("status"))->text().isEmpty());
        QCOMPARE(CalendarSettings::load(*f.db).cutoffDay, 17);
    }
};

QTEST_MAIN(TestCalendarSettingsSection)
#include "TestCalendarSettingsSection.moc"
