#include "ui/fieldwork/FieldConflictsDialog.h"

#include "ui/common/AppContext.h"
#include "ui/common/EmptyTableHint.h"
#include "ui/common/StoreWatch.h"

#include "core/common/Language.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

enum Column
{
    HouseholdColumn,
    AreaColumn,
    SubjectColumn,
    OfficeColumn,
    FieldColumn,
    SourceColumn,
    ColumnCount
};

QLabel *detailLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * 3);
    return label;
}

} // namespace

FieldConflictsDialog::FieldConflictsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Konflik data lapangan"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Keluarga"), tr("RW/RT"), tr("Data"), tr("Data kantor"),
                                        tr("Data lapangan"), tr("Dari petugas")});
    m_table->setAccessibleName(tr("Konflik data lapangan"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    EmptyTableHint::attach(m_table, tr("Tidak ada konflik yang menunggu keputusan. Konflik muncul "
                                       "saat berkas hasil dari laptop mengubah data yang juga "
                                       "diubah di kantor sejak paket kerja dibuat."));

    auto *officeBox = new QGroupBox(tr("Data kantor"), this);
    m_officeDetail = detailLabel(officeBox);
    (new QVBoxLayout(officeBox))->addWidget(m_officeDetail);
    auto *fieldBox = new QGroupBox(tr("Data lapangan"), this);
    m_fieldDetail = detailLabel(fieldBox);
    (new QVBoxLayout(fieldBox))->addWidget(m_fieldDetail);
    auto *sides = new QHBoxLayout;
    sides->addWidget(officeBox, 1);
    sides->addWidget(fieldBox, 1);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();

    m_keepOffice = new QPushButton(tr("Pakai data &kantor"), this);
    m_keepOffice->setToolTip(tr("Data kantor tetap dipakai; data lapangan tetap tercatat."));
    m_adoptField = new QPushButton(tr("Pakai data &lapangan"), this);
    m_adoptField->setToolTip(tr("Data lapangan menggantikan data kantor."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Tutup"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    for (QPushButton *b : {m_keepOffice, m_adoptField}) {
        b->setAutoDefault(false);
        b->setEnabled(false);
    }
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_keepOffice);
    actions->addWidget(m_adoptField);
    actions->addStretch();
    actions->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(sides);
    layout->addWidget(m_error);
    layout->addLayout(actions);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { showSelected(); });
    connect(m_keepOffice, &QPushButton::clicked, this,
            [this] { resolveSelected(ConflictChoice::KeepOffice); });
    connect(m_adoptField, &QPushButton::clicked, this,
            [this] { resolveSelected(ConflictChoice::AdoptField); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    StoreWatch::attach(this, m_context.db, [this] { reload(); });
    resize(1100, 620);
    reload();
    m_table->setFocus();
}

void FieldConflictsDialog::reload()
{
    const FieldConflict *before = selected();
    const qint64 keep = before ? before->id : 0;
    const int keepRow = before ? int(before - m_conflicts.constData()) : 0;
    const Result<QList<FieldConflict>> open = FieldConflicts(m_context.db, m_context.clock).open();
    if (!open) {
        m_error->setText(open.error().message);
        m_error->show();
        return;
    }
    m_conflicts = *open;
    m_summary->setText(
        m_conflicts.isEmpty()
            ? tr("Semua konflik data lapangan sudah diputuskan.")
            : tr("%1 konflik menunggu keputusan. Pilih baris, lalu pakai data kantor (Alt+K) atau "
                 "data lapangan (Alt+L).")
                  .arg(Language::formatNumber(m_conflicts.size())));
    const QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_conflicts.size()));
    int select = -1;
    for (int r = 0; r < m_conflicts.size(); ++r) {
        const FieldConflict &c = m_conflicts.at(r);
        const QString source =
            c.visitedOn.isValid()
                ? tr("%1, kunjungan %2").arg(c.assignee, Language::formatDate(c.visitedOn))
                : c.assignee;
        const QStringList cells{c.headName.isEmpty() ? c.householdId
                                                     : tr("%1 (%2)").arg(c.headName, c.householdId),
                                c.rw + u'/' + c.rt,
                                c.what,
                                c.officeText,
                                c.fieldText,
                                source};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            m_table->setItem(r, col, item);
        }
        if (c.id == keep) {
            select = r;
        }
    }
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    for (int col : {HouseholdColumn, SubjectColumn, SourceColumn}) {
        header->resizeSection(col, qMin(header->sectionSize(col), 240));
    }
    header->setSectionResizeMode(OfficeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FieldColumn, QHeaderView::Stretch);
    if (select < 0 && !m_conflicts.isEmpty()) {
        select = qBound(0, keepRow, int(m_conflicts.size()) - 1);
    }
    if (select >= 0) {
        m_table->selectRow(select);
        m_table->setCurrentCell(select, HouseholdColumn);
    }
    showSelected();
}

