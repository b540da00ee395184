#include "ui/requests/ProposalImportDialog.h"

#include "core/common/FileNames.h"
#include "core/common/Language.h"
#include "core/workbook/ProposalLayout.h"
#include "ui/common/AppContext.h"
#include "ui/requests/ProposalImportController.h"
#include "ui/requests/ProposalVerdictModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tepat {

namespace {

// A cell's value as the operator types it.
QString asText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case QMetaType::QDateTime:
        return value.toDateTime().date().toString(QStringLiteral("dd/MM/yyyy"));
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (std::abs(number) >= 1e14) {
            return QString::number(number, 'G', 6); // what Excel kept of a NIK
        }
        return QString::number(number, 'f', number == std::floor(number) ? 0 : 6);
    }
    default:
        return value.toString();
    }
}

} // namespace

ProposalImportDialog::ProposalImportDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_controller(new ProposalImportController(context, this))
    , m_model(new ProposalVerdictModel(this))
    , m_file(new QLabel(tr("Belum ada buku kerja yang dipilih.")))
    , m_choose(new QPushButton(tr("&Pilih buku kerja…")))
    , m_reread(new QPushButton(tr("Baca &ulang")))
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("&Batal")))
    , m_summary(new QLabel)
    , m_problemsOnly(new QCheckBox(tr("&Hanya baris bermasalah")))
    , m_table(new QTableView)
    , m_rowTitle(new QLabel(tr("Pilih baris di daftar untuk melihat dan memperbaiki isinya.")))
    , m_values(new QTableWidget(0, 2))
    , m_recheck(new QPushButton(tr("Perik&sa ulang baris ini")))
    , m_create(new QPushButton)
    , m_close(new QPushButton(tr("&Tutup")))
{
    setWindowTitle(tr("Impor usulan dari Excel"));
    m_choose->setObjectName(QStringLiteral("chooseWorkbook"));
    m_reread->setObjectName(QStringLiteral("rereadWorkbook"));
    m_cancel->setObjectName(QStringLiteral("cancelReading"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_table->setObjectName(QStringLiteral("verdicts"));
    m_values->setObjectName(QStringLiteral("rowValues"));
    m_recheck->setObjectName(QStringLiteral("recheckRow"));
    m_create->setObjectName(QStringLiteral("createDrafts"));
    m_reread->setToolTip(tr("Baca lagi buku kerja yang sama setelah diperbaiki di Excel."));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setMinimumWidth(200);
    m_file->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Setiap baris diperiksa lebih dulu. Draf usulan baru dibuat, sekaligus dalam satu "
           "langkah, setelah tidak ada baris yang ditolak. Templat kosong: tepat-cli proposals "
           "template."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_reread);
    layout->addLayout(fileRow);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_cancel->hide();
    auto *summaryRow = new QHBoxLayout;
    m_summary->setWordWrap(true);
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_problemsOnly);
    layout->addLayout(summaryRow);

    m_model->setCheck(&m_controller->result());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(ProposalVerdictModel::Sheet, 140);
    m_table->setColumnWidth(ProposalVerdictModel::Row, 60);
    m_table->setColumnWidth(ProposalVerdictModel::Field, 120);
    m_table->setColumnWidth(ProposalVerdictModel::Level, 100);

    auto *editor = new QWidget;
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_rowTitle->setWordWrap(true);
    editorLayout->addWidget(m_rowTitle);
    m_values->setHorizontalHeaderLabels({tr("Kolom"), tr("Nilai")});
    m_values->verticalHeader()->hide();
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->setColumnWidth(0, 140);
    m_values->setEditTriggers(QAbstractItemView::AllEditTriggers);
    editorLayout->addWidget(m_values, 1);
    auto *recheckRow = new QHBoxLayout;
    recheckRow->addStretch();
    recheckRow->addWidget(m_recheck);
    editorLayout->addLayout(recheckRow);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(editor);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    m_create->setDefault(false);
    m_create->setAutoDefault(false);
    m_close->setAutoDefault(false);

    connect(m_choose, &QPushButton::clicked, this, &ProposalImportDialog::chooseWorkbook);
    connect(m_reread, &QPushButton::clicked, m_controller, &ProposalImportController::reread);
    connect(m_cancel, &QPushButton::clicked, m_controller, &ProposalImportController::cancel);
    connect(m_close, &QPushButton::clicked, this, &ProposalImportDialog::reject);
    connect(m_create, &QPushButton::clicked, m_controller, &ProposalImportController::create);
    connect(m_recheck, &QPushButton::clicked, this, &ProposalImportDialog::applyCorrection);
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool only) {
        const int row = m_row;
        m_model->setProblemsOnly(only);
        if (const int line = m_model->lineOf(row); line >= 0) {
            m_table->selectRow(line);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const int index = m_model->rowIndex(current.row());
                if (index >= 0 && index != m_row) {
                    showRow(index);
                }
            });
    connect(m_controller, &ProposalImportController::progressed, this,
            [this](qint64 done, qint64 total) {
                m_progress->setMaximum(total > 0 ? int(qMin<qint64>(total, INT_MAX)) : 0);
                m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
            });
    connect(m_controller, &ProposalImportController::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        m_progress->setRange(0, 0);
        if (busy) {
            m_cancel->setFocus();
            m_summary->setText(tr("Membaca dan memeriksa buku kerja…"));
        }
        updateButtons();
    });
    connect(m_controller, &ProposalImportController::checked, this,
            &ProposalImportDialog::showResult);
    connect(m_controller, &ProposalImportController::cancelled, this, [this] {
        showResult();
        m_summary->setText(tr("Dihentikan. Tidak ada usulan yang dibuat.") + u' ' +
                           m_summary->text());
    });
    connect(m_controller, &ProposalImportController::failed, this, [this](const QString &message) {
        showResult();
        m_summary->setText(message);
    });
    connect(m_controller, &ProposalImportController::rowChecked, this, [this](int index) {
        m_model->refresh();
        showResult();
        if (const int line = m_model->lineOf(index); line >= 0) {
            m_table->selectRow(line);
        }
        showRow(index);
    });
    connect(m_controller, &ProposalImportController::createdDrafts, this, [this](int count) {
        showResult();
        m_summary->setText(tr("%n draf usulan dibuat. Buka daftar Usulan untuk melengkapi dan "
                              "mengajukannya.",
                              nullptr, count));
        updateButtons();
    });
    updateButtons();
    resize(1100, 640);
}

