#include "ui/fieldwork/VisitsPage.h"

#include "ui/common/AppContext.h"
#include "ui/common/EmptyTableHint.h"
#include "ui/common/StoreWatch.h"
#include "ui/fieldwork/FieldConflictsDialog.h"
#include "ui/fieldwork/VisitDialog.h"

#include "core/common/Language.h"
#include "core/outbox/VerificationOutbox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

enum Column
{
    HouseholdColumn,
    HeadColumn,
    AreaColumn,
    AddressColumn,
    MembersColumn,
    StateColumn,
    DateColumn,
    ColumnCount
};

QString areaText(const QString &rw, const QString &rt)
{
    return VisitsPage::tr("RW %1 / RT %2").arg(rw, rt);
}

} // namespace

VisitsPage::VisitsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *title = new QLabel(tr("Kunjungan lapangan"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);

    m_progressText = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(360);
    m_area = new QComboBox(this);
    m_area->setAccessibleName(tr("RT"));
    m_area->setMinimumContentsLength(28);
    m_record = new QPushButton(tr("Catat kunjungan…"), this);
    m_record->setEnabled(false);
    m_conflicts = new QPushButton(this);
    m_conflicts->setAccessibleDescription(
        tr("Data yang diubah di kantor dan di lapangan, menunggu keputusan"));
    m_conflicts->hide();
    m_verify = new QPushButton(tr("Kirim hasil &verifikasi"), this);
    m_verify->setToolTip(tr("Kirim hasil kunjungan keluarga terpilih ke Dinsos tanpa usulan "
                            "perubahan (keluarga ditemui dan datanya benar, tidak ditemukan, "
                            "atau menolak)"));
    m_verify->setEnabled(false);
    m_verify->setVisible(VerificationOutbox::permitted(m_context.session));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("ID keluarga"), tr("Kepala keluarga"), tr("RW/RT"),
                                        tr("Alamat"), tr("Anggota"), tr("Status kunjungan"),
                                        tr("Tanggal")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    EmptyTableHint::attach(m_table, tr("Belum ada keluarga yang ditugaskan ke laptop ini. Terima "
                                       "paket kerja dari kantor kelurahan (tepat-cli bundle "
                                       "import)."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_progressText);
    top->addWidget(m_progress);
    top->addStretch();
    top->addWidget(m_conflicts);
    auto *filter = new QHBoxLayout;
    auto *areaLabel = new QLabel(tr("&Wilayah:"), this);
    areaLabel->setBuddy(m_area);
    filter->addWidget(areaLabel);
    filter->addWidget(m_area);
    filter->addStretch();
    filter->addWidget(m_verify);
    filter->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addLayout(filter);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);

    connect(m_area, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            fillTable();
        }
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_record->setEnabled(!selectedHousehold().isEmpty());
        const QList<QTableWidgetItem *> selected = m_table->selectedItems();
        m_verify->setEnabled(!selected.isEmpty() &&
                             !m_table->item(selected.first()->row(), DateColumn)->text().isEmpty());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openSelected(); });
    connect(m_record, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_conflicts, &QPushButton::clicked, this, [this] { openConflicts(); });
    connect(m_verify, &QPushButton::clicked, this, [this] { sendVerification(); });
    StoreWatch::attach(this, m_context.db, [this] { reload(); });
    reload();
}

