#include "sync/server/Accounts.h"

#include "core/common/Clock.h"
#include "core/domain/RegionDirectory.h"
#include "core/files/ContentStore.h"
#include "sync/protocol/Json.h"
#include "sync/server/CentralDatabase.h"

#include <QRegularExpression>

#include <sodium.h>

namespace tepat::central {

namespace {

QString randomToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

Error invalidLogin()
{
    return Error{QStringLiteral("auth.invalid"),
                 Accounts::tr("Nama pengguna atau kata sandi salah.")};
}

Error unknownAccount(const QString &username)
{
    return Error{QStringLiteral("account.unknown"),
                 Accounts::tr("Akun %1 tidak ada.").arg(username)};
}

Error disabledAccount()
{
    return Error{QStringLiteral("auth.disabled"),
                 Accounts::tr("Akun ini dinonaktifkan oleh Dinsos; hubungi Dinsos untuk "
                              "mengaktifkannya lagi.")};
}

// A hash of "tepat" with the limits real accounts are hashed with, so that checking a password
// for a name without an account costs the same.
const QByteArray &standInHash(Accounts::HashStrength strength)
{
    const auto make = [](unsigned long long ops, size_t mem) {
        char h[crypto_pwhash_STRBYTES] = {};
        const int rc = crypto_pwhash_str_alg(h, "tepat", 5, ops, mem, crypto_pwhash_ALG_ARGON2ID13);
        return rc == 0 ? QByteArray(h) : QByteArray();
    };
    static const QByteArray minimal = make(crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
    static const QByteArray interactive =
        make(crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    return strength == Accounts::HashStrength::Minimal ? minimal : interactive;
}

} // namespace

Accounts::Accounts(const CentralDatabase &db, const Clock &clock, HashStrength strength)
    : m_db(db)
    , m_clock(clock)
    , m_strength(strength)
{
    if (sodium_init() < 0) {
        qFatal("libsodium cannot be initialised");
    }
    (void)standInHash(m_strength); // made once, on this thread
}

Status Accounts::upgradeSchema() const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT value FROM meta WHERE key = 'access_schema'"));
    if (!q) {
        return q.error();
    }
    if (q->next() && q->value(0).toInt() >= 1) {
        return {};
    }
    CentralTransaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    for (const char *ddl : {"ALTER TABLE account ADD COLUMN disabled_at TEXT",
                            "ALTER TABLE device ADD COLUMN revoked_at TEXT"}) {
        if (const Status s = m_db.execute(QLatin1String(ddl)); !s) {
            return s;
        }
    }
    if (Result<QSqlQuery> mark = m_db.query(
            QStringLiteral("INSERT INTO meta(key, value) VALUES ('access_schema', '1')"));
        !mark) {
        return mark.error();
    }
    return tx.commit();
}

Result<QString> Accounts::hashPassword(const QByteArray &password) const
{
    if (password.size() < 8 || password.size() > 1024) {
        return Error{QStringLiteral("account.password"), tr("Kata sandi minimal 8 karakter.")};
    }
    char hash[crypto_pwhash_STRBYTES];
    const bool minimal = m_strength == HashStrength::Minimal;
    if (crypto_pwhash_str_alg(
            hash, password.constData(), quint64(password.size()),
            minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
            minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error{QStringLiteral("account.hash"),
                     tr("Kata sandi tidak bisa diamankan (memori tidak cukup).")};
    }
    return QString::fromLatin1(hash);
}

Result<qint64> Accounts::accountId(const QString &username) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT id FROM account WHERE username = ?"), {username});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return unknownAccount(username);
    }
    return q->value(0).toLongLong();
}

Status Accounts::revokeTokens(const QString &column, const QVariant &value) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE token SET revoked = 1 WHERE revoked = 0 AND %1 = ?").arg(column),
        {value});
    if (!q) {
        return q.error();
    }
    return {};
}

QString Accounts::tokenHash(const QString &token)
{
    return ContentStore::sha256Of(token.toLatin1());
}

