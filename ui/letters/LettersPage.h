#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace tepat {

struct AppContext;
struct CertificateSubject;
struct LetterRecord;

// Surat: issue surat keterangan DTKS for one resident or a list (batch with progress and
// cancel), the register of outgoing letters (search, print preview, reprint as SALINAN, PDF,
// CSV export) and the offline check of a pasted verification code.
class LettersPage : public QWidget
{
    Q_OBJECT

public:
    explicit LettersPage(AppContext &context, QWidget *parent = nullptr);

    // Prints through QPrintPreviewDialog; the first print is the original, later ones copies.
    void printLetter(qint64 letterId);

private:
    QWidget *buildIssueTab();
    QWidget *buildRegisterTab();
    QWidget *buildVerifyTab();
    void findPeople();
    void issueSelected();
    void issueTypedIn();
    void issue(const CertificateSubject &subject);
    void issueBatch();
    void refreshRegister();
    qint64 selectedLetter() const;
    void savePdf(qint64 letterId);
    void exportCsv();
    void verify();
    void fail(const QString &message);

    AppContext &m_context;
    QLineEdit *m_find = nullptr;
    QListWidget *m_people = nullptr;
    QComboBox *m_purpose = nullptr;
    QComboBox *m_religion = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_registerFilter = nullptr;
    QTableWidget *m_register = nullptr;
    QPlainTextEdit *m_code = nullptr;
    QLabel *m_verdict = nullptr;
};

} // namespace tepat
