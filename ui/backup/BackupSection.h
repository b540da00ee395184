#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace tepat {

class BackupController;
struct AppContext;

// Pengaturan → Cadangan: when the last backup was made and the next is due, "back up now"
// with progress and cancel; for administrators also the schedule, the passphrase and restore.
class BackupSection : public QWidget
{
    Q_OBJECT

public:
    BackupSection(AppContext &context, BackupController &controller, QWidget *parent = nullptr);

    void refresh();

private:
    void chooseFolder();
    void saveSchedule();
    void setPassphrase();
    void backupToFile();
    void restore();
    void showMessage(bool ok, const QString &message);

    AppContext &m_context;
    BackupController &m_controller;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QPushButton *> m_actions;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_interval = nullptr;
    QSpinBox *m_keep = nullptr;
};

} // namespace tepat
