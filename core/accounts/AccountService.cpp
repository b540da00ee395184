#include "core/accounts/AccountService.h"

#include "core/common/Clock.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tepat {

namespace {

QDateTime parsed(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

const char *const accountColumns =
    "username, display_name, role, disabled_at IS NOT NULL, must_change_password, "
    "failed_attempts, retry_after, last_login_at, created_at, created_by, person_id";

Account accountFrom(const QSqlQuery &q)
{
    Account a;
    a.username = q.value(0).toString();
    a.displayName = q.value(1).toString();
    a.role = RolePolicy::roleFromCode(q.value(2).toString()).value_or(Role::FieldStaff);
    a.disabled = q.value(3).toBool();
    a.mustChangePassword = q.value(4).toBool();
    a.failedAttempts = q.value(5).toInt();
    a.retryAfter = parsed(q.value(6));
    a.lastLoginAt = parsed(q.value(7));
    a.createdAt = parsed(q.value(8));
    a.createdBy = q.value(9).toString();
    a.personId = q.value(10).toString();
    return a;
}

QJsonObject roleDetail(Role role)
{
    return {{QStringLiteral("role"), RolePolicy::code(role)}};
}

} // namespace

AccountService::AccountService(const Database &db, const Clock &clock, PasswordHasher hasher)
    : m_db(db)
    , m_clock(clock)
    , m_hasher(std::move(hasher))
{}

QString AccountService::normalizedUsername(const QString &username)
{
    return username.trimmed().toLower();
}

Status AccountService::checkUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{2,31}$"));
    if (!pattern.match(username).hasMatch()) {
        return Error{QStringLiteral("account.bad_username"),
                     tr("Nama pengguna harus 3–32 karakter: huruf kecil, angka, titik, garis "
                        "bawah atau tanda hubung, diawali huruf atau angka.")};
    }
    return {};
}

Status AccountService::checkPasswordRules(const QString &username, const QString &password)
{
    if (password.size() < 8) {
        return Error{QStringLiteral("account.weak_password"), tr("Kata sandi minimal 8 karakter.")};
    }
    if (password.size() > 256) {
        return Error{QStringLiteral("account.weak_password"),
                     tr("Kata sandi paling banyak 256 karakter.")};
    }
    if (password.compare(username, Qt::CaseInsensitive) == 0) {
        return Error{QStringLiteral("account.weak_password"),
                     tr("Kata sandi tidak boleh sama dengan nama pengguna.")};
    }
    return {};
}

Result<bool> AccountService::hasAccounts() const
{
    Result<QSqlQuery> q = m_db.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM account)"));
    if (!q) {
        return q.error();
    }
    return q->next() && q->value(0).toBool();
}

Result<Account> AccountService::find(const QString &username) const
{
    Result<QSqlQuery> q = m_db.query(QStringLiteral("SELECT %1 FROM account WHERE username = ?")
                                         .arg(QLatin1String(accountColumns)),
                                     {normalizedUsername(username)});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("account.unknown"),
                     tr("Akun %1 tidak ada.").arg(normalizedUsername(username))};
    }
    return accountFrom(q.value());
}

Result<QList<Account>> AccountService::list(const Session &session) const
{
    if (const Status allowed = session.require(Permission::ManageAccounts); !allowed) {
        return allowed.error();
    }
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT %1 FROM account ORDER BY disabled_at IS NOT NULL, "
                                  "display_name COLLATE NOCASE, username")
                       .arg(QLatin1String(accountColumns)));
    if (!q) {
        return q.error();
    }
    QList<Account> accounts;
    while (q->next()) {
        accounts.append(accountFrom(q.value()));
    }
    return accounts;
}

Result<QDateTime> AccountService::previousSignIn(const Session &session) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT at FROM audit_entry WHERE object_type = 'account' AND "
                       "object_id = ? AND (action = 'login' OR (action = 'account.create' AND "
                       "actor = object_id)) ORDER BY id DESC LIMIT 1 OFFSET 1"),
        {session.username()});
    if (!q) {
        return q.error();
    }
    return q->next() ? parsed(q->value(0)) : QDateTime();
}

