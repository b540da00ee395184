#pragma once

#include "core/complaints/ComplaintRegister.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace tepat {

struct AppContext;

// Ends one complaint: answers it, closes it or forwards it to Dinsos, with the text of the
// answer (or why it goes on). Closing asks first (Prompts::confirm). Saving goes through
// ComplaintRegister; a refusal is shown and the form stays open.
class ComplaintOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintOutcomeDialog(AppContext &context, const Complaint &complaint, ComplaintStatus to,
                           QWidget *parent = nullptr);

    ComplaintStatus outcome() const { return m_to; }
    void setText(const QString &text);
    // Asks when closing, then stores; false (with the reason shown, unless the question was
    // declined) when nothing changed.
    bool save();
    QString errorText() const;

private:
    AppContext &m_context;
    Complaint m_complaint;
    ComplaintStatus m_to;
    QPlainTextEdit *m_text;
    QLabel *m_error;
};

} // namespace tepat
