#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace tepat::sync {

struct TokenLookup
{
    enum class Status
    {
        Found,      // read: the token; write/remove: done
        NotFound,   // nothing stored for the account
        Unavailable // no keychain answered (missing, locked, or too slow)
    };
    Status status = Status::Unavailable;
    QString token;
    QString detail;
};

// Where the refresh token lives: only the operating system's keychain. Every call answers
// asynchronously and always answers (a keychain that does not reply in time counts as
// unavailable), so the caller never hangs; without a keychain the password is asked again.
class TokenStore
{
public:
    using Callback = std::function<void(const TokenLookup &)>;
    virtual ~TokenStore() = default;
    virtual void read(const QString &account, Callback done) = 0;
    virtual void write(const QString &account, const QString &token, Callback done) = 0;
    virtual void remove(const QString &account, Callback done) = 0;

    // For command-line tools: waits in a local event loop (bounded by the store's timeout).
    TokenLookup readNow(const QString &account);
    TokenLookup writeNow(const QString &account, const QString &token);
    TokenLookup removeNow(const QString &account);

    // The keychain entry for an account on a server: "host:port/username".
    static QString accountKey(const QString &serverUrl, const QString &username);
};

// QtKeychain (Secret Service on Linux, the Credential Manager on Windows).
class KeychainTokenStore : public QObject, public TokenStore
{
    Q_OBJECT

public:
    explicit KeychainTokenStore(QString service = QStringLiteral("Tepat"), int timeoutMs = 5000,
                                QObject *parent = nullptr);
    void read(const QString &account, Callback done) override;
    void write(const QString &account, const QString &token, Callback done) override;
    void remove(const QString &account, Callback done) override;

private:
    QString m_service;
    int m_timeoutMs;
};

// In memory, for tests and for a run that must not touch any keychain.
class MemoryTokenStore : public TokenStore
{
public:
    bool available = true;
    QHash<QString, QString> tokens;
    void read(const QString &account, Callback done) override;
    void write(const QString &account, const QString &token, Callback done) override;
    void remove(const QString &account, Callback done) override;
};

} // namespace tepat::sync
