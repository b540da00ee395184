#pragma once

#include "core/common/Result.h"
#include "core/deliberation/Meeting.h"
#include "core/requests/RequestConflicts.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimeEdit;

namespace tepat {

// The dialogs of the Musyawarah page. Each sizes itself to its content within the screen, and
// keeps its input when the service refuses it: the message shows in the dialog, which stays
// open until the input is accepted or the operator cancels.

// Plans a meeting or changes a planned one: date, time, place, signer, council, witness, the
// discussion notes and the follow-up (or the reason for an SPTJM).
class MeetingForm : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const Meeting &)>;
    // `settingsHead` is the lurah/kepala desa in the letter settings, used when the field is
    // left empty.
    MeetingForm(const Meeting &meeting, bool planning, const QString &settingsHead, Save save,
                QWidget *parent = nullptr);

    Meeting meeting() const;
    void accept() override;

private:
    Meeting m_meeting;
    Save m_save;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLineEdit *m_place;
    QPlainTextEdit *m_reason;
    QLineEdit *m_head;
    QLineEdit *m_headNip;
    QLineEdit *m_council;
    QLineEdit *m_witness;
    QPlainTextEdit *m_discussion;
    QPlainTextEdit *m_followUp;
    QLabel *m_message;
};

// One decision for one agenda item.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    using Decide = std::function<Status(Decision, const QString &reason)>;
    DecisionDialog(const QString &item, Decide decide, QWidget *parent = nullptr);

    void accept() override;

private:
    Decide m_decide;
    QComboBox *m_decision;
    QLineEdit *m_reason;
    QLabel *m_message;
};

// Chooses drafts for the agenda; requests that contradict each other (with those already on
// the agenda) are named in the dialog as they are ticked.
class AgendaDialog : public QDialog
{
    Q_OBJECT

public:
    struct Candidate
    {
        ChangeRequest request;
        QString text;
    };
    using Conflicts = std::function<QList<RequestConflict>(const QList<ChangeRequest> &)>;
    AgendaDialog(const QList<Candidate> &candidates, Conflicts conflicts,
                 QWidget *parent = nullptr);

    QList<qint64> chosen() const;

private:
    void check();

    QList<Candidate> m_candidates;
    Conflicts m_conflicts;
    QListWidget *m_list;
    QLabel *m_warnings;
};

// Fits a dialog to its content, but never larger than the screen it opens on.
void fitToContent(QDialog &dialog);

} // namespace tepat
