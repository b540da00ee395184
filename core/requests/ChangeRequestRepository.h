#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"
#include "core/requests/ChangeRequest.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;

struct RequestFilter
{
    std::optional<RequestState> state;
    std::optional<RequestKind> kind;
    QString householdId;
};

// A line of the Usulan list: the request and the name of the family it concerns.
struct RequestListRow
{
    ChangeRequest request;
    QString householdName;
};

// Change requests and their full status history. Every state change goes through
// transition(), which enforces RequestLifecycle and records who, when and why, in the
// request's history and in the audit trail. Writing drafts (create, edit, attach files,
// discard, resubmit) needs Permission::Draft of the session that asks; the other transitions
// are checked by the service that takes them (musyawarah, outbox, sync).
class ChangeRequestRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRequestRepository)

public:
    ChangeRequestRepository(const Database &db, const Clock &clock);

    // A new draft; uuid and timestamps are filled in.
    Result<ChangeRequest> createDraft(ChangeRequest request, const Session &session) const;
    // Only drafts can be edited.
    Status updateDraft(const ChangeRequest &request, const Session &session) const;
    // -> Discarded (as the lifecycle allows), with the reason; the request is kept.
    Status discardDraft(qint64 id, const QString &reason, const Session &session) const;
    Status transition(qint64 id, RequestState to, const QString &actor,
                      const QString &reason = {}) const;
    // The same, for a caller that has just read the request's state: the update still checks
    // that the request is in state `from`, so a change in between is refused, not overwritten.
    Status transitionFrom(qint64 id, RequestState from, RequestState to, const QString &actor,
                          const QString &reason = {}) const;
    // What approved a request (the berita acara or SPTJM that decided it), inside the
    // finalisation's transaction. Only for approved requests.
    Status setApproval(qint64 id, const RequestApproval &approval) const;
    // Judges who recommended a request again, against the family and the accounts as they
    // stand now (the drafting account may have been linked to a register person since, or the
    // family changed), and records the result. Only for requests not yet decided: draft,
    // deferred or on an agenda; the musyawarah calls it when an item joins the agenda and when
    // the berita acara is made.
    Status reassessRecommendation(qint64 id) const;
    // The files (already in the attachment table) that travel with a draft in one role, e.g.
    // its house_front photos; replaces the role's earlier list. Only drafts.
    Status setAttachments(qint64 id, const QString &role, const QStringList &sha256s,
                          const Session &session) const;
    Result<QStringList> attachments(qint64 id, const QString &role) const;

    // "Perbaiki dan usulkan lagi": a new draft from a request Dinsos rejected, with the same
    // kind, family, person, payload and files, linked to the rejected one (which stays as it
    // was). Refused when the request is not Dinsos-rejected or already has a live resubmission.
    Result<ChangeRequest> createResubmission(qint64 rejectedId, const Session &session) const;
    // The newest request (not discarded) that resubmits this one.
    Result<std::optional<qint64>> resubmittedAs(qint64 id) const;
    // The provisional household id under which a proposed new family's house photos are kept:
    // "usulan-" and the uuid of the first request of its chain of resubmissions, so a corrected
    // proposal keeps the photos of the rejected one.
    QString proposedHouseholdId(const ChangeRequest &request) const;

    Result<ChangeRequest> get(qint64 id) const;
    // Only the state, for callers that need nothing else (cheaper than get()).
    Result<RequestState> state(qint64 id) const;
    Result<ChangeRequest> getByUuid(const QString &uuid) const;
    Result<QList<ChangeRequest>> list(const RequestFilter &filter = {}, int limit = 500,
                                      qint64 afterId = 0) const;
    // Newest first, before a request id (0: from the newest), for lazy lists.
    Result<QList<RequestListRow>> recent(const RequestFilter &filter, qint64 beforeId,
                                         int limit) const;
    Result<QList<RequestEvent>> history(qint64 id) const;
    Result<QHash<RequestState, int>> countByState() const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
