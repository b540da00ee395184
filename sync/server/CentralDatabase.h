#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace tepat::central {

// The central server's store: SQLite in the data folder, or PostgreSQL through Qt's QPSQL
// driver (`postgresql://user:password@host:port/dbname`, `?host=/socket/dir` for a local
// socket). One connection, used by the thread that opened it (the server opens one per worker
// thread); the schema is created and upgraded here.
class CentralDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CentralDatabase)

public:
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    // `databaseUrl` empty: <dataDir>/central.sqlite. `prepareStore`: create or upgrade the
    // schema; false for further connections to a store that is already prepared.
    static Result<std::unique_ptr<CentralDatabase>>
    open(const QString &dataDir, const QString &databaseUrl = {}, bool prepareStore = true);
    ~CentralDatabase();
    CentralDatabase(const CentralDatabase &) = delete;
    CentralDatabase &operator=(const CentralDatabase &) = delete;

    Dialect dialect() const { return m_dialect; }
    const QString &dataDir() const { return m_dataDir; }
    // Generated when the store is created; a client that sees another id knows it is talking
    // to another server.
    const QString &serverId() const { return m_serverId; }

    Result<QSqlQuery> query(const QString &sql, const QVariantList &values = {}) const;
    // A statement without parameters, not prepared (DDL and settings cannot be on PostgreSQL).
    Status execute(const QString &sql) const;
    // BEGIN IMMEDIATE on SQLite (the write lock is taken at once, waiting up to the busy
    // timeout, instead of failing when a read has to become a write); BEGIN on PostgreSQL.
    Status begin() const;
    Status commit() const;
    void rollback() const;

    // Called by every writer of the change stream just before it inserts: on PostgreSQL an
    // EXCLUSIVE lock on change_log until the transaction ends, so a sequence number is taken
    // only after every earlier one is committed and a pull can never pass over a change that
    // becomes visible later. SQLite writers are serialised by BEGIN IMMEDIATE already.
    Status lockChangeStream() const;
    // Inside a transaction: waits until no other transaction holds the same key, and holds it
    // until this one ends (PostgreSQL: a transaction-level advisory lock). Writers that must not
    // interleave (pushes of one device, chunks of one upload) take it first. SQLite writers are
    // serialised by BEGIN IMMEDIATE already.
    Status serialize(const QString &key) const;
    // " FOR UPDATE" on PostgreSQL (a read that decides a write locks its rows), "" on SQLite.
    QString forUpdate() const;

    Error storageError(const QString &detail) const;
    // For tests: the driver's native handle (sqlite3 * or PGconn *).
    QVariant nativeHandle() const;

    // How long a write waits for another writer (a CLI import) before it gives up.
    static constexpr int kBusyTimeoutMs = 10000;

private:
    CentralDatabase(QString connectionName, Dialect dialect, QString dataDir);
    Status migrate();

    QString m_connectionName;
    Dialect m_dialect;
    QString m_dataDir;
    QString m_serverId;
};

// BEGIN … COMMIT; rolls back unless committed. Not nestable: one per request.
class CentralTransaction
{
public:
    explicit CentralTransaction(const CentralDatabase &db);
    ~CentralTransaction();
    const Status &begun() const { return m_begun; }
    Status commit();

private:
    const CentralDatabase &m_db;
    Status m_begun;
    bool m_active = false;
};

} // namespace tepat::central
