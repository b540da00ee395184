#include "ui/requests/RequestListModel.h"

#include "core/common/Language.h"

namespace tepat {

RequestListModel::RequestListModel(const ChangeRequestRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole) {
        return {};
    }
    const RequestListRow &row = m_rows[index.row()];
    const ChangeRequest &r = row.request;
    switch (index.column()) {
    case Number:
        return QStringLiteral("#%1").arg(r.id);
    case Kind:
        return RequestLifecycle::label(r.kind);
    case Family:
        if (r.householdId.isEmpty()) {
            const QString proposed = r.payload.value(QLatin1String("proposed_name")).toString();
            return proposed.isEmpty() ? tr("(baru)") : proposed;
        }
        return row.householdName.isEmpty()
                   ? r.householdId
                   : row.householdName + QStringLiteral(" (") + r.householdId + u')';
    case State:
        return RequestLifecycle::label(r.state);
    case CreatedBy:
        return r.createdBy;
    case Created:
        return Language::formatDateTime(r.createdAt);
    case Channel:
        return r.channel ? RequestChannels::label(*r.channel) : QString();
    case Reason:
        return r.stateReason;
    }
    return {};
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Number:
        return tr("No");
    case Kind:
        return tr("Jenis usulan");
    case Family:
        return tr("Keluarga");
    case State:
        return tr("Status");
    case CreatedBy:
        return tr("Dibuat oleh");
    case Created:
        return tr("Dibuat");
    case Channel:
        return tr("Saluran");
    case Reason:
        return tr("Alasan status");
    }
    return {};
}

bool RequestListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void RequestListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd) {
        return;
    }
    if (m_changing) {
        QMetaObject::invokeMethod(
            this, [this] { fetchMore({}); }, Qt::QueuedConnection);
        return;
    }
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.last().request.id;
    Result<QList<RequestListRow>> page = m_repository.recent(m_filter, before, kPageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty()) {
        return;
    }
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(std::move(page.value()));
    endInsertRows();
    m_changing = false;
}

void RequestListModel::setFilter(const RequestFilter &filter)
{
    m_filter = filter;
    reload();
}

void RequestListModel::reload()
{
    beginResetModel();
    m_changing = true;
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
    m_changing = false;
}

const ChangeRequest *RequestListModel::request(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].request : nullptr;
}

} // namespace tepat
