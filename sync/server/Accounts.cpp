#include "Accounts.h"

#include "CentralDatabase.h"
#include "common/Clock.h"
#include "domain/RegionDirectory.h"
#include "files/ContentStore.h"
#include "protocol/Json.h"

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

} // namespace

Accounts::Accounts(const CentralDatabase &db, const Clock &clock, HashStrength strength)
    : m_db(db)
    , m_clock(clock)
    , m_strength(strength)
{
    if (sodium_init() < 0) {
        qFatal("libsodium cannot be initialised");
    }
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
        {account.username, displayName, account.role, village, regency, QString::fromLatin1(hash),
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

Result<sync::TokenReply> Accounts::login(const QString &username, const QByteArray &password,
                                         const QString &deviceId, const QString &deviceName) const
{
    if (!sync::isUuid(deviceId) || deviceName.size() > 200) {
        return Error{QStringLiteral("request.invalid"), tr("Identitas perangkat tidak valid.")};
    }
    CentralTransaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT id, password_hash, failed_logins, coalesce(failed_since, ''), "
                       "village_code FROM account WHERE username = ?"),
        {username});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        // Same work and answer as a wrong password, so names cannot be probed: the stand-in
        // hash has the cost real accounts are hashed with.
        const auto standIn = [](unsigned long long ops, size_t mem) {
            char h[crypto_pwhash_STRBYTES] = {};
            const int rc =
                crypto_pwhash_str_alg(h, "tepat", 5, ops, mem, crypto_pwhash_ALG_ARGON2ID13);
            return rc == 0 ? QByteArray(h) : QByteArray();
        };
        static const QByteArray minimalDummy =
            standIn(crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
        static const QByteArray interactiveDummy =
            standIn(crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
        const QByteArray &dummy =
            m_strength == HashStrength::Minimal ? minimalDummy : interactiveDummy;
        if (!dummy.isEmpty() && crypto_pwhash_str_verify(dummy.constData(), password.constData(),
                                                         quint64(password.size())) == 0) {
            qWarning("dummy password matched");
        }
        return invalidLogin();
    }
    const qint64 accountId = q->value(0).toLongLong();
    const QByteArray hash = q->value(1).toString().toLatin1();
    int failures = q->value(2).toInt();
    const QDateTime failedSince = parseStoredTime(q->value(3).toString());
    const QString village = q->value(4).toString();
    const QDateTime now = m_clock.now();
    const bool windowOpen = failedSince.isValid() && failedSince.addSecs(kLockMinutes * 60) > now;
    if (!windowOpen) {
        failures = 0;
    }
    if (failures >= kMaxFailures) {
        return Error{QStringLiteral("auth.locked"),
                     tr("Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah %1 menit.")
                         .arg(kLockMinutes)};
    }
    if (crypto_pwhash_str_verify(hash.constData(), password.constData(),
                                 quint64(password.size())) != 0) {
        Result<QSqlQuery> fail = m_db.query(
            QStringLiteral("UPDATE account SET failed_logins = ?, failed_since = ? WHERE id = ?"),
            {failures + 1, windowOpen ? storedTime(failedSince) : storedTime(now), accountId});
        if (!fail) {
            return fail.error();
        }
        if (const Status s = tx.commit(); !s) {
            return s.error();
        }
        return invalidLogin();
    }
    Result<QSqlQuery> reset = m_db.query(
        QStringLiteral("UPDATE account SET failed_logins = 0, failed_since = NULL WHERE id = ?"),
        {accountId});
    if (!reset) {
        return reset.error();
    }
    Result<QSqlQuery> device = m_db.query(
        QStringLiteral("INSERT INTO device(device_id, account_id, village_code, device_name) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
                       "account_id = excluded.account_id, village_code = excluded.village_code, "
                       "device_name = excluded.device_name"),
        {deviceId, accountId, village, deviceName});
    if (!device) {
        return device.error();
    }
    Result<QSqlQuery> purge = m_db.query(QStringLiteral("DELETE FROM token WHERE expires_at < ?"),
                                         {storedTime(now.addDays(-1))});
    if (!purge) {
        return purge.error();
    }
    Result<sync::TokenReply> reply = issue(accountId, deviceId, {});
    if (!reply) {
        return reply;
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return reply;
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
    reply.refreshToken = existingRefresh.isEmpty() ? randomToken() : existingRefresh;
    reply.refreshExpiresAt = now.addDays(kRefreshDays);
    reply.serverId = m_db.serverId();
    reply.serverTime = now;
    const QString refreshHash = tokenHash(reply.refreshToken);
    Result<QSqlQuery> refresh =
        existingRefresh.isEmpty()
            ? m_db.query(
                  QStringLiteral("INSERT INTO token(hash, account_id, kind, device_id, "
                                 "expires_at, created_at) VALUES (?, ?, 'refresh', ?, ?, ?)"),
                  {refreshHash, accountId, deviceId, storedTime(reply.refreshExpiresAt),
                   storedTime(now)})
            : m_db.query(QStringLiteral("UPDATE token SET expires_at = ? WHERE hash = ?"),
                         {storedTime(reply.refreshExpiresAt), refreshHash});
    if (!refresh) {
        return refresh.error();
    }
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
    Result<sync::TokenReply> reply = issue(q->value(0).toLongLong(), deviceId, refreshToken);
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
                       "a.role, a.village_code, a.regency_code FROM token t "
                       "JOIN account a ON a.id = t.account_id WHERE t.hash = ? AND t.kind = "
                       "'access'"),
        {tokenHash(token)});
    if (!q) {
        return q.error();
    }
    if (!q->next() || q->value(3).toInt() != 0) {
        return Error{QStringLiteral("auth.invalid_token"),
                     tr("Sesi masuk tidak dikenal; masuk lagi.")};
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
