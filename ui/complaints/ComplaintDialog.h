#pragma once

#include "core/complaints/ComplaintRegister.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tepat {

struct AppContext;

// Records a new complaint or objection (sanggah): the kind, how it came in, who (or anonymous),
// the family and programme it is about when known, and what it says. Saving goes through
// ComplaintRegister; a refusal is shown and the form stays open.
class ComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ComplaintDialog(AppContext &context, QWidget *parent = nullptr);

    void setKind(ComplaintKind kind);
    void setChannel(ComplaintChannel channel);
    void setAnonymous(bool anonymous);
    void setComplainant(const QString &name, const QString &contact);
    void setHousehold(const QString &householdId);
    void setProgram(const QString &code); // "" for none
    void setSubject(const QString &subject);

    // Checks and records; false with the reason shown when refused.
    bool save();
    QString errorText() const;

Q_SIGNALS:
    void recorded(qint64 id);

private:
    Complaint complaintFromForm() const;

    AppContext &m_context;
    QComboBox *m_kind;
    QComboBox *m_channel;
    QCheckBox *m_anonymous;
    QLineEdit *m_name;
    QLineEdit *m_contact;
    QLineEdit *m_household;
    QComboBox *m_program;
    QPlainTextEdit *m_subject;
    QLabel *m_error;
};

} // namespace tepat
