#include "ui/search/PersonSearchModel.h"

#include "core/common/Language.h"
#include "core/domain/Household.h"

namespace tepat {

PersonSearchModel::PersonSearchModel(QDate today, QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(today)
{}

int PersonSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const SearchHit &h = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return h.name;
        case Nik:
            return h.nik;
        case Relationship:
            return vocabulary::label(h.relationship);
        case Age: {
            const int age = ageOn(h.birthDate, m_today);
            return age >= 0 ? QVariant(age) : QVariant(QStringLiteral("–"));
        }
        case Sex:
            return h.sex == tepat::Sex::Unknown ? QStringLiteral("–") : vocabulary::code(h.sex);
        case Household:
            return h.householdId;
        case RtRw:
            return h.rt + u'/' + h.rw;
        case Desil:
            return h.desil > 0 ? QString::number(h.desil) : QStringLiteral("–");
        case Status:
            return vocabulary::label(h.status);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Age || index.column() == Desil)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::UserRole) {
        return h.householdId;
    }
    return {};
}

QVariant PersonSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Nama");
    case Nik:
        return tr("NIK");
    case Relationship:
        return tr("Hubungan");
    case Age:
        return tr("Umur");
    case Sex:
        return tr("L/P");
    case Household:
        return tr("ID keluarga");
    case RtRw:
        return tr("RT/RW");
    case Desil:
        return tr("Desil");
    case Status:
        return tr("Status");
    }
    return {};
}

bool PersonSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_pending;
}

void PersonSearchModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        ask();
    }
}

void PersonSearchModel::setQuery(const QString &text, const SearchFilter &filter)
{
    beginResetModel();
    m_text = text;
    m_filter = filter;
    ++m_generation;
    m_rows.clear();
    m_next = {};
    m_hasMore = false;
    endResetModel();
    ask();
}

void PersonSearchModel::ask()
{
    m_pending = true;
    Q_EMIT requested(SearchRequest{m_generation, m_text, m_filter, m_next, kPageSize});
}

void PersonSearchModel::accept(const SearchResponse &response)
{
    if (response.generation != m_generation) {
        return; // an answer to a query the operator has already typed past
    }
    m_pending = false;
    m_lastMs = response.milliseconds;
    if (!response.error.isEmpty()) {
        m_hasMore = false;
        Q_EMIT searchFinished(int(m_rows.size()), response.error);
        return;
    }
    m_hasMore = response.page.hasMore;
    m_next = response.page.next;
    if (!response.page.hits.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + response.page.hits.size() - 1));
        m_rows.append(response.page.hits);
        endInsertRows();
    }
    Q_EMIT searchFinished(int(m_rows.size()), QString());
}

const SearchHit *PersonSearchModel::hit(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

} // namespace tepat
