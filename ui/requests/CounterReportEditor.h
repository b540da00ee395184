#pragma once

#include "ui/requests/RequestEditor.h"

class QCheckBox;
class QPlainTextEdit;

namespace tepat {

// What a citizen brings to the counter: an objection (sanggah) that a listed recipient is not
// eligible, or a proposal (usul) of a family that should be listed. The reporter may stay
// anonymous.
class CounterReportEditor : public RequestEditor
{
    Q_OBJECT

public:
    CounterReportEditor(RequestKind kind, QWidget *parent = nullptr);
    void load(const ChangeRequest &request) override;
    QJsonObject payload() const override;

private:
    void anonymityChanged();

    RequestKind m_kind;
    QLineEdit *m_subject = nullptr;
    QLineEdit *m_proposedName = nullptr;
    QLineEdit *m_proposedAddress = nullptr;
    QPlainTextEdit *m_reason;
    QLineEdit *m_reporterName;
    QLineEdit *m_reporterPhone;
    QLineEdit *m_reporterNik;
    QCheckBox *m_anonymous;
};

} // namespace tepat
