#pragma once

#include <QObject>
#include <optional>

class QLabel;
class QProgressBar;

namespace tepat {

struct AppContext;
class MainWindow;
struct WorkspaceStatus;

// Keeps the status bar and the navigation counts current: online or offline and the last sync,
// what waits to be sent, the next musyawarah, and the slow work running now (with progress).
// The signed-in user is added by SecurityFeatures. Follows the store through StoreWatch.
class WorkspaceStatusBar : public QObject
{
    Q_OBJECT

public:
    WorkspaceStatusBar(MainWindow &window, AppContext &context);

    // From the sync scheduler (the operating system's reachability); empty: not known.
    void setOnline(std::optional<bool> online);
    void refresh();
    // Once, after the events already queued (pages being added, a burst of store changes).
    void scheduleRefresh();

private:
    void show(const WorkspaceStatus &status);
    void showActivity();

    MainWindow &m_window;
    AppContext &m_context;
    std::optional<bool> m_online;
    bool m_refreshPending = false;
    QLabel *m_activity = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_meeting = nullptr;
    QLabel *m_outbox = nullptr;
    QLabel *m_syncIcon = nullptr;
    QLabel *m_sync = nullptr;
};

} // namespace tepat
