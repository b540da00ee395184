#include "ui/field/PhotoPickerDialog.h"

#include "core/common/Language.h"
#include "core/photos/PhotoFolderScan.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

enum Column
{
    PhotoColumn,
    TakenColumn,
    ViewColumn,
    NoteColumn
};

} // namespace

PhotoPickerDialog::PhotoPickerDialog(const QStringList &files, const QDateTime &visit,
                                     const QDateTime &now, bool needsFront, QWidget *parent)
    : QDialog(parent)
    , m_scan(new PhotoFolderScan(this))
    , m_needsFront(needsFront)
    , m_visit(visit)
{
    setWindowTitle(tr("Pilih foto rumah dari folder"));
    resize(860, 640);
    auto *layout = new QVBoxLayout(this);

    auto *matchRow = new QHBoxLayout();
    auto *visitLabel = new QLabel(tr("&Waktu kunjungan:"), this);
    m_visitEdit = new QDateTimeEdit((visit.isValid() ? visit : now).toLocalTime(), this);
    m_visitEdit->setObjectName(QStringLiteral("visitTime"));
    m_visitEdit->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    m_visitEdit->setCalendarPopup(true);
    visitLabel->setBuddy(m_visitEdit);
    auto *withinLabel = new QLabel(tr("± &menit:"), this);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(20);
    withinLabel->setBuddy(m_minutes);
    m_match = new QPushButton(tr("&Centang menurut waktu"), this);
    m_match->setObjectName(QStringLiteral("matchByTime"));
    matchRow->addWidget(visitLabel);
    matchRow->addWidget(m_visitEdit);
    matchRow->addWidget(withinLabel);
    matchRow->addWidget(m_minutes);
    matchRow->addWidget(m_match);
    matchRow->addStretch();
    layout->addLayout(matchRow);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("candidates"));
    m_table->setHorizontalHeaderLabels(
        {tr("Foto"), tr("Waktu foto"), tr("Sisi rumah"), tr("Keterangan")});
    m_table->setIconSize(QSize(96, 72));
    m_table->verticalHeader()->setDefaultSectionSize(78);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(PhotoColumn, 260);
    m_table->setColumnWidth(TakenColumn, 190);
    m_table->setColumnWidth(ViewColumn, 130);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto *scanRow = new QHBoxLayout();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setFormat(tr("Membaca foto %v dari %m…"));
    m_stopScan = new QPushButton(tr("&Hentikan pembacaan"), this);
    m_stopScan->setObjectName(QStringLiteral("stopScan"));
    scanRow->addWidget(m_progress, 1);
    scanRow->addWidget(m_stopScan);
    layout->addLayout(scanRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Impor"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_match, &QPushButton::clicked, this,
            [this] { selectTakenNear(m_visitEdit->dateTime(), m_minutes->value()); });
    connect(m_stopScan, &QPushButton::clicked, m_scan, &PhotoFolderScan::cancel);
    connect(m_scan, &PhotoFolderScan::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_scan, &PhotoFolderScan::candidateReady, this, &PhotoPickerDialog::addRow);
    connect(m_scan, &PhotoFolderScan::finished, this, [this](bool cancelled) {
        m_progress->setVisible(false);
        m_stopScan->setVisible(false);
        if (m_visit.isValid()) {
            selectTakenNear(m_visit, m_minutes->value());
        }
        updateSummary();
        if (cancelled) {
            m_summary->setText(m_summary->text() + u' ' +
                               tr("Pembacaan dihentikan; foto yang belum terbaca tidak tampil."));
        }
        Q_EMIT scanFinished();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { updateSummary(); });
    m_scan->start(files, 160);
    updateSummary();
}

PhotoPickerDialog::~PhotoPickerDialog() = default;

bool PhotoPickerDialog::isScanning() const
{
    return m_scan->isRunning();
}

int PhotoPickerDialog::rowCount() const
{
    return m_table->rowCount();
}

