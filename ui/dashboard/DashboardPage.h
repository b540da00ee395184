#pragma once

#include "core/complaints/ComplaintRegister.h"
#include "core/register/RegisterSummary.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;

namespace tepat {

struct AppContext;

// Beranda: the counts that matter and the register per RT/RW and per desil (Qt Charts).
// The figures scan the register, so they are computed on a reader connection off the UI thread
// when the page is first shown and on demand.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(AppContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void refresh();
    const std::optional<RegisterSummary> &summary() const { return m_summary; }
    bool isComputing() const { return m_watcher.isRunning(); }
    // Open complaints and objections past their 14 days; none when the account may not read
    // complaints (the figures then show a dash).
    const std::optional<ComplaintCounts> &complaintCounts() const { return m_complaintCounts; }

Q_SIGNALS:
    void updated();
    // "Lihat keluarganya" under Penerima tidak sesuai desil: open that list.
    void programMisfitsRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const RegisterSummary &summary);
    void drawAreas();
    void countComplaints();
    QLabel *figure(QGridLayout *grid, int row, int column, const QString &caption);

    AppContext &m_context;
    QFutureWatcher<Result<RegisterSummary>> m_watcher;
    std::optional<RegisterSummary> m_summary;
    QLabel *m_households;
    QLabel *m_persons;
    QLabel *m_drafts;
    QLabel *m_outbox;
    QLabel *m_deactivated;
    QLabel *m_misfits;
    QLabel *m_newDuplicates;
    QLabel *m_complaints;
    QLabel *m_lapsing;
    std::optional<ComplaintCounts> m_complaintCounts;
    QLabel *m_programs;
    QLabel *m_state;
    QComboBox *m_rw;
    QChartView *m_areaChart;
    QChartView *m_desilChart;
    bool m_loaded = false;
    bool m_again = false;
};

} // namespace tepat
