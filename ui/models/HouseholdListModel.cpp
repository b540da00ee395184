#include "HouseholdListModel.h"

#include "common/Language.h"
#include "storage/RegisterRepository.h"

namespace tepat {

HouseholdListModel::HouseholdListModel(const RegisterRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
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
            return h.desil > 0 ? QVariant(h.desil) : QVariant(QStringLiteral("–"));
        case Members:
            return Language::formatNumber(h.memberCount);
        case Status:
            return vocabulary::label(h.status);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Desil || index.column() == Members)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
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
        return tr("ID DTKS");
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
    const QString after = m_rows.isEmpty() ? QString() : m_rows.last().id;
    Result<QList<Household>> page = m_repository.householdPage(after, kPageSize);
    if (!page) {
        m_atEnd = true;
        m_lastError = page.error().message;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (page->size() < kPageSize) {
        m_atEnd = true;
    }
    if (page->isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(std::move(page.value()));
    endInsertRows();
}

QString HouseholdListModel::householdId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

} // namespace tepat
