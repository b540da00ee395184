#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace tepat {

class ProposalImportController;
class ProposalVerdictModel;
struct AppContext;

// "Impor dari Excel": choose a bulk-proposal workbook, see every row's verdict (sheet, row,
// column, severity, message), correct a refused row in place or re-read the workbook after
// fixing it in Excel, and only then create all drafts in one transaction.
class ProposalImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProposalImportDialog(AppContext &context, QWidget *parent = nullptr);
    ~ProposalImportDialog() override;

    ProposalImportController *controller() const { return m_controller; }
    // Reads and checks `path` (what "Pilih buku kerja…" does once a file is chosen).
    void readWorkbook(const QString &path);

protected:
    void reject() override;

private:
    void chooseWorkbook();
    void showResult();
    void showRow(int index);
    void applyCorrection();
    void updateButtons();

    ProposalImportController *m_controller;
    ProposalVerdictModel *m_model;
    QLabel *m_file;
    QPushButton *m_choose;
    QPushButton *m_reread;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QCheckBox *m_problemsOnly;
    QTableView *m_table;
    QLabel *m_rowTitle;
    QTableWidget *m_values;
    QPushButton *m_recheck;
    QPushButton *m_create;
    QPushButton *m_close;
    int m_row = -1; // the workbook row shown in m_values
};

} // namespace tepat
