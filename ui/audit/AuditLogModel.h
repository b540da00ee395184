#pragma once

#include "core/storage/AuditTrail.h"

#include <QAbstractTableModel>

namespace tepat {

class AuditLog;

// The audit trail for a table view: newest first, loaded a page at a time as the view scrolls.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Time,
        Actor,
        Action,
        Object,
        Details,
        ColumnCount
    };

    explicit AuditLogModel(const AuditLog &log, QObject *parent = nullptr);

    // Text to search for ("" for everything); fromId > 0 starts the list three entries above
    // that one, so it shows with what came just before and after it.
    void load(const QString &text, qint64 fromId = 0);
    int rowOf(qint64 id) const;
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    static constexpr int pageSize = 200;
    const AuditLog &m_log;
    QString m_text;
    QList<AuditEntry> m_entries;
    bool m_more = false;
};

} // namespace tepat
