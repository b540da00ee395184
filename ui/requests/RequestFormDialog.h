#pragma once

#include "core/requests/ChangeRequest.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace tepat {

class HouseholdPhotosPanel;
class RecommendationPanel;
class RequestEditor;
class RequestFormController;
struct AppContext;

// One change request in a window of its own: the kind's form, the rule findings (errors block;
// each warning needs an explicit "lanjutkan"), automatic saving, discard with confirmation.
// A request past the draft stage opens read-only with its history.
class RequestFormDialog : public QDialog
{
    Q_OBJECT

public:
    RequestFormDialog(AppContext &context, const ChangeRequest &request, QWidget *parent = nullptr);
    ~RequestFormDialog() override;

    RequestFormController &controller() { return *m_controller; }
    RequestEditor &editor() { return *m_editor; }

    // Opens a non-modal form that deletes itself when closed.
    static RequestFormDialog *open(AppContext &context, const ChangeRequest &request,
                                   QWidget *parent);

Q_SIGNALS:
    void requestChanged(qint64 requestId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void editorEdited();
    void refreshFindings();
    void confirmDiscard();
    void addChannel(QVBoxLayout &layout);
    void addRecommendation(QVBoxLayout &layout);
    void addHousePhotos(QVBoxLayout &layout);
    void linkHousePhotos();
    void addResubmissionLinks(QVBoxLayout &layout, QDialogButtonBox &buttons);
    void resubmit();
    void openRequest(qint64 id);

    AppContext &m_context;
    RequestFormController *m_controller;
    RequestEditor *m_editor = nullptr;
    QListWidget *m_findings;
    QLabel *m_readiness;
    QLabel *m_saveState;
    QPushButton *m_discard;
    HouseholdPhotosPanel *m_photos = nullptr;
    RecommendationPanel *m_recommendation = nullptr;
};

} // namespace tepat
