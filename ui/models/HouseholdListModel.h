#pragma once

#include "domain/Household.h"

#include <QAbstractTableModel>

namespace tepat {

class RegisterRepository;

// Households of the replica, fetched page by page as the view scrolls (never the whole table).
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

    explicit HouseholdListModel(const RegisterRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString householdId(int row) const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    const RegisterRepository &m_repository;
    QList<Household> m_rows;
    bool m_atEnd = false;
    QString m_lastError;
};

} // namespace tepat
