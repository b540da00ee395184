#include "core/accounts/Role.h"
#include "core/calendar/CalendarSettings.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestCalendarSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheCommonRhythm()
    {
        TempStore store;
        const CalendarSettings s = CalendarSettings::load(*store.db);
        QCOMPARE(s.cutoffDay, 17);
        QCOMPARE(s.bpsReleaseDay, 20);
        QCOMPARE(s.bpsReleaseMonths, (QList<int>{1, 4, 7, 10}));
    }

    void settingsAreCheckedKeptAndAudited()
    {
        TempStore store;
        CalendarSettings s;
        s.cutoffDay = 30;
        const Session admin = Session::localAdministrator();
        QCOMPARE(s.save(*store.db, store.clock, admin).error().code,
                 QStringLiteral("calendar.cutoff_day"));
        s.cutoffDay = 15;
        s.bpsReleaseMonths = {3, 6, 9, 12};
        QVERIFY(s.save(*store.db, store.clock, admin));
        QCOMPARE(CalendarSettings::load(*store.db), s);
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'settings.calendar'")),
                 1);
        const Session field(
            Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff});
        QVERIFY(!s.save(*store.db, store.clock, field));
    }
};

QTEST_GUILESS_MAIN(TestCalendarSettings)
#include "TestCalendarSettings.moc"
