#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace tepat::test;

// tepat-cli as scripts use it: output formats and exit codes from docs/cli.md.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(TEPAT_CLI), args);
        if (!p.waitForStarted()) {
            return {};
        }
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void nikCheckColumns()
    {
        const Run r = cli({QStringLiteral("nik"), QStringLiteral("check")},
                          "3571014101900001\n3.57101E+15\r\n9971010101900001\n3599010101900001");
        QCOMPARE(r.exit, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const QStringList ok = lines[0].split(u'\t');
        QCOMPARE(ok.size(), 6);
        QCOMPARE(ok.mid(0, 5),
                 (QStringList{"3571014101900001", "ok", "P", "1990-01-01", "35.71.01"}));
        QVERIFY(ok[5].contains(QStringLiteral("KOTA KEDIRI")));
        const QStringList mangled = lines[1].split(u'\t');
        QCOMPARE(mangled.mid(0, 5), (QStringList{"3.57101E+15", "error", "-", "-", "-"}));
        QVERIFY(mangled[5].contains(QStringLiteral("spreadsheet")));
        QCOMPARE(lines[2].split(u'\t').value(1), QStringLiteral("error"));
        QCOMPARE(lines[2].split(u'\t').value(4), QStringLiteral("-"));
        QCOMPARE(lines[3].split(u'\t').value(1), QStringLiteral("warning"));
    }

    void nikCheckInEnglish()
    {
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("nik"),
                           QStringLiteral("check")},
                          "3571013201900001\n");
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(QStringLiteral("impossible")), qPrintable(r.out));
    }

    void nikIsNeverAnArgument()
    {
        const Run r = cli(
            {QStringLiteral("nik"), QStringLiteral("check"), QStringLiteral("3571014101900001")});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.out.isEmpty());
    }

    void importExitCodes()
    {
        TempStore store;
        const QString db = store.file(QStringLiteral("cli.sqlite"));
        const QString dir = store.file(QStringLiteral("snap"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--csv"), dir,
                      QStringLiteral("--households"), QStringLiteral("30")})
                     .exit,
                 0);
        const Run good =
            cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                 dir + QStringLiteral("/households.csv"), dir + QStringLiteral("/persons.csv")});
        QCOMPARE(good.exit, 0);
        QVERIFY2(good.out.startsWith(QStringLiteral("keluarga\tbaru 30\t")), qPrintable(good.out));
        QVERIFY2(good.out.contains(QStringLiteral("jalur\tmassal")), qPrintable(good.out));

        writeFile(store.file(QStringLiteral("bad.csv")), "household_id,nope\n1,2\n");
        const Run header =
            cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                 store.file(QStringLiteral("bad.csv")), dir + QStringLiteral("/persons.csv")});
        QCOMPARE(header.exit, 2);
        QVERIFY(header.err.contains(QStringLiteral("Tidak ada data yang diubah")));

        writeFile(
            store.file(QStringLiteral("h.csv")),
            "household_id,kk_number,village_code,rt,rw,address,desil,status,latitude,longitude\n"
            "X1,,35.71.03.1001,1,1,a,99,,,\n");
        const Run refused =
            cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                 store.file(QStringLiteral("h.csv")), dir + QStringLiteral("/persons.csv")});
        QCOMPARE(refused.exit, 1);
        QVERIFY(refused.err.contains(QStringLiteral("rejects")));

        const Run missing = cli({QStringLiteral("import"), QStringLiteral("--db"), db});
        QCOMPARE(missing.exit, 2);
    }

    void demoAndSearch()
    {
        TempStore store;
        const QString db = store.file(QStringLiteral("demo.sqlite"));
        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), db,
                              QStringLiteral("--households"), QStringLiteral("40")});
        QCOMPARE(demo.exit, 0);
        QVERIFY(demo.out.startsWith(QStringLiteral("keluarga\t40\n")));
        // Personal data: the store is for this account only (the test's own umask is 022).
        QCOMPARE(QFile::permissions(db) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const Run again = cli({QStringLiteral("demo"), QStringLiteral("--db"), db});
        QCOMPARE(again.exit, 2);
        const Run search =
            cli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--limit"),
                 QStringLiteral("3"), QStringLiteral("357103")});
        QCOMPARE(search.exit, 0);
        const QStringList lines = search.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines) {
            const QStringList cols = line.split(u'\t');
            QCOMPARE(cols.size(), 6);
            QVERIFY(cols[1].startsWith(QStringLiteral("357103")));
        }
        QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("--db"), db,
                      QStringLiteral("--desil"), QStringLiteral("11"), QStringLiteral("x")})
                     .exit,
                 2);
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"),
                      store.file(QStringLiteral("x.sqlite")), QStringLiteral("--village"),
                      QStringLiteral("99.99")})
                     .exit,
                 2);
    }

    void helpAndUnknownCommands()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exit, 0);
        for (const char *command : {"nik check", "import", "demo", "search"}) {
            QVERIFY(help.out.contains(QLatin1String(command)));
        }
        const Run commandHelp = cli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exit, 0);
        QVERIFY(commandHelp.out.contains(QStringLiteral("--as-of")));
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exit, 2);
        QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("--nope")}).exit, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
