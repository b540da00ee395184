#pragma once

#include "core/common/Result.h"
#include "core/storage/Migration.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;

namespace tepat {

// One connection to the installation's SQLite file (WAL, foreign keys on). Owns the Qt
// connection and exposes the raw sqlite3 handle for the few places that need the C API
// (bulk import, online backup). A connection belongs to the thread that opened it; use
// openReader() for work on another thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        bool readOnly = false;
        bool migrate = true;
        // Tests replace the shipped migrations to inject failures.
        std::optional<QList<Migration>> migrations;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path);
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Another read-only connection to the same file, for a worker thread.
    Result<std::unique_ptr<Database>> openReader() const;

    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;
    sqlite3 *handle() const { return m_handle; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // SQL NULL for an unknown value. A null QString binds as '' (see query()), so optional text
    // and dates go through these.
    static QVariant nullText();
    static QVariant nullIfEmpty(const QString &text);
    static QVariant nullIfInvalid(QDate date); // ISO date text otherwise

    // Runs one or more statements (no results) through the C API.
    Status execute(const char *sql) const;

    // Prepares, binds positional values and executes one statement. A null QString binds as
    // ''; pass QVariant(QMetaType::fromType<QString>()) for SQL NULL.
    Result<QSqlQuery> query(const QString &sql, const QVariantList &values = {}) const;

    // Settings kept in the store (village code, data date, …).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value) const;

    // The user-facing error for a failed SQLite call.
    static Error storageError(int sqliteCode, const QString &detail);
    Error lastError() const;

private:
    Database(QString path, QString connectionName, bool readOnly);

    QString m_path;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
    bool m_readOnly = false;
};

// BEGIN IMMEDIATE … COMMIT on one connection (a savepoint when nested); rolls back unless
// committed.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();
    void rollback();

private:
    const Database &m_db;
    QByteArray m_savepoint; // empty for a top-level transaction
    Status m_begun;
    bool m_active = false;
};

} // namespace tepat