void PhotoPickerDialog::addRow(int index)
{
    const PhotoCandidate &candidate = m_scan->candidates().at(index);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *photo = new QTableWidgetItem(QFileInfo(candidate.path).fileName());
    photo->setData(Qt::UserRole, candidate.path);
    const bool usable = candidate.problem.isEmpty();
    photo->setFlags(usable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                           : Qt::ItemIsSelectable);
    photo->setCheckState(Qt::Unchecked);
    if (!candidate.preview.isNull()) {
        photo->setIcon(QIcon(QPixmap::fromImage(candidate.preview)));
    }
    m_table->setItem(row, PhotoColumn, photo);
    m_table->setItem(row, TakenColumn,
                     new QTableWidgetItem(candidate.exif.capturedAt.isValid()
                                              ? Language::formatDateTime(candidate.exif.capturedAt)
                                              : tr("tidak diketahui")));
    auto *view = new QComboBox(m_table);
    for (PhotoView v : PhotoViews::all()) {
        view->addItem(PhotoViews::label(v), PhotoViews::code(v));
    }
    view->setCurrentIndex(view->findData(PhotoViews::code(PhotoView::Other)));
    view->setEnabled(usable);
    // Centred in its cell rather than stretched to the preview's height.
    auto *cell = new QWidget(m_table);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(4, 0, 4, 0);
    cellLayout->addWidget(view, 0, Qt::AlignVCenter);
    m_table->setCellWidget(row, ViewColumn, cell);
    QString note = candidate.problem;
    if (usable && candidate.exif.gps) {
        note = tr("GPS di foto: %1").arg(Geo::decimalText(*candidate.exif.gps));
    }
    m_table->setItem(row, NoteColumn, new QTableWidgetItem(note));
}

QComboBox *PhotoPickerDialog::viewChoice(int row) const
{
    QWidget *cell = m_table->cellWidget(row, ViewColumn);
    return cell ? cell->findChild<QComboBox *>() : nullptr;
}

void PhotoPickerDialog::setChecked(int row, bool checked)
{
    QTableWidgetItem *item = m_table->item(row, PhotoColumn);
    if (item && (item->flags() & Qt::ItemIsUserCheckable)) {
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void PhotoPickerDialog::setView(int row, PhotoView view)
{
    if (auto *combo = viewChoice(row)) {
        combo->setCurrentIndex(combo->findData(PhotoViews::code(view)));
    }
}

void PhotoPickerDialog::selectTakenNear(const QDateTime &visit, int minutes)
{
    // Rows are added in scan order, which is the candidates' order.
    const QList<int> near = PhotoFolderScan::takenNear(m_scan->candidates(), visit, minutes);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        setChecked(row, near.contains(row));
    }
    if (m_needsFront && !near.isEmpty()) {
        setView(near.first(), PhotoView::Front);
    }
    updateSummary();
}

QList<PhotoImportItem> PhotoPickerDialog::chosen() const
{
    QList<PhotoImportItem> items;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, PhotoColumn);
        if (item->checkState() != Qt::Checked) {
            continue;
        }
        const QComboBox *combo = viewChoice(row);
        items << PhotoImportItem{
            item->data(Qt::UserRole).toString(),
            PhotoViews::fromCode(combo->currentData().toString()).value_or(PhotoView::Other)};
    }
    return items;
}

void PhotoPickerDialog::updateSummary()
{
    const int count = int(chosen().size());
    m_import->setText(tr("&Impor %n foto", nullptr, count));
    m_import->setEnabled(count > 0);
    int problems = 0;
    for (const PhotoCandidate &c : m_scan->candidates()) {
        problems += !c.problem.isEmpty();
    }
    QString text = tr("%n foto dicentang.", nullptr, count);
    if (problems > 0) {
        text += u' ' + tr("%n berkas tidak bisa dipakai (lihat keterangan).", nullptr, problems);
    }
    m_summary->setText(text);
}

} // namespace tepat