Result<sync::AccountInfo> Accounts::add(const NewAccount &account, const QByteArray &password) const
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{2,63}$"));
    if (!usernamePattern.match(account.username).hasMatch()) {
        return Error{QStringLiteral("account.username"),
                     tr("Nama pengguna harus 3–64 huruf kecil, angka, titik, garis bawah atau "
                        "tanda hubung.")};
    }
    const QString displayName = account.displayName.trimmed();
    if (displayName.isEmpty() || displayName.size() > 200) {
        return Error{QStringLiteral("account.name"), tr("Nama lengkap wajib diisi (paling banyak "
                                                        "200 karakter).")};
    }
    QString village;
    QString regency;
    const RegionDirectory &regions = RegionDirectory::instance();
    if (account.role == QLatin1String("operator")) {
        if (!RegionDirectory::isVillageCode(account.regionCode) ||
            !regions.village(account.regionCode)) {
            return Error{QStringLiteral("account.village"),
                         tr("Operator memerlukan kode kelurahan/desa yang dikenal (--village).")};
        }
        village = account.regionCode;
        regency = account.regionCode.left(5);
    } else if (account.role == QLatin1String("supervisor")) {
        if (account.regionCode.size() != 5 || regions.villagesIn(account.regionCode).isEmpty()) {
            return Error{QStringLiteral("account.regency"),
                         tr("Supervisor memerlukan kode kabupaten/kota yang dikenal (--regency, "
                            "misalnya 35.71).")};
        }
        regency = account.regionCode;
    } else {
        return Error{QStringLiteral("account.role"), tr("Peran harus operator atau supervisor.")};
    }
    Result<QString> hash = hashPassword(password);
    if (!hash) {
        return hash.error();
    }
    Result<QSqlQuery> exists =
        m_db.query(QStringLiteral("SELECT 1 FROM account WHERE username = ?"), {account.username});
    if (!exists) {
        return exists.error();
    }
    if (exists->next()) {
        return Error{QStringLiteral("account.exists"),
                     tr("Nama pengguna %1 sudah dipakai.").arg(account.username)};
    }
    Result<QSqlQuery> insert = m_db.query(
        QStringLiteral("INSERT INTO account(username, display_name, role, village_code, "
                       "regency_code, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {account.username, displayName, account.role, village, regency, *hash,
         storedTime(m_clock.now())});
    if (!insert) {
        return insert.error();
    }
    return sync::AccountInfo{account.username, displayName, account.role, village, regency};
}

Result<QList<sync::AccountInfo>> Accounts::list() const
{
    Result<QSqlQuery> q = m_db.query(QStringLiteral(
        "SELECT username, display_name, role, village_code, regency_code FROM account "
        "ORDER BY username"));
    if (!q) {
        return q.error();
    }
    QList<sync::AccountInfo> accounts;
    while (q->next()) {
        accounts.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                         q->value(3).toString(), q->value(4).toString()});
    }
    return accounts;
}

Result<sync::AccountInfo> Accounts::accountInfo(qint64 accountId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT username, display_name, role, village_code, regency_code FROM "
                       "account WHERE id = ?"),
        {accountId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return invalidLogin();
    }
    return sync::AccountInfo{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toString(), q->value(4).toString()};
}

Status Accounts::setEnabled(const QString &username, bool enabled) const
{
    CentralTransaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    Result<qint64> id = accountId(username);
    if (!id) {
        return id.error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE account SET disabled_at = ? WHERE id = ?"),
        {enabled ? QVariant(QMetaType::fromType<QString>()) : QVariant(storedTime(m_clock.now())),
         *id});
    if (!q) {
        return q.error();
    }
    if (!enabled) {
        if (const Status s = revokeTokens(QStringLiteral("account_id"), *id); !s) {
            return s;
        }
    }
    return tx.commit();
}

Status Accounts::setPassword(const QString &username, const QByteArray &password) const
{
    Result<QString> hash = hashPassword(password);
    if (!hash) {
        return hash.error();
    }
    CentralTransaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    Result<qint64> id = accountId(username);
    if (!id) {
        return id.error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE account SET password_hash = ? WHERE id = ?"), {*hash, *id});
    if (!q) {
        return q.error();
    }
    if (const Status s = revokeTokens(QStringLiteral("account_id"), *id); !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<DeviceInfo>> Accounts::devices(const QString &username) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT d.device_id, a.username, d.village_code, d.device_name, "
                       "coalesce(d.last_push_at, ''), coalesce(d.revoked_at, '') FROM device d "
                       "JOIN account a ON a.id = d.account_id WHERE ? = '' OR a.username = ? "
                       "ORDER BY a.username, d.device_id"),
        {username, username});
    if (!q) {
        return q.error();
    }
    QList<DeviceInfo> list;
    while (q->next()) {
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString(), q->value(4).toString(), q->value(5).toString()});
    }
    return list;
}

Status Accounts::revokeDevice(const QString &deviceId) const
{
    CentralTransaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral(
            "UPDATE device SET revoked_at = coalesce(revoked_at, ?) WHERE device_id = ?"),
        {storedTime(m_clock.now()), deviceId});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return Error{QStringLiteral("device.unknown"),
                     tr("Perangkat %1 tidak dikenal server.").arg(deviceId)};
    }
    if (const Status s = revokeTokens(QStringLiteral("device_id"), deviceId); !s) {
        return s;
    }
    return tx.commit();
}

