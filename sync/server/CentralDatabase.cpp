#include "sync/server/CentralDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <atomic>
#include <vector>

namespace tepat::central {

namespace {

// What the log may say about a failed statement: the SQLSTATE and the driver's own words, never
// the server's message, which (PostgreSQL: "Failing row contains (…)") can quote a NIK.
QString safeDetail(const QSqlError &error)
{
    return error.nativeErrorCode() + u' ' + error.driverText();
}

constexpr int kSchemaVersion = 5;

// Portable DDL: %ID% is the auto-increment primary key of each dialect.
const char *kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE account (id %ID%, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
    "role TEXT NOT NULL, village_code TEXT NOT NULL DEFAULT '', regency_code TEXT NOT NULL, "
    "password_hash TEXT NOT NULL, created_at TEXT NOT NULL, failed_logins INTEGER NOT NULL "
    "DEFAULT 0, failed_since TEXT)",
    "CREATE TABLE token (hash TEXT PRIMARY KEY, account_id BIGINT NOT NULL REFERENCES "
    "account(id), kind TEXT NOT NULL, device_id TEXT NOT NULL, pair TEXT NOT NULL DEFAULT '', "
    "expires_at TEXT NOT NULL, created_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE device (device_id TEXT PRIMARY KEY, account_id BIGINT NOT NULL, village_code "
    "TEXT NOT NULL, device_name TEXT NOT NULL DEFAULT '', audit_head_id BIGINT NOT NULL DEFAULT "
    "0, audit_head TEXT NOT NULL DEFAULT '', history_rewritten_at TEXT, last_push_at TEXT)",
    "CREATE TABLE record (entity TEXT NOT NULL, id TEXT NOT NULL, village_code TEXT NOT NULL, "
    "household_id TEXT NOT NULL, nik TEXT, version BIGINT NOT NULL, data TEXT NOT NULL, "
    "updated_at TEXT NOT NULL, PRIMARY KEY (entity, id))",
    "CREATE INDEX record_village ON record(village_code, household_id, entity, id)",
    "CREATE INDEX record_nik ON record(nik)",
    "CREATE TABLE change_log (seq %ID%, village_code TEXT NOT NULL, entity TEXT NOT NULL, "
    "entity_id TEXT NOT NULL, version BIGINT NOT NULL, source TEXT NOT NULL, at TEXT NOT NULL, "
    "data TEXT NOT NULL)",
    "CREATE INDEX change_log_village ON change_log(village_code, seq)",
    "CREATE TABLE request (id %ID%, key TEXT NOT NULL UNIQUE, village_code TEXT NOT NULL, "
    "device_id TEXT NOT NULL, account_id BIGINT NOT NULL, kind TEXT NOT NULL, household_id TEXT "
    "NOT NULL, person_id TEXT NOT NULL, base_version BIGINT, envelope TEXT NOT NULL, "
    "payload_sha256 TEXT NOT NULL, state TEXT NOT NULL, state_reason TEXT NOT NULL DEFAULT '', "
    "state_actor TEXT NOT NULL, state_at TEXT NOT NULL, conflict TEXT, received_at TEXT NOT "
    "NULL, result TEXT NOT NULL, version BIGINT NOT NULL DEFAULT 1)",
    "CREATE INDEX request_review ON request(village_code, state, id)",
    "CREATE TABLE request_event (id %ID%, request_id BIGINT NOT NULL REFERENCES request(id), "
    "from_state TEXT, to_state TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', actor TEXT NOT "
    "NULL, at TEXT NOT NULL)",
    "CREATE INDEX request_event_request ON request_event(request_id)",
    "CREATE TABLE request_file (request_id BIGINT NOT NULL REFERENCES request(id), sha256 TEXT "
    "NOT NULL, role TEXT NOT NULL, PRIMARY KEY (request_id, sha256))",
    "CREATE TABLE blob (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, completed_at TEXT NOT "
    "NULL)",
    "CREATE TABLE upload (village_code TEXT NOT NULL, sha256 TEXT NOT NULL, total BIGINT NOT "
    "NULL, received BIGINT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (village_code, "
    "sha256))",
};

// Upgrades: kUpgrades[i] takes the schema from version i + 1 to i + 2.
const std::vector<std::vector<const char *>> kUpgrades = {
    // 2: idempotency keys in one form (lower case); files counted per village for the quota.
    {"UPDATE request SET key = lower(key) WHERE key <> lower(key) AND NOT EXISTS (SELECT 1 "
     "FROM request other WHERE other.key = lower(request.key))",
     "CREATE TABLE village_file (village_code TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT "
     "NOT NULL, PRIMARY KEY (village_code, sha256))",
     "INSERT INTO village_file(village_code, sha256, size) SELECT DISTINCT r.village_code, "
     "f.sha256, b.size FROM request_file f JOIN request r ON r.id = f.request_id JOIN blob b ON "
     "b.sha256 = f.sha256"},
    // 3: the login throttle's counts survive a restart (LoginBackoff).
    {"CREATE TABLE login_backoff (kind TEXT NOT NULL, key TEXT NOT NULL, failures INTEGER NOT "
     "NULL, last_at TEXT NOT NULL, blocked_until TEXT NOT NULL DEFAULT '', seq BIGINT NOT NULL, "
     "PRIMARY KEY (kind, key))"},
    // 4: the disbursement events of each village's families, as
    // `tepat-central disbursements import` reads them; they travel in the change stream.
    {"CREATE TABLE disbursement (id TEXT PRIMARY KEY, village_code TEXT NOT NULL, household_id "
     "TEXT NOT NULL, version BIGINT NOT NULL, data TEXT NOT NULL, updated_at TEXT NOT NULL)",
     "CREATE INDEX disbursement_village ON disbursement(village_code, household_id)"},
    // 5: each village's letter-signing public keys (VillageLetterKeys; a rotation is signed by
    // the key before it) and the letters it revoked, for the public letter check.
    {"CREATE TABLE village_letter_key (village_code TEXT NOT NULL, key_id TEXT NOT NULL, "
     "public_key TEXT NOT NULL, registered_at TEXT NOT NULL, retired_at TEXT, PRIMARY KEY "
     "(village_code, key_id))",
     "CREATE TABLE letter_revocation (village_code TEXT NOT NULL, number TEXT NOT NULL, reason "
     "TEXT NOT NULL, revoked_at TEXT NOT NULL, PRIMARY KEY (village_code, number))"},
};

std::atomic<int> g_connections{0};

} // namespace

CentralDatabase::CentralDatabase(QString connectionName, Dialect dialect, QString dataDir)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
    , m_dataDir(std::move(dataDir))
{}

CentralDatabase::~CentralDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<CentralDatabase>>
CentralDatabase::open(const QString &dataDir, const QString &databaseUrl, bool prepareStore)
{
    if (!QDir().mkpath(dataDir)) {
        return Error{QStringLiteral("central.data_dir"),
                     tr("Folder data %1 tidak bisa dibuat.").arg(dataDir)};
    }
    const QString name = QStringLiteral("tepat-central-%1").arg(++g_connections);
    std::unique_ptr<CentralDatabase> self;
    if (databaseUrl.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("central.sqlite")));
        self.reset(new CentralDatabase(name, Dialect::Sqlite, dataDir));
    } else {
        const QUrl url(databaseUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") &&
                               url.scheme() != QLatin1String("postgres"))) {
            return Error{QStringLiteral("central.database_url"),
                         tr("Alamat basis data harus berbentuk postgresql://pengguna:sandi@host:"
                            "port/nama.")};
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            return Error{QStringLiteral("central.no_psql"),
                         tr("Driver PostgreSQL untuk Qt (paket libqt6sql6-psql) belum terpasang.")};
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QString socketDir = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
        db.setHostName(socketDir.isEmpty() ? url.host() : socketDir);
        if (url.port() > 0) {
            db.setPort(url.port());
        }
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        self.reset(new CentralDatabase(name, Dialect::Postgres, dataDir));
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        return Error{QStringLiteral("central.open"),
                     tr("Basis data server tidak bisa dibuka: %1").arg(detail)};
    }
    if (self->m_dialect == Dialect::Sqlite) {
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                   "PRAGMA foreign_keys = ON"}) {
            if (const Status s = self->execute(QLatin1String(pragma)); !s) {
                return s.error();
            }
        }
        if (const Status s =
                self->execute(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
            !s) {
            return s.error();
        }
    } else if (const Status s = self->execute(QStringLiteral("SET client_min_messages TO WARNING"));
               !s) {
        return s.error();
    }
    if (!prepareStore) {
        Result<QSqlQuery> id =
            self->query(QStringLiteral("SELECT value FROM meta WHERE key = 'server_id'"));
        if (!id) {
            return id.error();
        }
        self->m_serverId = id->next() ? id->value(0).toString() : QString();
        return self;
    }
    if (const Status s = self->migrate(); !s) {
        return s.error();
    }
    return self;
}

