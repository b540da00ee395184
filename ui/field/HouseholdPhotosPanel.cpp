#include "ui/field/HouseholdPhotosPanel.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/location/HouseholdLocations.h"
#include "core/photos/PhotoBatchImport.h"
#include "core/photos/PhotoFolderScan.h"
#include "ui/common/AppContext.h"
#include "ui/field/PhotoPickerDialog.h"
#include "ui/field/PhotoViewerDialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tepat {

namespace {

constexpr int photoIdRole = Qt::UserRole + 1;

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

HouseholdPhotosPanel::HouseholdPhotosPanel(AppContext &context, const QString &householdId,
                                           QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_householdId(householdId)
    , m_photos(std::make_unique<HouseholdPhotos>(context.db, context.clock, context.filesFolder))
{
    auto *layout = new QVBoxLayout(this);
    m_frontStatus = new QLabel(this);
    m_frontStatus->setObjectName(QStringLiteral("frontStatus"));
    m_frontStatus->setWordWrap(true);
    layout->addWidget(m_frontStatus);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("photoList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(160, 120));
    m_list->setGridSize(QSize(184, 176));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumHeight(200);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout();
    m_addFiles = new QPushButton(tr("&Tambah foto…"), this);
    m_addFiles->setObjectName(QStringLiteral("addFiles"));
    m_addFolder = new QPushButton(tr("Dari &folder…"), this);
    m_addFolder->setObjectName(QStringLiteral("addFolder"));
    m_addFolder->setToolTip(tr("Kartu memori kamera atau folder foto ponsel: pilih foto menurut "
                               "waktu kunjungan atau satu per satu."));
    auto *viewLabel = new QLabel(tr("&Sisi rumah:"), this);
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("viewChoice"));
    for (PhotoView view : PhotoViews::all()) {
        m_view->addItem(PhotoViews::label(view), PhotoViews::code(view));
    }
    viewLabel->setBuddy(m_view);
    m_detach = new QPushButton(tr("&Lepas foto…"), this);
    m_detach->setObjectName(QStringLiteral("detach"));
    m_detach->setToolTip(tr("Foto salah rumah atau kabur: lepas dari keluarga ini (tetap "
                            "tercatat, tidak dihapus)."));
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_addFolder);
    buttons->addStretch();
    buttons->addWidget(viewLabel);
    buttons->addWidget(m_view);
    buttons->addWidget(m_detach);
    layout->addLayout(buttons);

    m_progressRow = new QWidget(this);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setFormat(tr("Mengimpor foto %v dari %m…"));
    m_cancel = new QPushButton(tr("&Batalkan impor"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_batch = new PhotoBatchImport(*m_photos, this);
    connect(m_batch, &PhotoBatchImport::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_batch, &PhotoBatchImport::finished, this, &HouseholdPhotosPanel::importFinished);
    connect(m_cancel, &QPushButton::clicked, this, &HouseholdPhotosPanel::cancelImport);
    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Pilih foto rumah"), QString(), tr("Foto (*.jpg *.jpeg *.JPG *.JPEG *.png)"));
        if (!files.isEmpty()) {
            addFiles(files);
        }
    });
    connect(m_addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Pilih folder foto (kartu memori kamera atau ponsel)"));
        if (!folder.isEmpty()) {
            chooseFromFolder(folder);
        }
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            &HouseholdPhotosPanel::selectionChanged);
    connect(m_view, &QComboBox::activated, this, &HouseholdPhotosPanel::changeView);
    connect(m_detach, &QPushButton::clicked, this, &HouseholdPhotosPanel::detachSelected);
    connect(m_list, &QListWidget::itemActivated, this, [this] { openSelected(); });
    m_list->setToolTip(tr("Klik dua kali (atau Enter) untuk melihat foto dalam ukuran penuh."));
    m_list->installEventFilter(this);

    reload();
}

HouseholdPhotosPanel::~HouseholdPhotosPanel() = default;

bool HouseholdPhotosPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Delete on the photo list takes the selected photo off (after asking).
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        detachSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void HouseholdPhotosPanel::setHouseholdId(const QString &householdId)
{
    if (isImporting()) {
        cancelImport();
    }
    m_householdId = householdId;
    m_message->hide();
    reload();
}

bool HouseholdPhotosPanel::isImporting() const
{
    return m_batch->isRunning();
}

void HouseholdPhotosPanel::cancelImport()
{
    m_batch->cancel();
    m_cancel->setEnabled(false);
    m_progress->setFormat(tr("Membatalkan…"));
}

int HouseholdPhotosPanel::photoCount() const
{
    return int(m_shown.size());
}

bool HouseholdPhotosPanel::allowed()
{
    // Asked before a dialog opens; the service checks every change itself again.
    const Status permitted = HouseholdPhotos::permitted(m_context.session);
    if (!permitted) {
        m_message->setText(permitted.error().message);
        m_message->show();
    }
    return permitted.ok();
}

void HouseholdPhotosPanel::reload()
{
    m_list->clear();
    m_shown.clear();
    const Result<QList<HouseholdPhoto>> photos = m_photos->photos(m_householdId);
    if (!photos) {
        m_message->setText(photos.error().message);
        m_message->show();
    } else {
        m_shown = *photos;
    }
    bool hasFront = false;
    for (const HouseholdPhoto &photo : std::as_const(m_shown)) {
        hasFront = hasFront || photo.view == PhotoView::Front;
        const QString taken = photo.capturedAt.isValid()
                                  ? Language::formatDateTime(photo.capturedAt)
                                  : tr("waktu foto tidak diketahui");
        auto *item = new QListWidgetItem(PhotoViews::label(photo.view) + u'\n' + taken, m_list);
        item->setData(photoIdRole, photo.id);
        const QString thumbnail = m_photos->thumbnailPath(photo.sha256);
        if (!thumbnail.isEmpty()) {
            item->setIcon(QIcon(thumbnail));
        }
        QStringList tip{tr("Berkas asal: %1").arg(photo.sourceName),
                        tr("%1 × %2 piksel").arg(photo.size.width()).arg(photo.size.height()),
                        tr("Ditambahkan %1 oleh %2")
                            .arg(Language::formatDateTime(photo.addedAt), photo.addedBy)};
        if (photo.exifPoint) {
            tip << tr("GPS di foto: %1").arg(Geo::decimalText(*photo.exifPoint));
        }
        if (thumbnail.isEmpty()) {
            tip << tr("Berkas foto hilang atau rusak di folder berkas.");
        }
        item->setToolTip(tip.join(u'\n'));
    }
    m_frontStatus->setText(
        m_shown.isEmpty()
            ? tr("Belum ada foto rumah. Foto depan (atap sampai lantai) wajib untuk usulan "
                 "keluarga baru.")
        : hasFront ? tr("%n foto; foto depan ada.", nullptr, int(m_shown.size()))
                   : tr("%n foto, tetapi belum ada foto depan (atap sampai lantai), yang wajib "
                        "untuk usulan keluarga baru.",
                        nullptr, int(m_shown.size())));
    m_frontStatus->setStyleSheet(hasFront ? QString() : QStringLiteral("color: #9a4b00;"));
    const Result<QStringList> sharing = m_photos->householdsSharingPhotos(m_householdId);
    if (sharing && !sharing->isEmpty()) {
        QStringList names;
        for (const QString &other : *sharing) {
            names << (other.startsWith(QLatin1String("usulan-")) ? tr("usulan keluarga baru lain")
                                                                 : other);
        }
        names.removeDuplicates();
        m_frontStatus->setText(m_frontStatus->text() + u'\n' +
                               tr("Peringatan: foto yang sama juga dipakai untuk %1. Pastikan "
                                  "foto ini benar rumah keluarga ini.")
                                   .arg(names.join(QStringLiteral(", "))));
        m_frontStatus->setStyleSheet(QStringLiteral("color: #9a4b00;"));
    }
    selectionChanged();
}

std::optional<HouseholdPhoto> HouseholdPhotosPanel::selectedPhoto() const
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty()) {
        return std::nullopt;
    }
    const qint64 id = selected.first()->data(photoIdRole).toLongLong();
    for (const HouseholdPhoto &photo : m_shown) {
        if (photo.id == id) {
            return photo;
        }
    }
    return std::nullopt;
}

