#include "ui/requests/ProposalVerdictModel.h"

#include <QBrush>
#include <QColor>

namespace tepat {

ProposalVerdictModel::ProposalVerdictModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProposalVerdictModel::setCheck(const ProposalCheck *check)
{
    m_check = check;
    refresh();
}

void ProposalVerdictModel::setProblemsOnly(bool only)
{
    m_problemsOnly = only;
    refresh();
}

void ProposalVerdictModel::refresh()
{
    beginResetModel();
    m_lines.clear();
    if (m_check) {
        for (int r = 0; r < m_check->rows.size(); ++r) {
            const ProposalRow &row = m_check->rows[r];
            if (row.issues.isEmpty()) {
                if (!m_problemsOnly) {
                    m_lines.append({r, -1});
                }
                continue;
            }
            for (int i = 0; i < row.issues.size(); ++i) {
                m_lines.append({r, i});
            }
        }
    }
    endResetModel();
}

int ProposalVerdictModel::rowIndex(int line) const
{
    return line >= 0 && line < m_lines.size() ? m_lines[line].row : -1;
}

int ProposalVerdictModel::lineOf(int index) const
{
    for (int l = 0; l < m_lines.size(); ++l) {
        if (m_lines[l].row == index) {
            return l;
        }
    }
    return -1;
}

int ProposalVerdictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ProposalVerdictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProposalVerdictModel::label(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Ditolak");
    case Severity::Warning:
        return tr("Peringatan");
    case Severity::Ok:
        break;
    }
    return tr("Siap");
}

QVariant ProposalVerdictModel::data(const QModelIndex &index, int role) const
{
    if (!m_check || !index.isValid() || index.row() >= m_lines.size()) {
        return {};
    }
    const Line &line = m_lines[index.row()];
    const ProposalRow &row = m_check->rows[line.row];
    const ProposalIssue *issue = line.issue >= 0 ? &row.issues[line.issue] : nullptr;
    const Severity severity = issue ? issue->severity : Severity::Ok;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Sheet:
            return row.sheet;
        case Row:
            return row.row;
        case Field:
            return issue && !issue->column.isEmpty() ? issue->column : QStringLiteral("—");
        case Level:
            return label(severity);
        case Message:
            return issue ? issue->message : tr("Baris ini siap dibuat menjadi draf.");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Level) {
        if (severity == Severity::Error) {
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        }
        if (severity == Severity::Warning) {
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        }
    }
    return {};
}

QVariant ProposalVerdictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Sheet:
        return tr("Lembar");
    case Row:
        return tr("Baris");
    case Field:
        return tr("Kolom");
    case Level:
        return tr("Tingkat");
    case Message:
        return tr("Pesan");
    default:
        return {};
    }
}

} // namespace tepat