bool Accounts::isDeviceId(const QString &deviceId)
{
    return sync::isUuid(deviceId);
}

Result<LoginAttempt> Accounts::lookup(const QString &username) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT id, password_hash FROM account WHERE username = ?"), {username});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return LoginAttempt{0, standInHash(m_strength)};
    }
    return LoginAttempt{q->value(0).toLongLong(), q->value(1).toString().toLatin1()};
}

bool Accounts::verify(const QByteArray &hash, const QByteArray &password)
{
    return !hash.isEmpty() && crypto_pwhash_str_verify(hash.constData(), password.constData(),
                                                       quint64(password.size())) == 0;
}

Status Accounts::checkAccess(qint64 accountId, const QString &deviceId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT a.disabled_at IS NOT NULL, d.account_id, d.revoked_at IS NOT NULL "
                       "FROM account a LEFT JOIN device d ON d.device_id = ? WHERE a.id = ?"),
        {deviceId, accountId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return invalidLogin();
    }
    if (q->value(0).toBool()) {
        return disabledAccount();
    }
    if (!q->value(1).isNull() && q->value(1).toLongLong() != accountId) {
        return Error{QStringLiteral("auth.device_taken"),
                     tr("Perangkat ini sudah terdaftar di server untuk akun lain. Satu instalasi "
                        "Tepat hanya untuk satu akun; hubungi Dinsos.")};
    }
    if (q->value(2).toBool()) {
        return Error{QStringLiteral("auth.device_revoked"),
                     tr("Perangkat ini dicabut aksesnya oleh Dinsos (misalnya karena hilang); "
                        "hubungi Dinsos.")};
    }
    return {};
}

Result<sync::TokenReply> Accounts::finishLogin(const LoginAttempt &attempt, bool passwordMatches,
                                               const QString &deviceId,
                                               const QString &deviceName) const
{
    if (!isDeviceId(deviceId) || deviceName.size() > 200) {
        return Error{QStringLiteral("request.invalid"), tr("Identitas perangkat tidak valid.")};
    }
    if (attempt.accountId == 0 || !passwordMatches) {
        return invalidLogin();
    }
    CentralTransaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    // Only now that the password is right: a disabled account or a device of another account
    // tells nothing to someone who does not know it.
    if (const Status s = checkAccess(attempt.accountId, deviceId); !s) {
        return s.error();
    }
    Result<sync::AccountInfo> account = accountInfo(attempt.accountId);
    if (!account) {
        return account.error();
    }
    // The device id belongs to the account that first signed in with it: another account's
    // login never rewrites its row (checkAccess refused it above).
    Result<QSqlQuery> device = m_db.query(
        QStringLiteral("INSERT INTO device(device_id, account_id, village_code, device_name) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
                       "device_name = excluded.device_name WHERE device.account_id = "
                       "excluded.account_id"),
        {deviceId, attempt.accountId, account->villageCode, deviceName});
    if (!device) {
        return device.error();
    }
    const QDateTime now = m_clock.now();
    Result<QSqlQuery> purge = m_db.query(QStringLiteral("DELETE FROM token WHERE expires_at < ?"),
                                         {storedTime(now.addDays(-1))});
    if (!purge) {
        return purge.error();
    }
    Result<sync::TokenReply> reply = issue(attempt.accountId, deviceId, {});
    if (!reply) {
        return reply;
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return reply;
}

Result<sync::TokenReply> Accounts::login(const QString &username, const QByteArray &password,
                                         const QString &deviceId, const QString &deviceName) const
{
    if (!isDeviceId(deviceId) || deviceName.size() > 200) {
        return Error{QStringLiteral("request.invalid"), tr("Identitas perangkat tidak valid.")};
    }
    Result<LoginAttempt> attempt = lookup(username);
    if (!attempt) {
        return attempt.error();
    }
    return finishLogin(*attempt, verify(attempt->hash, password), deviceId, deviceName);
}

Result<sync::TokenReply> Accounts::issue(qint64 accountId, const QString &deviceId,
                                         const QString &existingRefresh) const
{
    Result<sync::AccountInfo> account = accountInfo(accountId);
    if (!account) {
        return account.error();
    }
    const QDateTime now = m_clock.now();
    sync::TokenReply reply;
    reply.account = *account;
    reply.accessToken = randomToken();
    reply.accessExpiresAt = now.addSecs(kAccessMinutes * 60);
    reply.serverId = m_db.serverId();
    reply.serverTime = now;
    if (existingRefresh.isEmpty()) {
        reply.refreshToken = randomToken();
        reply.refreshExpiresAt = now.addDays(kRefreshDays);
        Result<QSqlQuery> refresh = m_db.query(
            QStringLiteral("INSERT INTO token(hash, account_id, kind, device_id, expires_at, "
                           "created_at) VALUES (?, ?, 'refresh', ?, ?, ?)"),
            {tokenHash(reply.refreshToken), accountId, deviceId, storedTime(reply.refreshExpiresAt),
             storedTime(now)});
        if (!refresh) {
            return refresh.error();
        }
    } else {
        // Refreshing does not extend it: a refresh token ends 30 days after the login.
        Result<QSqlQuery> q =
            m_db.query(QStringLiteral("SELECT expires_at FROM token WHERE hash = ?"),
                       {tokenHash(existingRefresh)});
        if (!q) {
            return q.error();
        }
        reply.refreshToken = existingRefresh;
        reply.refreshExpiresAt = q->next() ? parseStoredTime(q->value(0).toString()) : now;
    }
    const QString refreshHash = tokenHash(reply.refreshToken);
    Result<QSqlQuery> access = m_db.query(
        QStringLiteral("INSERT INTO token(hash, account_id, kind, device_id, pair, expires_at, "
                       "created_at) VALUES (?, ?, 'access', ?, ?, ?, ?)"),
        {tokenHash(reply.accessToken), accountId, deviceId, refreshHash,
         storedTime(reply.accessExpiresAt), storedTime(now)});
    if (!access) {
        return access.error();
    }
    return reply;
}

Result<sync::TokenReply> Accounts::refresh(const QString &refreshToken,
                                           const QString &deviceId) const
{
    CentralTransaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT account_id, device_id, expires_at, revoked FROM token "
                                  "WHERE hash = ? AND kind = 'refresh'"),
                   {tokenHash(refreshToken)});
    if (!q) {
        return q.error();
    }
    if (!q->next() || q->value(1).toString() != deviceId || q->value(3).toInt() != 0 ||
        parseStoredTime(q->value(2).toString()) <= m_clock.now()) {
        return Error{QStringLiteral("auth.refresh_invalid"),
                     tr("Sesi masuk sudah berakhir; masukkan kata sandi lagi.")};
    }
    const qint64 account = q->value(0).toLongLong();
    if (const Status s = checkAccess(account, deviceId); !s) {
        return s.error();
    }
    Result<sync::TokenReply> reply = issue(account, deviceId, refreshToken);
    if (!reply) {
        return reply;
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return reply;
}

