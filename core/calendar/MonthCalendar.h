#pragma once

#include "core/calendar/CalendarSettings.h"
#include "core/common/Result.h"
#include "core/deliberation/DeliberationSchedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace tepat {

class Database;

// What waits, counted in the store.
struct CalendarCounts
{
    qint64 drafts = 0;         // draft, on the agenda or deferred: not decided yet
    qint64 outbox = 0;         // approved, queued or sent: not yet acknowledged by the server
    qint64 awaitingDinsos = 0; // received by the server, not verified or rejected yet
    QDate oldestAwaitingSince; // when the oldest of those was received
};

struct CalendarWarning
{
    QString code; // calendar.cutoff_near, calendar.cutoff_passed, calendar.musyawarah_near, …
    QString message;
};

// The DTSEN month on one screen: this month's cut-off for proposals, the next BPS desil release,
// the last and next musyawarah, what is still a draft, in the outbox or unanswered by Dinsos —
// with days left — and the warnings that follow from them.
struct MonthCalendar
{
    Q_DECLARE_TR_FUNCTIONS(MonthCalendar)

public:
    QDate today;
    QDate cutoff; // this month's cut-off
    bool cutoffPassed = false;
    QDate nextCutoff; // the first cut-off from today on (this month's or the next)
    int daysToCutoff = 0;
    QDate nextBpsRelease;
    int daysToBpsRelease = 0;
    ScheduleStatus musyawarah;
    QDate nextMusyawarah; // planned, else the date it is due by; invalid when none was held
    int daysToMusyawarah = 0;
    CalendarCounts counts;
    QList<CalendarWarning> warnings;

    static MonthCalendar evaluate(const CalendarSettings &settings, QDate today,
                                  const CalendarCounts &counts, const ScheduleStatus &musyawarah);
    static Result<MonthCalendar> compute(const Database &db, QDate today);
    static Result<CalendarCounts> count(const Database &db);

    // The cut-off of a month (the day, or the month's last day when shorter).
    static QDate cutoffOf(const CalendarSettings &settings, int year, int month);
    static QDate nextBpsReleaseFrom(const CalendarSettings &settings, QDate today);
    // One line for a request not yet sent: when it must be on its way, or that it will be
    // counted in the next period. Empty when the cut-off is far.
    static QString requestNote(const CalendarSettings &settings, QDate today);
    // "hari ini", "besok", "3 hari lagi", "2 hari yang lalu".
    static QString daysLeft(int days);
};

} // namespace tepat
