#pragma once

#include <QObject>

#include <memory>

namespace tepat {

class AccountService;
class AuditSection;
class Authenticator;
class BackupController;
class IdleLock;
class MainWindow;
class SettingsPage;
struct AppContext;

// What accounts, audit and backups add to the workspace: the idle lock, the settings sections
// "Akun", "Cadangan" and "Jejak audit", scheduled backups, the audit check at start and the
// signed-in person in the status bar. Lives as long as the window.
class SecurityFeatures : public QObject
{
    Q_OBJECT

public:
    SecurityFeatures(MainWindow &window, AppContext &context, SettingsPage &settings);
    ~SecurityFeatures() override;

    IdleLock *idleLock() const { return m_lock; }
    AuditSection *auditSection() const { return m_audit; }
    BackupController *backups() const { return m_backups; }

private:
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<AccountService> m_accounts;
    IdleLock *m_lock = nullptr;
    AuditSection *m_audit = nullptr;
    BackupController *m_backups = nullptr;
};

// One call from WorkspacePages: builds the features above into the window.
SecurityFeatures *addSecurityFeatures(MainWindow &window, AppContext &context,
                                      SettingsPage &settings);

} // namespace tepat
