#include "core/demo/DemoVillage.h"
#include "core/importing/SnapshotImporter.h"
#include "core/matching/NewDuplicates.h"
#include "core/register/RegisterSummary.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

namespace {

DemoOptions planted(int households, quint64 seed)
{
    DemoOptions o;
    o.households = households;
    o.today = QDate(2026, 11, 23);
    o.seed = seed;
    o.duplicatesPermille = 60;
    return o;
}

} // namespace

class TestNewDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A snapshot import marks the register as changed; the count then finds every likely pair
    // it brought in, keeps the count for Beranda and clears the mark. Counting again without a
    // change finds nothing new.
    void importBringsNewPairs()
    {
        TempStore store;
        QTemporaryDir dir;
        QFile households(dir.filePath(QStringLiteral("households.csv")));
        QFile persons(dir.filePath(QStringLiteral("persons.csv")));
        QVERIFY(households.open(QIODevice::WriteOnly) && persons.open(QIODevice::WriteOnly));
        QVERIFY(DemoVillage::writeSnapshot(planted(400, 5), households, persons));
        households.close();
        persons.close();
        QVERIFY(!NewDuplicates::pending(*store.db));
        QVERIFY(SnapshotImporter(*store.db, store.clock)
                    .run(households.fileName(), persons.fileName()));
        QVERIFY(NewDuplicates::pending(*store.db));
        QCOMPARE(NewDuplicates::lastCount(*store.db), 0);

        Result<RegisterScanResult> scan = RegisterScan::run(*store.db, {});
        QVERIFY(scan);
        QVERIFY(scan->pairs.size() > 5);
        Result<qint64> fresh = NewDuplicates::recount(*store.db);
        QVERIFY(fresh);
        QCOMPARE(*fresh, qint64(scan->pairs.size()));
        QVERIFY(!NewDuplicates::pending(*store.db));
        QCOMPARE(NewDuplicates::lastCount(*store.db), *fresh);
        Result<RegisterSummary> summary = RegisterSummary::compute(*store.db, store.clock.today());
        QVERIFY(summary);
        QCOMPARE(summary->newLikelyDuplicates, *fresh);

        QVERIFY(NewDuplicates::markRegisterChanged(*store.db));
        fresh = NewDuplicates::recount(*store.db);
        QVERIFY(fresh);
        QCOMPARE(*fresh, 0); // the same pairs as before
    }

    // Only the pairs the previous count did not see are new: a second import of a larger
    // register counts its own pairs, not the first one's again.
    void onlyUnseenPairsCount()
    {
        TempStore store;
        QVERIFY(DemoVillage::populate(*store.db, store.clock, planted(150, 9)));
        QVERIFY(NewDuplicates::markRegisterChanged(*store.db));
        Result<qint64> first = NewDuplicates::recount(*store.db);
        QVERIFY(first);
        QVERIFY(*first > 0);

        TempStore bigger;
        QVERIFY(DemoVillage::populate(*bigger.db, bigger.clock, planted(300, 9)));
        // The first 150 families are the same (same seed), so their pairs are known already.
        QVERIFY(bigger.db->setSetting(QStringLiteral("matcher_known_pairs"),
                                      store.db->setting(QStringLiteral("matcher_known_pairs"))));
        QVERIFY(NewDuplicates::markRegisterChanged(*bigger.db));
        Result<RegisterScanResult> all = RegisterScan::run(*bigger.db, {});
        QVERIFY(all);
        Result<qint64> second = NewDuplicates::recount(*bigger.db);
        QVERIFY(second);
        QVERIFY2(*second < qint64(all->pairs.size()), qPrintable(QString::number(*second)));
        QVERIFY(*second > 0);
    }

    void pairKeyIgnoresOrder()
    {
        QCOMPARE(NewDuplicates::pairKey(QStringLiteral("a"), QStringLiteral("b")),
                 NewDuplicates::pairKey(QStringLiteral("b"), QStringLiteral("a")));
        QVERIFY(NewDuplicates::pairKey(QStringLiteral("a"), QStringLiteral("b")) !=
                NewDuplicates::pairKey(QStringLiteral("a"), QStringLiteral("c")));
    }
};

QTEST_GUILESS_MAIN(TestNewDuplicates)
#include "TestNewDuplicates.moc"
