#pragma once

#include "core/documents/LetterBatch.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace tepat {

struct AppContext;
class BackgroundJob;
class ExcelExport;
struct CertificateSubject;
struct LetterRecord;
struct ReactivationForm;

// Surat: issue surat keterangan DTKS for one resident or a list (batch on a worker thread with
// progress and cancel), the register of outgoing letters (search, print preview, reprint as
// SALINAN, PDF, CSV export) and the offline check of a pasted verification code.
class LettersPage : public QWidget
{
    Q_OBJECT

public:
    explicit LettersPage(AppContext &context, QWidget *parent = nullptr);

    // Prints through QPrintPreviewDialog; the first print is the original, later ones copies.
    void printLetter(qint64 letterId);
    // Issues a letter for each person into `outDir` on a worker thread; the page shows progress
    // with a cancel button and stays usable. False when a batch is running already.
    bool startBatch(const QStringList &personIds, const QString &outDir);
    bool batchRunning() const;
    // Shows the letter with "(nomor diberikan saat dicetak)" first; only when the operator goes
    // on is a number taken, then the letter is printed. False when nothing was issued.
    bool issueWithPreview(const CertificateSubject &subject);
    // Voids a number issued by mistake (kept in the register as "dibatalkan"); false with a
    // message when refused.
    bool voidLetter(qint64 letterId, const QString &reason);
    // Revokes a printed letter (kept in the register as "dicabut", sent to the regency server
    // at the next sync); false with a message when refused.
    bool revokeLetter(qint64 letterId, const QString &reason);
    // Surat rekomendasi reaktivasi PBI-JK for each of the residents (same register, signed
    // code); one letter is printed at once, several wait in the register. Returns the ids.
    QList<qint64> issueReactivation(const QStringList &personIds, const ReactivationForm &form);

Q_SIGNALS:
    // The batch ended (done or cancelled); `summary` is what the operator is told.
    void batchFinished(const QString &summary);

private:
    QWidget *buildIssueTab();
    QWidget *buildRegisterTab();
    QWidget *buildVerifyTab();
    void findPeople();
    void issueSelected();
    void issueTypedIn();
    void issueBatch();
    void askReactivation();
    void batchDone(int requested, const QString &outDir, const QList<LetterBatch::Item> &items);
    void refreshRegister();
    qint64 selectedLetter() const;
    void voidSelected();
    void revokeSelected();
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
    BackgroundJob *m_batchJob = nullptr;
    ExcelExport *m_excel = nullptr;
    QPushButton *m_batch = nullptr;
    QProgressBar *m_batchProgress = nullptr;
    QPushButton *m_batchCancel = nullptr;
};

} // namespace tepat
