#pragma once

#include "core/register/HouseholdBrowser.h"

#include <QAbstractTableModel>

namespace tepat {

// Households of the replica, filtered and sorted in the store, fetched page by page as the
// view scrolls (never the whole table).
class HouseholdListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Head,
        KkNumber,
        RtRw,
        Address,
        Desil,
        Members,
        Status,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit HouseholdListModel(const HouseholdBrowser &browser, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const HouseholdFilter &filter);
    const HouseholdFilter &filter() const { return m_filter; }
    static bool isSortable(int column)
    {
        return column != Address && column >= 0 && column < ColumnCount;
    }
    QString householdId(int row) const;
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    const HouseholdBrowser &m_browser;
    HouseholdFilter m_filter;
    HouseholdSort m_sort = HouseholdSort::Id;
    bool m_descending = false;
    QList<Household> m_rows;
    HouseholdCursor m_next;
    bool m_atEnd = false;
    // fetchMore() asked for while the model is being reset or is inserting (from a slot of those
    // signals) waits for the event loop, so rows always arrive in order.
    bool m_changing = false;
};

} // namespace tepat
