#pragma once

#include "core/search/PersonSearch.h"

#include <QObject>

#include <memory>

namespace tepat {

class Database;

struct SearchRequest
{
    quint64 generation = 0;
    QString text;
    SearchFilter filter;
    SearchCursor after;
    int limit = 100;
};

struct SearchResponse
{
    quint64 generation = 0;
    SearchPage page;
    QString error;
    double milliseconds = 0;
};

// Runs person searches on its own read-only connection, so typing never waits for the store.
// Lives in a worker thread; the connection is opened there on first use.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    explicit SearchWorker(QString databasePath, QObject *parent = nullptr);
    ~SearchWorker() override;

public Q_SLOTS:
    void run(const tepat::SearchRequest &request);

Q_SIGNALS:
    void finished(const tepat::SearchResponse &response);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace tepat

Q_DECLARE_METATYPE(tepat::SearchRequest)
Q_DECLARE_METATYPE(tepat::SearchResponse)