void VisitsPage::reload()
{
    const Result<QList<AreaProgress>> areas = FieldVisits(m_context.db, m_context.clock).progress();
    if (!areas) {
        m_error->setText(areas.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    const AreaProgress &total = areas->first();
    m_progressText->setText(
        tr("%1 dari %2 keluarga sudah dikunjungi")
            .arg(Language::formatNumber(total.done()), Language::formatNumber(total.assigned)));
    m_progress->setRange(0, qMax(1, total.assigned));
    m_progress->setValue(total.done());
    m_progress->setFormat(total.assigned > 0 ? QStringLiteral("%p%") : QString());
    fillAreas(*areas);
    fillTable();
    const Result<int> conflicts = FieldConflicts(m_context.db, m_context.clock).openCount();
    const int open = conflicts ? *conflicts : 0;
    m_conflicts->setText(tr("&Konflik data: %1…").arg(Language::formatNumber(open)));
    m_conflicts->setVisible(open > 0);
}

void VisitsPage::fillAreas(const QList<AreaProgress> &areas)
{
    const QVariant current = m_area->currentData();
    m_filling = true;
    m_area->clear();
    for (const AreaProgress &area : areas) {
        const QString name =
            area.rt.isEmpty() && area.rw.isEmpty() ? tr("Semua RT") : areaText(area.rw, area.rt);
        m_area->addItem(tr("%1 — %2/%3").arg(name).arg(area.done()).arg(area.assigned),
                        QStringList{area.rw, area.rt});
    }
    const int again = m_area->findData(current);
    m_area->setCurrentIndex(again >= 0 ? again : 0);
    m_filling = false;
}

void VisitsPage::showArea(const QString &rw, const QString &rt)
{
    const int index = m_area->findData(QStringList{rw, rt});
    if (index >= 0) {
        m_area->setCurrentIndex(index);
    }
}

void VisitsPage::fillTable()
{
    const QStringList area = m_area->currentData().toStringList();
    const QString keep = selectedHousehold();
    const Result<QList<AssignedHousehold>> rows =
        FieldVisits(m_context.db, m_context.clock).assigned(area.value(0), area.value(1));
    if (!rows) {
        m_error->setText(rows.error().message);
        m_error->show();
        return;
    }
    m_table->setRowCount(0);
    m_table->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const AssignedHousehold &row = rows->at(r);
        const QStringList cells{row.householdId,
                                row.headName,
                                row.rw + u'/' + row.rt,
                                row.address,
                                QString::number(row.memberCount),
                                VisitVocabulary::label(row.outcome),
                                row.visitedOn.isValid() ? Language::formatDate(row.visitedOn)
                                                        : QString()};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == StateColumn && !row.outcome) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
        if (row.householdId == keep) {
            m_table->selectRow(r);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
}

QString VisitsPage::selectedHousehold() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return {};
    }
    const QTableWidgetItem *id = m_table->item(selected.first()->row(), HouseholdColumn);
    return id ? id->text() : QString();
}

VisitDialog *VisitsPage::openSelected()
{
    const QString household = selectedHousehold();
    if (household.isEmpty()) {
        return nullptr;
    }
    auto *dialog = new VisitDialog(m_context, household, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

FieldConflictsDialog *VisitsPage::openConflicts()
{
    if (m_conflicts->isHidden()) {
        return nullptr;
    }
    auto *dialog = new FieldConflictsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool VisitsPage::sendVerification()
{
    const QString household = selectedHousehold();
    if (household.isEmpty()) {
        return false;
    }
    m_error->hide();
    m_notice->hide();
    const Result<std::optional<Visit>> visit =
        FieldVisits(m_context.db, m_context.clock).visitOf(household);
    Result<VerificationItem> sent =
        !visit    ? Result<VerificationItem>(visit.error())
        : !*visit ? Result<VerificationItem>(Error{QStringLiteral("verification.no_visit"),
                                                   tr("Keluarga ini belum dikunjungi.")})
                  : VerificationOutbox(m_context.db, m_context.clock, m_context.filesFolder)
                        .enqueue(m_context.session, (*visit)->uuid);
    if (!sent) {
        m_error->setText(sent.error().message);
        m_error->show();
        return false;
    }
    m_notice->setText(
        sent->acknowledgedAt.isValid()
            ? tr("Hasil verifikasi keluarga %1 sudah diterima server pusat.").arg(household)
            : tr("Hasil verifikasi keluarga %1 ada di kotak keluar dan terkirim "
                 "pada sinkronisasi berikutnya.")
                  .arg(household));
    m_notice->show();
    return true;
}

bool VisitsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tepat
