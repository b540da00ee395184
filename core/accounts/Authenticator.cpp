#include "core/accounts/Authenticator.h"

#include "core/accounts/AccountService.h"
#include "core/common/Clock.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace tepat {

namespace {

// Failed attempts by names without an account are recorded without the typed name: people
// sometimes type their password into the name field.
const QString unknownActor = QStringLiteral("?");

} // namespace

Authenticator::Authenticator(const Database &db, const Clock &clock, PasswordHasher hasher)
    : m_db(db)
    , m_clock(clock)
    , m_hasher(std::move(hasher))
{}

qint64 Authenticator::delayAfter(int consecutiveFailures)
{
    if (consecutiveFailures <= freeAttempts) {
        return 0;
    }
    const int doublings = qMin(consecutiveFailures - freeAttempts - 1, 20);
    return qMin<qint64>(qint64(5) << doublings, 15 * 60);
}

Error Authenticator::waitError(qint64 seconds) const
{
    return Error{QStringLiteral("auth.wait"),
                 tr("Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.", nullptr,
                    int(seconds))};
}

Error Authenticator::wrongCredentials(qint64 nextWait) const
{
    QString message = tr("Nama pengguna atau kata sandi salah.");
    if (nextWait > 0) {
        message +=
            u' ' + tr("Percobaan berikutnya baru bisa dalam %n detik.", nullptr, int(nextWait));
    }
    return Error{QStringLiteral("auth.wrong"), message};
}

qint64 Authenticator::secondsToWait(const QString &username) const
{
    const QString name = AccountService::normalizedUsername(username);
    QDateTime retryAfter;
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT retry_after FROM account WHERE username = ?"), {name});
    if (q && q->next()) {
        retryAfter = q->value(0).isNull()
                         ? QDateTime()
                         : QDateTime::fromString(q->value(0).toString(), Qt::ISODate);
    } else {
        retryAfter = m_unknownNames.value(name).retryAfter;
    }
    if (!retryAfter.isValid()) {
        return 0;
    }
    const qint64 ms = m_clock.now().msecsTo(retryAfter);
    return ms > 0 ? (ms + 999) / 1000 : 0;
}

Result<SignedIn> Authenticator::signIn(const QString &username, const QString &password)
{
    return attempt(username, password, QStringLiteral("login"));
}

Status Authenticator::confirm(const Session &session, const QString &password)
{
    const Result<SignedIn> result =
        attempt(session.username(), password, QStringLiteral("session.unlock"));
    if (!result) {
        return result.error();
    }
    return {};
}

Result<SignedIn> Authenticator::attempt(const QString &username, const QString &password,
                                        const QString &successAction)
{
    const QString name = AccountService::normalizedUsername(username);
    const QDateTime now = m_clock.now();
    const AuditTrail trail(m_db, m_clock);

    if (const qint64 wait = secondsToWait(name); wait > 0) {
        return waitError(wait);
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT password_hash, display_name, role, disabled_at IS NOT NULL, "
                       "must_change_password, failed_attempts FROM account WHERE username = ?"),
        {name});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        m_hasher.verifyNothing(password);
        Attempts &attempts = m_unknownNames[name];
        ++attempts.failures;
        const qint64 wait = delayAfter(attempts.failures);
        attempts.retryAfter = now.addSecs(wait);
        const Result<AuditEntry> audited =
            trail.record(unknownActor, QStringLiteral("login.failed"), QStringLiteral("account"),
                         {}, {{QStringLiteral("reason"), QStringLiteral("unknown_user")}});
        if (!audited) {
            return audited.error();
        }
        return wrongCredentials(wait);
    }
    const QString hash = q->value(0).toString();
    const Actor actor{name, q->value(1).toString(),
                      RolePolicy::roleFromCode(q->value(2).toString()).value_or(Role::FieldStaff)};
    const bool disabled = q->value(3).toBool();
    const bool mustChange = q->value(4).toBool();
    const int failures = q->value(5).toInt();
    q->finish();

    if (!m_hasher.verify(hash, password)) {
        const int failuresNow = failures + 1;
        const qint64 wait = delayAfter(failuresNow);
        Transaction tx(m_db);
        if (!tx.begun()) {
            return tx.begun().error();
        }
        Result<QSqlQuery> update = m_db.query(
            QStringLiteral(
                "UPDATE account SET failed_attempts = ?, retry_after = ? WHERE username = ?"),
            {failuresNow,
             wait > 0 ? QVariant(storedTime(now.addSecs(wait)))
                      : QVariant(QMetaType::fromType<QString>()),
             name});
        if (!update) {
            return update.error();
        }
        const Result<AuditEntry> audited =
            trail.record(name, QStringLiteral("login.failed"), QStringLiteral("account"), name,
                         {{QStringLiteral("reason"), QStringLiteral("wrong_password")},
                          {QStringLiteral("consecutive"), failuresNow}});
        if (!audited) {
            return audited.error();
        }
        if (const Status s = tx.commit(); !s) {
            return s.error();
        }
        return wrongCredentials(wait);
    }
    if (disabled) {
        const Result<AuditEntry> audited =
            trail.record(name, QStringLiteral("login.failed"), QStringLiteral("account"), name,
                         {{QStringLiteral("reason"), QStringLiteral("disabled")}});
        if (!audited) {
            return audited.error();
        }
        return Error{QStringLiteral("auth.disabled"),
                     tr("Akun ini dinonaktifkan. Minta administrator untuk mengaktifkannya.")};
    }

    // A hash made with older limits is replaced while the password is at hand.
    QString newHash = hash;
    if (m_hasher.needsRehash(hash)) {
        const Result<QString> rehashed = m_hasher.hash(password);
        if (rehashed) {
            newHash = rehashed.value();
        }
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> update =
        m_db.query(QStringLiteral("UPDATE account SET failed_attempts = 0, retry_after = NULL, "
                                  "last_login_at = ?, password_hash = ? WHERE username = ?"),
                   {storedTime(now), newHash, name});
    if (!update) {
        return update.error();
    }
    const Result<AuditEntry> audited =
        trail.record(name, successAction, QStringLiteral("account"), name);
    if (!audited) {
        return audited.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return SignedIn{Session(actor), mustChange};
}

} // namespace tepat
