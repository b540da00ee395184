#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace tepat {

class Clock;
class Database;

// The rule: at least one musyawarah every N months (default three). When the last one is
// older, the office holds one, or the head of the village signs an SPTJM in its place.
struct ScheduleStatus
{
    int intervalMonths = 3;
    QDate lastMeeting; // last finalised musyawarah; invalid when none
    QDate lastSptjm;   // last finalised SPTJM; invalid when none
    QDate due;         // the date by which the next meeting is due; invalid when none was held
    bool overdue = false;
    bool coveredBySptjm = false; // overdue, but an SPTJM signed since covers this interval
    QDate nextPlanned;           // the earliest meeting planned and not yet finalised

    bool needsAttention() const { return overdue && !coveredBySptjm; }
};

class DeliberationSchedule
{
    Q_DECLARE_TR_FUNCTIONS(DeliberationSchedule)

public:
    static constexpr int kDefaultIntervalMonths = 3;

    static ScheduleStatus evaluate(QDate lastMeeting, QDate lastSptjm, QDate today,
                                   int intervalMonths);
    static Result<ScheduleStatus> status(const Database &db, QDate today);
    static int intervalMonths(const Database &db);
    static Status setIntervalMonths(const Database &db, const Clock &clock, const QString &actor,
                                    int months);
    // One sentence for the warning on the Musyawarah page.
    static QString describe(const ScheduleStatus &status);
};

} // namespace tepat
