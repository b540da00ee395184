#pragma once

#include "ui/search/SearchWorker.h"

#include <QAbstractTableModel>
#include <QDate>

namespace tepat {

// Search results (people), filled asynchronously by a SearchWorker: the model asks, the worker
// answers from its thread, answers to an older query are dropped.
class PersonSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Nik,
        Relationship,
        Age,
        Sex,
        Household,
        RtRw,
        Desil,
        Status,
        ColumnCount
    };
    static constexpr int kPageSize = 100;

    PersonSearchModel(QDate today, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setQuery(const QString &text, const SearchFilter &filter);
    const QString &query() const { return m_text; }
    bool isBusy() const { return m_pending; }
    const SearchHit *hit(int row) const;
    double lastSearchMilliseconds() const { return m_lastMs; }

public Q_SLOTS:
    void accept(const tepat::SearchResponse &response);

Q_SIGNALS:
    void requested(const tepat::SearchRequest &request);
    void searchFinished(int rows, const QString &error);

private:
    void ask();

    QDate m_today;
    QString m_text;
    SearchFilter m_filter;
    quint64 m_generation = 0;
    QList<SearchHit> m_rows;
    SearchCursor m_next;
    bool m_hasMore = false;
    bool m_pending = false;
    double m_lastMs = 0;
};

} // namespace tepat
