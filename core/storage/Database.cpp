#include "core/storage/Database.h"

#include "core/storage/StoreEvents.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace tepat {

namespace {

// Creates the store file 0600 when it does not exist, and takes group and other permissions
// off an existing one.
Status ownerOnly(const QString &path)
{
    constexpr QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly, owner)) {
            return Error{
                QStringLiteral("db.cannot_open"),
                Database::tr("Berkas data %1 tidak bisa dibuat: %2").arg(path, file.errorString())};
        }
        file.close();
        return {};
    }
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    if ((file.permissions() & others) && !file.setPermissions(file.permissions() & ~others)) {
        return Error{QStringLiteral("db.permissions"),
                     Database::tr("Berkas data %1 bisa dibaca pengguna lain dan izinnya tidak "
                                  "bisa dibatasi: %2. Batasi izinnya (chmod 600), lalu buka lagi.")
                         .arg(path, file.errorString())};
    }
    return {};
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tepat-%1").arg(counter.fetchAndAddRelaxed(1));
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(v.constData());
}

Result<int> userVersion(sqlite3 *handle)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &stmt, nullptr);
    int version = 0;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            version = sqlite3_column_int(stmt, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK) {
        return Database::storageError(rc, QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    return version;
}

bool hasOwnTables(sqlite3 *handle)
{
    sqlite3_stmt *stmt = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(handle, "SELECT 1 FROM sqlite_schema LIMIT 1", -1, &stmt, nullptr) ==
        SQLITE_OK) {
        found = sqlite3_step(stmt) == SQLITE_ROW;
    }
    sqlite3_finalize(stmt);
    return found;
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{}

Database::~Database()
{
    StoreEvents::forget(m_handle); // drops the commit hook while the connection is open
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    const auto &all = Migration::shipped();
    return all.isEmpty() ? 0 : all.last().version;
}

namespace {

// After a migration ran with foreign keys off: every reference must still point somewhere.
Status foreignKeysIntact(const Database &db)
{
    Result<QSqlQuery> q = db.query(QStringLiteral("PRAGMA foreign_key_check"));
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        return Error{QStringLiteral("db.migration_failed"),
                     Database::tr("Pembaruan struktur data meninggalkan rujukan yang putus (tabel "
                                  "%1); semua perubahan dibatalkan dan data tetap seperti semula.")
                         .arg(q->value(0).toString())};
    }
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QList<Migration> &migrations =
        options.migrations ? *options.migrations : Migration::shipped();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;

    const QFileInfo info(path);
    if (options.readOnly && !info.exists()) {
        return Error{QStringLiteral("db.missing"), tr("Berkas data %1 tidak ada.").arg(path)};
    }
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        return Error{QStringLiteral("db.cannot_open"),
                     tr("Folder %1 tidak bisa dibuat.").arg(info.absolutePath())};
    }
    // Readable by this account only, whatever the umask: a new store is created 0600 before
    // SQLite opens it (its -wal and -shm take the same mode), an older one is tightened.
    if (!options.readOnly) {
        if (const Status owned = ownerOnly(info.absoluteFilePath()); !owned) {
            return owned.error();
        }
    }

    std::unique_ptr<Database> db(
        new Database(info.absoluteFilePath(), nextConnectionName(), options.readOnly));
    {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        conn.setDatabaseName(db->m_path);
        if (options.readOnly) {
            conn.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!conn.open()) {
            return Error{QStringLiteral("db.cannot_open"),
                         tr("Berkas data %1 tidak bisa dibuka: %2")
                             .arg(path, conn.lastError().driverText())};
        }
        db->m_handle = handleOf(conn);
    }
    if (!db->m_handle) {
        return Error{QStringLiteral("db.driver"), tr("Driver SQLite Qt tidak memberikan handle.")};
    }
    sqlite3_busy_timeout(db->m_handle, 5000);

    // Read the version before anything writes: a newer file must stay byte-for-byte untouched.
    const Result<int> version = userVersion(db->m_handle);
    if (!version) {
        return version.error();
    }
    if (version.value() > latest) {
        return Error{QStringLiteral("db.newer_schema"),
                     tr("Berkas data ini dibuat oleh Tepat versi yang lebih baru (skema %1; versi "
                        "ini mengenal sampai skema %2). Berkas tidak diubah. Perbarui Tepat untuk "
                        "membukanya.")
                         .arg(version.value())
                         .arg(latest)};
    }
    if (version.value() == 0 && hasOwnTables(db->m_handle)) {
        return Error{QStringLiteral("db.foreign"),
                     tr("Berkas %1 adalah basis data lain, bukan data Tepat. Berkas tidak diubah.")
                         .arg(path)};
    }

    Status pragmas = db->execute("PRAGMA foreign_keys = ON; PRAGMA cache_size = -20000;");
    if (pragmas && !options.readOnly) {
        pragmas = db->execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    }
    if (pragmas && options.readOnly) {
        pragmas = db->execute("PRAGMA query_only = ON;");
    }
    if (!pragmas) {
        return pragmas.error();
    }

    if (options.migrate && !options.readOnly && version.value() < latest) {
        // Foreign keys are off while the schema changes, so a migration can rebuild a table
        // that others refer to (SQLite's documented way to change a constraint); every
        // reference is checked before the migrations are committed.
        if (const Status off = db->execute("PRAGMA foreign_keys = OFF;"); !off) {
            return off.error();
        }
        Transaction tx(*db);
        if (!tx.begun()) {
            return tx.begun().error();
        }
        for (const Migration &m : migrations) {
            if (m.version <= version.value()) {
                continue;
            }
            const QByteArray step =
                m.sql + "\nPRAGMA user_version = " + QByteArray::number(m.version) + ";";
            const Status applied = db->execute(step.constData());
            if (!applied) {
                tx.rollback();
                return Error{QStringLiteral("db.migration_failed"),
                             tr("Pembaruan struktur data ke skema %1 (%2) gagal; semua perubahan "
                                "dibatalkan dan data tetap seperti semula. Rincian: %3")
                                 .arg(m.version)
                                 .arg(m.name, applied.error().message)};
            }
        }
        if (const Status checked = foreignKeysIntact(*db); !checked) {
            tx.rollback();
            return checked.error();
        }
        const Status committed = tx.commit();
        if (!committed) {
            return committed.error();
        }
        if (const Status on = db->execute("PRAGMA foreign_keys = ON;"); !on) {
            return on.error();
        }
    } else if (version.value() < latest) {
        return Error{QStringLiteral("db.old_schema"),
                     tr("Berkas data memakai skema lama (%1) dan dibuka hanya-baca; buka sekali "
                        "dengan Tepat biasa untuk memperbaruinya.")
                         .arg(version.value())};
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openReader() const
{
    Options options;
    options.readOnly = true;
    options.migrate = false;
    return open(m_path, options);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const Result<int> v = userVersion(m_handle);
    return v ? v.value() : -1;
}

Status Database::execute(const char *sql) const
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        return storageError(sqlite3_extended_errcode(m_handle), detail);
    }
    return {};
}

