#include "core/demo/DemoVillage.h"
#include "core/register/HouseholdBrowser.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestHouseholdBrowser : public QObject
{
    Q_OBJECT

    TempStore m_store;

    // Walks every page and returns the ids in the order the browser gave them.
    QStringList walk(const HouseholdFilter &filter, HouseholdSort sort, bool descending,
                     int pageSize)
    {
        const HouseholdBrowser browser(*m_store.db);
        QStringList ids;
        HouseholdCursor cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            const auto page = browser.page(filter, sort, descending, cursor, pageSize);
            if (!page) {
                qWarning("%s", qPrintable(page.error().message));
                return {};
            }
            for (const Household &h : page->rows) {
                ids << h.id;
            }
            if (!page->hasMore) {
                break;
            }
            cursor = page->next;
        }
        return ids;
    }

    // The same order computed the slow way, in SQL over the whole table.
    QStringList expected(const QString &where, const QString &order)
    {
        QStringList ids;
        auto q = m_store.db->query(
            QStringLiteral("SELECT id FROM household h WHERE %1 ORDER BY %2").arg(where, order));
        while (q && q->next()) {
            ids << q->value(0).toString();
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoOptions o;
        o.households = 300;
        o.today = QDate(2026, 11, 23);
        QVERIFY(DemoVillage::populate(*m_store.db, m_store.clock, o));
        // Some households without a desil or KK, to exercise the NULL keys.
        QVERIFY(m_store.db->execute("UPDATE household SET desil = NULL WHERE id LIKE '%7'; "
                                    "UPDATE household SET kk_number = NULL WHERE id LIKE '%3';"));
    }

    void everySortPagesThroughEveryRowOnce_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("order");
        QTest::newRow("id") << int(HouseholdSort::Id) << false << "id";
        QTest::newRow("id desc") << int(HouseholdSort::Id) << true << "id DESC";
        QTest::newRow("head") << int(HouseholdSort::Head) << false << "head_name, rowid";
        QTest::newRow("head desc")
            << int(HouseholdSort::Head) << true << "head_name DESC, rowid DESC";
        QTest::newRow("kk with nulls")
            << int(HouseholdSort::KkNumber) << false << "coalesce(kk_number, ''), rowid";
        QTest::newRow("area") << int(HouseholdSort::Area) << false << "rw, rt, rowid";
        QTest::newRow("area desc")
            << int(HouseholdSort::Area) << true << "rw DESC, rt DESC, rowid DESC";
        QTest::newRow("desil with nulls")
            << int(HouseholdSort::Desil) << false << "coalesce(desil, 0), rowid";
        QTest::newRow("desil desc")
            << int(HouseholdSort::Desil) << true << "coalesce(desil, 0) DESC, rowid DESC";
        QTest::newRow("members") << int(HouseholdSort::Members) << false << "member_count, rowid";
        QTest::newRow("members desc")
            << int(HouseholdSort::Members) << true << "member_count DESC, rowid DESC";
        QTest::newRow("status") << int(HouseholdSort::Status) << false << "status, rowid";
    }

    void everySortPagesThroughEveryRowOnce()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QString, order);
        const QStringList got = walk({}, HouseholdSort(sort), descending, 17);
        QCOMPARE(got.size(), 300);
        QCOMPARE(got, expected(QStringLiteral("1 = 1"), order));
    }

    void filtersCombine()
    {
        HouseholdFilter f;
        f.rw = QStringLiteral("002");
        f.desil = 1;
        QCOMPARE(walk(f, HouseholdSort::Head, false, 5),
                 expected(QStringLiteral("rw = '002' AND desil = 1"),
                          QStringLiteral("head_name, rowid")));
        HouseholdFilter pkh;
        pkh.program = Program::Pkh;
        const QStringList withPkh = walk(pkh, HouseholdSort::Id, false, 50);
        QVERIFY(!withPkh.isEmpty());
        QCOMPARE(
            withPkh,
            expected(QStringLiteral("EXISTS (SELECT 1 FROM person p JOIN program_membership m ON "
                                    "m.person_pk = p.pk WHERE p.household_id = h.id AND m.program "
                                    "= 'PKH' AND m.until IS NULL)"),
                     QStringLiteral("id")));
        HouseholdFilter bereaved;
        bereaved.memberStatus = PersonStatus::Deceased;
        const QStringList deceased = walk(bereaved, HouseholdSort::Id, false, 50);
        QVERIFY(!deceased.isEmpty());
        QCOMPARE(deceased,
                 expected(QStringLiteral(
                              "EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND "
                              "p.status = 'deceased')"),
                          QStringLiteral("id")));
        const HouseholdBrowser browser(*m_store.db);
        QCOMPARE(browser.count(bereaved).value(), qint64(deceased.size()));
        QCOMPARE(browser.count({}).value(), 300);
    }

    void neighbourhoodUnitsForFilters()
    {
        const HouseholdBrowser browser(*m_store.db);
        const QStringList rws = browser.neighbourhoodUnits(true).value();
        QCOMPARE(rws.first(), QStringLiteral("001"));
        QVERIFY(rws.size() >= 2);
        QVERIFY(std::is_sorted(rws.begin(), rws.end()));
    }

    void keysetSeeksTheIndex()
    {
        // The planner must use an index for the sorted, cursor-limited query, not sort the table.
        auto plan = m_store.db->query(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id FROM household WHERE (head_name, rowid) > ('M', 0) "
            "ORDER BY head_name, rowid LIMIT 10"));
        QString text;
        while (plan && plan->next()) {
            text += plan->value(3).toString() + u'\n';
        }
        QVERIFY2(text.contains(QStringLiteral("household_by_head")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestHouseholdBrowser)
#include "TestHouseholdBrowser.moc"
