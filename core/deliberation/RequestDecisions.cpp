#include "core/deliberation/RequestDecisions.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

Result<QList<RequestDecision>> requestDecisions(const Database &db, qint64 requestId)
{
    Result<QSqlQuery> q = db.query(
        QStringLiteral("SELECT m.id, m.kind, m.state, m.held_on, m.place, i.decision, i.reason, "
                       "coalesce(i.decided_by, '') FROM meeting_item i "
                       "JOIN meeting m ON m.id = i.meeting_id WHERE i.request_id = ? "
                       "ORDER BY m.held_on, m.id"),
        {requestId});
    if (!q) {
        return q.error();
    }
    QList<RequestDecision> out;
    while (q->next()) {
        RequestDecision d;
        d.meetingId = q->value(0).toLongLong();
        d.kind = MeetingVocabulary::kindFromCode(q->value(1).toString()).value_or(d.kind);
        d.meetingState =
            MeetingVocabulary::stateFromCode(q->value(2).toString()).value_or(d.meetingState);
        d.heldOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        d.place = q->value(4).toString();
        if (!q->value(5).isNull()) {
            d.decision = MeetingVocabulary::decisionFromCode(q->value(5).toString());
        }
        d.reason = q->value(6).toString();
        d.decidedBy = q->value(7).toString();
        out.append(d);
    }
    return out;
}

} // namespace tepat