PhotoViewerDialog *HouseholdPhotosPanel::openSelected()
{
    const std::optional<HouseholdPhoto> photo = selectedPhoto();
    if (!photo) {
        return nullptr;
    }
    const QString caption =
        tr("Foto %1 — %2")
            .arg(PhotoViews::label(photo->view).toLower(),
                 photo->capturedAt.isValid() ? Language::formatDateTime(photo->capturedAt)
                                             : tr("waktu foto tidak diketahui"));
    auto *viewer = new PhotoViewerDialog(m_photos->photoPath(photo->sha256), caption, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
    return viewer;
}

void HouseholdPhotosPanel::selectionChanged()
{
    const std::optional<HouseholdPhoto> photo = selectedPhoto();
    const bool idle = !isImporting();
    m_view->setEnabled(photo.has_value() && idle);
    m_detach->setEnabled(photo.has_value() && idle);
    m_addFiles->setEnabled(idle);
    m_addFolder->setEnabled(idle);
    if (photo) {
        m_view->setCurrentIndex(m_view->findData(PhotoViews::code(photo->view)));
    }
}

void HouseholdPhotosPanel::changeView(int comboIndex)
{
    const std::optional<HouseholdPhoto> photo = selectedPhoto();
    const std::optional<PhotoView> view =
        PhotoViews::fromCode(m_view->itemData(comboIndex).toString());
    if (!photo || !view || photo->view == *view) {
        return;
    }
    const Status changed = m_photos->setView(photo->id, *view, m_context.session);
    if (!changed) {
        m_message->setText(changed.error().message);
        m_message->show();
    }
    const qint64 id = photo->id;
    reload();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(photoIdRole).toLongLong() == id) {
            m_list->setCurrentRow(i);
        }
    }
    Q_EMIT photosChanged();
}

