#include "core/complaints/ComplaintRegister.h"
#include "tests/app/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestComplaintsCommand : public QObject
{
    Q_OBJECT

    static CliRun cli(const QStringList &args) { return runCli(QStringLiteral(TEPAT_CLI), args); }

private Q_SLOTS:
    // One complaint a line, newest first, ten tab-separated cells; no complainant's name or
    // contact; --status filters.
    void listsComplaintsOneALine()
    {
        TempStore store;
        // Received long ago: an unverified objection has lapsed whatever today is.
        store.clock.set(QDateTime(QDate(2020, 3, 2), QTime(9, 0), QTimeZone("Asia/Jakarta")));
        const ComplaintRegister reg(*store.db, store.clock);
        const Session op = as(QStringLiteral("rina"));
        Complaint c;
        c.kind = ComplaintKind::Objection;
        c.channel = ComplaintChannel::CekBansos;
        c.complainantName = QStringLiteral("Siti Aminah");
        c.complainantContact = QStringLiteral("0812 0000 1111");
        c.householdId = QStringLiteral("3571031001.000003");
        c.program = QStringLiteral("PKH");
        c.subject = QStringLiteral("Penerima PKH\tsudah mampu\nsejak 2019");
        const qint64 lapsing = reg.record(op, c)->id;
        store.clock.advanceSeconds(60);
        Complaint plain;
        plain.channel = ComplaintChannel::Phone;
        plain.anonymous = true;
        plain.subject = QStringLiteral("BLT DD belum cair");
        const qint64 answered = reg.record(op, plain)->id;
        QVERIFY(reg.answer(op, answered, QStringLiteral("Cair minggu depan")));
        store.clock.advanceSeconds(60);
        c.subject = QStringLiteral("Sanggah terverifikasi");
        const qint64 verified = reg.record(op, c)->id;
        QVERIFY(reg.markVerified(op, verified));
        QVERIFY(reg.startHandling(op, verified));
        store.db.reset();

        const CliRun run = cli({QStringLiteral("complaints"), QStringLiteral("list"),
                                QStringLiteral("--db"), store.path()});
        QCOMPARE(run.exit, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QStringList newest = lines[0].split(u'\t');
        QCOMPARE(newest.size(), 10);
        QCOMPARE(newest[0], QString::number(verified));
        QCOMPARE(newest[2], QStringLiteral("objection"));
        QCOMPARE(newest[3], QStringLiteral("cek_bansos"));
        QCOMPARE(newest[4], QStringLiteral("handling"));
        QCOMPARE(newest[5], QStringLiteral("-"));
        QCOMPARE(newest[8], QStringLiteral("rina"));
        const QStringList middle = lines[1].split(u'\t');
        QCOMPARE(middle,
                 (QStringList{QString::number(answered), QStringLiteral("2020-03-02T02:01:00.000Z"),
                              QStringLiteral("complaint"), QStringLiteral("phone"),
                              QStringLiteral("answered"), QStringLiteral("-"), QStringLiteral("-"),
                              QStringLiteral("-"), QStringLiteral("rina"),
                              QStringLiteral("BLT DD belum cair")}));
        const QStringList oldest = lines[2].split(u'\t');
        QCOMPARE(oldest.size(), 10);
        QCOMPARE(oldest[0], QString::number(lapsing));
        QCOMPARE(oldest[1], QStringLiteral("2020-03-02T02:00:00.000Z"));
        QCOMPARE(oldest[4], QStringLiteral("received"));
        QCOMPARE(oldest[5], QStringLiteral("lapsed"));
        QCOMPARE(oldest[6], QStringLiteral("3571031001.000003"));
        QCOMPARE(oldest[7], QStringLiteral("PKH"));
        QCOMPARE(oldest[8], QStringLiteral("-"));
        QCOMPARE(oldest[9], QStringLiteral("Penerima PKH sudah mampu sejak 2019"));
        QVERIFY(!run.out.contains(QStringLiteral("Siti")));
        QVERIFY(!run.out.contains(QStringLiteral("0812")));

        const CliRun open =
            cli({QStringLiteral("complaints"), QStringLiteral("list"), QStringLiteral("--db"),
                 store.path(), QStringLiteral("--status"), QStringLiteral("open")});
        QCOMPARE(open.exit, 0);
        QCOMPARE(open.out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
        QVERIFY(!open.out.contains(QStringLiteral("\tanswered\t")));
        const CliRun done =
            cli({QStringLiteral("complaints"), QStringLiteral("list"), QStringLiteral("--db"),
                 store.path(), QStringLiteral("--status"), QStringLiteral("answered")});
        QCOMPARE(done.exit, 0);
        QCOMPARE(done.out, lines[1] + u'\n');
    }

    void refusesBadUse()
    {
        TempStore store;
        const CliRun badStatus =
            cli({QStringLiteral("complaints"), QStringLiteral("list"), QStringLiteral("--db"),
                 store.path(), QStringLiteral("--status"), QStringLiteral("selesai")});
        QCOMPARE(badStatus.exit, 2);
        QVERIFY(badStatus.err.contains(QStringLiteral("--status")));
        QCOMPARE(cli({QStringLiteral("complaints"), QStringLiteral("list")}).exit, 2);
        const CliRun missing =
            cli({QStringLiteral("complaints"), QStringLiteral("list"), QStringLiteral("--db"),
                 store.file(QStringLiteral("nothing.sqlite"))});
        QCOMPARE(missing.exit, 2);
        QVERIFY(!QFileInfo::exists(store.file(QStringLiteral("nothing.sqlite"))));
        const CliRun empty = cli({QStringLiteral("complaints"), QStringLiteral("list"),
                                  QStringLiteral("--db"), store.path()});
        QCOMPARE(empty.exit, 0);
        QCOMPARE(empty.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestComplaintsCommand)
#include "TestComplaintsCommand.moc"
