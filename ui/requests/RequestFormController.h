#pragma once

#include "core/common/Result.h"
#include "core/requests/ChangeRequest.h"

#include <QObject>
#include <QTimer>

namespace tepat {

struct AppContext;

// One change request being drafted: keeps it, saves it automatically shortly after every edit
// (so closing the window or the app never loses it), validates it against the domain rules and
// records which warnings the operator chose to continue past. No widgets: the form dialog and
// the tests drive it.
class RequestFormController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAutosaveMs = 600;

    RequestFormController(AppContext &context, ChangeRequest request, QObject *parent = nullptr);
    ~RequestFormController() override;

    const ChangeRequest &request() const { return m_request; }
    bool isEditable() const { return m_request.state == RequestState::Draft; }
    bool isSaved() const { return m_request.id > 0 && !m_dirty; }
    bool hasUnsavedEdits() const { return m_dirty; }

    void setPayload(const QJsonObject &payload);
    void setTarget(const QString &householdId, const QString &personId);
    void setChannel(RequestChannel channel);
    // The RT/RW head the proposal came through (empty: none).
    void setSourceHead(const SourceHead &head);
    // The conflicts of interest of the request as it now stands (recomputed by validate()).
    const QList<ConflictReason> &conflicts() const { return m_request.recommendation.conflicts; }

    const Findings &findings() const { return m_findings; }
    Findings unacknowledgedWarnings() const;
    void acknowledge(const Finding &warning, bool continueAnyway);
    bool isReady() const;
    void validate();

    // Writes the draft now (creates it the first time). Needs Permission::Draft.
    Status saveNow();
    // Discards a saved draft (kept, with the reason). Needs Permission::Draft.
    Status discard(const QString &reason);
    // "Perbaiki dan usulkan lagi": a new draft prefilled from this request, which Dinsos
    // rejected, and linked to it. Needs Permission::Draft.
    Result<ChangeRequest> resubmit();

Q_SIGNALS:
    void findingsChanged();
    void saved();
    void saveFailed(const QString &message);

private:
    void touch();

    AppContext &m_context;
    ChangeRequest m_request;
    Findings m_findings;
    bool m_dirty = false;
    QTimer m_autosave;
};

} // namespace tepat