Result<QSqlQuery> Database::query(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(connection());
    if (!q.prepare(sql)) {
        return storageError(q.lastError().nativeErrorCode().toInt(), q.lastError().databaseText());
    }
    for (const QVariant &v : values) {
        // A null QString binds as SQL NULL, which silently breaks `x > ?` and NOT NULL
        // columns; bind it as ''. A deliberate NULL is a typed null QVariant.
        if (!v.isNull() && v.metaType() == QMetaType::fromType<QString>() &&
            v.toString().isNull()) {
            q.addBindValue(QStringLiteral(""));
        } else {
            q.addBindValue(v);
        }
    }
    if (!q.exec()) {
        return storageError(q.lastError().nativeErrorCode().toInt(), q.lastError().databaseText());
    }
    return q;
}

QVariant Database::nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant Database::nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

QVariant Database::nullIfInvalid(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : nullText();
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    Result<QSqlQuery> q = query(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    if (q && q->next()) {
        return q->value(0).toString();
    }
    return fallback;
}

Status Database::setSetting(const QString &key, const QString &value) const
{
    Result<QSqlQuery> q =
        query(QStringLiteral("INSERT INTO setting(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
              {key, value});
    if (!q) {
        return q.error();
    }
    return {};
}

Error Database::lastError() const
{
    return storageError(sqlite3_extended_errcode(m_handle),
                        QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

Error Database::storageError(int sqliteCode, const QString &detail)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return {QStringLiteral("db.disk_full"),
                tr("Disk penuh: perubahan tidak tersimpan dan data lama tetap utuh. Kosongkan "
                   "ruang disk, lalu ulangi.")};
    case SQLITE_READONLY:
        return {QStringLiteral("db.read_only"),
                tr("Berkas data tidak bisa ditulis (hanya-baca). Periksa izin berkas.")};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {QStringLiteral("db.busy"),
                tr("Data sedang dipakai proses lain. Tunggu sebentar, lalu ulangi.")};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {QStringLiteral("db.corrupt"),
                tr("Berkas data rusak atau bukan berkas data Tepat (%1).").arg(detail)};
    case SQLITE_CANTOPEN:
        return {QStringLiteral("db.cannot_open"),
                tr("Berkas data tidak bisa dibuka (%1).").arg(detail)};
    case SQLITE_IOERR:
        return {QStringLiteral("db.io"), tr("Gagal membaca atau menulis disk (%1).").arg(detail)};
    case SQLITE_CONSTRAINT:
        return {QStringLiteral("db.constraint"),
                tr("Perubahan ditolak aturan data (%1).").arg(detail)};
    default:
        return {QStringLiteral("db.error"), tr("Kesalahan basis data: %1").arg(detail)};
    }
}

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    // Inside an open transaction this becomes a savepoint, so repositories compose.
    static QAtomicInteger<quint64> counter;
    if (sqlite3_get_autocommit(m_db.handle()) == 0) {
        m_savepoint = "tepat_sp_" + QByteArray::number(counter.fetchAndAddRelaxed(1));
        m_begun = m_db.execute(("SAVEPOINT " + m_savepoint).constData());
    } else {
        m_begun = m_db.execute("BEGIN IMMEDIATE");
    }
    m_active = m_begun.ok();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active) {
        return Error{QStringLiteral("db.no_transaction"),
                     Database::tr("Tidak ada transaksi yang berjalan.")};
    }
    const Status status =
        m_db.execute(m_savepoint.isEmpty() ? "COMMIT" : ("RELEASE " + m_savepoint).constData());
    if (status) {
        m_active = false;
    }
    return status;
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        if (m_savepoint.isEmpty()) {
            (void)m_db.execute("ROLLBACK");
        } else {
            (void)m_db.execute(
                ("ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint).constData());
        }
    }
}

} // namespace tepat
