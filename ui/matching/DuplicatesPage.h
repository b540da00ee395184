#pragma once

#include "core/common/Result.h"
#include "core/matching/RegisterScan.h"
#include "core/requests/ChangeRequest.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace tepat {

class BackgroundJob;
class DuplicateComparison;
struct AppContext;

// Kemungkinan ganda: the whole-register pass (on a worker thread, with progress and cancel),
// the likely duplicate pairs best first, both records of the chosen pair side by side. The
// operator confirms a pair (a removal draft "data ganda" for one record, linked to the one
// kept) or dismisses it with a reason; either way it leaves the list and stays away until one
// of the two records changes.
class DuplicatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit DuplicatesPage(AppContext &context, QWidget *parent = nullptr);
    ~DuplicatesPage() override;

    void scan();
    void cancelScan();
    bool scanning() const;
    int pairCount() const { return int(m_found.size()); }
    QTableWidget *pairList() const { return m_list; }
    DuplicateComparison *comparison() const { return m_comparison; }
    QString statusText() const;

    // What the buttons do after asking: decide about the selected pair.
    Status dismissSelected(const QString &reason);
    Result<ChangeRequest> confirmSelected(bool keepFirst);

Q_SIGNALS:
    void requestOpened(const ChangeRequest &request);
    void scanFinished();

private:
    void showResult(Result<RegisterScanResult> result, qint64 elapsedMs);
    void showSelected();
    void removeSelected();
    void askDismiss();
    void askConfirm(bool keepFirst);
    int selectedIndex() const;

    AppContext &m_context;
    BackgroundJob *m_job;
    QPushButton *m_scan;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_list;
    DuplicateComparison *m_comparison;
    QPushButton *m_keepFirst;
    QPushButton *m_keepSecond;
    QPushButton *m_dismiss;
    QList<LikelyDuplicate> m_found;
};

} // namespace tepat
