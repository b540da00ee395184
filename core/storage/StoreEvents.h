#pragma once

#include <QObject>
#include <QTimer>

struct sqlite3;

namespace tepat {

class Database;

// The one signal that tells screens the data under them changed. The store's connection
// reports every committed write transaction (SQLite's commit hook); work that writes through
// its own connection (sync, letter batches) calls announce() when it finishes. A burst of
// commits in one turn of the event loop becomes a single changed().
class StoreEvents : public QObject
{
    Q_OBJECT

public:
    // The notifier of one connection, made on first use in the calling thread (for the app's
    // store: the UI thread). It lives as long as the connection.
    static StoreEvents &of(const Database &db);
    // Called by ~Database() while the connection is still open.
    static void forget(sqlite3 *handle);

    ~StoreEvents() override;
    StoreEvents(const StoreEvents &) = delete;
    StoreEvents &operator=(const StoreEvents &) = delete;

    // Something committed the store's data elsewhere: refresh. Safe from any thread.
    void announce();
    bool pending() const { return m_coalesce.isActive(); }

Q_SIGNALS:
    void changed();

private:
    explicit StoreEvents(sqlite3 *handle);
    static int onCommit(void *self);
    void report();

    sqlite3 *m_handle;
    qint64 m_changes = 0;     // rows changed on the connection when last reported
    bool m_announced = false; // announce() since the last report
    QTimer m_coalesce;
};

} // namespace tepat
