#include "core/demo/DemoVillage.h"
#include "core/register/RegisterRepository.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestRegisterRepository : public QObject
{
    Q_OBJECT

    TempStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        DemoOptions o;
        o.households = 50;
        o.today = QDate(2026, 11, 23);
        QVERIFY(DemoVillage::populate(*m_store.db, m_store.clock, o));
    }

    void householdWithMembersAndProgrammes()
    {
        const RegisterRepository repo(*m_store.db, m_store.clock);
        const auto h = repo.household(QStringLiteral("3571031001.000001"));
        QVERIFY(h);
        QCOMPARE(h->villageCode, QStringLiteral("35.71.03.1001"));
        QVERIFY(!h->headName.isEmpty());
        const auto members = repo.members(h->id);
        QVERIFY(members);
        QVERIFY(!members->isEmpty());
        QCOMPARE(members->first().relationship, Relationship::Head);
        QCOMPARE(members->first().name, h->headName);
        int active = 0;
        for (const Person &p : *members) {
            active += p.status == PersonStatus::Active;
        }
        QCOMPARE(h->memberCount, active);
        QVERIFY(!repo.household(QStringLiteral("nope")));
    }

    void pagesWalkAllHouseholdsInOrder()
    {
        const RegisterRepository repo(*m_store.db, m_store.clock);
        QStringList ids;
        QString after;
        for (;;) {
            const auto page = repo.householdPage(after, 7);
            QVERIFY(page);
            if (page->isEmpty()) {
                break;
            }
            for (const Household &h : *page) {
                ids << h.id;
            }
            after = ids.last();
        }
        QCOMPARE(ids.size(), 50);
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
    }

    void deactivationIsAStateWithHistory()
    {
        const RegisterRepository repo(*m_store.db, m_store.clock);
        const auto members = repo.members(QStringLiteral("3571031001.000002")).value();
        const Person target = members.last();
        const auto before = repo.household(target.householdId)->memberCount;
        QVERIFY(repo.setPersonStatus(target.id, PersonStatus::Deceased,
                                     QStringLiteral("Meninggal dunia"), QDate(2026, 11, 1),
                                     QStringLiteral("rina"), QStringLiteral("local")));
        const auto after = repo.person(target.id);
        QCOMPARE(after->status, PersonStatus::Deceased);
        QCOMPARE(after->statusReason, QStringLiteral("Meninggal dunia"));
        QCOMPARE(after->statusDate, QDate(2026, 11, 1));
        if (target.status == PersonStatus::Active) {
            QCOMPARE(repo.household(target.householdId)->memberCount, before - 1);
        }
        const auto history = repo.statusHistory(target.householdId);
        QVERIFY(history);
        QCOMPARE(history->last().personId, target.id);
        QCOMPARE(history->last().actor, QStringLiteral("rina"));
        QCOMPARE(history->last().source, QStringLiteral("local"));
        QVERIFY(m_store.count(QStringLiteral(
                    "SELECT count(*) FROM audit_entry WHERE action = 'status.change'")) >= 1);
        // A reason is required; nothing changes without one.
        const PersonStatus current = repo.person(target.id)->status;
        const Status noReason =
            repo.setPersonStatus(target.id, PersonStatus::Moved, QString(), QDate(2026, 11, 1),
                                 QStringLiteral("rina"), QStringLiteral("local"));
        QCOMPARE(noReason.error().code, QStringLiteral("status.reason_required"));
        QCOMPARE(repo.person(target.id)->status, current);
    }

    void householdExclusion()
    {
        const RegisterRepository repo(*m_store.db, m_store.clock);
        QVERIFY(repo.setHouseholdStatus(QStringLiteral("3571031001.000003"),
                                        HouseholdStatus::Excluded, QStringLiteral("Sudah mampu"),
                                        QDate(2026, 11, 2), QStringLiteral("rina"),
                                        QStringLiteral("local")));
        QCOMPARE(repo.household(QStringLiteral("3571031001.000003"))->status,
                 HouseholdStatus::Excluded);
        QVERIFY(!repo.setHouseholdStatus(QStringLiteral("missing"), HouseholdStatus::Excluded,
                                         QStringLiteral("x"), {}, QStringLiteral("rina"),
                                         QStringLiteral("local")));
    }

    void lookupByNik()
    {
        const RegisterRepository repo(*m_store.db, m_store.clock);
        const Person head = repo.members(QStringLiteral("3571031001.000004"))->first();
        QCOMPARE(repo.personByNik(head.nik)->id, head.id);
        QVERIFY(!repo.personByNik(QStringLiteral("0000000000000000")));
    }
};

QTEST_GUILESS_MAIN(TestRegisterRepository)
#include "TestRegisterRepository.moc"
