#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace tepat {

class Authenticator;
class Clock;
class Database;

// Asks for a new password twice (and the current one unless it is already known) and hands
// them to `change`; stays open with the reason while `change` refuses.
class PasswordChangeDialog : public QDialog
{
    Q_OBJECT

public:
    using Change = std::function<Status(const QString &current, const QString &next)>;
    PasswordChangeDialog(const QString &explanation, bool askCurrent, Change change,
                         QWidget *parent = nullptr);

    void accept() override;

private:
    Change m_change;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_next = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
};

// First start: the installation has no account yet; this creates the administrator.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    FirstStartDialog(const Database &db, const Clock &clock, const Authenticator &auth,
                     QWidget *parent = nullptr);
    std::optional<Session> session() const { return m_session; }
    void accept() override;

private:
    const Database &m_db;
    const Clock &m_clock;
    const Authenticator &m_auth;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
    std::optional<Session> m_session;
};

// Masuk: name and password. Wrong passwords make the next attempt wait (shown as a count-down);
// a password set by the administrator must be replaced before work starts.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(const Database &db, const Clock &clock, Authenticator &auth,
                QWidget *parent = nullptr);
    std::optional<Session> session() const { return m_session; }
    void accept() override;

    // Re-reads the wait for the typed name (the count-down timer calls it every second).
    void refreshWait();

private:
    const Database &m_db;
    const Clock &m_clock;
    Authenticator &m_auth;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_signIn = nullptr;
    QTimer *m_countdown = nullptr;
    std::optional<Session> m_session;
};

// Who works now: the first-start dialog when there is no account yet, otherwise the login.
// Empty when the person closed the dialog.
std::optional<Session> signIn(const Database &db, const Clock &clock, Authenticator &auth);

} // namespace tepat
