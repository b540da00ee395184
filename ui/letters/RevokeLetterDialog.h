#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace tepat {

struct LetterRecord;

// Asks why a printed letter is withdrawn ("Cabut surat"): the reason is required (at least
// LetterRevocation::kMinimumReason letters) before the button is enabled. The page then asks for
// confirmation (Prompts, destructive) and calls LetterRevocation.
class RevokeLetterDialog : public QDialog
{
    Q_OBJECT

public:
    RevokeLetterDialog(const LetterRecord &letter, QWidget *parent = nullptr);

    QString reason() const;

private:
    QLineEdit *m_reason = nullptr;
    QPushButton *m_revoke = nullptr;
};

} // namespace tepat
