#include "ui/accounts/IdleLock.h"

#include "core/accounts/Authenticator.h"
#include "core/accounts/Role.h"
#include "core/common/Clock.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace tepat {

namespace {

// Covers one window while Tepat is locked.
class Curtain : public QWidget
{
public:
    explicit Curtain(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("lockCurtain"));
        setAutoFillBackground(true);
        setAttribute(Qt::WA_NoMousePropagation);
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(IdleLock::tr("Tepat terkunci"), this);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        label->setFont(font);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
        setGeometry(parent->rect());
        raise();
        show();
    }
};

} // namespace

class IdleLock::UnlockDialog : public QDialog
{
public:
    UnlockDialog(IdleLock &lock, QWidget *parent)
        : QDialog(parent)
        , m_lock(lock)
    {
        setObjectName(QStringLiteral("unlockDialog"));
        setWindowTitle(IdleLock::tr("Tepat terkunci"));
        setWindowModality(Qt::ApplicationModal);
        setMinimumWidth(380);
        auto *layout = new QVBoxLayout(this);
        const Actor &actor = lock.m_session.actor();
        auto *intro = new QLabel(
            IdleLock::tr("Tepat dikunci. Masukkan kata sandi %1 untuk melanjutkan. Isian yang "
                         "belum disimpan tetap ada.")
                .arg(actor.displayName.isEmpty() ? actor.username : actor.displayName),
            this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        layout->addWidget(m_password);
        m_problem = new QLabel(this);
        m_problem->setObjectName(QStringLiteral("problem"));
        m_problem->setWordWrap(true);
        m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_problem->hide();
        layout->addWidget(m_problem);
        auto *buttons = new QDialogButtonBox(this);
        buttons->addButton(IdleLock::tr("Buka"), QDialogButtonBox::AcceptRole)->setDefault(true);
        buttons->addButton(IdleLock::tr("Tutup Tepat…"), QDialogButtonBox::RejectRole);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        m_password->setFocus();
    }

    void accept() override
    {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const Status confirmed = m_lock.m_auth.confirm(m_lock.m_session, m_password->text());
        QGuiApplication::restoreOverrideCursor();
        m_password->clear();
        if (!confirmed) {
            m_problem->setText(confirmed.error().message);
            m_problem->show();
            return;
        }
        QDialog::accept();
        m_lock.unlock();
    }

    // Escape or the close button must not open the lock.
    void reject() override
    {
        const bool quit =
            m_lock.m_confirmQuit
                ? m_lock.m_confirmQuit()
                : QMessageBox::question(this, IdleLock::tr("Tutup Tepat"),
                                        IdleLock::tr("Tutup Tepat tanpa membuka kunci? Isian yang "
                                                     "belum disimpan akan hilang."),
                                        QMessageBox::Yes | QMessageBox::No,
                                        QMessageBox::No) == QMessageBox::Yes;
        if (quit) {
            QCoreApplication::exit(0);
        }
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        event->ignore();
        reject();
    }

private:
    IdleLock &m_lock;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
};

IdleLock::IdleLock(QWidget *window, const Clock &clock, const Session &session, Authenticator &auth,
                   int idleMinutes, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_clock(clock)
    , m_session(session)
    , m_auth(auth)
    , m_idleMinutes(idleMinutes)
    , m_lastActivity(clock.now())
{
    qApp->installEventFilter(this);
    m_timer.setInterval(15 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::checkIdle);
    m_timer.start();
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), window);
    shortcut->setContext(Qt::ApplicationShortcut);
    shortcut->setWhatsThis(tr("Kunci Tepat sekarang (kata sandi untuk membuka)"));
    connect(shortcut, &QShortcut::activated, this, &IdleLock::lock);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    delete m_dialog;
}

QWidget *IdleLock::unlockDialog() const
{
    return m_dialog;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked) {
            m_lastActivity = m_clock.now();
        }
        break;
    case QEvent::Resize:
        for (const QPointer<QWidget> &curtain : std::as_const(m_curtains)) {
            if (curtain && curtain->parent() == watched) {
                curtain->setGeometry(static_cast<QWidget *>(watched)->rect());
                curtain->raise();
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::checkIdle()
{
    if (!m_locked && m_idleMinutes > 0 &&
        m_lastActivity.secsTo(m_clock.now()) >= qint64(m_idleMinutes) * 60) {
        lock();
    }
}

void IdleLock::cover(QWidget *topLevel)
{
    m_curtains.append(new Curtain(topLevel));
}

void IdleLock::lock()
{
    if (m_locked || !m_window) {
        return;
    }
    m_locked = true;
    m_focus = QApplication::focusWidget();
    while (QWidget *popup = QApplication::activePopupWidget()) {
        popup->close();
    }
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && (w->windowType() == Qt::Window || w->windowType() == Qt::Dialog)) {
            cover(w);
        }
    }
    m_dialog = new UnlockDialog(*this, m_window);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    Q_EMIT lockedChanged(true);
}

void IdleLock::unlock()
{
    for (const QPointer<QWidget> &curtain : std::as_const(m_curtains)) {
        delete curtain.data();
    }
    m_curtains.clear();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    m_locked = false;
    m_lastActivity = m_clock.now();
    if (m_focus) {
        m_focus->activateWindow();
        m_focus->setFocus();
    }
    Q_EMIT lockedChanged(false);
}

} // namespace tepat
