#pragma once

#include "core/dossier/HouseholdDossier.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace tepat {

struct AppContext;
class DisbursementTimeline;
class HouseholdLocationPanel;
class HouseholdPhotosPanel;
class VillagePlot;

// One family: members (relationship, age, sex, status, programmes), programmes with dates, desil,
// address, status history, the requests that concern it and where each stands, and from here
// every kind of change request about it.
class HouseholdDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdDetailView(AppContext &context, QWidget *parent = nullptr);

    bool showHousehold(const QString &householdId, const QString &highlightPersonId = {});
    void reload();
    const std::optional<HouseholdDossier> &dossier() const { return m_dossier; }
    QTabWidget *tabs() const { return m_tabs; }
    // The member selected in the table, or empty for the family as a whole.
    QString selectedPersonId() const;

Q_SIGNALS:
    void back();
    void requestOpened(const tepat::ChangeRequest &request);

private:
    void fill();
    void fillDesil();
    void showFieldWork();
    void propose(RequestKind kind, bool forSelectedMember);

    AppContext &m_context;
    std::optional<HouseholdDossier> m_dossier;
    QString m_highlight;
    QLabel *m_header;
    QLabel *m_problem;
    QTabWidget *m_tabs;
    QTableWidget *m_members;
    QTableWidget *m_programs;
    QTableWidget *m_history;
    QTableWidget *m_requests;
    QLabel *m_eligibility;
    QTableWidget *m_desils;
    DisbursementTimeline *m_disbursements = nullptr;
    QWidget *m_fieldTab = nullptr;
    HouseholdPhotosPanel *m_photos = nullptr;
    HouseholdLocationPanel *m_location = nullptr;
    VillagePlot *m_plot = nullptr;
};

} // namespace tepat