Status AccountService::insert(const QString &createdBy, const QString &username,
                              const QString &displayName, Role role, const QString &password,
                              bool mustChange) const
{
    if (const Status s = checkUsername(username); !s) {
        return s;
    }
    const QString name = displayName.simplified();
    if (name.isEmpty() || name.size() > 80) {
        return Error{QStringLiteral("account.bad_name"),
                     tr("Nama lengkap wajib diisi (paling banyak 80 karakter).")};
    }
    if (const Status s = checkPasswordRules(username, password); !s) {
        return s;
    }
    const Result<QString> hash = m_hasher.hash(password);
    if (!hash) {
        return hash.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    Result<QSqlQuery> exists =
        m_db.query(QStringLiteral("SELECT 1 FROM account WHERE username = ?"), {username});
    if (!exists) {
        return exists.error();
    }
    if (exists->next()) {
        return Error{QStringLiteral("account.exists"),
                     tr("Nama pengguna %1 sudah dipakai. Akun tidak pernah dihapus, jadi nama "
                        "akun yang dinonaktifkan juga tidak bisa dipakai lagi.")
                         .arg(username)};
    }
    const QString now = storedTime(m_clock.now());
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("INSERT INTO account(username, display_name, role, password_hash, "
                       "must_change_password, created_at, created_by, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {username, name, RolePolicy::code(role), hash.value(), mustChange ? 1 : 0, now, createdBy,
         now});
    if (!q) {
        return q.error();
    }
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(createdBy, QStringLiteral("account.create"), QStringLiteral("account"),
                    username, roleDetail(role));
    if (!audited) {
        return audited.error();
    }
    return tx.commit();
}

Result<Session> AccountService::createFirstAdministrator(const QString &username,
                                                         const QString &displayName,
                                                         const QString &password) const
{
    const QString name = normalizedUsername(username);
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const Result<bool> any = hasAccounts();
    if (!any) {
        return any.error();
    }
    if (any.value()) {
        return Error{QStringLiteral("account.already_set_up"),
                     tr("Administrator pertama sudah dibuat. Masuk dengan akun yang ada.")};
    }
    if (const Status s = insert(name, name, displayName, Role::Administrator, password, false);
        !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    const Result<Account> account = find(name);
    if (!account) {
        return account.error();
    }
    return Session(account->actor());
}

Status AccountService::create(const Session &session, const QString &username,
                              const QString &displayName, Role role,
                              const QString &initialPassword) const
{
    if (const Status allowed = session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    return insert(session.username(), normalizedUsername(username), displayName, role,
                  initialPassword, true);
}

Result<int> AccountService::activeAdministrators() const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT count(*) FROM account WHERE role = ? AND disabled_at IS NULL"),
        {RolePolicy::code(Role::Administrator)});
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toInt() : 0;
}

Status AccountService::changeRole(const Session &session, const QString &username, Role role) const
{
    if (const Status allowed = session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    const Result<Account> account = find(username);
    if (!account) {
        return account.error();
    }
    if (account->role == role) {
        return {};
    }
    if (account->role == Role::Administrator && !account->disabled) {
        const Result<int> admins = activeAdministrators();
        if (!admins) {
            return admins.error();
        }
        if (admins.value() <= 1) {
            return Error{QStringLiteral("account.last_administrator"),
                         tr("%1 adalah satu-satunya administrator aktif. Jadikan akun lain "
                            "administrator dulu.")
                             .arg(account->displayName)};
        }
    }
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("UPDATE account SET role = ?, updated_at = ? WHERE username = ?"),
                   {RolePolicy::code(role), storedTime(m_clock.now()), account->username});
    if (!q) {
        return q.error();
    }
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(session.username(), QStringLiteral("account.role"), QStringLiteral("account"),
                    account->username,
                    {{QStringLiteral("from"), RolePolicy::code(account->role)},
                     {QStringLiteral("to"), RolePolicy::code(role)}});
    if (!audited) {
        return audited.error();
    }
    return tx.commit();
}

Status AccountService::setDisabled(const Session &session, const QString &username,
                                   bool disabled) const
{
    if (const Status allowed = session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    const Result<Account> account = find(username);
    if (!account) {
        return account.error();
    }
    if (account->disabled == disabled) {
        return {};
    }
    if (disabled && account->username == session.username()) {
        return Error{QStringLiteral("account.self_disable"),
                     tr("Akun yang sedang dipakai tidak bisa dinonaktifkan.")};
    }
    if (disabled && account->role == Role::Administrator) {
        const Result<int> admins = activeAdministrators();
        if (!admins) {
            return admins.error();
        }
        if (admins.value() <= 1) {
            return Error{QStringLiteral("account.last_administrator"),
                         tr("%1 adalah satu-satunya administrator aktif. Jadikan akun lain "
                            "administrator dulu.")
                             .arg(account->displayName)};
        }
    }
    const QString now = storedTime(m_clock.now());
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE account SET disabled_at = ?, updated_at = ? WHERE username = ?"),
        {disabled ? QVariant(now) : QVariant(QMetaType::fromType<QString>()), now,
         account->username});
    if (!q) {
        return q.error();
    }
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(session.username(),
                    disabled ? QStringLiteral("account.disable") : QStringLiteral("account.enable"),
                    QStringLiteral("account"), account->username);
    if (!audited) {
        return audited.error();
    }
    return tx.commit();
}

