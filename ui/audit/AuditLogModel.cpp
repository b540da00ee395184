#include "ui/audit/AuditLogModel.h"

#include "core/audit/AuditLog.h"
#include "core/common/Language.h"

namespace tepat {

AuditLogModel::AuditLogModel(const AuditLog &log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{}

void AuditLogModel::load(const QString &text, qint64 fromId)
{
    beginResetModel();
    m_text = text;
    m_entries.clear();
    m_more = false;
    const Result<QList<AuditEntry>> page = m_log.page(text, fromId > 0 ? fromId + 4 : 0, pageSize);
    if (page) {
        m_entries = page.value();
        m_more = page->size() == pageSize;
    }
    endResetModel();
    if (!page) {
        Q_EMIT loadFailed(page.error().message);
    }
}

int AuditLogModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == id) {
            return row;
        }
    }
    return -1;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const AuditEntry &e = m_entries[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return e.id;
        case Time:
            return Language::formatDate(e.at.toLocalTime().date()) + u' ' +
                   Language::locale().toString(e.at.toLocalTime().time(),
                                               QStringLiteral("HH.mm.ss"));
        case Actor:
            return AuditLog::actorLabel(e);
        case Action:
            return AuditLog::actionLabel(e.action);
        case Object:
            return AuditLog::objectLabel(e);
        case Details:
            return AuditLog::describe(e);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Action) {
        return e.action;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Number) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Number:
        return tr("No.");
    case Time:
        return tr("Waktu");
    case Actor:
        return tr("Pelaku");
    case Action:
        return tr("Tindakan");
    case Object:
        return tr("Objek");
    case Details:
        return tr("Rincian");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_entries.isEmpty()) {
        return;
    }
    const Result<QList<AuditEntry>> page = m_log.page(m_text, m_entries.last().id, pageSize);
    if (!page) {
        m_more = false;
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    m_more = page->size() == pageSize;
    if (page->isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries.append(page.value());
    endInsertRows();
}

} // namespace tepat
