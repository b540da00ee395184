#include "ui/households/HouseholdListModel.h"

#include "core/common/Language.h"

namespace tepat {

namespace {
HouseholdSort sortFor(int column)
{
    switch (column) {
    case HouseholdListModel::Head:
        return HouseholdSort::Head;
    case HouseholdListModel::KkNumber:
        return HouseholdSort::KkNumber;
    case HouseholdListModel::RtRw:
        return HouseholdSort::Area;
    case HouseholdListModel::Desil:
        return HouseholdSort::Desil;
    case HouseholdListModel::Members:
        return HouseholdSort::Members;
    case HouseholdListModel::Status:
        return HouseholdSort::Status;
    default:
        return HouseholdSort::Id;
    }
}
} // namespace

HouseholdListModel::HouseholdListModel(const HouseholdBrowser &browser, QObject *parent)
    : QAbstractTableModel(parent)
    , m_browser(browser)
{}

int HouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Household &h = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return h.id;
        case Head:
            return h.headName;
        case KkNumber:
            return h.kkNumber;
        case RtRw:
            return h.rt.isEmpty() && h.rw.isEmpty() ? QString() : h.rt + u'/' + h.rw;
        case Address:
            return h.address;
        case Desil:
            return h.desil > 0 ? QString::number(h.desil) : QStringLiteral("–");
        case Members:
            return Language::formatNumber(h.memberCount);
        case Status:
            return vocabulary::label(h.status);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Desil || index.column() == Members)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::UserRole) {
        return h.id;
    }
    return {};
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Id:
        return tr("ID DTSEN");
    case Head:
        return tr("Kepala keluarga");
    case KkNumber:
        return tr("No KK");
    case RtRw:
        return tr("RT/RW");
    case Address:
        return tr("Alamat");
    case Desil:
        return tr("Desil");
    case Members:
        return tr("Anggota");
    case Status:
        return tr("Status");
    }
    return {};
}

bool HouseholdListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void HouseholdListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd) {
        return;
    }
    if (m_changing) {
        QMetaObject::invokeMethod(
            this, [this] { fetchMore({}); }, Qt::QueuedConnection);
        return;
    }
    Result<HouseholdPage> page = m_browser.page(m_filter, m_sort, m_descending, m_next, kPageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    m_atEnd = !page->hasMore;
    m_next = page->next;
    if (page->rows.isEmpty()) {
        return;
    }
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
    m_rows.append(std::move(page->rows));
    endInsertRows();
    m_changing = false;
}

void HouseholdListModel::reload()
{
    beginResetModel();
    m_changing = true;
    m_rows.clear();
    m_next = {};
    m_atEnd = false;
    endResetModel();
    m_changing = false;
}

void HouseholdListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column)) {
        return;
    }
    m_sort = sortFor(column);
    m_descending = order == Qt::DescendingOrder;
    reload();
}

void HouseholdListModel::setFilter(const HouseholdFilter &filter)
{
    m_filter = filter;
    reload();
}

QString HouseholdListModel::householdId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

} // namespace tepat
