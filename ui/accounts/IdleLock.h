#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

namespace tepat {

class Authenticator;
class Clock;
class Session;

// Locks Tepat after a time without keyboard or mouse (and on Ctrl+L). Every open window is
// covered so that nobody at a shared PC reads the data, and only the signed-in person's
// password opens it again. Nothing is closed or reset: forms keep what was typed into them.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    IdleLock(QWidget *window, const Clock &clock, const Session &session, Authenticator &auth,
             int idleMinutes, QObject *parent = nullptr);
    ~IdleLock() override;

    bool isLocked() const { return m_locked; }
    int idleMinutes() const { return m_idleMinutes; }
    void setIdleMinutes(int minutes) { m_idleMinutes = minutes; }
    // Leaving Tepat from the lock loses unsaved input, so it asks first; tests answer here.
    void setQuitConfirmation(std::function<bool()> confirm) { m_confirmQuit = std::move(confirm); }

    // The dialog that asks for the password while locked (for tests).
    QWidget *unlockDialog() const;

public Q_SLOTS:
    void lock();
    // Locks when the idle time has passed (a timer calls it every few seconds).
    void checkIdle();

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class UnlockDialog;
    friend class UnlockDialog;
    void unlock();
    void cover(QWidget *topLevel);

    QPointer<QWidget> m_window;
    const Clock &m_clock;
    const Session &m_session;
    Authenticator &m_auth;
    int m_idleMinutes;
    bool m_locked = false;
    QDateTime m_lastActivity;
    QTimer m_timer;
    QList<QPointer<QWidget>> m_curtains;
    QPointer<QWidget> m_focus;
    QPointer<UnlockDialog> m_dialog;
    std::function<bool()> m_confirmQuit;
};

} // namespace tepat