ProposalImportDialog::~ProposalImportDialog() = default;

void ProposalImportDialog::reject()
{
    m_controller->cancel();
    QDialog::reject();
}

void ProposalImportDialog::chooseWorkbook()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Pilih buku kerja usulan"),
        m_controller->path().isEmpty() ? FileNames::documentsFolder()
                                       : QFileInfo(m_controller->path()).absolutePath(),
        tr("Buku Kerja Excel (*.xlsx *.xlsm)"));
    if (!path.isEmpty()) {
        readWorkbook(path);
    }
}

void ProposalImportDialog::readWorkbook(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_file->setToolTip(QDir::toNativeSeparators(path));
    m_controller->read(path);
}

void ProposalImportDialog::showResult()
{
    const int keep = m_row;
    m_model->refresh();
    const ProposalCheck &check = m_controller->result();
    const ProposalImportController::Counts counts = m_controller->counts();
    QString text;
    if (check.rows.isEmpty()) {
        text = m_controller->path().isEmpty()
                   ? QString()
                   : tr("Tidak ada baris usulan di buku kerja ini. Gunakan templat Tepat atau "
                        "kolom yang sama (id_keluarga atau nik, program, …).");
    } else {
        text = tr("%1 baris: %2 siap, %3 dengan peringatan, %4 ditolak.")
                   .arg(Language::formatNumber(check.rows.size()),
                        Language::formatNumber(counts.ok), Language::formatNumber(counts.warnings),
                        Language::formatNumber(counts.errors));
        if (counts.errors > 0) {
            text += u' ' + tr("Perbaiki baris yang ditolak di sini atau di Excel (lalu Baca "
                              "ulang); draf baru bisa dibuat setelah tidak ada yang ditolak.");
        }
    }
    if (!check.ignoredSheets.isEmpty()) {
        text += u' ' + tr("Lembar yang dilewati: %1.").arg(check.ignoredSheets.join(u", "));
    }
    if (!check.ignoredColumns.isEmpty()) {
        text += u' ' + tr("Kolom yang tidak dipakai (tidak disimpan): %1.")
                           .arg(check.ignoredColumns.join(u", "));
    }
    m_summary->setText(text);
    m_row = -1;
    if (keep >= 0 && keep < check.rows.size()) {
        showRow(keep);
    } else {
        m_values->setRowCount(0);
        m_rowTitle->setText(tr("Pilih baris di daftar untuk melihat dan memperbaiki isinya."));
    }
    updateButtons();
}

