#include "sync/client/TokenStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace tepat::sync;

// Runs under its own D-Bus session with an unlocked gnome-keyring (see tests/sync/CMakeLists.txt),
// so the real QtKeychain backend is exercised without touching the developer's keyring.
class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTokenIsWrittenReadAndRemoved()
    {
        KeychainTokenStore store(QStringLiteral("Tepat-test"), 10000);
        const QString account = TokenStore::accountKey(QStringLiteral("http://127.0.0.1:8080"),
                                                       QStringLiteral("op.bangsal"));
        QCOMPARE(account, QStringLiteral("127.0.0.1:8080/op.bangsal"));
        const TokenLookup written = store.writeNow(account, QStringLiteral("41aa-token"));
        QVERIFY2(written.status == TokenLookup::Status::Found, qPrintable(written.detail));
        const TokenLookup read = store.readNow(account);
        QCOMPARE(read.status, TokenLookup::Status::Found);
        QCOMPARE(read.token, QStringLiteral("41aa-token"));
        QCOMPARE(store.removeNow(account).status, TokenLookup::Status::Found);
        QCOMPARE(store.readNow(account).status, TokenLookup::Status::NotFound);
    }

    void withoutAKeychainTheAnswerIsUnavailableNotAHang()
    {
        if (qEnvironmentVariableIsSet("TEPAT_KEYCHAIN_CHILD")) {
            KeychainTokenStore store(QStringLiteral("Tepat-test"), 2000);
            QElapsedTimer timer;
            timer.start();
            const TokenLookup r = store.readNow(QStringLiteral("x/op"));
            QCOMPARE(r.status, TokenLookup::Status::Unavailable);
            QVERIFY(timer.elapsed() < 5000);
            return;
        }
        // The same check in a child process that has no session bus at all.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TEPAT_KEYCHAIN_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/tepat-bus"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("withoutAKeychainTheAnswerIsUnavailableNotAHang")});
        QVERIFY(child.waitForFinished(20000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().constData());
    }
};

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "TestKeychainTokenStore.moc"
