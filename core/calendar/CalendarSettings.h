#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace tepat {

class Clock;
class Database;
class Session;

// The regency's monthly rhythm (domain.md, "Monthly rhythm"): proposals close on the cut-off
// day (commonly the 17th), BPS publishes the desil quarterly around the 20th. Kept in the store;
// every change is audited.
struct CalendarSettings
{
    Q_DECLARE_TR_FUNCTIONS(CalendarSettings)

public:
    int cutoffDay = 17;                       // 1–28; proposals close at the end of this day
    int bpsReleaseDay = 20;                   // 1–28
    QList<int> bpsReleaseMonths{1, 4, 7, 10}; // quarterly
    int cutoffWarningDays = 3;                // warn this many days before the cut-off
    int musyawarahWarningDays = 14;           // warn this many days before a musyawarah is due

    Status validate() const;
    static CalendarSettings load(const Database &db);
    // Needs Permission::Send (who runs the outbox keeps its calendar); audited.
    Status save(const Database &db, const Clock &clock, const Session &session) const;

    bool operator==(const CalendarSettings &) const = default;
};

} // namespace tepat
