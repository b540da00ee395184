#include "core/disbursements/DisbursementHistory.h"
#include "sync/server/DisbursementImport.h"
#include "tests/sync/SyncFixtures.h"

#include <QBuffer>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// tepat-central's import of disbursement events, and their way through the pull into an
// installation's store.
class TestDisbursementImport : public QObject
{
    Q_OBJECT

    static QString householdOf(const CentralFixture &central, const QString &village)
    {
        auto q = central.server->database().query(
            QStringLiteral("SELECT id FROM record WHERE entity = 'household' AND village_code = ? "
                           "ORDER BY id LIMIT 1"),
            {village});
        return q && q->next() ? q->value(0).toString() : QString();
    }

    static central::DisbursementImportReport import(const CentralFixture &central,
                                                    const QByteArray &csv,
                                                    const QString &regency = {},
                                                    QBuffer *rejects = nullptr)
    {
        QBuffer in;
        in.setData(csv);
        in.open(QIODevice::ReadOnly);
        const central::DisbursementImport importer(central.server->database(),
                                                   central.server->registry(), central.clock);
        auto report = importer.run(in, regency, rejects);
        if (!report) {
            qFatal("import: %s", qPrintable(report.error().message));
        }
        return *report;
    }

private Q_SLOTS:
    void goodRowsGoIntoTheirVillagesStream()
    {
        FixedClock clock(referenceNow());
        CentralFixture central(clock);
        central.seedRegister(3);
        const QString other = QStringLiteral("35.71.03.1002");
        central.seedRegister(2, other);
        const QString mine = householdOf(central, kVillage);
        const QString theirs = householdOf(central, other);
        QVERIFY(!mine.isEmpty() && !theirs.isEmpty() && mine != theirs);
        const QByteArray csv = "household_id,program,period,status,date,note\n" + mine.toLatin1() +
                               ",PKH,2026-T4,SI,2026-11-12,\n" + mine.toLatin1() +
                               ",BPNT,2026-10,GAGAL OMSPAN,2026-10-20,rekening "
                               "tidak cocok\n" +
                               theirs.toLatin1() + ",pkh,2026-T4,sukses_spm,2026-11-05,\n";
        const auto report = import(central, csv);
        QCOMPARE(report.applied, 3);
        QCOMPARE(report.invalid, 0);
        QCOMPARE(report.unknown, 0);
        const auto changes = central.server->registry().changesAfter(kVillage, 0, 500);
        QVERIFY(changes);
        int disbursements = 0;
        for (const ReplicaChange &c : changes->changes) {
            if (c.entity == QLatin1String("disbursement")) {
                ++disbursements;
                QCOMPARE(c.data.value(QStringLiteral("household_id")).toString(), mine);
                QCOMPARE(c.source, QStringLiteral("disbursement"));
                QCOMPARE(c.version, 1);
            }
        }
        QCOMPARE(disbursements, 2); // the other village's event is not in this stream
        const auto theirChanges = central.server->registry().changesAfter(other, 0, 500);
        QVERIFY(theirChanges);
        QCOMPARE(std::count_if(theirChanges->changes.begin(), theirChanges->changes.end(),
                               [](const ReplicaChange &c) {
                                   return c.entity == QLatin1String("disbursement");
                               }),
                 1);

        // Imported again: nothing changes. The same event with another note: a new version.
        const auto again = import(central, csv);
        QCOMPARE(again.applied, 0);
        QCOMPARE(again.unchanged, 3);
        const auto noted =
            import(central, "household_id,program,period,status,date,note\n" + mine.toLatin1() +
                                ",PKH,2026-T4,SI,2026-11-12,sudah diambil\n");
        QCOMPARE(noted.applied, 1);
        QCOMPARE(central.serverCount(QStringLiteral("SELECT max(version) FROM disbursement")), 2);

        // A supervisor of another regency touches nothing of this one.
        const auto outside = import(central,
                                    "household_id,program,period,status,date,note\n" +
                                        mine.toLatin1() + ",PKH,2026-T3,SI,2026-08-12,\n",
                                    QStringLiteral("35.73"));
        QCOMPARE(outside.unknown, 1);
        QCOMPARE(outside.applied, 0);
    }

