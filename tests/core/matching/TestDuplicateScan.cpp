#include "core/matching/DuplicateScan.h"
#include "core/matching/RegisterRecords.h"
#include "tests/core/matching/MatchingFixtures.h"
#include "tests/core/matching/PlantedVillage.h"
#include "tests/support/TestSupport.h"

#include <QSet>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestDuplicateScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // EM counts a pair once in each session: the name session's two rules (name + year, name +
    // day) both produce a pair with the same name and birth date, and only the first counts;
    // a pair with day and month swapped only the first rule finds, and it counts there. The
    // birth-date rule is a session of its own and does not stop the name session counting.
    void countsEachPairOncePerSession()
    {
        MatchRegister reg;
        const uint32_t a = reg.add(facts(QStringLiteral("a"), QStringLiteral("Siti Aminah"),
                                         QDate(1980, 3, 5), Sex::Female));
        const uint32_t b = reg.add(facts(QStringLiteral("b"), QStringLiteral("Siti Aminah"),
                                         QDate(1980, 3, 5), Sex::Female));
        const uint32_t c = reg.add(facts(QStringLiteral("c"), QStringLiteral("Siti Aminah"),
                                         QDate(1980, 5, 3), Sex::Female));
        const std::vector<Blocking::Rule> &rules = Blocking::rules();
        const auto ruleOf = [&](Blocking::Kind kind) {
            for (int i = 0; i < int(rules.size()); ++i) {
                if (rules[size_t(i)].kind == kind) {
                    return i;
                }
            }
            return -1;
        };
        const int nameYear = ruleOf(Blocking::Kind::NameYear);
        const int nameDay = ruleOf(Blocking::Kind::NameDay);
        QVERIFY(nameYear > 0 && nameDay > nameYear);
        QVERIFY(DuplicateScan::firstInSession(reg, a, b, nameYear));
        QVERIFY(!DuplicateScan::firstInSession(reg, a, b, nameDay));
        QVERIFY(DuplicateScan::firstInSession(reg, a, c, nameYear));
        QVERIFY(DuplicateScan::firstInSession(reg, a, b, ruleOf(Blocking::Kind::BirthDate)));
    }

    // A village with planted duplicates of every kind: the pass finds nearly all of them and
    // takes few different people for one.
    void findsPlantedDuplicates()
    {
        const PlantedVillage village(3000, 25);
        QVERIFY(village.planted.size() > 50);
        const ScanResult result = DuplicateScan::run(village.reg);
        QVERIFY(!result.cancelled);
        const QSet<quint64> truth = village.truth();
        int found = 0;
        double previous = 2;
        for (const DuplicatePair &p : result.pairs) {
            QVERIFY(p.score.probability <= previous); // best first
            previous = p.score.probability;
            QVERIFY(p.score.probability >= MatchModel::kDefaultThreshold);
            found += truth.contains(PlantedVillage::pairKey(p.a, p.b)) ? 1 : 0;
        }
        const double recall = double(found) / double(truth.size());
        const double precision = double(found) / double(std::max<size_t>(result.pairs.size(), 1));
        QVERIFY2(recall >= 0.95, qPrintable(QStringLiteral("recall %1").arg(recall)));
        QVERIFY2(precision >= 0.9, qPrintable(QStringLiteral("precision %1").arg(precision)));
    }

    // A family registered again shows as a household pair.
    void findsHouseholdsRegisteredTwice()
    {
        const PlantedVillage village(3000, 25);
        QSet<quint64> twice;
        for (const demo::PlantedDuplicate &d : village.planted) {
            if (d.kind == demo::DuplicateKind::HouseholdTwice) {
                const uint32_t a = village.reg.at(village.index.value(d.originalId)).household;
                const uint32_t b = village.reg.at(village.index.value(d.duplicateId)).household;
                twice.insert(PlantedVillage::pairKey(a, b));
            }
        }
        QVERIFY(!twice.isEmpty());
        const ScanResult result = DuplicateScan::run(village.reg);
        int found = 0;
        for (const HouseholdPair &h : result.households) {
            found += twice.contains(PlantedVillage::pairKey(h.a, h.b)) ? 1 : 0;
        }
        QCOMPARE(found, int(twice.size()));
    }

    void cancels()
    {
        const PlantedVillage village(300, 0);
        ScanOptions options;
        int calls = 0;
        options.cancelled = [&calls] { return ++calls > 3; };
        const ScanResult result = DuplicateScan::run(village.reg, options);
        QVERIFY(result.cancelled);
        QVERIFY(result.pairs.empty());
    }

    void reportsProgress()
    {
        const PlantedVillage village(300, 10);
        ScanOptions options;
        qint64 last = 0;
        qint64 total = 0;
        options.progress = [&](qint64 done, qint64 of) {
            QVERIFY(done >= last);
            last = done;
            total = of;
        };
        DuplicateScan::run(village.reg, options);
        QVERIFY(total > 0);
        QCOMPARE(last, total);
    }

    // The store's active people, as the page and the command line load them.
    void loadsTheRegister()
    {
        TempStore store;
        DemoOptions o;
        o.households = 60;
        o.today = QDate(2026, 11, 23);
        o.duplicatesPermille = 100;
        QVERIFY(DemoVillage::populate(*store.db, store.clock, o));
        MatchRegister reg;
        QVERIFY(RegisterRecords::load(*store.db, reg));
        QCOMPARE(qint64(reg.size()), *RegisterRecords::activePeople(*store.db));
        QVERIFY(reg.size() > 100);
        QVERIFY(!reg.personId(0).isEmpty());

        MatchModel model = MatchModel::defaults();
        model.setDuplicateShare(0.03);
        QVERIFY(RegisterRecords::saveModel(*store.db, model));
        QCOMPARE(RegisterRecords::savedModel(*store.db).duplicateShare(), 0.03);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateScan)
#include "TestDuplicateScan.moc"
