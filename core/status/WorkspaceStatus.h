#pragma once

#include "core/common/Result.h"
#include "core/deliberation/Meeting.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace tepat {

class Clock;
class Database;

// What the workspace shows at a glance, in the navigation and the status bar: the drafts, what
// waits for the musyawarah, what waits to be sent and what the server refused, the planned
// musyawarah and the last sync.
struct WorkspaceStatus
{
    int drafts = 0;          // requests still being written
    int awaitingMeeting = 0; // on the agenda or deferred: the musyawarah decides them
    int outboxWaiting = 0;   // approved or in the outbox, not yet acknowledged
    int outboxProblems = 0;  // refused by the server (parked) or flagged as a conflict
    struct PlannedMeeting
    {
        MeetingKind kind = MeetingKind::WardMeeting;
        QDate heldOn;
    };
    std::optional<PlannedMeeting> nextMeeting; // the earliest planned musdes/muskel
    std::optional<QDateTime> lastSync;         // the last sync that finished (ok or partial)
    bool lastSyncFailed = false;               // the last attempt after it failed

    static Result<WorkspaceStatus> compute(const Database &db, const Clock &clock,
                                           const QString &filesRoot);
};

} // namespace tepat
