#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace tepat {

class Database;

// Keeps a page current: when the store's data changes (StoreEvents::changed) a visible page
// refreshes at once, a hidden one the next time it is shown. One line per page:
//   StoreWatch::attach(this, m_context.db, [this] { reload(); });
class StoreWatch : public QObject
{
    Q_OBJECT

public:
    static StoreWatch *attach(QWidget *page, const Database &db, std::function<void()> refresh);

    bool stale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StoreWatch(QWidget *page, std::function<void()> refresh);
    void storeChanged();

    QWidget *m_page;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace tepat
