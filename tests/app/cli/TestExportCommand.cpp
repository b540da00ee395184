#include "core/deliberation/DeliberationService.h"
#include "core/files/ContentStore.h"
#include "tests/app/cli/CliRunner.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/core/workbook/Openpyxl.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestExportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_meeting = 0;
    QStringList m_approved; // names on the BNBA
    QString m_rejected;

    static QString tool(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    CliRun cli(const QStringList &args) { return runCli(QStringLiteral(TEPAT_CLI), args); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("tepat.sqlite"));
        const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--households"), QStringLiteral("60")});
        QVERIFY2(demo.exit == 0, qPrintable(demo.err));
        // A musyawarah with three approved requests and one rejected.
        Result<std::unique_ptr<Database>> db = Database::open(m_db);
        QVERIFY(db);
        const Clock &clock = Clock::system();
        // The service keeps a reference to the session: it must outlive it.
        const Session head = headSession();
        const DeliberationService service(**db, clock, head, ContentStore::rootFor(m_db));
        const QList<qint64> drafts = makeDrafts(**db, clock, 4);
        Meeting m;
        m.heldOn = clock.today();
        m.startTime = QStringLiteral("09:00");
        m.place = QStringLiteral("Aula kelurahan");
        const Result<Meeting> planned = service.plan(m);
        QVERIFY(planned);
        m_meeting = planned->id;
        QVERIFY(service.addToAgenda(m_meeting, drafts));
        for (int i = 0; i < drafts.size(); ++i) {
            const Decision d = i == 2 ? Decision::Rejected : Decision::Approved;
            QVERIFY(service.decide(m_meeting, drafts[i], d,
                                   d == Decision::Rejected ? QStringLiteral("tidak memenuhi")
                                                           : QString()));
        }
        const Result<MinutesContent> content = service.content(m_meeting, MeetingDocument::Minutes);
        QVERIFY(content);
        for (const DecisionRow &r : content->rows) {
            if (r.decision == Decision::Approved) {
                m_approved << r.name;
            } else {
                m_rejected = r.name;
            }
        }
        QCOMPARE(m_approved.size(), 3);
    }

    void bnbaAsAPdfByItsExtension()
    {
        const QString out = m_dir.filePath(QStringLiteral("bnba.pdf"));
        const CliRun run =
            cli({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--list"),
                 QStringLiteral("bnba"), QStringLiteral("--meeting"), QString::number(m_meeting),
                 QStringLiteral("--out"), out});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), out + QStringLiteral("\t3"));
        QCOMPARE(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        // Landscape A4 (the default paper): 841.89 × 595.28 points.
        const QString info = tool(QStringLiteral("pdfinfo"), {out});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x "
                                                                 "595(\\.\\d+)? pts"))),
                 qPrintable(info));
        const QString text = tool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-layout"), out, QStringLiteral("-")});
        for (const QString &name : m_approved) {
            QVERIFY2(text.contains(name), qPrintable(name));
        }
        QVERIFY(!text.contains(m_rejected));
        QVERIFY(text.contains(QStringLiteral("RT ")));
        QVERIFY(text.contains(QStringLiteral("Halaman 1 dari 1")));
    }

    void duplicatesWithAMinimumScore()
    {
        const QString out = m_dir.filePath(QStringLiteral("ganda.xlsx"));
        const CliRun run =
            cli({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--list"),
                 QStringLiteral("duplicates"), QStringLiteral("--min-score"), QStringLiteral("0.9"),
                 QStringLiteral("--out"), out});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        const QStringList fields = run.out.trimmed().split(u'\t');
        QCOMPARE(fields.size(), 2);
        const int rows = fields[1].toInt();
        const QJsonObject book = readWithOpenpyxl(out);
        QCOMPARE(sheetRows(book).size(), rows + 1);
        QCOMPARE(cellAt(book, 0, 1)[QStringLiteral("v")].toString(), QStringLiteral("Skor"));
        for (int r = 1; r <= rows; ++r) {
            QVERIFY(cellAt(book, r, 1)[QStringLiteral("v")].toDouble() >= 0.9);
            QCOMPARE(cellAt(book, r, 5)[QStringLiteral("t")].toString(), QStringLiteral("str"));
        }
        const CliRun bad =
            cli({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--list"),
                 QStringLiteral("duplicates"), QStringLiteral("--min-score"), QStringLiteral("2"),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.xlsx"))});
        QCOMPARE(bad.exit, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.xlsx"))));
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
