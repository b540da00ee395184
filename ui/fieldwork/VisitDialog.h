#pragma once

#include "core/domain/Vocabulary.h"
#include "core/fieldwork/FieldVisit.h"

#include "core/fieldwork/VisitQuestionnaire.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace tepat {

class QuestionnaireForm;

struct AppContext;

// Records the verification visit of one household: how the visit ended and when, what was found
// about each member (present / died with the date / moved with where to) and members who are not
// in the register, notes; the house photos and the GPS point through the field-capture panels.
// Saving checks through FieldVisits; a refusal is shown and the form stays open.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    VisitDialog(AppContext &context, const QString &householdId, QWidget *parent = nullptr);
    ~VisitDialog() override;

    QString householdId() const { return m_householdId; }
    void setOutcome(VisitOutcome outcome);
    void setVisitDate(QDate date);
    void setNotes(const QString &notes);
    // For a member of the register (by person id): what the visit found.
    bool setFinding(const QString &personId, MemberFinding finding, QDate date = {},
                    const QString &place = {});
    // A member the register does not have yet, with how they are related to the head.
    void addNewMember(const QString &name, Relationship relationship = Relationship::Child);
    int memberRows() const;
    // Checks and stores; false with the reason shown when refused.
    bool save();
    QString errorText() const;

    // The DTSEN questionnaire tab (nullptr when it could not be loaded). Its answers are saved
    // kAutosaveMs after each edit, when the visit is saved, and when the form closes.
    static constexpr int kAutosaveMs = 600;
    QuestionnaireForm *questionnaire() const { return m_questionnaire; }
    bool saveQuestionnaire();

private:
    QWidget *buildMembersTab();
    QWidget *buildQuestionnaireTab();
    void load();
    // `relationship`: shown for a register member; for a new member, the one chosen.
    void addRow(const QString &key, const QString &name, Relationship relationship,
                MemberFinding finding);
    void updateRow(int row);
    Visit visitFromForm() const;

    AppContext &m_context;
    QString m_householdId;
    QComboBox *m_outcome = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_members = nullptr;
    QLabel *m_heading = nullptr; // whose visit: head, id, RW/RT, address
    QLabel *m_error = nullptr;
    QuestionnaireForm *m_questionnaire = nullptr;
    QList<QuestionnairePerson> m_persons;
    QTimer m_autosave;
    bool m_questionnaireDirty = false;
};

} // namespace tepat