void ProposalImportDialog::showRow(int index)
{
    const ProposalCheck &check = m_controller->result();
    if (index < 0 || index >= check.rows.size()) {
        return;
    }
    m_row = index;
    const ProposalRow &row = check.rows[index];
    m_rowTitle->setText(tr("Lembar %1, baris %2 (%3). Ubah nilainya, lalu periksa ulang.")
                            .arg(row.sheet)
                            .arg(row.row)
                            .arg(ProposalVerdictModel::label(row.worst())));
    // Every column of the row's kind, also those the sheet lacks (to fill one in).
    QStringList keys;
    for (const ProposalSheetLayout &layout : ProposalLayout::sheets()) {
        if (layout.kind == row.request.kind) {
            for (const ProposalColumn &column : layout.columns) {
                keys << QString::fromLatin1(column.key);
            }
        }
    }
    for (const ProposalCell &cell : row.cells) {
        if (!keys.contains(cell.column)) {
            keys << cell.column;
        }
    }
    m_values->setRowCount(int(keys.size()));
    for (int k = 0; k < keys.size(); ++k) {
        QVariant value;
        for (const ProposalCell &cell : row.cells) {
            if (cell.column == keys[k]) {
                value = cell.value;
            }
        }
        auto *name = new QTableWidgetItem(keys[k]);
        name->setFlags(Qt::ItemIsEnabled);
        bool flagged = false;
        for (const ProposalIssue &issue : row.issues) {
            flagged = flagged || (issue.column == keys[k] && issue.severity == Severity::Error);
        }
        if (flagged) {
            name->setForeground(QColor(0xb0, 0x1c, 0x1c));
            name->setToolTip(tr("Nilai ini ditolak; lihat pesannya di daftar."));
        }
        auto *item = new QTableWidgetItem(asText(value));
        item->setData(Qt::UserRole, value);
        m_values->setItem(k, 0, name);
        m_values->setItem(k, 1, item);
    }
    updateButtons();
}

void ProposalImportDialog::applyCorrection()
{
    if (m_row < 0) {
        return;
    }
    QList<ProposalCell> cells;
    for (int k = 0; k < m_values->rowCount(); ++k) {
        const QString key = m_values->item(k, 0)->text();
        const QTableWidgetItem *item = m_values->item(k, 1);
        const QVariant original = item->data(Qt::UserRole);
        const QString text = item->text().trimmed();
        // Unchanged: the value as read (a date stays a date); changed: what was typed.
        QVariant value = text == asText(original).trimmed() ? original : QVariant(text);
        if (!value.isNull() || original.isValid()) {
            cells.append({key, value});
        }
    }
    m_controller->correct(m_row, cells);
}

void ProposalImportDialog::updateButtons()
{
    const bool busy = m_controller->busy();
    const int rows = int(m_controller->result().rows.size());
    m_choose->setEnabled(!busy);
    m_reread->setEnabled(!busy && !m_controller->path().isEmpty());
    m_recheck->setEnabled(!busy && m_row >= 0 && !m_controller->created());
    m_values->setEnabled(!busy && !m_controller->created());
    m_create->setText(tr("Buat %n &draf usulan", nullptr, rows));
    m_create->setEnabled(m_controller->canCreate());
    m_create->setToolTip(m_controller->result().refused() > 0
                             ? tr("Masih ada baris yang ditolak; perbaiki dulu.")
                             : QString());
}

} // namespace tepat
