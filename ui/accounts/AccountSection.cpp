#include "ui/accounts/AccountSection.h"

#include "core/accounts/AccountService.h"
#include "core/common/Language.h"
#include "ui/accounts/IdleLock.h"
#include "ui/accounts/SignInDialogs.h"
#include "ui/common/AppContext.h"
#include "ui/common/Prompts.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

constexpr int kPersonRole = Qt::UserRole + 1; // the linked person id

// New account or temporary password: the values, checked before the dialog closes.
class AccountDialog : public QDialog
{
public:
    AccountDialog(bool newAccount, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(newAccount ? AccountSection::tr("Tambah akun")
                                  : AccountSection::tr("Atur ulang kata sandi"));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout();
        if (newAccount) {
            username = new QLineEdit(this);
            name = new QLineEdit(this);
            role = new QComboBox(this);
            for (Role r : RolePolicy::allRoles()) {
                role->addItem(RolePolicy::label(r), int(r));
            }
            role->setCurrentIndex(1);
            form->addRow(AccountSection::tr("Nama pengguna:"), username);
            form->addRow(AccountSection::tr("Nama lengkap:"), name);
            form->addRow(AccountSection::tr("Peran:"), role);
        }
        password = new QLineEdit(this);
        password->setEchoMode(QLineEdit::Password);
        repeat = new QLineEdit(this);
        repeat->setEchoMode(QLineEdit::Password);
        form->addRow(AccountSection::tr("Kata sandi sementara:"), password);
        form->addRow(AccountSection::tr("Ulangi:"), repeat);
        layout->addLayout(form);
        auto *note = new QLabel(AccountSection::tr("Berikan kata sandi sementara secara langsung; "
                                                   "pemilik akun harus menggantinya saat masuk."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
        problem = new QLabel(this);
        problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        problem->setWordWrap(true);
        problem->hide();
        layout->addWidget(problem);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(AccountSection::tr("Simpan"));
        buttons->button(QDialogButtonBox::Cancel)->setText(AccountSection::tr("Batal"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
    }

    void accept() override
    {
        if (password->text() != repeat->text()) {
            problem->setText(AccountSection::tr("Kedua kata sandi tidak sama."));
            problem->show();
            return;
        }
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const Status s = save();
        QGuiApplication::restoreOverrideCursor();
        if (!s) {
            problem->setText(s.error().message);
            problem->show();
            return;
        }
        QDialog::accept();
    }

    std::function<Status()> save;
    QLineEdit *username = nullptr;
    QLineEdit *name = nullptr;
    QComboBox *role = nullptr;
    QLineEdit *password = nullptr;
    QLineEdit *repeat = nullptr;
    QLabel *problem = nullptr;
};

} // namespace

AccountSection::AccountSection(AppContext &context, const AccountService &accounts, IdleLock *lock,
                               QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_accounts(accounts)
    , m_lock(lock)
{
    setObjectName(QStringLiteral("accountSection"));
    auto *layout = new QVBoxLayout(this);
    const Actor &me = context.session.actor();
    // "Terakhir masuk" for the one signed in is the sign-in before this one: the current one
    // says nothing, the previous one shows whether someone else used the account meanwhile.
    const Result<QDateTime> previous = accounts.previousSignIn(context.session);
    m_previousSignIn = previous ? previous.value() : QDateTime();
    auto *who =
        new QLabel(tr("Masuk sebagai %1 (%2), peran: %3. Terakhir masuk sebelum ini: %4.")
                       .arg(me.displayName, me.username, RolePolicy::label(me.role),
                            m_previousSignIn.isValid() ? Language::formatDateTime(m_previousSignIn)
                                                       : tr("belum pernah")),
                   this);
    who->setObjectName(QStringLiteral("signedInAs"));
    who->setWordWrap(true);
    layout->addWidget(who);
    auto *mine = new QHBoxLayout();
    auto *change = new QPushButton(tr("Ganti kata sandi saya…"), this);
    connect(change, &QPushButton::clicked, this, &AccountSection::changeOwnPassword);
    mine->addWidget(change);
    if (m_lock) {
        auto *lockNow = new QPushButton(tr("Kunci sekarang (Ctrl+L)"), this);
        connect(lockNow, &QPushButton::clicked, m_lock, &IdleLock::lock);
        mine->addWidget(lockNow);
    }
    mine->addStretch();
    layout->addLayout(mine);

    const bool manage = context.session.can(Permission::ManageAccounts);
    auto *idle = new QHBoxLayout();
    idle->addWidget(new QLabel(tr("Kunci otomatis setelah tidak dipakai selama"), this));
    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(1, 240);
    m_idleMinutes->setSuffix(tr(" menit"));
    m_idleMinutes->setValue(accounts.idleLockMinutes());
    m_idleMinutes->setEnabled(manage);
    idle->addWidget(m_idleMinutes);
    if (manage) {
        auto *save = new QPushButton(tr("Simpan"), this);
        connect(save, &QPushButton::clicked, this, &AccountSection::saveIdleMinutes);
        idle->addWidget(save);
    }
    idle->addStretch();
    layout->addLayout(idle);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    if (!manage) {
        auto *note = new QLabel(tr("Hanya administrator yang membuat dan mengubah akun."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
        layout->addStretch();
        return;
    }
    auto *group = new QGroupBox(tr("Akun di kelurahan/desa ini"), this);
    auto *groupLayout = new QVBoxLayout(group);
    m_table = new QTableWidget(0, 6, group);
    m_table->setObjectName(QStringLiteral("accounts"));
    m_table->setHorizontalHeaderLabels({tr("Nama pengguna"), tr("Nama"), tr("Peran"), tr("Status"),
                                        tr("Terakhir masuk"), tr("Data orang")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    groupLayout->addWidget(m_table);
    auto *buttons = new QHBoxLayout();
    auto *add = new QPushButton(tr("Tambah akun…"), group);
    auto *role = new QPushButton(tr("Ubah peran…"), group);
    m_toggle = new QPushButton(tr("Nonaktifkan"), group);
    auto *reset = new QPushButton(tr("Atur ulang kata sandi…"), group);
    // The holder's own register record: their own family's proposals are flagged.
    auto *person = new QPushButton(tr("Tautkan ke data orang…"), group);
    person->setObjectName(QStringLiteral("linkPerson"));
    connect(person, &QPushButton::clicked, this, &AccountSection::linkPerson);
    connect(add, &QPushButton::clicked, this, &AccountSection::addAccount);
    connect(role, &QPushButton::clicked, this, &AccountSection::changeRole);
    connect(m_toggle, &QPushButton::clicked, this, &AccountSection::toggleDisabled);
    connect(reset, &QPushButton::clicked, this, &AccountSection::resetPassword);
    for (QPushButton *b : {add, role, m_toggle, reset, person}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    groupLayout->addLayout(buttons);
    auto *never = new QLabel(tr("Akun tidak pernah dihapus supaya jejak audit tetap menyebut "
                                "siapa yang berbuat apa; akun yang tidak dipakai lagi "
                                "dinonaktifkan."),
                             group);
    never->setWordWrap(true);
    groupLayout->addWidget(never);
    layout->addWidget(group, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool disabled = row >= 0 && m_table->item(row, 0)->data(Qt::UserRole).toBool();
        m_toggle->setText(disabled ? tr("Aktifkan") : tr("Nonaktifkan"));
    });
    reload();
}

void AccountSection::reload()
{
    if (!m_table) {
        return;
    }
    const Result<QList<Account>> list = m_accounts.list(m_context.session);
    if (!list) {
        showResult(list.error().message, {});
        return;
    }
    m_table->setRowCount(int(list->size()));
    for (int row = 0; row < list->size(); ++row) {
        const Account &a = list->at(row);
        QString status = a.disabled ? tr("Nonaktif") : tr("Aktif");
        if (!a.disabled && a.mustChangePassword) {
            status += tr(", harus mengganti kata sandi");
        }
        const QDateTime lastSignIn =
            a.username == m_context.session.username() ? m_previousSignIn : a.lastLoginAt;
        const QStringList cells{a.username,
                                a.displayName,
                                RolePolicy::label(a.role),
                                status,
                                lastSignIn.isValid() ? Language::formatDateTime(lastSignIn)
                                                     : tr("belum pernah"),
                                a.personId.isEmpty() ? tr("tidak ditautkan") : a.personId};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, a.disabled);
            item->setData(kPersonRole, a.personId);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

QString AccountSection::selectedUsername() const
{
    if (!m_table || m_table->currentRow() < 0) {
        return {};
    }
    return m_table->item(m_table->currentRow(), 0)->text();
}

void AccountSection::showResult(const QString &problem, const QString &done)
{
    m_message->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_message->setText(problem.isEmpty() ? done : problem);
    reload();
}

void AccountSection::addAccount()
{
    AccountDialog dialog(true, this);
    dialog.save = [&] {
        return m_accounts.create(m_context.session, dialog.username->text(), dialog.name->text(),
                                 Role(dialog.role->currentData().toInt()), dialog.password->text());
    };
    if (dialog.exec() == QDialog::Accepted) {
        showResult({}, tr("Akun %1 dibuat. Pemiliknya mengganti kata sandi saat pertama masuk.")
                           .arg(AccountService::normalizedUsername(dialog.username->text())));
    }
}

void AccountSection::changeRole()
{
    const QString username = selectedUsername();
    if (username.isEmpty()) {
        showResult(tr("Pilih akun di daftar dulu."), {});
        return;
    }
    QStringList labels;
    for (Role r : RolePolicy::allRoles()) {
        labels.append(RolePolicy::label(r));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Ubah peran"), tr("Peran baru untuk %1:").arg(username), labels, 0, false, &ok);
    if (!ok) {
        return;
    }
    const Role role = RolePolicy::allRoles().at(labels.indexOf(chosen));
    const Status s = m_accounts.changeRole(m_context.session, username, role);
    showResult(s ? QString() : s.error().message,
               tr("Peran %1 sekarang %2.").arg(username, RolePolicy::label(role)));
}

void AccountSection::toggleDisabled()
{
    const QString username = selectedUsername();
    if (username.isEmpty()) {
        showResult(tr("Pilih akun di daftar dulu."), {});
        return;
    }
    const bool disable = !m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole).toBool();
    if (disable && !Prompts::confirm(this, {tr("Nonaktifkan akun"),
                                            tr("Nonaktifkan akun %1? Pemiliknya tidak bisa masuk "
                                               "lagi sampai akunnya diaktifkan kembali.")
                                                .arg(username),
                                            tr("Nonaktifkan akun"), Prompts::Kind::Destructive})) {
        return;
    }
    const Status s = m_accounts.setDisabled(m_context.session, username, disable);
    showResult(s ? QString() : s.error().message, disable
                                                      ? tr("Akun %1 dinonaktifkan.").arg(username)
                                                      : tr("Akun %1 diaktifkan.").arg(username));
}

void AccountSection::linkPerson()
{
    const QString username = selectedUsername();
    if (username.isEmpty()) {
        showResult(tr("Pilih akun di daftar dulu."), {});
        return;
    }
    const QString current = m_table->item(m_table->currentRow(), 5)->data(kPersonRole).toString();
    bool ok = false;
    const QString person = QInputDialog::getText(
        this, tr("Tautkan ke data orang"),
        tr("ID DTKS anggota keluarga (misalnya 3571031001.000001.01) yang adalah pemilik akun "
           "%1. Usulan yang diajukannya untuk keluarganya sendiri, satu KK atau satu alamat "
           "ditandai konflik kepentingan. Kosongkan untuk melepas tautan.")
            .arg(username),
        QLineEdit::Normal, current, &ok);
    if (!ok) {
        return;
    }
    const Status s = m_accounts.setPerson(m_context.session, username, person);
    showResult(s ? QString() : s.error().message,
               person.trimmed().isEmpty()
                   ? tr("Akun %1 tidak lagi ditautkan ke data orang.").arg(username)
                   : tr("Akun %1 ditautkan ke %2.").arg(username, person.trimmed()));
}

void AccountSection::resetPassword()
{
    const QString username = selectedUsername();
    if (username.isEmpty()) {
        showResult(tr("Pilih akun di daftar dulu."), {});
        return;
    }
    AccountDialog dialog(false, this);
    dialog.save = [&] {
        return m_accounts.resetPassword(m_context.session, username, dialog.password->text());
    };
    if (dialog.exec() == QDialog::Accepted) {
        showResult({}, tr("Kata sandi %1 diatur ulang; pemiliknya harus menggantinya saat masuk.")
                           .arg(username));
    }
}

void AccountSection::changeOwnPassword()
{
    PasswordChangeDialog dialog(
        tr("Kata sandi baru berlaku mulai sekarang."), true,
        [this](const QString &current, const QString &next) {
            return m_accounts.changeOwnPassword(m_context.session, current, next);
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        showResult({}, tr("Kata sandi Anda sudah diganti."));
    }
}

void AccountSection::saveIdleMinutes()
{
    const Status s = m_accounts.setIdleLockMinutes(m_context.session, m_idleMinutes->value());
    if (s && m_lock) {
        m_lock->setIdleMinutes(m_idleMinutes->value());
    }
    showResult(
        s ? QString() : s.error().message,
        tr("Tepat terkunci sendiri setelah %1 menit tidak dipakai.").arg(m_idleMinutes->value()));
}

} // namespace tepat
