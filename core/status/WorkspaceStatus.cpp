#include "core/status/WorkspaceStatus.h"

#include "core/outbox/Outbox.h"
#include "core/outbox/SyncJournal.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

Result<WorkspaceStatus> WorkspaceStatus::compute(const Database &db, const Clock &clock,
                                                 const QString &filesRoot)
{
    WorkspaceStatus status;
    const Result<OutboxSummary> outbox = Outbox(db, clock, filesRoot).summary();
    if (!outbox) {
        return outbox.error();
    }
    status.drafts = outbox->byState.value(RequestState::Draft);
    status.awaitingMeeting = outbox->byState.value(RequestState::OnAgenda) +
                             outbox->byState.value(RequestState::Deferred);
    status.outboxWaiting = outbox->approvedNotQueued + outbox->waiting;
    status.outboxProblems = outbox->parked + outbox->withConflict;

    Result<QSqlQuery> meeting = db.query(
        QStringLiteral("SELECT kind, held_on FROM meeting WHERE state = 'planned' AND kind <> "
                       "'sptjm' ORDER BY held_on, id LIMIT 1"));
    if (!meeting) {
        return meeting.error();
    }
    if (meeting->next()) {
        PlannedMeeting planned;
        planned.kind = meeting->value(0).toString() == QLatin1String("musdes")
                           ? MeetingKind::VillageMeeting
                           : MeetingKind::WardMeeting;
        planned.heldOn = QDate::fromString(meeting->value(1).toString(), Qt::ISODate);
        status.nextMeeting = planned;
    }

    const SyncJournal journal(db, clock);
    const Result<std::optional<SyncRun>> success = journal.lastSuccess();
    if (!success) {
        return success.error();
    }
    if (success->has_value()) {
        status.lastSync = success->value().finishedAt;
    }
    const Result<std::optional<SyncRun>> last = journal.last();
    if (!last) {
        return last.error();
    }
    if (last->has_value()) {
        const SyncRun &run = last->value();
        status.lastSyncFailed = run.outcome == SyncOutcome::Failed &&
                                (!success->has_value() || run.id > success->value().id);
    }
    return status;
}

} // namespace tepat
