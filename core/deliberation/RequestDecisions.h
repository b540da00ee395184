#pragma once

#include "core/common/Result.h"
#include "core/deliberation/Meeting.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tepat {

class Database;

// Where a request was decided: each musyawarah (or SPTJM) that had it on its agenda, with the
// decision, its reason and who recorded it. The request's own page shows this beside its
// history, so anyone can see who decided it and in which meeting.
struct RequestDecision
{
    qint64 meetingId = 0;
    MeetingKind kind = MeetingKind::WardMeeting;
    MeetingState meetingState = MeetingState::Planned;
    QDate heldOn;
    QString place;
    std::optional<Decision> decision; // empty: on the agenda, not decided yet
    QString reason;
    QString decidedBy;
};

Result<QList<RequestDecision>> requestDecisions(const Database &db, qint64 requestId);

} // namespace tepat
