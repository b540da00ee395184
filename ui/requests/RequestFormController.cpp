#include "ui/requests/RequestFormController.h"

#include "core/common/Clock.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/requests/RecommendationCheck.h"
#include "core/requests/RequestValidator.h"
#include "ui/common/AppContext.h"

namespace tepat {

RequestFormController::RequestFormController(AppContext &context, ChangeRequest request,
                                             QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_request(std::move(request))
{
    if (m_request.id == 0 && !m_request.channel) {
        m_request.channel = RequestChannels::defaultFor(m_request.kind);
    }
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        const Status s = saveNow();
        if (!s) {
            Q_EMIT saveFailed(s.error().message);
        }
    });
    validate();
}

RequestFormController::~RequestFormController()
{
    // Whatever happens to the window, an edited draft is written (quietly: whoever listened
    // to our signals may already be gone).
    if (m_dirty && isEditable()) {
        const QSignalBlocker quiet(this);
        (void)saveNow();
    }
}

void RequestFormController::touch()
{
    m_dirty = true;
    validate();
    m_autosave.start();
}

void RequestFormController::setPayload(const QJsonObject &payload)
{
    if (!isEditable() || payload == m_request.payload) {
        return;
    }
    m_request.payload = payload;
    touch();
}

void RequestFormController::setChannel(RequestChannel channel)
{
    if (!isEditable() || m_request.channel == channel) {
        return;
    }
    m_request.channel = channel;
    touch();
}

void RequestFormController::setSourceHead(const SourceHead &head)
{
    if (!isEditable() || m_request.recommendation.head == head) {
        return;
    }
    m_request.recommendation.head = head;
    touch();
}

void RequestFormController::setTarget(const QString &householdId, const QString &personId)
{
    if (!isEditable() || (householdId == m_request.householdId && personId == m_request.personId)) {
        return;
    }
    m_request.householdId = householdId;
    m_request.personId = personId;
    touch();
}

void RequestFormController::validate()
{
    m_findings = RequestValidator(m_context.db, m_context.clock.today()).validate(m_request);
    // Keep only acknowledgements of warnings that still apply, with today's wording.
    Findings kept;
    for (const Finding &f : std::as_const(m_findings)) {
        if (f.severity != Severity::Warning) {
            continue;
        }
        for (const Finding &a : std::as_const(m_request.acknowledgedWarnings)) {
            if (a.code == f.code && a.field == f.field) {
                kept.append(f);
                break;
            }
        }
    }
    m_request.acknowledgedWarnings = kept;
    if (isEditable()) {
        // Who recommends it, against the family as typed so far (the repository records the
        // same when it saves).
        const QString drafter =
            m_request.createdBy.isEmpty() ? m_context.session.username() : m_request.createdBy;
        const Result<QList<ConflictReason>> conflicts =
            RecommendationCheck(m_context.db, m_context.clock).assess(m_request, drafter);
        m_request.recommendation.conflicts =
            conflicts ? conflicts.value() : QList<ConflictReason>();
    }
    Q_EMIT findingsChanged();
}

Findings RequestFormController::unacknowledgedWarnings() const
{
    return RequestValidator::unacknowledgedWarnings(m_findings, m_request.acknowledgedWarnings);
}

void RequestFormController::acknowledge(const Finding &warning, bool continueAnyway)
{
    if (!isEditable() || warning.severity != Severity::Warning) {
        return;
    }
    Findings &acknowledged = m_request.acknowledgedWarnings;
    const auto same = [&warning](const Finding &a) {
        return a.code == warning.code && a.field == warning.field;
    };
    acknowledged.erase(std::remove_if(acknowledged.begin(), acknowledged.end(), same),
                       acknowledged.end());
    if (continueAnyway) {
        acknowledged.append(warning);
    }
    m_dirty = true;
    m_autosave.start();
    Q_EMIT findingsChanged();
}

bool RequestFormController::isReady() const
{
    return RequestValidator::isReady(m_findings, m_request.acknowledgedWarnings);
}

Status RequestFormController::saveNow()
{
    m_autosave.stop();
    if (!isEditable()) {
        return Error{QStringLiteral("request.not_draft"),
                     tr("Usulan ini sudah berstatus \"%1\" dan tidak bisa diubah lagi.")
                         .arg(RequestLifecycle::label(m_request.state))};
    }
    // The repository checks who may write drafts; its refusal is shown as it is.
    const ChangeRequestRepository repository(m_context.db, m_context.clock);
    if (m_request.id == 0) {
        Result<ChangeRequest> created = repository.createDraft(m_request, m_context.session);
        if (!created) {
            return created.error();
        }
        m_request = created.value();
        validate(); // rules that depend on the request's id (its photos) can now see it
    } else {
        const Status updated = repository.updateDraft(m_request, m_context.session);
        if (!updated) {
            return updated;
        }
    }
    m_dirty = false;
    Q_EMIT saved();
    return {};
}

Status RequestFormController::discard(const QString &reason)
{
    if (m_request.id == 0) {
        m_autosave.stop();
        m_dirty = false;
        return {}; // never saved: nothing to keep
    }
    const ChangeRequestRepository repository(m_context.db, m_context.clock);
    const Status s = repository.discardDraft(m_request.id, reason, m_context.session);
    if (s) {
        m_autosave.stop();
        m_dirty = false;
        m_request.state = RequestState::Discarded;
    }
    return s;
}

Result<ChangeRequest> RequestFormController::resubmit()
{
    return ChangeRequestRepository(m_context.db, m_context.clock)
        .createResubmission(m_request.id, m_context.session);
}

} // namespace tepat
