#include "tests/app/cli/CliRunner.h"
#include "tests/core/workbook/Openpyxl.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tepat::test;

class TestExportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(const QStringList &args) { return runCli(QStringLiteral(TEPAT_CLI), args); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("tepat.sqlite"));
        const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--households"), QStringLiteral("60")});
        QVERIFY2(demo.exit == 0, qPrintable(demo.err));
    }

    void householdsWithFiltersPrintFileAndCount()
    {
        const QString out = m_dir.filePath(QStringLiteral("rw1.xlsx"));
        const CliRun run =
            cli({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--list"),
                 QStringLiteral("households"), QStringLiteral("--rw"), QStringLiteral("1"),
                 QStringLiteral("--out"), out});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        const QStringList fields = run.out.trimmed().split(u'\t');
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[0], out);
        const int rows = fields[1].toInt();
        QVERIFY(rows > 0);
        QVERIFY(rows < 60);
        const QJsonObject book = readWithOpenpyxl(out);
        QCOMPARE(sheetRows(book).size(), rows + 1);
        for (int r = 1; r <= rows; ++r) {
            QCOMPARE(cellAt(book, r, 4)[QStringLiteral("v")].toString(), QStringLiteral("001"));
            QCOMPARE(cellAt(book, r, 1)[QStringLiteral("t")].toString(), QStringLiteral("str"));
        }
    }

    void emptyRequestListIsAHeaderOnly()
    {
        const QString out = m_dir.filePath(QStringLiteral("usulan.xlsx"));
        const CliRun run =
            cli({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--list"),
                 QStringLiteral("requests"), QStringLiteral("--state"), QStringLiteral("draft"),
                 QStringLiteral("--out"), out});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), out + QStringLiteral("\t0"));
        QCOMPARE(sheetRows(readWithOpenpyxl(out)).size(), 1);
    }

    void usageErrorsExitTwoAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown list")
            << QStringList{QStringLiteral("--list"), QStringLiteral("people")};
        QTest::newRow("bnba without meeting")
            << QStringList{QStringLiteral("--list"), QStringLiteral("bnba")};
        QTest::newRow("desil out of range")
            << QStringList{QStringLiteral("--list"), QStringLiteral("households"),
                           QStringLiteral("--desil"), QStringLiteral("11")};
        QTest::newRow("unknown state")
            << QStringList{QStringLiteral("--list"), QStringLiteral("requests"),
                           QStringLiteral("--state"), QStringLiteral("nope")};
        QTest::newRow("no such meeting")
            << QStringList{QStringLiteral("--list"), QStringLiteral("bnba"),
                           QStringLiteral("--meeting"), QStringLiteral("99")};
    }

    void usageErrorsExitTwoAndWriteNothing()
    {
        QFETCH(QStringList, args);
        const QString out = m_dir.filePath(QStringLiteral("never.xlsx"));
        const CliRun run = cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_db,
                                           QStringLiteral("--out"), out} +
                               args);
        QCOMPARE(run.exit, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    void missingStoreExitsTwo()
    {
        const CliRun run = cli({QStringLiteral("export"), QStringLiteral("--db"),
                                m_dir.filePath(QStringLiteral("nope.sqlite")),
                                QStringLiteral("--list"), QStringLiteral("households"),
                                QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.xlsx"))});
        QCOMPARE(run.exit, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "TestExportCommand.moc"