Status Accounts::logout(const QString &accessToken, const QString &refreshToken) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("UPDATE token SET revoked = 1 WHERE hash IN (?, ?) OR pair = ?"),
                   {tokenHash(accessToken), tokenHash(refreshToken), tokenHash(refreshToken)});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<Caller> Accounts::authenticate(const QByteArray &authorizationHeader) const
{
    if (!authorizationHeader.startsWith("Bearer ") || authorizationHeader.size() > 200) {
        return Error{QStringLiteral("auth.missing"), tr("Permintaan ini memerlukan masuk dulu.")};
    }
    const QString token = QString::fromLatin1(authorizationHeader.mid(7).trimmed());
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT t.account_id, t.device_id, t.expires_at, t.revoked, a.username, "
                       "a.role, a.village_code, a.regency_code, a.disabled_at IS NOT NULL, "
                       "d.revoked_at IS NOT NULL, d.account_id FROM token t "
                       "JOIN account a ON a.id = t.account_id LEFT JOIN device d ON d.device_id "
                       "= t.device_id WHERE t.hash = ? AND t.kind = 'access'"),
        {tokenHash(token)});
    if (!q) {
        return q.error();
    }
    // A revoked device or one that is no longer this account's has no sessions.
    if (!q->next() || q->value(3).toInt() != 0 || q->value(9).toBool() ||
        (!q->value(10).isNull() && q->value(10).toLongLong() != q->value(0).toLongLong())) {
        return Error{QStringLiteral("auth.invalid_token"),
                     tr("Sesi masuk tidak dikenal; masuk lagi.")};
    }
    if (q->value(8).toBool()) {
        return disabledAccount();
    }
    if (parseStoredTime(q->value(2).toString()) <= m_clock.now()) {
        return Error{QStringLiteral("auth.expired"), tr("Sesi masuk sudah kedaluwarsa.")};
    }
    Caller c;
    c.accountId = q->value(0).toLongLong();
    c.deviceId = q->value(1).toString();
    c.username = q->value(4).toString();
    c.role = q->value(5).toString();
    c.villageCode = q->value(6).toString();
    c.regencyCode = q->value(7).toString();
    return c;
}

} // namespace tepat::central
