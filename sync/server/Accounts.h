#pragma once

#include "core/common/Result.h"
#include "sync/protocol/Messages.h"

#include <QCoreApplication>

namespace tepat {
class Clock;
}

namespace tepat::central {

class CentralDatabase;

// Who is calling, as established from an access token.
struct Caller
{
    qint64 accountId = 0;
    QString username;
    QString role; // operator, supervisor
    QString villageCode;
    QString regencyCode;
    QString deviceId;

    bool isSupervisor() const { return role == QLatin1String("supervisor"); }
};

// One installation as the server knows it (`tepat-central device list`).
struct DeviceInfo
{
    QString deviceId;
    QString username;
    QString villageCode;
    QString deviceName;
    QString lastPushAt; // "" when it never pushed
    QString revokedAt;  // "" while it may sign in
};

// What a login needs from the store before the password is checked (off the event thread):
// the account's argon2id string, or, for a name without an account, a stand-in of the same
// cost so that both take the same time and give the same answer.
struct LoginAttempt
{
    qint64 accountId = 0; // 0: no such account
    QByteArray hash;
};

struct NewAccount
{
    QString username;
    QString displayName;
    QString role;       // operator (one village) or supervisor (one regency)
    QString regionCode; // village code for an operator, regency code (PP.RR) for a supervisor
};

// Operator and supervisor accounts, passwords (argon2id through libsodium's crypto_pwhash_str)
// and tokens: short-lived access tokens and refresh tokens that end 30 days after the login,
// bound to a device, stored only as SHA-256. A device id belongs to the account that first
// signed in with it. Disabled accounts and revoked devices are refused on every request.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    enum class HashStrength
    {
        Interactive, // libsodium's interactive limits: the default
        Minimal      // the smallest limits argon2id allows: for tests only
    };

    static constexpr int kAccessMinutes = 15;
    static constexpr int kRefreshDays = 30;

    Accounts(const CentralDatabase &db, const Clock &clock,
             HashStrength strength = HashStrength::Interactive);

    // Adds what this version keeps about accounts and devices to an older store.
    Status upgradeSchema() const;

    Result<sync::AccountInfo> add(const NewAccount &account, const QByteArray &password) const;
    Result<QList<sync::AccountInfo>> list() const;
    // Disabling ends every session of the account; enabling lets it sign in again.
    Status setEnabled(const QString &username, bool enabled) const;
    // A new password; every session of the account ends.
    Status setPassword(const QString &username, const QByteArray &password) const;
    Result<QList<DeviceInfo>> devices(const QString &username = {}) const;
    // A lost or stolen installation: its sessions end and it cannot sign in again.
    Status revokeDevice(const QString &deviceId) const;

    // login() in three steps, so the hashing can run on another thread: lookup() and
    // finishLogin() use the store (event thread), verify() only the CPU (any thread).
    Result<LoginAttempt> lookup(const QString &username) const;
    static bool verify(const QByteArray &hash, const QByteArray &password);
    Result<sync::TokenReply> finishLogin(const LoginAttempt &attempt, bool passwordMatches,
                                         const QString &deviceId, const QString &deviceName) const;
    Result<sync::TokenReply> login(const QString &username, const QByteArray &password,
                                   const QString &deviceId, const QString &deviceName) const;
    static bool isDeviceId(const QString &deviceId);
    Result<sync::TokenReply> refresh(const QString &refreshToken, const QString &deviceId) const;
    Status logout(const QString &accessToken, const QString &refreshToken) const;
    Result<Caller> authenticate(const QByteArray &authorizationHeader) const;

    static QString tokenHash(const QString &token);

private:
    Result<sync::TokenReply> issue(qint64 accountId, const QString &deviceId,
                                   const QString &existingRefresh) const;
    Result<sync::AccountInfo> accountInfo(qint64 accountId) const;
    Result<QString> hashPassword(const QByteArray &password) const;
    Result<qint64> accountId(const QString &username) const;
    // Refuses a disabled account or a revoked device or one of another account (inside the
    // caller's transaction).
    Status checkAccess(qint64 accountId, const QString &deviceId) const;
    Status revokeTokens(const QString &column, const QVariant &value) const;

    const CentralDatabase &m_db;
    const Clock &m_clock;
    HashStrength m_strength;
};

} // namespace tepat::central
