#pragma once

#include "core/requests/ChangeRequestRepository.h"

#include <QAbstractTableModel>

namespace tepat {

// The Usulan list: change requests newest first, with their state, fetched page by page.
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Kind,
        Family,
        State,
        CreatedBy,
        Created,
        Channel,
        Reason,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit RequestListModel(const ChangeRequestRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const RequestFilter &filter);
    void reload();
    const ChangeRequest *request(int row) const;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    const ChangeRequestRepository &m_repository;
    RequestFilter m_filter;
    QList<RequestListRow> m_rows;
    bool m_atEnd = false;
    // fetchMore() asked for while the model is being reset or is inserting (from a slot of those
    // signals) waits for the event loop, so rows always arrive in order.
    bool m_changing = false;
};

} // namespace tepat