    void badRowsAreRefusedByLineAndKeptAsRejects()
    {
        FixedClock clock(referenceNow());
        CentralFixture central(clock);
        central.seedRegister(2);
        const QByteArray h = householdOf(central, kVillage).toLatin1();
        const QByteArray csv = "household_id,program,period,status,date,note\n" + // line 1
                               h + ",PKH,2026-T4,SI,2026-11-12,\n" +              // 2 good
                               h + ",KIP,2026-T4,SI,2026-11-12,\n" +              // 3 programme
                               h + ",PKH,2026-13,SI,2026-11-12,\n" +              // 4 period
                               h + ",PKH,2026-T4,LUNAS,2026-11-12,\n" +           // 5 status
                               h + ",PKH,2026-T4,SI,2026-12-01,\n" +              // 6 future
                               h + ",PKH,2026-T4,SI,12/11/2026,\n" +              // 7 date
                               h +
                               ",PKH,2026-T4,SI,2026-11-12,\"a\x07"
                               "b\"\n" + // 8 control
                               h +
                               ",PKH,2026-T4,SI,2026-11-12,\"baris\nbaru\"\n" + // 9 newline
                               h + ",PKH,2026-T4,SI\n" +                        // 11 columns
                               "../etc,PKH,2026-T4,SI,2026-11-12,\n" +          // 12 id
                               "9999999999999999,PKH,2026-T4,SI,2026-11-12,\n"; // 13 unknown
        QBuffer rejects;
        rejects.open(QIODevice::WriteOnly);
        const auto report = import(central, csv, {}, &rejects);
        QCOMPARE(report.applied, 1);
        QCOMPARE(report.unknown, 1);
        QCOMPARE(report.invalid, 9);
        QList<qint64> lines;
        for (const auto &refusal : report.refusals) {
            lines.append(refusal.first);
        }
        QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6, 7, 8, 9, 11, 12})); // line 9 spans two
        const QByteArray written = rejects.data();
        QVERIFY(written.startsWith("line,reason,household_id"));
        QCOMPARE(written.count('\n'), 10);
        QVERIFY(!written.contains('\x07'));
        QCOMPARE(central.serverCount(QStringLiteral("SELECT count(*) FROM disbursement")), 1);

        QBuffer wrongHeader;
        wrongHeader.setData("event,nik,date,note\n");
        wrongHeader.open(QIODevice::ReadOnly);
        const central::DisbursementImport importer(central.server->database(),
                                                   central.server->registry(), clock);
        const auto refused = importer.run(wrongHeader, {}, nullptr);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("disbursement.header"));
    }

    void pulledEventsReachTheStoreInSnapshotAndStream()
    {
        ClientFixture client;
        CentralFixture central(client.store.clock);
        central.addOperator();
        central.seedRegister(3);
        const QString h = householdOf(central, kVillage);
        import(central, "household_id,program,period,status,date,note\n" + h.toLatin1() +
                            ",PKH,2026-T3,GAGAL OMSPAN,2026-08-20,NIK tidak padan\n");
        // The first sync takes the snapshot: the event comes with its household.
        const sync::SyncReport first = client.sync(central.url());
        QVERIFY2(!first.error, qPrintable(first.error.value_or(Error{}).message));
        const DisbursementHistory history(*client.store.db, client.store.clock);
        auto events = history.forHousehold(h);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().status, DisbursementStatus::GagalOmspan);
        QCOMPARE(events->first().note, QStringLiteral("NIK tidak padan"));

        // Later events arrive through the change stream, newest first in the history.
        import(central, "household_id,program,period,status,date,note\n" + h.toLatin1() +
                            ",PKH,2026-T4,SI,2026-11-12,\n" + h.toLatin1() +
                            ",PBI-JK,2026-11,TIDAK TRANSAKSI,2026-11-15,\n");
        const sync::SyncReport second = client.sync(central.url());
        QVERIFY2(!second.error, qPrintable(second.error.value_or(Error{}).message));
        events = history.forHousehold(h);
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->first().status, DisbursementStatus::TidakTransaksi);
        QCOMPARE(events->first().program, Program::PbiJk);
        QCOMPARE(events->at(1).period, QStringLiteral("2026-T4"));
        auto latest = history.latest(h);
        QVERIFY(latest && *latest);
        QCOMPARE((*latest)->status, DisbursementStatus::TidakTransaksi);

        // A repeated delivery (the same version) writes nothing.
        auto stale = history.store(events->first());
        QVERIFY(stale);
        QVERIFY(!*stale);
    }
};

QTEST_GUILESS_MAIN(TestDisbursementImport)
#include "TestDisbursementImport.moc"
