#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace tepat {

class SyncController;

// Pengaturan → Server: the central server's address, the account, automatic sync, and the
// kept login (in the operating system's keychain, never on disk).
class ServerSettingsSection : public QWidget
{
    Q_OBJECT

public:
    explicit ServerSettingsSection(SyncController &controller, QWidget *parent = nullptr);

    // The page's confirmation dialog, replaceable by tests.
    std::function<bool(const QString &question)> confirm;

private:
    void save();

    SyncController &m_controller;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_username = nullptr;
    QCheckBox *m_automatic = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_login = nullptr;
};

} // namespace tepat
