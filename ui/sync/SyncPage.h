#pragma once

#include "sync/client/SyncTypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace tepat {

class MainWindow;
class SettingsPage;
class SyncController;
struct AppContext;

// Sinkronisasi: when the last sync succeeded, how many requests stand where, every problem
// with the server's reason and a way to fix it and send it again, Dinsos' latest decisions,
// progress and cancel, and "Sinkronkan sekarang". No SQL and no HTTP here: the controller does
// the work.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    SyncPage(AppContext &context, SyncController *controller, QWidget *parent = nullptr);

    SyncController &controller() const { return *m_controller; }
    void refresh();

    // The page's own dialogs, replaceable by tests.
    std::function<std::optional<QByteArray>(const QString &reason)> askPassword;
    std::function<bool(const QString &question)> confirm;

private:
    void syncNow();
    void fixSelected();
    void resendSelected();
    void showProblem(const QString &text);
    qint64 selectedProblem() const;

    AppContext &m_context;
    SyncController *m_controller;
    QLabel *m_lastSuccess = nullptr;
    QLabel *m_lastAttempt = nullptr;
    QLabel *m_alert = nullptr;
    QPushButton *m_acceptServer = nullptr;
    QLabel *m_auditWarning = nullptr;
    QLabel *m_counts = nullptr;
    QPushButton *m_enqueue = nullptr;
    QTableWidget *m_problems = nullptr;
    QPushButton *m_fix = nullptr;
    QPushButton *m_resend = nullptr;
    QTableWidget *m_decisions = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_syncNow = nullptr;
    QLabel *m_message = nullptr;
};

// Adds the Sinkronisasi page and the "Server" settings section, sharing one controller that
// keeps the refresh token in the operating system's keychain.
void addSyncPage(MainWindow &window, AppContext &context, SettingsPage &settings);

} // namespace tepat