Status AccountService::resetPassword(const Session &session, const QString &username,
                                     const QString &temporaryPassword) const
{
    if (const Status allowed = session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    const Result<Account> account = find(username);
    if (!account) {
        return account.error();
    }
    if (const Status s = checkPasswordRules(account->username, temporaryPassword); !s) {
        return s;
    }
    const Result<QString> hash = m_hasher.hash(temporaryPassword);
    if (!hash) {
        return hash.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    // Resetting one's own password is a change, not a reset: no forced change afterwards.
    const bool own = account->username == session.username();
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("UPDATE account SET password_hash = ?, must_change_password = ?, "
                                  "failed_attempts = 0, retry_after = NULL, updated_at = ? "
                                  "WHERE username = ?"),
                   {hash.value(), own ? 0 : 1, storedTime(m_clock.now()), account->username});
    if (!q) {
        return q.error();
    }
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(session.username(), QStringLiteral("account.password_reset"),
                    QStringLiteral("account"), account->username);
    if (!audited) {
        return audited.error();
    }
    return tx.commit();
}

Status AccountService::setPerson(const Session &session, const QString &username,
                                 const QString &personId) const
{
    if (const Status allowed = session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    const QString person = personId.trimmed();
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    const Result<Account> account = find(username);
    if (!account) {
        return account.error();
    }
    if (account->personId == person) {
        return {};
    }
    if (!person.isEmpty()) {
        Result<QSqlQuery> known =
            m_db.query(QStringLiteral("SELECT 1 FROM person WHERE id = ?"), {person});
        if (!known) {
            return known.error();
        }
        if (!known->next()) {
            return Error{QStringLiteral("account.unknown_person"),
                         tr("Orang dengan ID %1 tidak ada di data; pilih orang dari data "
                            "kelurahan/desa.")
                             .arg(person)};
        }
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE account SET person_id = ?, updated_at = ? WHERE username = ?"),
        {person.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(person),
         storedTime(m_clock.now()), account->username});
    if (!q) {
        return q.error();
    }
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(session.username(), QStringLiteral("account.person"), QStringLiteral("account"),
                    account->username, {{QStringLiteral("person_id"), person}});
    if (!audited) {
        return audited.error();
    }
    return tx.commit();
}

Status AccountService::changeOwnPassword(const Session &session, const QString &currentPassword,
                                         const QString &newPassword) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT password_hash FROM account WHERE username = ? AND disabled_at IS "
                       "NULL"),
        {session.username()});
    if (!q) {
        return q.error();
    }
    if (!q->next() || !m_hasher.verify(q->value(0).toString(), currentPassword)) {
        return Error{QStringLiteral("account.wrong_password"),
                     tr("Kata sandi sekarang salah; kata sandi tidak diganti.")};
    }
    if (newPassword == currentPassword) {
        return Error{QStringLiteral("account.same_password"),
                     tr("Kata sandi baru harus berbeda dari yang sekarang.")};
    }
    if (const Status s = checkPasswordRules(session.username(), newPassword); !s) {
        return s;
    }
    const Result<QString> hash = m_hasher.hash(newPassword);
    if (!hash) {
        return hash.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    Result<QSqlQuery> update =
        m_db.query(QStringLiteral("UPDATE account SET password_hash = ?, must_change_password = 0, "
                                  "updated_at = ? WHERE username = ?"),
                   {hash.value(), storedTime(m_clock.now()), session.username()});
    if (!update) {
        return update.error();
    }
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(session.username(), QStringLiteral("account.password_change"),
                    QStringLiteral("account"), session.username());
    if (!audited) {
        return audited.error();
    }
    return tx.commit();
}

} // namespace tepat

namespace tepat {

int AccountService::idleLockMinutes() const
{
    const int minutes = m_db.setting(QStringLiteral("lock.idle_minutes")).toInt();
    return minutes > 0 ? minutes : defaultIdleLockMinutes;
}

Status AccountService::setIdleLockMinutes(const Session &session, int minutes) const
{
    if (const Status allowed = session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    if (minutes < 1 || minutes > 240) {
        return Error{QStringLiteral("account.idle_minutes"),
                     tr("Kunci otomatis: 1 sampai 240 menit.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (const Status s =
            m_db.setSetting(QStringLiteral("lock.idle_minutes"), QString::number(minutes));
        !s) {
        return s;
    }
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(session.username(), QStringLiteral("settings.idle_lock"),
                    QStringLiteral("setting"), QStringLiteral("lock.idle_minutes"),
                    {{QStringLiteral("minutes"), minutes}});
    if (!audited) {
        return audited.error();
    }
    return tx.commit();
}

} // namespace tepat