void HouseholdPhotosPanel::detachSelected()
{
    const std::optional<HouseholdPhoto> photo = selectedPhoto();
    if (!photo || isImporting() || !allowed()) {
        return;
    }
    const std::optional<QString> reason = m_prompts.askText(
        this, tr("Lepas foto dari keluarga"),
        tr("Foto %1 akan dilepas dari keluarga ini (tetap tercatat, tidak dihapus). Alasan:")
            .arg(PhotoViews::label(photo->view).toLower()));
    if (!reason) {
        return;
    }
    const Status detached = m_photos->detach(photo->id, *reason, m_context.session);
    if (!detached) {
        m_message->setText(detached.error().message);
        m_message->show();
        return;
    }
    m_message->hide();
    reload();
    Q_EMIT photosChanged();
}

void HouseholdPhotosPanel::addFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !allowed()) {
        return;
    }
    const Result<bool> hasFront = m_photos->hasFrontView(m_householdId);
    QList<PhotoImportItem> items;
    for (const QString &path : paths) {
        // The first photo of a household without a front view is taken as the front view;
        // the operator changes it if not.
        const bool front = items.isEmpty() && hasFront && !*hasFront;
        items << PhotoImportItem{path, front ? PhotoView::Front : PhotoView::Other};
    }
    startImport(items);
}

PhotoPickerDialog *HouseholdPhotosPanel::chooseFromFolder(const QString &folder)
{
    if (!allowed()) {
        return nullptr;
    }
    const QStringList files = PhotoFolderScan::photoFiles(folder);
    if (files.isEmpty()) {
        m_message->setText(tr("Tidak ada foto JPEG atau PNG di folder %1.").arg(folder));
        m_message->show();
        return nullptr;
    }
    // A point recorded on the visit (GPS) dates the visit; photos taken then are proposed.
    QDateTime visit;
    const Result<std::optional<HouseholdPoint>> point =
        HouseholdLocations(m_context.db, m_context.clock).current(m_householdId);
    if (point && point->has_value() && (*point)->fix.source != LocationSource::Register &&
        (*point)->fix.source != LocationSource::Typed) {
        visit = (*point)->fix.time;
    }
    const Result<bool> hasFront = m_photos->hasFrontView(m_householdId);
    auto *dialog =
        new PhotoPickerDialog(files, visit, m_context.clock.now(), hasFront && !*hasFront, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startImport(dialog->chosen()); });
    dialog->open();
    if (files.size() >= PhotoFolderScan::maxFiles) {
        m_message->setText(tr("Folder berisi lebih dari %1 foto; hanya %1 yang pertama "
                              "ditampilkan. Pilih sub-folder yang lebih kecil.")
                               .arg(PhotoFolderScan::maxFiles));
        m_message->show();
    }
    return dialog;
}

void HouseholdPhotosPanel::startImport(const QList<PhotoImportItem> &items)
{
    if (items.isEmpty()) {
        return;
    }
    if (const Status started = m_batch->start(m_householdId, items, m_context.session); !started) {
        m_message->setText(started.error().message);
        m_message->show();
        return;
    }
    m_message->hide();
    m_progress->setFormat(tr("Mengimpor foto %v dari %m…"));
    m_progress->setMaximum(int(items.size()));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_progressRow->show();
    selectionChanged();
}

void HouseholdPhotosPanel::importFinished(int imported, int alreadyAttached, int failed,
                                          bool cancelled)
{
    m_progressRow->hide();
    QStringList lines;
    lines << (cancelled ? tr("Impor dibatalkan: %n foto sudah tersimpan, sisanya tidak diimpor.",
                             nullptr, imported)
                        : tr("Selesai: %n foto ditambahkan.", nullptr, imported));
    if (alreadyAttached > 0) {
        lines << tr("%n foto sudah ada di keluarga ini dan tidak disimpan dua kali.", nullptr,
                    alreadyAttached);
    }
    if (failed > 0) {
        lines << tr("%n foto ditolak:", nullptr, failed);
        int listed = 0;
        for (const PhotoImportResult &r : m_batch->results()) {
            if (r.state != PhotoImportResult::State::Failed) {
                continue;
            }
            if (++listed > 8) {
                lines << tr("…dan %n lainnya.", nullptr, failed - 8);
                break;
            }
            lines << QStringLiteral("• %1: %2").arg(fileNameOf(r.path), r.message);
        }
    }
    m_message->setText(lines.join(u'\n'));
    m_message->setStyleSheet(failed > 0 ? QStringLiteral("color: #9a4b00;") : QString());
    m_message->show();
    reload();
    if (imported > 0) {
        Q_EMIT photosChanged();
    }
}

} // namespace tepat
