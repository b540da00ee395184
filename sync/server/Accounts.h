#pragma once

#include "common/Result.h"
#include "protocol/Messages.h"

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

struct NewAccount
{
    QString username;
    QString displayName;
    QString role;       // operator (one village) or supervisor (one regency)
    QString regionCode; // village code for an operator, regency code (PP.RR) for a supervisor
};

// Operator and supervisor accounts, passwords (argon2id through libsodium's crypto_pwhash_str)
// and tokens: short-lived access tokens and sliding refresh tokens, bound to a device, stored
// only as SHA-256.
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
    static constexpr int kMaxFailures = 10;
    static constexpr int kLockMinutes = 15;

    Accounts(const CentralDatabase &db, const Clock &clock,
             HashStrength strength = HashStrength::Interactive);

    Result<sync::AccountInfo> add(const NewAccount &account, const QByteArray &password) const;
    Result<QList<sync::AccountInfo>> list() const;

    Result<sync::TokenReply> login(const QString &username, const QByteArray &password,
                                   const QString &deviceId, const QString &deviceName) const;
    Result<sync::TokenReply> refresh(const QString &refreshToken, const QString &deviceId) const;
    Status logout(const QString &accessToken, const QString &refreshToken) const;
    Result<Caller> authenticate(const QByteArray &authorizationHeader) const;

    static QString tokenHash(const QString &token);

private:
    Result<sync::TokenReply> issue(qint64 accountId, const QString &deviceId,
                                   const QString &existingRefresh) const;
    Result<sync::AccountInfo> accountInfo(qint64 accountId) const;

    const CentralDatabase &m_db;
    const Clock &m_clock;
    HashStrength m_strength;
};

} // namespace tepat::central
