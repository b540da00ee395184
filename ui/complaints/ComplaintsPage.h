#pragma once

#include "core/complaints/ComplaintRegister.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tepat {

struct AppContext;
class ComplaintDialog;
class ComplaintOutcomeDialog;

// Pengaduan: complaints and objections (sanggah) newest first, a page at a time, filtered by
// status; the selected one in full below with what can be done next — take it on, mark an
// objection verified, answer, close or forward it to Dinsos. Objections not verified within
// 14 days are marked. Everything goes through ComplaintRegister (the permission is checked
// there; the buttons only follow it).
class ComplaintsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;

    explicit ComplaintsPage(AppContext &context, QWidget *parent = nullptr);

    void reload();
    // The first page again (after a change of filter).
    void showFirstPage();
    bool showNextPage();
    bool showPreviousPage();
    void setPageSize(int rows);

    // Filter entries: "open" (received or being handled), "" (all) or a status code.
    void setStatusFilter(const QString &code);
    bool select(qint64 id);
    std::optional<Complaint> selected() const;

    ComplaintDialog *recordNew();
    bool startHandling();
    bool markVerified();
    ComplaintOutcomeDialog *openOutcome(ComplaintStatus to);

    QTableWidget *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_status; }
    QLabel *summaryText() const { return m_summary; }
    QLabel *detailText() const { return m_detail; }
    QLabel *pageText() const { return m_pageText; }
    QString errorText() const;
    QPushButton *button(const QString &objectName) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillTable(const QList<Complaint> &rows);
    void showSelected();
    void showError(const QString &message);
    // Runs one of the register's status steps on the selected complaint and shows it again.
    bool stepSelected(Status (ComplaintRegister::*step)(const Session &, qint64) const);
    ComplaintQuery query() const;

    AppContext &m_context;
    ComplaintRegister m_register;
    QLabel *m_summary;
    QComboBox *m_status;
    QTableWidget *m_table;
    QLabel *m_detail;
    QLabel *m_error;
    QLabel *m_pageText;
    QPushButton *m_record;
    QPushButton *m_handle;
    QPushButton *m_verify;
    QPushButton *m_answer;
    QPushButton *m_close;
    QPushButton *m_forward;
    QPushButton *m_previous;
    QPushButton *m_next;
    QList<Complaint> m_rows;
    // Keyset paging: where each page shown so far began (the last row of the page before it).
    QList<std::pair<QDateTime, qint64>> m_pageStarts{{QDateTime(), 0}};
    int m_pageSize = kPageSize;
    bool m_hasNext = false;
};

} // namespace tepat
