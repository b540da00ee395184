#include "ui/common/StoreWatch.h"

#include "core/storage/Database.h"
#include "core/storage/StoreEvents.h"

#include <QEvent>
#include <QWidget>

namespace tepat {

StoreWatch::StoreWatch(QWidget *page, std::function<void()> refresh)
    : QObject(page)
    , m_page(page)
    , m_refresh(std::move(refresh))
{
    m_page->installEventFilter(this);
}

StoreWatch *StoreWatch::attach(QWidget *page, const Database &db, std::function<void()> refresh)
{
    auto *watch = new StoreWatch(page, std::move(refresh));
    connect(&StoreEvents::of(db), &StoreEvents::changed, watch, &StoreWatch::storeChanged);
    return watch;
}

void StoreWatch::storeChanged()
{
    if (m_page->isVisible()) {
        m_stale = false;
        m_refresh();
    } else {
        m_stale = true;
    }
}

bool StoreWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tepat
