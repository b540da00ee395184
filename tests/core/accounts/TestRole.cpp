#include "core/accounts/Role.h"

#include <QTest>

using namespace tepat;

class TestRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policy()
    {
        QVERIFY(RolePolicy::allows(Role::Administrator, Permission::RestoreBackups));
        QVERIFY(RolePolicy::allows(Role::Operator, Permission::Send));
        QVERIFY(!RolePolicy::allows(Role::Operator, Permission::Decide));
        QVERIFY(!RolePolicy::allows(Role::FieldStaff, Permission::PrintLetters));
        QVERIFY(RolePolicy::allows(Role::VillageHead, Permission::Decide));
        QVERIFY(!RolePolicy::allows(Role::VillageHead, Permission::ManageAccounts));
        // The family card shows every member's NIK: the roles that handle the data may see it,
        // the village head (who decides and signs) may not.
        QVERIFY(RolePolicy::allows(Role::Administrator, Permission::ViewFamilyCard));
        QVERIFY(RolePolicy::allows(Role::Operator, Permission::ViewFamilyCard));
        QVERIFY(RolePolicy::allows(Role::FieldStaff, Permission::ViewFamilyCard));
        QVERIFY(!RolePolicy::allows(Role::VillageHead, Permission::ViewFamilyCard));
    }

    void sessionRefusesWithAReason()
    {
        const Session field(
            Actor{QStringLiteral("andi"), QStringLiteral("Andi"), Role::FieldStaff});
        QVERIFY(field.require(Permission::Draft));
        const Status refused = field.require(Permission::Send);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY(refused.error().message.contains(QStringLiteral("Andi")));
    }

    void codes()
    {
        for (Role r : RolePolicy::allRoles()) {
            QCOMPARE(RolePolicy::roleFromCode(RolePolicy::code(r)), r);
        }
    }
};

QTEST_GUILESS_MAIN(TestRole)
#include "TestRole.moc"
