#include "core/storage/StoreEvents.h"

#include "core/storage/Database.h"

#include <QHash>
#include <QMutex>
#include <QThread>

#include <sqlite3.h>

namespace tepat {

namespace {

QMutex registryLock;

QHash<sqlite3 *, StoreEvents *> &registry()
{
    static QHash<sqlite3 *, StoreEvents *> notifiers;
    return notifiers;
}

} // namespace

StoreEvents::StoreEvents(sqlite3 *handle)
    : m_handle(handle)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &StoreEvents::report);
    if (m_handle) {
        m_changes = sqlite3_total_changes64(m_handle);
        sqlite3_commit_hook(m_handle, &StoreEvents::onCommit, this);
    }
}

StoreEvents::~StoreEvents()
{
    if (m_handle) {
        sqlite3_commit_hook(m_handle, nullptr, nullptr);
    }
}

StoreEvents &StoreEvents::of(const Database &db)
{
    const QMutexLocker lock(&registryLock);
    StoreEvents *&events = registry()[db.handle()];
    if (!events) {
        events = new StoreEvents(db.handle());
    }
    return *events;
}

void StoreEvents::forget(sqlite3 *handle)
{
    StoreEvents *events = nullptr;
    {
        const QMutexLocker lock(&registryLock);
        events = registry().take(handle);
    }
    delete events;
}

void StoreEvents::announce()
{
    if (QThread::currentThread() == thread()) {
        m_announced = true;
        m_coalesce.start();
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_announced = true;
            m_coalesce.start();
        },
        Qt::QueuedConnection);
}

void StoreEvents::report()
{
    // A transaction that changed no row (BEGIN IMMEDIATE around reads) is no news: screens
    // that read in a transaction while refreshing must not refresh themselves forever.
    const qint64 changes = m_handle ? sqlite3_total_changes64(m_handle) : 0;
    const bool news = m_announced || changes != m_changes;
    m_announced = false;
    m_changes = changes;
    if (news) {
        Q_EMIT changed();
    }
}

int StoreEvents::onCommit(void *self)
{
    // Called inside COMMIT on the connection's thread: only note it, never touch the store.
    // The row count of an autocommit statement is not up to date yet here; report() reads it.
    static_cast<StoreEvents *>(self)->m_coalesce.start();
    return 0; // 0: let the commit go ahead
}

} // namespace tepat
