#include "ui/matching/DuplicateComparison.h"

#include "core/common/Language.h"
#include "core/matching/MatchModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

QString sexLabel(Sex sex)
{
    return sex == Sex::Unknown ? QString() : vocabulary::label(sex);
}

} // namespace

DuplicateComparison::DuplicateComparison(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_score(new QLabel(this))
    , m_reasons(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_score->font();
    bold.setBold(true);
    m_score->setFont(bold);
    m_score->setObjectName(QStringLiteral("pairScore"));
    layout->addWidget(m_score);
    m_table->setObjectName(QStringLiteral("comparison"));
    m_table->setHorizontalHeaderLabels({tr("Data"), tr("Data 1"), tr("Data 2")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // As tall as its rows (set in show()), the reasons right below it.
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_table);
    m_reasons->setObjectName(QStringLiteral("pairReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_reasons);
    layout->addStretch(1);
}

void DuplicateComparison::clear()
{
    m_table->setRowCount(0);
    m_score->clear();
    m_reasons->clear();
}

void DuplicateComparison::show(const LikelyDuplicate &pair, const Side &first, const Side &second)
{
    struct Row
    {
        QString field;
        QString a;
        QString b;
    };
    const auto area = [](const Household &h) { return tr("RT %1 / RW %2").arg(h.rt, h.rw); };
    const QList<Row> rows{
        {tr("Nama"), first.person.name, second.person.name},
        {tr("NIK"), first.person.nik, second.person.nik},
        {tr("Jenis kelamin"), sexLabel(first.person.sex), sexLabel(second.person.sex)},
        {tr("Tempat lahir"), first.person.birthPlace, second.person.birthPlace},
        {tr("Tanggal lahir"), Language::formatDate(first.person.birthDate),
         Language::formatDate(second.person.birthDate)},
        {tr("Pekerjaan"), first.person.occupation, second.person.occupation},
        {tr("Hubungan"), vocabulary::label(first.person.relationship),
         vocabulary::label(second.person.relationship)},
        {tr("ID orang"), first.person.id, second.person.id},
        {tr("Keluarga"), first.household.headName + u' ' + u'(' + first.household.id + u')',
         second.household.headName + u' ' + u'(' + second.household.id + u')'},
        {tr("No KK"), first.household.kkNumber, second.household.kkNumber},
        {tr("Alamat"), first.household.address, second.household.address},
        {tr("RT/RW"), area(first.household), area(second.household)},
    };
    m_table->setRowCount(int(rows.size()));
    const QColor highlight(255, 236, 179); // amber: the values differ
    for (int r = 0; r < int(rows.size()); ++r) {
        const Row &row = rows[r];
        const bool differs = row.a.trimmed() != row.b.trimmed();
        auto *field = new QTableWidgetItem(row.field);
        auto *a = new QTableWidgetItem(row.a.isEmpty() ? tr("(kosong)") : row.a);
        auto *b = new QTableWidgetItem(row.b.isEmpty() ? tr("(kosong)") : row.b);
        for (QTableWidgetItem *item : {field, a, b}) {
            if (differs) {
                item->setBackground(highlight);
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
        field->setData(Qt::UserRole, differs);
        m_table->setItem(r, 0, field);
        m_table->setItem(r, 1, a);
        m_table->setItem(r, 2, b);
    }
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        height += m_table->rowHeight(r);
    }
    m_table->setFixedHeight(height);
    m_score->setText(tr("Skor kemiripan %1% — baris berwarna berbeda isinya.")
                         .arg(qRound(pair.score.probability * 100)));
    // One reason per line: what agreed, what differed, and how much each weighed.
    m_reasons->setText(tr("Alasan: %1")
                           .arg(MatchModel::reasonText(pair.score)
                                    .replace(QStringLiteral("; "), QStringLiteral("\n"))));
}

QStringList DuplicateComparison::differingFields() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(Qt::UserRole).toBool()) {
            out << m_table->item(r, 0)->text();
        }
    }
    return out;
}

} // namespace tepat
