#include "core/accounts/Authenticator.h"
#include "tests/core/accounts/AccountsTestSupport.h"
#include "tests/core/requests/RegisterFixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestAccountService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartCreatesTheAdministratorOnce()
    {
        TempStore store;
        const AccountService accounts(*store.db, store.clock, fastHasher());
        QCOMPARE(accounts.hasAccounts().value(), false);
        const auto admin = accounts.createFirstAdministrator(QStringLiteral(" Rina "),
                                                             QStringLiteral("Rina Wulandari"),
                                                             QStringLiteral("sandi-rina-1"));
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().message));
        QCOMPARE(admin->username(), QStringLiteral("rina"));
        QCOMPARE(admin->actor().role, Role::Administrator);
        QVERIFY(admin->can(Permission::ManageAccounts));
        QCOMPARE(accounts.hasAccounts().value(), true);
        const auto again = accounts.createFirstAdministrator(
            QStringLiteral("lain"), QStringLiteral("Lain"), QStringLiteral("sandi-lain-1"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("account.already_set_up"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM account")), 1);
        // The password is stored only as an argon2id hash.
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM account WHERE password_hash "
                                            "LIKE '$argon2id$%' AND password_hash NOT LIKE "
                                            "'%sandi-rina%'")),
                 1);
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'account.create' AND "
                     "actor = 'rina' AND object_id = 'rina'")),
                 1);
    }

    void inputIsChecked()
    {
        TempStore store;
        const AccountService accounts(*store.db, store.clock, fastHasher());
        QCOMPARE(accounts
                     .createFirstAdministrator(QStringLiteral("a"), QStringLiteral("A"),
                                               QStringLiteral("panjang-sekali"))
                     .error()
                     .code,
                 QStringLiteral("account.bad_username"));
        QCOMPARE(accounts
                     .createFirstAdministrator(QStringLiteral("rina"), QStringLiteral("Rina"),
                                               QStringLiteral("pendek"))
                     .error()
                     .code,
                 QStringLiteral("account.weak_password"));
        QCOMPARE(accounts
                     .createFirstAdministrator(QStringLiteral("rina1234"), QStringLiteral("Rina"),
                                               QStringLiteral("RINA1234"))
                     .error()
                     .code,
                 QStringLiteral("account.weak_password"));
        QCOMPARE(accounts
                     .createFirstAdministrator(QStringLiteral("rina"), QStringLiteral("  "),
                                               QStringLiteral("sandi-rina-1"))
                     .error()
                     .code,
                 QStringLiteral("account.bad_name"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM account")), 0);
    }

    // Every account change is refused inside the service for roles without ManageAccounts,
    // whatever the screen shows.
    void onlyAdministratorsManageAccounts_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("administrator") << Role::Administrator << true;
        QTest::newRow("operator") << Role::Operator << false;
        QTest::newRow("field staff") << Role::FieldStaff << false;
        QTest::newRow("village head") << Role::VillageHead << false;
    }

    void onlyAdministratorsManageAccounts()
    {
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        TempStore store;
        seedAccounts(*store.db, store.clock);
        const AccountService accounts(*store.db, store.clock, fastHasher());
        const Session caller = sessionAs(role, QStringLiteral("pemanggil"));
        const qint64 auditBefore = store.count(QStringLiteral("SELECT count(*) FROM audit_entry"));

        const QList<std::pair<const char *, Status>> attempts{
            {"create", accounts.create(caller, QStringLiteral("baru"), QStringLiteral("Baru"),
                                       Role::Operator, QStringLiteral("sementara-baru"))},
            {"role", accounts.changeRole(caller, QStringLiteral("lapangan"), Role::Operator)},
            {"disable", accounts.setDisabled(caller, QStringLiteral("operator"), true)},
            {"reset", accounts.resetPassword(caller, QStringLiteral("kades"),
                                             QStringLiteral("sementara-kades2"))},
            {"idle lock", accounts.setIdleLockMinutes(caller, 3)},
        };
        for (const auto &[what, status] : attempts) {
            QVERIFY2(status.ok() == allowed, what);
            if (!allowed) {
                QCOMPARE(status.error().code, QStringLiteral("auth.forbidden"));
            }
        }
        QCOMPARE(accounts.list(caller).ok(), allowed);
        const qint64 auditAfter = store.count(QStringLiteral("SELECT count(*) FROM audit_entry"));
        if (allowed) {
            QCOMPARE(auditAfter, auditBefore + 5);
            QCOMPARE(accounts.idleLockMinutes(), 3);
            QCOMPARE(accounts.find(QStringLiteral("lapangan"))->role, Role::Operator);
            QVERIFY(accounts.find(QStringLiteral("operator"))->disabled);
            QVERIFY(accounts.find(QStringLiteral("kades"))->mustChangePassword);
            QVERIFY(accounts.find(QStringLiteral("baru"))->mustChangePassword);
        } else {
            QCOMPARE(auditAfter, auditBefore);
            QCOMPARE(accounts.idleLockMinutes(), AccountService::defaultIdleLockMinutes);
            QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM account")), 4);
            QCOMPARE(accounts.find(QStringLiteral("lapangan"))->role, Role::FieldStaff);
            QVERIFY(!accounts.find(QStringLiteral("operator"))->disabled);
        }
    }

    // An account is linked to its holder's own register record by an administrator only, to a
    // person the register has; the link is audited with the person id, and can be removed.
    void anAccountIsLinkedToAPersonByAnAdministrator()
    {
        TempStore store;
        QVERIFY(importTwoFamilies(store));
        const Session admin = seedAccounts(*store.db, store.clock);
        const AccountService accounts(*store.db, store.clock, fastHasher());
        QVERIFY(accounts.find(QStringLiteral("operator"))->personId.isEmpty());
        const Status refused =
            accounts.setPerson(sessionAs(Role::Operator, QStringLiteral("operator")),
                               QStringLiteral("operator"), QStringLiteral("H2.01"));
        QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(accounts.setPerson(admin, QStringLiteral("operator"), QStringLiteral("H9.01"))
                     .error()
                     .code,
                 QStringLiteral("account.unknown_person"));
        QVERIFY(accounts.find(QStringLiteral("operator"))->personId.isEmpty());
        QVERIFY(accounts.setPerson(admin, QStringLiteral("operator"), QStringLiteral(" H2.01 ")));
        QCOMPARE(accounts.find(QStringLiteral("operator"))->personId, QStringLiteral("H2.01"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = "
                                            "'account.person' AND object_id = 'operator' AND "
                                            "details LIKE '%H2.01%'")),
                 1);
        QVERIFY(accounts.setPerson(admin, QStringLiteral("operator"), {}));
        QVERIFY(accounts.find(QStringLiteral("operator"))->personId.isEmpty());
    }

    void accountsAreNeverDeleted()
    {
        TempStore store;
        const Session admin = seedAccounts(*store.db, store.clock);
        const AccountService accounts(*store.db, store.clock, fastHasher());
        QVERIFY(
            !store.db->query(QStringLiteral("DELETE FROM account WHERE username = 'operator'")));
        QVERIFY(accounts.setDisabled(admin, QStringLiteral("operator"), true));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM account")), 4);
        // A disabled name stays taken.
        const Status reuse =
            accounts.create(admin, QStringLiteral("operator"), QStringLiteral("Lain"),
                            Role::Operator, QStringLiteral("sementara-lain"));
        QCOMPARE(reuse.error().code, QStringLiteral("account.exists"));
        QVERIFY(accounts.setDisabled(admin, QStringLiteral("operator"), false));
        QVERIFY(!accounts.find(QStringLiteral("operator"))->disabled);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action IN "
                                            "('account.disable', 'account.enable')")),
                 2);
    }

    void theLastAdministratorStays()
    {
        TempStore store;
        const Session admin = seedAccounts(*store.db, store.clock);
        const AccountService accounts(*store.db, store.clock, fastHasher());
        QCOMPARE(accounts.changeRole(admin, QStringLiteral("admin"), Role::Operator).error().code,
                 QStringLiteral("account.last_administrator"));
        QCOMPARE(accounts.setDisabled(admin, QStringLiteral("admin"), true).error().code,
                 QStringLiteral("account.self_disable"));
        QVERIFY(accounts.changeRole(admin, QStringLiteral("kades"), Role::Administrator));
        QVERIFY(accounts.changeRole(admin, QStringLiteral("admin"), Role::Operator));
        QCOMPARE(accounts.find(QStringLiteral("admin"))->role, Role::Operator);
    }

    void resetForcesAChangeAtNextSignIn()
    {
        TempStore store;
        const Session admin = seedAccounts(*store.db, store.clock);
        const AccountService accounts(*store.db, store.clock, fastHasher());
        QVERIFY(accounts.resetPassword(admin, QStringLiteral("operator"),
                                       QStringLiteral("sementara-99")));
        Authenticator auth(*store.db, store.clock, fastHasher());
        QVERIFY(!auth.signIn(QStringLiteral("operator"), QStringLiteral("sandi-operator")));
        const auto in = auth.signIn(QStringLiteral("operator"), QStringLiteral("sementara-99"));
        QVERIFY(in);
        QVERIFY(in->mustChangePassword);
        QCOMPARE(accounts
                     .changeOwnPassword(in->session, QStringLiteral("salah-sekali"),
                                        QStringLiteral("sandi-baru-99"))
                     .error()
                     .code,
                 QStringLiteral("account.wrong_password"));
        QVERIFY(accounts.changeOwnPassword(in->session, QStringLiteral("sementara-99"),
                                           QStringLiteral("sandi-baru-99")));
        const auto again = auth.signIn(QStringLiteral("operator"), QStringLiteral("sandi-baru-99"));
        QVERIFY(again);
        QVERIFY(!again->mustChangePassword);
    }

    // "Terakhir masuk" for the one signed in is the sign-in before this session.
    void previousSignInIsTheOneBeforeThisSession()
    {
        TempStore store;
        const AccountService accounts(*store.db, store.clock, fastHasher());
        const auto first = accounts.createFirstAdministrator(
            QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("rahasia-admin"));
        QVERIFY(first);
        const QDateTime created = store.clock.now();
        QVERIFY(!accounts.previousSignIn(*first)->isValid()); // the very first session

        Authenticator auth(*store.db, store.clock, fastHasher());
        store.clock.advanceSeconds(3600);
        const auto second = auth.signIn(QStringLiteral("admin"), QStringLiteral("rahasia-admin"));
        QVERIFY(second);
        QCOMPARE(accounts.previousSignIn(second->session)->toSecsSinceEpoch(),
                 created.toSecsSinceEpoch());
        const QDateTime secondAt = store.clock.now();
        store.clock.advanceSeconds(3600);
        QVERIFY(auth.confirm(second->session, QStringLiteral("rahasia-admin")));
        store.clock.advanceSeconds(3600);
        const auto third = auth.signIn(QStringLiteral("admin"), QStringLiteral("rahasia-admin"));
        QVERIFY(third);
        // Not the sign-in now running, and an unlocked screen is no new sign-in.
        QCOMPARE(accounts.previousSignIn(third->session)->toSecsSinceEpoch(),
                 secondAt.toSecsSinceEpoch());
        QCOMPARE(accounts.find(QStringLiteral("admin"))->lastLoginAt.toSecsSinceEpoch(),
                 store.clock.now().toSecsSinceEpoch());
    }

    void auditDetailsHoldNoSecretsOrIdentityNumbers()
    {
        TempStore store;
        seedAccounts(*store.db, store.clock);
        auto q = store.db->query(QStringLiteral("SELECT actor || action || object_id || details "
                                                "FROM audit_entry"));
        QVERIFY(q);
        static const QRegularExpression nik(QStringLiteral("\\d{16}"));
        int rows = 0;
        while (q->next()) {
            const QString text = q->value(0).toString();
            QVERIFY2(!text.contains(QStringLiteral("sandi")), qPrintable(text));
            QVERIFY2(!nik.match(text).hasMatch(), qPrintable(text));
            ++rows;
        }
        QVERIFY(rows >= 7);
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "TestAccountService.moc"
