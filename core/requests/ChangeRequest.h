#pragma once

#include "core/domain/Finding.h"
#include "core/requests/Recommendation.h"
#include "core/requests/RequestChannel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tepat {

// What an operator asks the register to change (domain.md, "Drafts").
enum class RequestKind
{
    NewHousehold,    // new family into DTKS
    NewMember,       // new member of a listed family
    Correction,      // correction of data, old -> new per field
    ProgramProposal, // family or person proposed for a programme
    Removal,         // removal / stopping assistance, with a reason
    Relocation,      // family moved to another kelurahan, reported by the origin
    Objection,       // citizen objection (sanggah) taken at the counter
    CitizenProposal  // citizen proposal (usul) taken at the counter
};

// Where a request stands. Transitions are the lifecycle in RequestLifecycle; nothing else.
enum class RequestState
{
    Draft,
    OnAgenda,       // on the agenda of a musyawarah
    Approved,       // approved in musyawarah
    Rejected,       // rejected in musyawarah (kept with its reason)
    Deferred,       // deferred to a later musyawarah
    Queued,         // in the outbox
    Sent,           // transmitted, not yet acknowledged
    Received,       // acknowledged by the central server
    Verified,       // verified by the Dinsos supervisor
    DinsosRejected, // rejected by Dinsos, with reason
    Ratified,       // ratified by the regency head
    Final,          // made final by the Minister's decree
    Lapsed,         // an objection not verified within 14 days
    Discarded       // a draft the operator threw away (kept, never deleted)
};

class RequestLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(RequestLifecycle)

public:
    static bool canTransition(RequestState from, RequestState to);
    static QList<RequestState> next(RequestState from);
    static bool isTerminal(RequestState state) { return next(state).isEmpty(); }
    // A reason is required to reject, defer, discard or for Dinsos to reject.
    static bool requiresReason(RequestState to);

    static QString code(RequestState state);
    static std::optional<RequestState> stateFromCode(QStringView code);
    static QString label(RequestState state);

    static QString code(RequestKind kind);
    static std::optional<RequestKind> kindFromCode(QStringView code);
    static QString label(RequestKind kind);
    static QList<RequestKind> allKinds();
    static QList<RequestState> allStates();
};

struct RequestEvent
{
    std::optional<RequestState> from;
    RequestState to = RequestState::Draft;
    QString reason;
    QString actor;
    QDateTime at;
};

struct ChangeRequest
{
    qint64 id = 0;
    QString uuid; // idempotency key
    RequestKind kind = RequestKind::Correction;
    RequestState state = RequestState::Draft;
    QString householdId;
    QString personId;
    QJsonObject payload;
    Findings acknowledgedWarnings; // warnings the operator chose to continue past
    std::optional<qint64> baseVersion;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString stateReason;
    std::optional<qint64> resubmissionOf; // the Dinsos-rejected request this one corrects
    // Where it came from; empty only for requests made before channels were recorded.
    std::optional<RequestChannel> channel;
    // What approved it (set when its musyawarah or SPTJM is finalised).
    std::optional<RequestApproval> approval;
    // Who proposed it: the drafting account's name, the RT/RW head it came through, and the
    // conflicts of interest found (recorded by the repository with every draft it writes).
    RequestRecommendation recommendation;
};

} // namespace tepat
