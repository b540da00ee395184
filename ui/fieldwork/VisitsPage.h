#pragma once

#include "core/fieldwork/FieldVisits.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace tepat {

struct AppContext;
class FieldConflictsDialog;
class VisitDialog;

// Kunjungan: the households the work packages assigned, by RT, with the state of each visit
// (belum dikunjungi / sudah dikunjungi / tidak ditemukan / menolak) and the progress; a visit
// is recorded in VisitDialog (Enter or double-click on a row). At the office, the conflicts the
// results bundle merges kept are counted on a button that opens FieldConflictsDialog (Alt+K);
// the button is hidden while there are none. Whoever may send (VerificationOutbox::permitted)
// can send a visited household's result on its own to Dinsos ("Kirim hasil verifikasi").
class VisitsPage : public QWidget
{
    Q_OBJECT

public:
    explicit VisitsPage(AppContext &context, QWidget *parent = nullptr);

    void reload();
    // Shows only one RT ("" and "" for all).
    void showArea(const QString &rw, const QString &rt);
    // The visit form for the selected household; nullptr when none is selected.
    VisitDialog *openSelected();
    // The conflicts view; nullptr when there is nothing to decide.
    FieldConflictsDialog *openConflicts();
    // Puts the selected household's visit result, on its own, into the outbox
    // (VerificationOutbox); the outcome is shown on the page. False when refused.
    bool sendVerification();

    QTableWidget *table() const { return m_table; }
    QComboBox *areaFilter() const { return m_area; }
    QLabel *progressText() const { return m_progressText; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *conflictsButton() const { return m_conflicts; }
    QPushButton *verificationButton() const { return m_verify; }
    QLabel *notice() const { return m_notice; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillAreas(const QList<AreaProgress> &areas);
    void fillTable();
    QString selectedHousehold() const;

    AppContext &m_context;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QComboBox *m_area = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_conflicts = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    bool m_filling = false;
};

} // namespace tepat
