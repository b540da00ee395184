#pragma once

#include "core/letters/ReactivationLetter.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLineEdit;

namespace tepat {

// Why the village recommends reactivating PBI-JK for the chosen residents: the reasons (at
// least one), the health facility when known, a note, and the RT/RW cover letter.
class ReactivationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReactivationDialog(int residents, QWidget *parent = nullptr);

    ReactivationForm form() const;
    void setForm(const ReactivationForm &form);

private:
    QList<std::pair<ReactivationReason, QCheckBox *>> m_reasons;
    QLineEdit *m_facility;
    QLineEdit *m_note;
    QLineEdit *m_coverLetter;
};

} // namespace tepat
