#include "ui/sync/ServerSettingsSection.h"

#include "ui/common/Prompts.h"
#include "ui/sync/SyncController.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace tepat {

ServerSettingsSection::ServerSettingsSection(SyncController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    confirm = [this](const QString &question) {
        return Prompts::confirm(this, {tr("Server"), question, tr("Lanjutkan")});
    };
    auto *form = new QFormLayout(this);
    m_url = new QLineEdit(controller.serverUrl(), this);
    m_url->setPlaceholderText(QStringLiteral("https://tepat.dinsos.kedirikota.go.id"));
    m_username = new QLineEdit(controller.username(), this);
    m_username->setPlaceholderText(tr("akun operator dari Dinsos"));
    m_automatic = new QCheckBox(tr("Sinkronkan otomatis saat ada sambungan"), this);
    m_automatic->setChecked(controller.automatic());
    form->addRow(tr("Alamat server pusat:"), m_url);
    form->addRow(tr("Nama pengguna:"), m_username);
    form->addRow(QString(), m_automatic);
    auto *buttons = new QHBoxLayout();
    auto *save = new QPushButton(tr("Simpan"), this);
    auto *forget = new QPushButton(tr("Lupakan sesi masuk…"), this);
    buttons->addWidget(save);
    buttons->addWidget(forget);
    buttons->addStretch();
    form->addRow(QString(), buttons);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_login = new QLabel(this);
    m_login->setWordWrap(true);
    form->addRow(QString(), m_status);
    form->addRow(tr("Sesi masuk:"), m_login);
    auto *note = new QLabel(tr("Kata sandi tidak pernah disimpan. Setelah masuk, Tepat menyimpan "
                               "tanda sesi di keychain sistem; tanpa keychain, kata sandi "
                               "ditanyakan setiap kali."),
                            this);
    note->setWordWrap(true);
    form->addRow(QString(), note);

    connect(save, &QPushButton::clicked, this, &ServerSettingsSection::save);
    connect(m_url, &QLineEdit::returnPressed, this, &ServerSettingsSection::save);
    connect(m_username, &QLineEdit::returnPressed, this, &ServerSettingsSection::save);
    connect(forget, &QPushButton::clicked, this, [this] {
        if (confirm(tr("Lupakan sesi masuk di komputer ini? Sinkronisasi berikutnya akan "
                       "meminta kata sandi."))) {
            m_controller.forgetLogin();
        }
    });
    connect(&controller, &SyncController::loginStatus, m_login, &QLabel::setText);
    controller.checkLogin();
}

void ServerSettingsSection::save()
{
    const Status s =
        m_controller.saveServer(m_url->text(), m_username->text(), m_automatic->isChecked());
    m_status->setText(s ? tr("Tersimpan.") : s.error().message);
    if (s) {
        m_controller.checkLogin();
    }
}

} // namespace tepat
