#include "ui/field/FamilyCardPanel.h"

#include "ui/common/AppContext.h"
#include "ui/common/Prompts.h"

#include "core/common/Language.h"
#include "core/photos/FamilyCardPhotos.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tepat {

namespace {

constexpr int cardIdRole = Qt::UserRole + 1;

} // namespace

FamilyCardPanel::FamilyCardPanel(AppContext &context, QString householdId, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_householdId(std::move(householdId))
{
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    if (const Status allowed = FamilyCardPhotos::permittedToView(m_context.session); !allowed) {
        m_message->setText(allowed.error().message);
        m_message->show();
        layout->addWidget(m_message);
        layout->addStretch(1);
        return;
    }
    auto *note = new QLabel(tr("Foto kartu keluarga memuat NIK semua anggota: tidak ditampilkan "
                               "sebagai gambar kecil dan tidak ikut dalam berkas hasil."),
                            this);
    note->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("cards"));
    m_add = new QPushButton(tr("Ta&mbah foto KK…"), this);
    m_open = new QPushButton(tr("L&ihat"), this);
    m_remove = new QPushButton(tr("Le&pas"), this);
    m_add->setEnabled(bool(FamilyCardPhotos::permittedToChange(m_context.session)));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Pilih foto kartu keluarga"), QString(),
                                         tr("Foto (*.jpg *.jpeg *.JPG *.JPEG *.png)"));
        if (!file.isEmpty()) {
            addFile(file);
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { openSelected(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_list->currentItem();
        if (!item || !Prompts::confirm(this, {tr("Lepas foto kartu keluarga"),
                                              tr("Foto kartu keluarga ini dilepas dari keluarga "
                                                 "(tetap tercatat siapa dan kapan)."),
                                              tr("Lepas foto"), Prompts::Kind::Destructive})) {
            return;
        }
        const Status s = FamilyCardPhotos(m_context.db, m_context.clock, m_context.filesFolder)
                             .remove(item->data(cardIdRole).toLongLong(), m_context.session);
        m_message->setText(s ? QString() : s.error().message);
        m_message->setVisible(!s);
        reload();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_open->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0 && m_add->isEnabled());
    });
    reload();
}

void FamilyCardPanel::reload()
{
    if (!m_list) {
        return;
    }
    m_list->clear();
    const Result<QList<FamilyCardPhoto>> cards =
        FamilyCardPhotos(m_context.db, m_context.clock, m_context.filesFolder)
            .cards(m_householdId, m_context.session);
    if (!cards) {
        m_message->setText(cards.error().message);
        m_message->show();
        return;
    }
    for (const FamilyCardPhoto &card : *cards) {
        auto *item =
            new QListWidgetItem(tr("Foto KK, ditambahkan oleh %1 pada %2")
                                    .arg(card.addedBy, Language::formatDate(card.addedAt.date())),
                                m_list);
        item->setData(cardIdRole, card.id);
    }
    m_open->setEnabled(false);
    m_remove->setEnabled(false);
}

int FamilyCardPanel::cardCount() const
{
    return m_list ? m_list->count() : 0;
}

bool FamilyCardPanel::addFile(const QString &path)
{
    const Result<FamilyCardPhoto> added =
        FamilyCardPhotos(m_context.db, m_context.clock, m_context.filesFolder)
            .attachFile(m_householdId, path, m_context.session);
    m_message->setText(added ? QString() : added.error().message);
    m_message->setVisible(!added);
    reload();
    return added.ok();
}

bool FamilyCardPanel::openSelected()
{
    QListWidgetItem *item = m_list ? m_list->currentItem() : nullptr;
    if (!item) {
        return false;
    }
    const Result<QByteArray> jpeg =
        FamilyCardPhotos(m_context.db, m_context.clock, m_context.filesFolder)
            .image(item->data(cardIdRole).toLongLong(), m_context.session);
    if (!jpeg) {
        m_message->setText(jpeg.error().message);
        m_message->show();
        return false;
    }
    QPixmap pixmap;
    pixmap.loadFromData(*jpeg, "JPEG");
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Foto kartu keluarga"));
    auto *image = new QLabel(dialog);
    image->setPixmap(pixmap);
    auto *scroll = new QScrollArea(dialog);
    scroll->setWidget(image);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    close->button(QDialogButtonBox::Close)->setText(tr("&Tutup"));
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll, 1);
    layout->addWidget(close);
    dialog->resize(900, 650);
    dialog->setObjectName(QStringLiteral("familyCardViewer"));
    dialog->show();
    return true;
}

QString FamilyCardPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace tepat