const FieldConflict *FieldConflictsDialog::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

void FieldConflictsDialog::showSelected()
{
    const FieldConflict *c = selected();
    const bool permitted = bool(FieldConflicts::permitted(m_context.session));
    m_keepOffice->setEnabled(c && permitted);
    m_adoptField->setEnabled(c && permitted && c->canAdoptField);
    m_adoptField->setToolTip(c && !c->canAdoptField
                                 ? tr("Temuan lapangan tentang anggota keluarga dibuat sebagai "
                                      "usulan, bukan dipakai langsung.")
                                 : tr("Data lapangan menggantikan data kantor."));
    if (!c) {
        m_officeDetail->clear();
        m_fieldDetail->clear();
        return;
    }
    const QString heading = tr("%1 — %2").arg(c->what, c->headName);
    m_officeDetail->setText(heading + u'\n' + c->officeText);
    m_fieldDetail->setText(heading + u'\n' + c->fieldText);
}

bool FieldConflictsDialog::resolveSelected(ConflictChoice choice)
{
    const FieldConflict *c = selected();
    if (!c) {
        m_error->setText(tr("Pilih dulu konflik yang akan diputuskan."));
        m_error->show();
        return false;
    }
    if (const Status allowed = FieldConflicts::permitted(m_context.session); !allowed) {
        m_error->setText(allowed.error().message);
        m_error->show();
        return false;
    }
    if (!Prompts::confirm(this, question(*c, choice))) {
        return false;
    }
    const Status s =
        FieldConflicts(m_context.db, m_context.clock).resolve(m_context.session, c->id, choice);
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    reload();
    m_table->setFocus();
    return true;
}

Prompts::Question FieldConflictsDialog::question(const FieldConflict &c, ConflictChoice choice)
{
    if (choice == ConflictChoice::KeepOffice) {
        return {tr("Pakai data kantor?"),
                tr("%1 — %2\n\nYang disimpan: data kantor\n%3\n\nYang dibuang: data lapangan "
                   "dari %4 (tetap tercatat di riwayat konflik, tetapi tidak dipakai)\n%5\n\n"
                   "Keputusan ini tidak bisa diubah lagi.")
                    .arg(c.what, c.headName, c.officeText, c.assignee, c.fieldText),
                tr("Pakai data kantor"), Prompts::Kind::Destructive};
    }
    return {tr("Pakai data lapangan?"),
            tr("%1 — %2\n\nYang disimpan: data lapangan dari %3, menjadi data kantor\n%4\n\n"
               "Yang dibuang: data kantor yang sekarang\n%5\n\nKeputusan ini tidak bisa diubah "
               "lagi.")
                .arg(c.what, c.headName, c.assignee, c.fieldText, c.officeText),
            tr("Pakai data lapangan"), Prompts::Kind::Destructive};
}

QString FieldConflictsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace tepat
