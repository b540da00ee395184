#include "ui/search/SearchWorker.h"

#include "core/storage/Database.h"

#include <QElapsedTimer>

namespace tepat {

SearchWorker::SearchWorker(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    qRegisterMetaType<SearchRequest>();
    qRegisterMetaType<SearchResponse>();
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::run(const SearchRequest &request)
{
    SearchResponse response;
    response.generation = request.generation;
    QElapsedTimer timer;
    timer.start();
    if (!m_db) {
        Database::Options options;
        options.readOnly = true;
        options.migrate = false;
        Result<std::unique_ptr<Database>> opened = Database::open(m_path, options);
        if (!opened) {
            response.error = opened.error().message;
            Q_EMIT finished(response);
            return;
        }
        m_db = std::move(opened.value());
    }
    Result<SearchPage> page =
        PersonSearch(*m_db).find(request.text, request.filter, request.after, request.limit);
    if (page) {
        response.page = std::move(page.value());
    } else {
        response.error = page.error().message;
    }
    response.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    Q_EMIT finished(response);
}

} // namespace tepat
