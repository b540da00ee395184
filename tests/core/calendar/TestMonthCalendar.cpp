#include "core/calendar/MonthCalendar.h"
#include "core/common/Language.h"
#include "core/requests/ChangeRequestRepository.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestMonthCalendar : public QObject
{
    Q_OBJECT

    static ScheduleStatus meetingOn(QDate last, QDate today)
    {
        return DeliberationSchedule::evaluate(last, {}, today, 3);
    }

private Q_SLOTS:
    void initTestCase() { Language::install(QStringLiteral("id")); }

    void cutoffAheadCountsTheDaysLeft()
    {
        const QDate today(2026, 11, 10);
        const MonthCalendar c = MonthCalendar::evaluate(CalendarSettings{}, today, {},
                                                        meetingOn(QDate(2026, 10, 5), today));
        QCOMPARE(c.cutoff, QDate(2026, 11, 17));
        QVERIFY(!c.cutoffPassed);
        QCOMPARE(c.daysToCutoff, 7);
        QCOMPARE(c.nextBpsRelease, QDate(2027, 1, 20));
        QCOMPARE(c.nextMusyawarah, QDate(2027, 1, 5));
        QVERIFY(c.warnings.isEmpty());
    }

    void cutoffPassedMovesToNextMonthAndWarnsAboutUnsent()
    {
        const QDate today(2026, 11, 23);
        CalendarCounts counts;
        counts.drafts = 2;
        counts.outbox = 1;
        const MonthCalendar c = MonthCalendar::evaluate(CalendarSettings{}, today, counts,
                                                        meetingOn(QDate(2026, 11, 2), today));
        QVERIFY(c.cutoffPassed);
        QCOMPARE(c.nextCutoff, QDate(2026, 12, 17));
        QCOMPARE(c.daysToCutoff, 24);
        QCOMPARE(c.warnings.size(), 1);
        QCOMPARE(c.warnings[0].code, QStringLiteral("calendar.cutoff_passed"));
        QVERIFY(c.warnings[0].message.contains(QStringLiteral("3 usulan")));
        QVERIFY(c.warnings[0].message.contains(QStringLiteral("17 Desember 2026")));
    }

    void cutoffNearWarnsOnlyWhenSomethingIsUnsent()
    {
        const QDate today(2026, 11, 15);
        const ScheduleStatus meeting = meetingOn(QDate(2026, 11, 2), today);
        QVERIFY(MonthCalendar::evaluate(CalendarSettings{}, today, {}, meeting).warnings.isEmpty());
        CalendarCounts counts;
        counts.drafts = 1;
        const MonthCalendar c = MonthCalendar::evaluate(CalendarSettings{}, today, counts, meeting);
        QCOMPARE(c.warnings.size(), 1);
        QCOMPARE(c.warnings[0].code, QStringLiteral("calendar.cutoff_near"));
        QVERIFY(c.warnings[0].message.contains(QStringLiteral("2 hari lagi")));
    }

    void bpsReleaseNearAndOnTheDay()
    {
        CalendarSettings s;
        QCOMPARE(MonthCalendar::nextBpsReleaseFrom(s, QDate(2026, 10, 18)), QDate(2026, 10, 20));
        QCOMPARE(MonthCalendar::nextBpsReleaseFrom(s, QDate(2026, 10, 20)), QDate(2026, 10, 20));
        QCOMPARE(MonthCalendar::nextBpsReleaseFrom(s, QDate(2026, 10, 21)), QDate(2027, 1, 20));
        s.bpsReleaseMonths = {2, 5, 8, 11};
        s.bpsReleaseDay = 25;
        const QDate today(2026, 11, 23);
        const MonthCalendar c =
            MonthCalendar::evaluate(s, today, {}, meetingOn(QDate(2026, 11, 2), today));
        QCOMPARE(c.nextBpsRelease, QDate(2026, 11, 25));
        QCOMPARE(c.daysToBpsRelease, 2);
        QCOMPARE(MonthCalendar::daysLeft(2), QStringLiteral("2 hari lagi"));
        QCOMPARE(MonthCalendar::daysLeft(0), QStringLiteral("hari ini"));
    }

    void musyawarahIntervalNearAndOverdue()
    {
        const QDate today(2026, 11, 23);
        // Last meeting 1 September: due 1 December, 8 days away (warned from 14 days before).
        MonthCalendar c = MonthCalendar::evaluate(CalendarSettings{}, today, {},
                                                  meetingOn(QDate(2026, 9, 1), today));
        QCOMPARE(c.warnings.size(), 1);
        QCOMPARE(c.warnings[0].code, QStringLiteral("calendar.musyawarah_near"));
        QVERIFY(c.warnings[0].message.contains(QStringLiteral("1 Desember 2026")));
        QVERIFY(c.warnings[0].message.contains(QStringLiteral("8 hari lagi")));
        c = MonthCalendar::evaluate(CalendarSettings{}, today, {},
                                    meetingOn(QDate(2026, 8, 1), today));
        QCOMPARE(c.warnings.size(), 1);
        QCOMPARE(c.warnings[0].code, QStringLiteral("calendar.musyawarah_overdue"));
    }

    void requestNoteAboutTheCutoff()
    {
        const CalendarSettings s;
        QVERIFY(MonthCalendar::requestNote(s, QDate(2026, 11, 5)).isEmpty());
        QVERIFY(
            MonthCalendar::requestNote(s, QDate(2026, 11, 16)).contains(QStringLiteral("besok")));
        const QString late = MonthCalendar::requestNote(s, QDate(2026, 11, 23));
        QVERIFY(late.contains(QStringLiteral("sudah lewat")));
        QVERIFY(late.contains(QStringLiteral("17 Desember 2026")));
    }

    void countsComeFromTheStore()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        ChangeRequest r;
        r.kind = RequestKind::CitizenProposal;
        QVERIFY(repo.createDraft(r, as(QStringLiteral("rina"))));
        QVERIFY(repo.createDraft(r, as(QStringLiteral("rina"))));
        const Result<MonthCalendar> c = MonthCalendar::compute(*store.db, store.clock.today());
        QVERIFY(c);
        QCOMPARE(c->counts.drafts, 2);
        QCOMPARE(c->counts.outbox, 0);
        QCOMPARE(c->today, QDate(2026, 11, 23));
        QVERIFY(c->cutoffPassed);
        // The two drafts miss this month's cut-off; no musyawarah has been held yet.
        QCOMPARE(c->warnings.size(), 2);
        QCOMPARE(c->warnings[0].code, QStringLiteral("calendar.cutoff_passed"));
        QCOMPARE(c->warnings[1].code, QStringLiteral("calendar.musyawarah_overdue"));
    }
};

QTEST_GUILESS_MAIN(TestMonthCalendar)
#include "TestMonthCalendar.moc"
