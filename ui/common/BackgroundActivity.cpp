#include "ui/common/BackgroundActivity.h"

#include <QCoreApplication>

namespace tepat {

BackgroundActivity &BackgroundActivity::instance()
{
    static BackgroundActivity *activity = [] {
        auto *a = new BackgroundActivity;
        // Lives as long as the application; destroyed with it, before Qt's statics go.
        a->setParent(QCoreApplication::instance());
        return a;
    }();
    return *activity;
}

int BackgroundActivity::begin(const QString &title)
{
    Item item;
    item.id = ++m_lastId;
    item.title = title;
    m_items.append(item);
    Q_EMIT changed();
    return item.id;
}

void BackgroundActivity::progress(int id, qint64 done, qint64 total)
{
    for (Item &item : m_items) {
        if (item.id == id) {
            item.done = done;
            item.total = total;
            Q_EMIT changed();
            return;
        }
    }
}

void BackgroundActivity::end(int id)
{
    const qsizetype removed = m_items.removeIf([id](const Item &item) { return item.id == id; });
    if (removed > 0) {
        Q_EMIT changed();
    }
}

} // namespace tepat
