#include "core/demo/DemoVillage.h"
#include "core/matching/MatchModel.h"
#include "tests/app/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestDuplicatesCommand : public QObject
{
    Q_OBJECT

    static CliRun cli(const QStringList &args) { return runCli(QStringLiteral(TEPAT_CLI), args); }

private Q_SLOTS:
    // One planted pair per line, best first: two person ids, a score, reason codes; no NIK.
    void listsLikelyPairs()
    {
        TempStore store;
        DemoOptions o;
        o.households = 300;
        o.today = QDate(2026, 11, 23);
        o.duplicatesPermille = 50;
        const Result<DemoReport> report = DemoVillage::populate(*store.db, store.clock, o);
        QVERIFY(report && !report->planted.isEmpty());
        store.db.reset(); // the command opens the file itself

        const CliRun run =
            cli({QStringLiteral("duplicates"), QStringLiteral("--db"), store.path()});
        QCOMPARE(run.exit, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        double previous = 1.0;
        QSet<QString> listed;
        for (const QString &line : lines) {
            const QStringList cells = line.split(u'\t');
            QCOMPARE(cells.size(), 4);
            QVERIFY(cells[0] < cells[1]);
            const double score = cells[2].toDouble();
            QVERIFY(score >= MatchModel::kDefaultThreshold && score <= 1.0); // the default
            QVERIFY(score <= previous);
            previous = score;
            QVERIFY(cells[3].contains(QLatin1String("name_")));
            QVERIFY(!line.contains(QRegularExpression(QStringLiteral("\\d{16}"))));
            listed.insert(cells[0] + u'|' + cells[1]);
        }
        int found = 0;
        for (const demo::PlantedDuplicate &d : report->planted) {
            const QString a = std::min(d.originalId, d.duplicateId);
            const QString b = std::max(d.originalId, d.duplicateId);
            found += listed.contains(a + u'|' + b) ? 1 : 0;
        }
        QVERIFY2(found * 10 >= report->planted.size() * 9,
                 qPrintable(QStringLiteral("%1 of %2").arg(found).arg(report->planted.size())));

        const CliRun strict =
            cli({QStringLiteral("duplicates"), QStringLiteral("--db"), store.path(),
                 QStringLiteral("--min-score"), QStringLiteral("0.999")});
        QCOMPARE(strict.exit, 0);
        QVERIFY(strict.out.count(u'\n') <= run.out.count(u'\n'));

        const CliRun families = cli({QStringLiteral("duplicates"), QStringLiteral("--db"),
                                     store.path(), QStringLiteral("--households")});
        QCOMPARE(families.exit, 0);
        for (const QString &line : families.out.split(u'\n', Qt::SkipEmptyParts)) {
            QCOMPARE(line.split(u'\t').size(), 4);
        }
    }

    void refusesABadScore()
    {
        TempStore store;
        const CliRun run = cli({QStringLiteral("duplicates"), QStringLiteral("--db"), store.path(),
                                QStringLiteral("--min-score"), QStringLiteral("2")});
        QCOMPARE(run.exit, 2);
        QVERIFY(run.err.contains(QStringLiteral("--min-score")));
        QCOMPARE(cli({QStringLiteral("duplicates")}).exit, 2);
    }
};

QTEST_GUILESS_MAIN(TestDuplicatesCommand)
#include "TestDuplicatesCommand.moc"
