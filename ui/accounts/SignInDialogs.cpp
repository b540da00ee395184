#include "ui/accounts/SignInDialogs.h"

#include "core/accounts/AccountService.h"
#include "core/accounts/Authenticator.h"
#include "core/common/Clock.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tepat {

namespace {

QLineEdit *passwordField(QWidget *parent, const QString &objectName)
{
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setObjectName(objectName);
    field->setMaxLength(256);
    return field;
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// Hashing a password takes about half a second on purpose.
struct BusyCursor
{
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
};

} // namespace

PasswordChangeDialog::PasswordChangeDialog(const QString &explanation, bool askCurrent,
                                           Change change, QWidget *parent)
    : QDialog(parent)
    , m_change(std::move(change))
{
    setWindowTitle(tr("Ganti kata sandi"));
    setObjectName(QStringLiteral("passwordChangeDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(explanation, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout();
    if (askCurrent) {
        m_current = passwordField(this, QStringLiteral("currentPassword"));
        form->addRow(tr("Kata sandi sekarang:"), m_current);
    }
    m_next = passwordField(this, QStringLiteral("newPassword"));
    m_repeat = passwordField(this, QStringLiteral("repeatPassword"));
    form->addRow(tr("Kata sandi baru (minimal 8 karakter):"), m_next);
    form->addRow(tr("Ulangi kata sandi baru:"), m_repeat);
    layout->addLayout(form);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Ganti"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PasswordChangeDialog::accept()
{
    if (m_next->text() != m_repeat->text()) {
        showProblem(m_problem, tr("Kedua kata sandi baru tidak sama."));
        return;
    }
    BusyCursor busy;
    const Status changed = m_change(m_current ? m_current->text() : QString(), m_next->text());
    if (!changed) {
        showProblem(m_problem, changed.error().message);
        return;
    }
    QDialog::accept();
}

FirstStartDialog::FirstStartDialog(const Database &db, const Clock &clock,
                                   const Authenticator &auth, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_auth(auth)
{
    setWindowTitle(tr("Tepat — akun administrator pertama"));
    setObjectName(QStringLiteral("firstStartDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Selamat datang. Data ini berisi data pribadi keluarga miskin dan anak-anak, jadi "
           "setiap orang yang memakai Tepat masuk dengan akunnya sendiri. Buat dulu akun "
           "administrator; administrator kemudian membuat akun untuk operator, petugas lapangan "
           "dan kepala desa/lurah di Pengaturan → Akun."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout();
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("mis. rina"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_password = passwordField(this, QStringLiteral("password"));
    m_repeat = passwordField(this, QStringLiteral("repeatPassword"));
    form->addRow(tr("Nama pengguna:"), m_username);
    form->addRow(tr("Nama lengkap:"), m_name);
    form->addRow(tr("Kata sandi (minimal 8 karakter):"), m_password);
    form->addRow(tr("Ulangi kata sandi:"), m_repeat);
    layout->addLayout(form);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Buat akun dan masuk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keluar"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void FirstStartDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        showProblem(m_problem, tr("Kedua kata sandi tidak sama."));
        return;
    }
    BusyCursor busy;
    const Result<Session> created =
        AccountService(m_db, m_clock, m_auth.hasher())
            .createFirstAdministrator(m_username->text(), m_name->text(), m_password->text());
    if (!created) {
        showProblem(m_problem, created.error().message);
        return;
    }
    m_session = created.value();
    QDialog::accept();
}

LoginDialog::LoginDialog(const Database &db, const Clock &clock, Authenticator &auth,
                         QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_auth(auth)
{
    setWindowTitle(tr("Tepat — masuk"));
    setObjectName(QStringLiteral("loginDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout();
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = passwordField(this, QStringLiteral("password"));
    form->addRow(tr("Nama pengguna:"), m_username);
    form->addRow(tr("Kata sandi:"), m_password);
    layout->addLayout(form);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("Masuk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keluar"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &LoginDialog::refreshWait);
    connect(m_username, &QLineEdit::textEdited, this, &LoginDialog::refreshWait);
    m_username->setFocus();
}

void LoginDialog::refreshWait()
{
    const qint64 wait = m_auth.secondsToWait(m_username->text());
    m_signIn->setEnabled(wait == 0);
    if (wait > 0) {
        showProblem(m_problem, tr("Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.",
                                  nullptr, int(wait)));
        m_countdown->start();
    } else if (m_countdown->isActive()) {
        m_countdown->stop();
        showProblem(m_problem, QString());
    }
}

void LoginDialog::accept()
{
    Result<SignedIn> in = [&] {
        BusyCursor busy;
        return m_auth.signIn(m_username->text(), m_password->text());
    }();
    m_password->clear();
    if (!in) {
        showProblem(m_problem, in.error().message);
        if (m_auth.secondsToWait(m_username->text()) > 0) {
            m_signIn->setEnabled(false);
            m_countdown->start();
        }
        m_password->setFocus();
        return;
    }
    if (in->mustChangePassword) {
        const Session session = in->session;
        const AccountService accounts(m_db, m_clock, m_auth.hasher());
        PasswordChangeDialog change(
            tr("Kata sandi Anda diatur oleh administrator. Ganti dengan kata sandi yang hanya "
               "Anda ketahui sebelum mulai bekerja."),
            true,
            [&accounts, &session](const QString &current, const QString &next) {
                return accounts.changeOwnPassword(session, current, next);
            },
            this);
        if (change.exec() != QDialog::Accepted) {
            showProblem(m_problem, tr("Kata sandi harus diganti dulu sebelum bisa masuk."));
            return;
        }
    }
    m_session = in->session;
    QDialog::accept();
}

std::optional<Session> signIn(const Database &db, const Clock &clock, Authenticator &auth)
{
    const Result<bool> any = AccountService(db, clock, auth.hasher()).hasAccounts();
    if (any && !any.value()) {
        FirstStartDialog first(db, clock, auth);
        first.exec();
        return first.session();
    }
    LoginDialog login(db, clock, auth);
    login.exec();
    return login.session();
}

} // namespace tepat
