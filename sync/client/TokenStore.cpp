#include "sync/client/TokenStore.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace tepat::sync {

namespace {

TokenLookup waitFor(const std::function<void(TokenStore::Callback)> &start)
{
    TokenLookup result;
    bool done = false;
    QEventLoop loop;
    start([&](const TokenLookup &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
    return result;
}

// Runs one keychain job and answers exactly once: when it finishes or when it times out.
void runJob(QKeychain::Job *job, int timeoutMs, bool isRead, TokenStore::Callback done)
{
    auto *guard = new QObject();
    auto answered = std::make_shared<bool>(false);
    const auto answer = [guard, answered, done](const TokenLookup &r) {
        if (*answered) {
            return;
        }
        *answered = true;
        guard->deleteLater();
        done(r);
    };
    QObject::connect(job, &QKeychain::Job::finished, guard, [answer, isRead](QKeychain::Job *j) {
        TokenLookup r;
        switch (j->error()) {
        case QKeychain::NoError:
            r.status = TokenLookup::Status::Found;
            if (isRead) {
                r.token = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            }
            break;
        case QKeychain::EntryNotFound:
            r.status = TokenLookup::Status::NotFound;
            break;
        default:
            r.status = TokenLookup::Status::Unavailable;
            r.detail = j->errorString();
            break;
        }
        answer(r);
    });
    QTimer::singleShot(timeoutMs, guard, [answer] {
        answer({TokenLookup::Status::Unavailable,
                {},
                QStringLiteral("keychain did not answer in time")});
    });
    job->setAutoDelete(true);
    job->start();
}

} // namespace

TokenLookup TokenStore::readNow(const QString &account)
{
    return waitFor([&](Callback done) { read(account, std::move(done)); });
}

TokenLookup TokenStore::writeNow(const QString &account, const QString &token)
{
    return waitFor([&](Callback done) { write(account, token, std::move(done)); });
}

TokenLookup TokenStore::removeNow(const QString &account)
{
    return waitFor([&](Callback done) { remove(account, std::move(done)); });
}

QString TokenStore::accountKey(const QString &serverUrl, const QString &username)
{
    const QUrl url(serverUrl);
    return QStringLiteral("%1:%2/%3")
        .arg(url.host())
        .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80))
        .arg(username);
}

KeychainTokenStore::KeychainTokenStore(QString service, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

void KeychainTokenStore::read(const QString &account, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(account);
    runJob(job, m_timeoutMs, true, std::move(done));
}

void KeychainTokenStore::write(const QString &account, const QString &token, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setTextData(token);
    runJob(job, m_timeoutMs, false, std::move(done));
}

void KeychainTokenStore::remove(const QString &account, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(account);
    runJob(job, m_timeoutMs, false, std::move(done));
}

void MemoryTokenStore::read(const QString &account, Callback done)
{
    if (!available) {
        done({TokenLookup::Status::Unavailable, {}, QStringLiteral("no keychain")});
    } else if (tokens.contains(account)) {
        done({TokenLookup::Status::Found, tokens.value(account), {}});
    } else {
        done({TokenLookup::Status::NotFound, {}, {}});
    }
}

void MemoryTokenStore::write(const QString &account, const QString &token, Callback done)
{
    if (!available) {
        done({TokenLookup::Status::Unavailable, {}, QStringLiteral("no keychain")});
        return;
    }
    tokens.insert(account, token);
    done({TokenLookup::Status::Found, {}, {}});
}

void MemoryTokenStore::remove(const QString &account, Callback done)
{
    if (!available) {
        done({TokenLookup::Status::Unavailable, {}, QStringLiteral("no keychain")});
        return;
    }
    done({tokens.remove(account) ? TokenLookup::Status::Found : TokenLookup::Status::NotFound,
          {},
          {}});
}

} // namespace tepat::sync
