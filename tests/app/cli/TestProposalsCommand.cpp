#include "tests/app/cli/CliRunner.h"
#include "tests/core/workbook/Openpyxl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tepat::test;

class TestProposalsCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_household;

    CliRun cli(const QStringList &args) { return runCli(QStringLiteral(TEPAT_CLI), args); }

    int drafts()
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("check")));
        return q.exec(QStringLiteral("SELECT count(*) FROM change_request")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    QString book(const QString &name, const QString &rows)
    {
        const QString path = m_dir.filePath(name);
        const CliRun made = cli({QStringLiteral("proposals"), QStringLiteral("template"),
                                 QStringLiteral("--out"), path});
        if (made.exit != 0 || made.out.trimmed() != path) {
            return {};
        }
        return writeWithOpenpyxl(path, QStringLiteral("wb = openpyxl.load_workbook(path)\n"
                                                      "ws = wb['Usulan program']\n") +
                                           rows + QStringLiteral("\nwb.save(path)"))
                   ? path
                   : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("tepat.sqlite"));
        const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--households"), QStringLiteral("20")});
        QVERIFY2(demo.exit == 0, qPrintable(demo.err));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM household WHERE status = 'active'")));
        QVERIFY(q.next());
        m_household = q.value(0).toString();
    }

    void aRefusedRowCreatesNothingAndExitsOne()
    {
        const QString path =
            book(QStringLiteral("campur.xlsx"),
                 QStringLiteral("ws.append(['%1', None, None, 'BLT-DD', 'banjir'])\n"
                                "ws.append(['%1', None, None, 'TIDAK-ADA', 'x'])")
                     .arg(m_household));
        QVERIFY(!path.isEmpty());
        const int before = drafts();
        const CliRun run = cli({QStringLiteral("proposals"), QStringLiteral("import"),
                                QStringLiteral("--db"), m_db, path});
        QCOMPARE(run.exit, 1);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        const QStringList first = lines[0].split(u'\t');
        QCOMPARE(first.size(), 4);
        QCOMPARE(first[0], QStringLiteral("Usulan program"));
        QCOMPARE(first[1], QStringLiteral("2"));
        QVERIFY(first[2] == QLatin1String("ok") || first[2] == QLatin1String("warning"));
        const QStringList second = lines[1].split(u'\t');
        QCOMPARE(second[1], QStringLiteral("3"));
        QCOMPARE(second[2], QStringLiteral("error"));
        QVERIFY(second[3].startsWith(QStringLiteral("program: ")));
        QCOMPARE(drafts(), before);
    }

    void dryRunChecksOnlyThenImportCreates()
    {
        const QString path = book(
            QStringLiteral("bersih.xlsx"),
            QStringLiteral("ws.append(['%1', None, None, 'BLT-DD', 'banjir'])").arg(m_household));
        const int before = drafts();
        const CliRun dry = cli({QStringLiteral("proposals"), QStringLiteral("import"),
                                QStringLiteral("--db"), m_db, path, QStringLiteral("--dry-run")});
        QVERIFY2(dry.exit == 0, qPrintable(dry.err + dry.out));
        QCOMPARE(drafts(), before);
        const CliRun run = cli({QStringLiteral("proposals"), QStringLiteral("import"),
                                QStringLiteral("--db"), m_db, path});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("draf usulan #")));
        QCOMPARE(drafts(), before + 1);
    }

    void unreadableWorkbookExitsTwo()
    {
        const QString path = m_dir.filePath(QStringLiteral("lama.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0'));
        f.close();
        const CliRun run = cli({QStringLiteral("proposals"), QStringLiteral("import"),
                                QStringLiteral("--db"), m_db, path});
        QCOMPARE(run.exit, 2);
        QVERIFY(run.err.contains(QStringLiteral(".xls")));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProposalsCommand)
#include "TestProposalsCommand.moc"
