#include "ui/households/DisbursementTimeline.h"

#include "core/common/Language.h"
#include "core/disbursements/DisbursementHistory.h"
#include "ui/common/EmptyTableHint.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

DisbursementTimeline::DisbursementTimeline(const Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_summary(new QLabel)
    , m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("disbursementTimeline"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("lastDisbursement"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    const QStringList headers{tr("Tanggal"), tr("Program"), tr("Periode"),
                              tr("Status"),  tr("Artinya"), tr("Catatan")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    EmptyTableHint::attach(m_table, tr("Belum ada riwayat penyaluran untuk keluarga ini. Status "
                                       "penyaluran (SI, GAGAL OMSPAN, SUKSES SPM, …) datang dari "
                                       "server kabupaten lewat sinkronisasi."));
}

int DisbursementTimeline::showHousehold(const QString &householdId)
{
    const Result<QList<Disbursement>> events =
        DisbursementHistory(m_db, m_clock).forHousehold(householdId);
    m_table->setRowCount(0);
    if (!events) {
        m_summary->setText(events.error().message.toHtmlEscaped());
        return 0;
    }
    m_table->setRowCount(int(events->size()));
    for (int row = 0; row < events->size(); ++row) {
        const Disbursement &d = events->at(row);
        const QStringList cells{
            Language::formatDate(d.date),           vocabulary::label(d.program),
            DisbursementText::periodText(d.period), DisbursementText::upstreamWord(d.status),
            DisbursementText::meaning(d.status),    d.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (DisbursementText::isProblem(d.status)) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            }
            item->setData(Qt::UserRole, DisbursementText::code(d.status));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (events->isEmpty()) {
        m_summary->setText(tr("Belum ada penyaluran tercatat."));
    } else {
        const Disbursement &last = events->first();
        m_summary->setText(tr("Penyaluran terakhir: <b>%1</b>")
                               .arg(DisbursementText::describe(last).toHtmlEscaped()));
    }
    return int(events->size());
}

} // namespace tepat