Status CentralDatabase::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool fresh = !db.tables().contains(QStringLiteral("meta"));
    if (fresh) {
        CentralTransaction tx(*this);
        if (!tx.begun()) {
            return tx.begun();
        }
        const QString id =
            m_dialect == Dialect::Sqlite
                ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
        for (const char *ddl : kSchema) {
            QString sql = QString::fromLatin1(ddl);
            sql.replace(QLatin1String("%ID%"), id);
            if (const Status s = execute(sql); !s) {
                return s;
            }
        }
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("schema_version"), QStringLiteral("1")},
              std::pair{QStringLiteral("server_id"),
                        QUuid::createUuid().toString(QUuid::WithoutBraces)}}) {
            if (Result<QSqlQuery> q = query(
                    QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"), {key, value});
                !q) {
                return q.error();
            }
        }
        if (const Status s = tx.commit(); !s) {
            return s;
        }
    }
    Result<QSqlQuery> q = query(QStringLiteral("SELECT key, value FROM meta"));
    if (!q) {
        return q.error();
    }
    int version = 0;
    while (q->next()) {
        if (q->value(0).toString() == QLatin1String("schema_version")) {
            version = q->value(1).toInt();
        } else if (q->value(0).toString() == QLatin1String("server_id")) {
            m_serverId = q->value(1).toString();
        }
    }
    if (version > kSchemaVersion) {
        return Error{QStringLiteral("central.too_new"),
                     tr("Basis data server dibuat oleh versi tepat-central yang lebih baru (skema "
                        "%1); perbarui tepat-central.")
                         .arg(version)};
    }
    for (; version < kSchemaVersion; ++version) {
        CentralTransaction tx(*this);
        if (!tx.begun()) {
            return tx.begun();
        }
        for (const char *sql : kUpgrades[size_t(version - 1)]) {
            if (const Status s = execute(QLatin1String(sql)); !s) {
                return s;
            }
        }
        if (Result<QSqlQuery> q =
                query(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"),
                      {QString::number(version + 1)});
            !q) {
            return q.error();
        }
        if (const Status s = tx.commit(); !s) {
            return s;
        }
    }
    return {};
}

