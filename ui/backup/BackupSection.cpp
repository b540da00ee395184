#include "ui/backup/BackupSection.h"

#include "core/common/Clock.h"
#include "core/common/FileNames.h"
#include "core/common/Language.h"
#include "core/storage/Database.h"
#include "ui/backup/BackupController.h"
#include "ui/common/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tepat {

namespace {

class PassphraseDialog : public QDialog
{
public:
    explicit PassphraseDialog(QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(BackupSection::tr("Frasa sandi cadangan"));
        auto *layout = new QVBoxLayout(this);
        auto *note = new QLabel(
            BackupSection::tr("Cadangan dienkripsi dengan frasa sandi ini. Tanpa frasa sandi ini "
                              "cadangan TIDAK BISA dipulihkan, juga oleh pembuat Tepat. Tulis dan "
                              "simpan di tempat aman, terpisah dari komputer dan flashdisk "
                              "cadangan. Minimal 10 karakter; beberapa kata lebih mudah diingat."),
            this);
        note->setWordWrap(true);
        layout->addWidget(note);
        auto *form = new QFormLayout();
        first = new QLineEdit(this);
        first->setEchoMode(QLineEdit::Password);
        second = new QLineEdit(this);
        second->setEchoMode(QLineEdit::Password);
        form->addRow(BackupSection::tr("Frasa sandi:"), first);
        form->addRow(BackupSection::tr("Ulangi:"), second);
        layout->addLayout(form);
        problem = new QLabel(this);
        problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        problem->hide();
        layout->addWidget(problem);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(BackupSection::tr("Simpan"));
        buttons->button(QDialogButtonBox::Cancel)->setText(BackupSection::tr("Batal"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
    }

    void accept() override
    {
        if (first->text() != second->text()) {
            problem->setText(BackupSection::tr("Kedua frasa sandi tidak sama."));
            problem->show();
            return;
        }
        QDialog::accept();
    }

    QLineEdit *first = nullptr;
    QLineEdit *second = nullptr;
    QLabel *problem = nullptr;
};

} // namespace

BackupSection::BackupSection(AppContext &context, BackupController &controller, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("backupSection"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *now = new QHBoxLayout();
    auto *backupNow = new QPushButton(tr("Cadangkan sekarang"), this);
    backupNow->setObjectName(QStringLiteral("backupNow"));
    auto *toFile = new QPushButton(tr("Cadangkan ke berkas lain…"), this);
    connect(backupNow, &QPushButton::clicked, this, [this] {
        const Status s = m_controller.backupNow();
        if (!s) {
            showMessage(false, s.error().message);
        }
    });
    connect(toFile, &QPushButton::clicked, this, &BackupSection::backupToFile);
    now->addWidget(backupNow);
    now->addWidget(toFile);
    m_actions << backupNow << toFile;
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Batal"), this);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, &m_controller, &BackupController::cancel);
    now->addWidget(m_progress, 1);
    now->addWidget(m_cancel);
    now->addStretch();
    layout->addLayout(now);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    if (context.session.can(Permission::RestoreBackups)) {
        auto *schedule = new QGroupBox(tr("Cadangan terjadwal"), this);
        auto *form = new QFormLayout(schedule);
        auto *folderRow = new QHBoxLayout();
        m_folder = new QLineEdit(schedule);
        m_folder->setObjectName(QStringLiteral("backupFolder"));
        auto *choose = new QPushButton(tr("Pilih…"), schedule);
        connect(choose, &QPushButton::clicked, this, &BackupSection::chooseFolder);
        folderRow->addWidget(m_folder, 1);
        folderRow->addWidget(choose);
        form->addRow(tr("Folder:"), folderRow);
        m_interval = new QComboBox(schedule);
        m_interval->addItem(tr("setiap hari"), 24);
        m_interval->addItem(tr("setiap 12 jam"), 12);
        m_interval->addItem(tr("setiap 4 jam"), 4);
        m_interval->addItem(tr("setiap minggu"), 24 * 7);
        form->addRow(tr("Cadangkan:"), m_interval);
        m_keep = new QSpinBox(schedule);
        m_keep->setRange(1, 365);
        m_keep->setSuffix(tr(" cadangan terakhir"));
        form->addRow(tr("Simpan:"), m_keep);
        auto *hint = new QLabel(tr("Simpan cadangan juga di luar komputer ini (flashdisk, disk "
                                   "lain): folder di disk yang sama tidak menolong bila "
                                   "komputernya hilang atau rusak."),
                                schedule);
        hint->setWordWrap(true);
        form->addRow(hint);
        auto *buttons = new QHBoxLayout();
        auto *save = new QPushButton(tr("Simpan jadwal"), schedule);
        auto *phrase = new QPushButton(tr("Atur frasa sandi cadangan…"), schedule);
        phrase->setObjectName(QStringLiteral("setPassphrase"));
        auto *restore = new QPushButton(tr("Pulihkan dari cadangan…"), schedule);
        restore->setObjectName(QStringLiteral("restore"));
        connect(save, &QPushButton::clicked, this, &BackupSection::saveSchedule);
        connect(phrase, &QPushButton::clicked, this, &BackupSection::setPassphrase);
        connect(restore, &QPushButton::clicked, this, &BackupSection::restore);
        buttons->addWidget(save);
        buttons->addWidget(phrase);
        buttons->addWidget(restore);
        buttons->addStretch();
        form->addRow(buttons);
        m_actions << save << phrase << restore;
        layout->addWidget(schedule);
    }
    layout->addStretch();

    connect(&m_controller, &BackupController::started, this, [this](const QString &what) {
        for (QPushButton *b : std::as_const(m_actions)) {
            b->setEnabled(false);
        }
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
        showMessage(true, what);
    });
    connect(&m_controller, &BackupController::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(&m_controller, &BackupController::finished, this,
            [this](bool ok, const QString &message) {
                for (QPushButton *b : std::as_const(m_actions)) {
                    b->setEnabled(true);
                }
                m_progress->hide();
                m_cancel->hide();
                showMessage(ok, message);
                refresh();
            });
    connect(&m_controller, &BackupController::restored, this, [this] {
        QMessageBox::information(this, tr("Pemulihan selesai"),
                                 tr("Data sudah dipulihkan. Tepat ditutup sekarang; buka kembali "
                                    "untuk bekerja dengan data yang dipulihkan."));
        QCoreApplication::exit(0);
    });
    refresh();
}

void BackupSection::refresh()
{
    const Result<BackupSettings> s = m_controller.service().settings();
    if (!s) {
        m_status->setText(s.error().message);
        return;
    }
    QStringList lines;
    lines << (s->lastAt.isValid() ? tr("Cadangan terakhir: %1 (%2).")
                                        .arg(Language::formatDateTime(s->lastAt),
                                             QDir::toNativeSeparators(s->lastFile))
                                  : tr("Belum pernah ada cadangan."));
    if (!s->hasKey) {
        lines << tr("Frasa sandi cadangan belum diatur, jadi belum ada cadangan terjadwal.");
    } else {
        const QDateTime due = m_controller.service().nextDue(s.value());
        const QString folder =
            s->folder.isEmpty() ? BackupSettings::defaultFolder(m_context.db.path()) : s->folder;
        if (due.isValid()) {
            lines << tr("Cadangan berikutnya: %1, ke %2.")
                         .arg(due <= m_context.clock.now() ? tr("sekarang")
                                                           : Language::formatDateTime(due),
                              QDir::toNativeSeparators(folder));
        } else {
            lines << tr("Pilih folder cadangan untuk menjadwalkan cadangan.");
        }
    }
    if (!s->lastError.isEmpty()) {
        lines << tr("Cadangan terakhir GAGAL: %1").arg(s->lastError);
    }
    m_status->setText(lines.join(u'\n'));
    if (m_folder) {
        m_folder->setText(QDir::toNativeSeparators(
            s->folder.isEmpty() ? BackupSettings::defaultFolder(m_context.db.path()) : s->folder));
        const int index = m_interval->findData(s->intervalHours);
        m_interval->setCurrentIndex(index >= 0 ? index : 0);
        m_keep->setValue(s->keep);
    }
}

void BackupSection::showMessage(bool ok, const QString &message)
{
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

void BackupSection::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder cadangan"), m_folder->text());
    if (!folder.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(folder));
    }
}

void BackupSection::saveSchedule()
{
    const Status s = m_controller.service().configure(
        m_context.session, QDir::fromNativeSeparators(m_folder->text().trimmed()),
        m_interval->currentData().toInt(), m_keep->value());
    showMessage(s.ok(), s ? tr("Jadwal cadangan disimpan.") : s.error().message);
    refresh();
}

void BackupSection::setPassphrase()
{
    PassphraseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Status s = m_controller.setPassphrase(dialog.first->text());
    if (!s) {
        showMessage(false, s.error().message);
    }
}

void BackupSection::backupToFile()
{
    const QString folder =
        m_folder ? QDir::fromNativeSeparators(m_folder->text().trimmed()) : QString();
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Simpan cadangan"),
        QDir(FileNames::writableFolder({folder, FileNames::documentsFolder()}))
            .filePath(QStringLiteral("tepat-%1.tepatbak")
                          .arg(m_context.clock.now().toLocalTime().toString(
                              QStringLiteral("yyyyMMdd-HHmmss")))),
        tr("Cadangan Tepat (*.tepatbak)"));
    if (file.isEmpty()) {
        return;
    }
    const Status s = m_controller.backupNow(file);
    if (!s) {
        showMessage(false, s.error().message);
    }
}

void BackupSection::restore()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Pulihkan dari cadangan"), m_folder ? m_folder->text() : QString(),
        tr("Cadangan Tepat (*.tepatbak);;Semua berkas (*)"));
    if (file.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString passphrase = QInputDialog::getText(
        this, tr("Frasa sandi cadangan"),
        tr("Frasa sandi untuk %1:").arg(QFileInfo(file).fileName()), QLineEdit::Password, {}, &ok);
    if (!ok || passphrase.isEmpty()) {
        return;
    }
    QMessageBox confirm(QMessageBox::Warning, tr("Pulihkan cadangan"),
                        tr("Semua data di komputer ini akan diganti dengan isi cadangan %1. "
                           "Perubahan sesudah cadangan itu dibuat akan hilang. Cadangan diperiksa "
                           "utuh dulu; bila rusak atau frasa sandinya salah, tidak ada yang "
                           "diubah.")
                            .arg(QFileInfo(file).fileName()),
                        QMessageBox::NoButton, this);
    auto *first = new QCheckBox(tr("Cadangkan data sekarang dulu (disarankan)"), &confirm);
    const Result<std::optional<BackupKey>> key = m_controller.service().storedKey();
    first->setChecked(key && key->has_value());
    confirm.setCheckBox(first);
    QPushButton *go = confirm.addButton(tr("Pulihkan"), QMessageBox::DestructiveRole);
    confirm.addButton(tr("Batal"), QMessageBox::RejectRole);
    confirm.exec();
    if (confirm.clickedButton() != go) {
        return;
    }
    const Status s = m_controller.restore(file, passphrase, first->isChecked());
    if (!s) {
        showMessage(false, s.error().message);
    }
}

} // namespace tepat
