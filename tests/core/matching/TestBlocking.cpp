#include "core/matching/Blocking.h"
#include "tests/core/matching/MatchingFixtures.h"
#include "tests/core/matching/PlantedVillage.h"

#include <QSet>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestBlocking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every kind of planted duplicate lands in at least one block (blocking recall), and each
    // candidate pair is produced as new exactly once.
    void everyPlantedDuplicateIsACandidate()
    {
        const PlantedVillage village(3000, 40);
        QVERIFY(village.planted.size() > 80);
        QSet<quint64> candidates;
        Blocking::Stats stats;
        qint64 firsts = 0;
        QVERIFY(Blocking::forEachPair(
            village.reg,
            [&](uint32_t a, uint32_t b, int, bool first) {
                if (first) {
                    ++firsts;
                    QVERIFY(!candidates.contains(PlantedVillage::pairKey(a, b)));
                    candidates.insert(PlantedVillage::pairKey(a, b));
                }
            },
            stats));
        QCOMPARE(firsts, stats.pairs);
        QSet<int> kinds;
        for (const demo::PlantedDuplicate &d : village.planted) {
            const quint64 key = PlantedVillage::pairKey(village.index.value(d.originalId),
                                                        village.index.value(d.duplicateId));
            QVERIFY2(candidates.contains(key), demo::DemoDuplicates::code(d.kind));
            kinds.insert(int(d.kind));
        }
        QCOMPARE(kinds.size(), 8); // every kind was planted
    }

    // The work grows with the register, not with its square.
    void pairsGrowWithTheRegister()
    {
        const PlantedVillage small(1000, 0);
        const PlantedVillage large(8000, 0);
        Blocking::Stats smallStats;
        Blocking::Stats largeStats;
        QVERIFY(Blocking::forEachPair(
            small.reg, [](uint32_t, uint32_t, int, bool) {}, smallStats));
        QVERIFY(Blocking::forEachPair(
            large.reg, [](uint32_t, uint32_t, int, bool) {}, largeStats));
        const double n = double(large.reg.size());
        QVERIFY2(double(largeStats.pairs) < n * n / 2 / 50,
                 qPrintable(QString::number(largeStats.pairs)));
        // A handful of candidates per person, not a share of the register.
        QVERIFY2(double(largeStats.pairs) < n * 20, qPrintable(QString::number(largeStats.pairs)));
        QVERIFY(smallStats.pairs < largeStats.pairs);
        QCOMPARE(largeStats.skippedBlocks, 0);
    }

    void keys()
    {
        MatchRegister reg;
        reg.add(facts("1", "Siti Aminah", QDate(1975, 3, 12), Sex::Female, "3571035203750012"));
        reg.add(facts("2", "Aminah Siti", QDate(1975, 12, 3), Sex::Female, "3571035203750021"));
        reg.add(facts("3", "Siti Aminah", QDate(), Sex::Female));
        const auto &rules = Blocking::rules();
        uint64_t a = 0;
        uint64_t b = 0;
        QVERIFY(Blocking::key(reg.at(0), rules[0], a));
        QVERIFY(Blocking::key(reg.at(1), rules[0], b));
        QCOMPARE(a, b); // swapped day and month share the birth-date block
        QVERIFY(!Blocking::key(reg.at(2), rules[0], a)); // no birth date, no block
        QVERIFY(!Blocking::key(reg.at(2), rules[1], a)); // no NIK either
        // The NIKs differ in their last two digits: the rule that masks them joins them.
        QVERIFY(Blocking::key(reg.at(0), rules[1], a));
        QVERIFY(Blocking::key(reg.at(1), rules[1], b));
        QCOMPARE(a, b);
        QVERIFY(Blocking::key(reg.at(0), rules[2], a));
        QVERIFY(Blocking::key(reg.at(1), rules[2], b));
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestBlocking)
#include "TestBlocking.moc"
