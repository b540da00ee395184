#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tepat {

class AccountService;
class IdleLock;
struct AppContext;

// Pengaturan → Akun: administrators create accounts, change roles, disable and enable them
// and set temporary passwords; everyone changes their own password and can lock the window.
// Every action goes through AccountService, which checks the permission itself.
class AccountSection : public QWidget
{
    Q_OBJECT

public:
    AccountSection(AppContext &context, const AccountService &accounts, IdleLock *lock,
                   QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    QString selectedUsername() const;

private:
    void showResult(const QString &problem, const QString &done);
    void addAccount();
    void changeRole();
    void toggleDisabled();
    void resetPassword();
    void linkPerson();
    void changeOwnPassword();
    void saveIdleMinutes();

    AppContext &m_context;
    const AccountService &m_accounts;
    IdleLock *m_lock = nullptr;
    QTableWidget *m_table = nullptr;
    QDateTime m_previousSignIn; // of the one signed in; invalid when none
    QPushButton *m_toggle = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace tepat