Result<QSqlQuery> CentralDatabase::query(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.prepare(sql)) {
        return storageError(safeDetail(q.lastError()));
    }
    for (const QVariant &v : values) {
        // As in Database::query: a null QString is '', a deliberate NULL is a typed null.
        if (!v.isNull() && v.metaType() == QMetaType::fromType<QString>() &&
            v.toString().isNull()) {
            q.addBindValue(QStringLiteral(""));
        } else {
            q.addBindValue(v);
        }
    }
    if (!q.exec()) {
        return storageError(safeDetail(q.lastError()));
    }
    return q;
}

Status CentralDatabase::execute(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql)) {
        return storageError(safeDetail(q.lastError()));
    }
    return {};
}

Error CentralDatabase::storageError(const QString &detail) const
{
    qWarning("central store: %s", qPrintable(detail));
    return Error{QStringLiteral("storage.failed"),
                 tr("Basis data server gagal menyimpan atau membaca; coba lagi nanti.")};
}

Status CentralDatabase::begin() const
{
    if (m_dialect == Dialect::Sqlite) {
        return execute(QStringLiteral("BEGIN IMMEDIATE"));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        return storageError(safeDetail(db.lastError()));
    }
    return {};
}

Status CentralDatabase::commit() const
{
    if (m_dialect == Dialect::Sqlite) {
        return execute(QStringLiteral("COMMIT"));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.commit()) {
        return storageError(safeDetail(db.lastError()));
    }
    return {};
}

void CentralDatabase::rollback() const
{
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery(QSqlDatabase::database(m_connectionName, false)).exec(QStringLiteral("ROLLBACK"));
        return;
    }
    QSqlDatabase::database(m_connectionName, false).rollback();
}

Status CentralDatabase::lockChangeStream() const
{
    if (m_dialect == Dialect::Sqlite) {
        return {};
    }
    return execute(QStringLiteral("LOCK TABLE change_log IN EXCLUSIVE MODE"));
}

Status CentralDatabase::serialize(const QString &key) const
{
    if (m_dialect == Dialect::Sqlite) {
        return {};
    }
    // The first 8 bytes of the key's SHA-256 as the lock's 64-bit number.
    const QByteArray digest =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).left(8);
    qint64 number = 0;
    for (char c : digest) {
        number = (number << 8) | quint8(c);
    }
    Result<QSqlQuery> q = query(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {number});
    return q ? Status{} : Status(q.error());
}

QString CentralDatabase::forUpdate() const
{
    return m_dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

QVariant CentralDatabase::nativeHandle() const
{
    return QSqlDatabase::database(m_connectionName, false).driver()->handle();
}

CentralTransaction::CentralTransaction(const CentralDatabase &db)
    : m_db(db)
    , m_begun(db.begin())
    , m_active(m_begun.ok())
{}

CentralTransaction::~CentralTransaction()
{
    if (m_active) {
        m_db.rollback();
    }
}

Status CentralTransaction::commit()
{
    m_active = false;
    const Status s = m_db.commit();
    if (!s) {
        m_db.rollback();
    }
    return s;
}

} // namespace tepat::central
