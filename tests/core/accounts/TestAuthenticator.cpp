#include "core/accounts/Authenticator.h"
#include "tests/core/accounts/AccountsTestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestAuthenticator : public QObject
{
    Q_OBJECT

    static qint64 audits(const TempStore &store, const char *action)
    {
        return store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = '%1'")
                               .arg(QLatin1String(action)));
    }

private Q_SLOTS:
    void delayGrows()
    {
        QCOMPARE(Authenticator::delayAfter(0), 0);
        QCOMPARE(Authenticator::delayAfter(1), 0);
        QCOMPARE(Authenticator::delayAfter(2), 0);
        QCOMPARE(Authenticator::delayAfter(3), 5);
        QCOMPARE(Authenticator::delayAfter(4), 10);
        QCOMPARE(Authenticator::delayAfter(5), 20);
        QCOMPARE(Authenticator::delayAfter(9), 320);
        QCOMPARE(Authenticator::delayAfter(11), 900);
        QCOMPARE(Authenticator::delayAfter(1000), 900);
    }

    void signInGivesTheAccountsSession()
    {
        TempStore store;
        seedAccounts(*store.db, store.clock);
        Authenticator auth(*store.db, store.clock, fastHasher());
        const auto in = auth.signIn(QStringLiteral("KADES"), QStringLiteral("sandi-kades"));
        QVERIFY2(in, qPrintable(in ? QString() : in.error().message));
        QCOMPARE(in->session.username(), QStringLiteral("kades"));
        QCOMPARE(in->session.actor().role, Role::VillageHead);
        QVERIFY(in->session.can(Permission::Decide));
        QVERIFY(!in->session.can(Permission::ManageAccounts));
        QCOMPARE(audits(store, "login"), 1);
        QCOMPARE(AccountService(*store.db, store.clock).find(QStringLiteral("kades"))->lastLoginAt,
                 store.clock.now());
    }

    // Wrong passwords: two are free, then each attempt waits twice as long. While a wait
    // runs, even the right password is not checked. The clock is injected: no sleeping.
    void failedSignInsMakeEachNextAttemptWaitLonger()
    {
        TempStore store;
        seedAccounts(*store.db, store.clock);
        Authenticator auth(*store.db, store.clock, fastHasher());
        const QString user = QStringLiteral("operator");
        for (int i = 0; i < 2; ++i) {
            const auto r = auth.signIn(user, QStringLiteral("salah"));
            QCOMPARE(r.error().code, QStringLiteral("auth.wrong"));
            QCOMPARE(auth.secondsToWait(user), 0);
        }
        QCOMPARE(auth.signIn(user, QStringLiteral("salah")).error().code,
                 QStringLiteral("auth.wrong"));
        QCOMPARE(auth.secondsToWait(user), 5);

        const auto refused = auth.signIn(user, QStringLiteral("sandi-operator"));
        QCOMPARE(refused.error().code, QStringLiteral("auth.wait"));
        QVERIFY(refused.error().message.contains(QStringLiteral("5 detik")));
        store.clock.advanceSeconds(4);
        QCOMPARE(auth.signIn(user, QStringLiteral("sandi-operator")).error().code,
                 QStringLiteral("auth.wait"));
        QCOMPARE(auth.secondsToWait(user), 1);

        store.clock.advanceSeconds(1);
        QCOMPARE(auth.signIn(user, QStringLiteral("salah")).error().code,
                 QStringLiteral("auth.wrong"));
        QCOMPARE(auth.secondsToWait(user), 10);
        store.clock.advanceSeconds(10);
        const auto fifth = auth.signIn(user, QStringLiteral("salah"));
        QVERIFY(fifth.error().message.contains(QStringLiteral("20 detik")));
        QCOMPARE(auth.secondsToWait(user), 20);
        QCOMPARE(audits(store, "login.failed"), 5); // waits refused unchecked are not failures

        // The wait survives a restart (it is kept in the store).
        Authenticator restarted(*store.db, store.clock, fastHasher());
        QCOMPARE(restarted.secondsToWait(user), 20);
        store.clock.advanceSeconds(20);
        QVERIFY(restarted.signIn(user, QStringLiteral("sandi-operator")));
        QCOMPARE(restarted.secondsToWait(user), 0);
        // Success starts the count again.
        QCOMPARE(AccountService(*store.db, store.clock).find(user)->failedAttempts, 0);
        QVERIFY(!restarted.signIn(user, QStringLiteral("salah")));
        QCOMPARE(restarted.secondsToWait(user), 0);
        // Other accounts are not slowed down.
        QVERIFY(restarted.signIn(QStringLiteral("kades"), QStringLiteral("sandi-kades")));
    }

    void unknownNamesLookTheSameAndWaitToo()
    {
        TempStore store;
        seedAccounts(*store.db, store.clock);
        Authenticator auth(*store.db, store.clock, fastHasher());
        const auto unknown = auth.signIn(QStringLiteral("siapa"), QStringLiteral("sandi"));
        const auto wrong = auth.signIn(QStringLiteral("admin"), QStringLiteral("sandi"));
        QCOMPARE(unknown.error().code, wrong.error().code);
        QCOMPARE(unknown.error().message, wrong.error().message);
        QVERIFY(!auth.signIn(QStringLiteral("siapa"), QStringLiteral("sandi")));
        QVERIFY(!auth.signIn(QStringLiteral("siapa"), QStringLiteral("sandi")));
        QCOMPARE(auth.secondsToWait(QStringLiteral("siapa")), 5);
        QCOMPARE(auth.signIn(QStringLiteral("siapa"), QStringLiteral("sandi")).error().code,
                 QStringLiteral("auth.wait"));
        // The typed name is not recorded (people type passwords into the name field).
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE actor || "
                                            "object_id || details LIKE '%siapa%'")),
                 0);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = "
                                            "'login.failed' AND actor = '?'")),
                 3);
    }

    void disabledAccountsCannotSignIn()
    {
        TempStore store;
        const Session admin = seedAccounts(*store.db, store.clock);
        QVERIFY(AccountService(*store.db, store.clock, fastHasher())
                    .setDisabled(admin, QStringLiteral("lapangan"), true));
        Authenticator auth(*store.db, store.clock, fastHasher());
        const auto r = auth.signIn(QStringLiteral("lapangan"), QStringLiteral("sandi-lapangan"));
        QCOMPARE(r.error().code, QStringLiteral("auth.disabled"));
        QCOMPARE(audits(store, "login"), 0);
    }

    void confirmChecksTheSignedInPerson()
    {
        TempStore store;
        seedAccounts(*store.db, store.clock);
        Authenticator auth(*store.db, store.clock, fastHasher());
        const Session kades =
            auth.signIn(QStringLiteral("kades"), QStringLiteral("sandi-kades"))->session;
        QCOMPARE(auth.confirm(kades, QStringLiteral("sandi-admin")).error().code,
                 QStringLiteral("auth.wrong"));
        QVERIFY(auth.confirm(kades, QStringLiteral("sandi-kades")));
        QCOMPARE(audits(store, "session.unlock"), 1);
    }

    void olderHashesAreUpgradedAtSignIn()
    {
        TempStore store;
        seedAccounts(*store.db, store.clock);
        auto before = store.db->query(
            QStringLiteral("SELECT password_hash FROM account WHERE username = 'admin'"));
        QVERIFY(before && before->next());
        const QString oldHash = before->value(0).toString();
        Authenticator stronger(*store.db, store.clock, PasswordHasher(PasswordCost::interactive()));
        QVERIFY(stronger.signIn(QStringLiteral("admin"), QStringLiteral("rahasia-admin")));
        auto after = store.db->query(
            QStringLiteral("SELECT password_hash FROM account WHERE username = 'admin'"));
        QVERIFY(after && after->next());
        QVERIFY(after->value(0).toString() != oldHash);
        QVERIFY(
            !PasswordHasher(PasswordCost::interactive()).needsRehash(after->value(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "TestAuthenticator.moc"
