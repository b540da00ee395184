#include "core/register/RegisterRepository.h"
#include "core/requests/ChangeRequestRepository.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// tepat-cli sync/outbox/demo --requests and tepat-central's commands as scripts use them
// (docs/cli.md): output formats and exit codes.
class TestSyncCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(program, args);
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
    static Run cli(const QStringList &args, const QByteArray &input = {})
    {
        return run(QStringLiteral(TEPAT_CLI), args, input);
    }
    static Run central(const QStringList &args, const QByteArray &input = {})
    {
        return run(QStringLiteral(TEPAT_CENTRAL), args, input);
    }

    // tepat-central serving `data` on a free loopback port, stopped when the test ends.
    struct Server
    {
        QProcess process;
        QString url;
        explicit Server(const QString &data)
        {
            process.start(QStringLiteral(TEPAT_CENTRAL),
                          {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--data"), data});
            QString log;
            const QRegularExpression listening(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"));
            for (int i = 0; i < 100 && url.isEmpty(); ++i) {
                process.waitForReadyRead(100);
                log += QString::fromUtf8(process.readAllStandardError());
                const auto m = listening.match(log);
                if (m.hasMatch()) {
                    url = QStringLiteral("http://127.0.0.1:%1").arg(m.captured(1));
                }
            }
        }
        ~Server()
        {
            process.terminate();
            if (!process.waitForFinished(5000)) {
                process.kill();
                process.waitForFinished(5000);
            }
        }
    };

private Q_SLOTS:
    void demoRequestsAndTheOutboxList()
    {
        TempStore dir;
        const QString db = dir.file(QStringLiteral("demo.sqlite"));
        const Run demo =
            cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                 QStringLiteral("20"), QStringLiteral("--requests"), QStringLiteral("6")});
        QCOMPARE(demo.exit, 0);
        QVERIFY(demo.out.contains(QStringLiteral("usulan\t6")));
        const Run list =
            cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--db"), db});
        QCOMPARE(list.exit, 0);
        const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        const QStringList first = lines.first().split(u'\t');
        QCOMPARE(first.size(), 4);
        QCOMPARE(first[0].size(), 36);
        QCOMPARE(first[2], QStringLiteral("queued"));
        QVERIFY(first[3].isEmpty());
        QCOMPARE(
            cli({QStringLiteral("demo"), QStringLiteral("--csv"), dir.file(QStringLiteral("c")),
                 QStringLiteral("--requests"), QStringLiteral("3")})
                .exit,
            2);
        QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--db"),
                      dir.file(QStringLiteral("missing.sqlite"))})
                     .exit,
                 2);
        const Run add =
            cli({QStringLiteral("outbox"), QStringLiteral("add"), QStringLiteral("--db"), db});
        QCOMPARE(add.exit, 0);
        QCOMPARE(add.out.trimmed(), QStringLiteral("diantrekan\t0"));
        QVERIFY(cli({QStringLiteral("sync"), QStringLiteral("--help")})
                    .out.contains(QStringLiteral("--server")));
    }

    void centralAdministration()
    {
        TempStore dir;
        const QString data = dir.file(QStringLiteral("central"));
        const QString snap = dir.file(QStringLiteral("snap"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--csv"), snap,
                      QStringLiteral("--households"), QStringLiteral("15")})
                     .exit,
                 0);
        const Run imported = central(
            {QStringLiteral("register"), QStringLiteral("import"), QStringLiteral("--data"), data,
             snap + QStringLiteral("/households.csv"), snap + QStringLiteral("/persons.csv")});
        QCOMPARE(imported.exit, 0);
        QVERIFY(imported.out.startsWith(QStringLiteral("keluarga\t15\n")));
        const Run user =
            central({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data"), data,
                     QStringLiteral("--role"), QStringLiteral("operator"),
                     QStringLiteral("--village"), QStringLiteral("35.71.03.1001"),
                     QStringLiteral("--name"), QStringLiteral("op.bangsal")},
                    "kata-sandi-kuat\n");
        QCOMPARE(user.exit, 0);
        QCOMPARE(user.out.trimmed(),
                 QStringLiteral("op.bangsal\toperator\t35.71.03.1001\top.bangsal"));
        QVERIFY(!user.out.contains(QStringLiteral("kata-sandi")));
        QCOMPARE(central({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data"),
                          data, QStringLiteral("--role"), QStringLiteral("operator"),
                          QStringLiteral("--village"), QStringLiteral("35.71.03.1001"),
                          QStringLiteral("--name"), QStringLiteral("op.bangsal")},
                         "kata-sandi-kuat\n")
                     .exit,
                 1); // taken
        QCOMPARE(central({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data"),
                          data, QStringLiteral("--role"), QStringLiteral("supervisor"),
                          QStringLiteral("--regency"), QStringLiteral("35.71"),
                          QStringLiteral("--name"), QStringLiteral("dinsos")})
                     .exit,
                 2); // no password on standard input
        const QString events = dir.file(QStringLiteral("events.csv"));
        writeFile(events,
                  "event,nik,date,note\ndeath,3571010101010001,2026-11-01,\nbirth,1,2026-11-01,\n");
        const Run civil = central({QStringLiteral("civil-events"), QStringLiteral("import"),
                                   QStringLiteral("--data"), data, events});
        QCOMPARE(civil.exit, 1);
        QVERIFY(civil.err.contains(QStringLiteral("baris 3")));
        QVERIFY(civil.out.contains(QStringLiteral("ditolak\t1")));
        writeFile(events, "nik,event\n");
        QCOMPARE(central({QStringLiteral("civil-events"), QStringLiteral("import"),
                          QStringLiteral("--data"), data, events})
                     .exit,
                 2);
        QCOMPARE(central({QStringLiteral("requests"), QStringLiteral("list"),
                          QStringLiteral("--data"), data})
                     .out,
                 QString());
        QCOMPARE(central({QStringLiteral("nonsense")}).exit, 2);
    }

    void syncFromTheCommandLine()
    {
        TempStore dir;
        const QString data = dir.file(QStringLiteral("central"));
        const QString snap = dir.file(QStringLiteral("snap"));
        const QString db = dir.file(QStringLiteral("desa.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--csv"), snap,
                      QStringLiteral("--households"), QStringLiteral("25")})
                     .exit,
                 0);
        QCOMPARE(central({QStringLiteral("register"), QStringLiteral("import"),
                          QStringLiteral("--data"), data, snap + QStringLiteral("/households.csv"),
                          snap + QStringLiteral("/persons.csv")})
                     .exit,
                 0);
        QCOMPARE(central({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data"),
                          data, QStringLiteral("--role"), QStringLiteral("operator"),
                          QStringLiteral("--village"), QStringLiteral("35.71.03.1001"),
                          QStringLiteral("--name"), QStringLiteral("op.bangsal")},
                         "kata-sandi-kuat\n")
                     .exit,
                 0);
        QCOMPARE(
            cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                 QStringLiteral("25"), QStringLiteral("--requests"), QStringLiteral("5")})
                .exit,
            0);
        const QStringList sync{QStringLiteral("sync"), QStringLiteral("--db"), db,
                               QStringLiteral("--no-keychain")};
        // Nothing listens yet.
        const Run unreachable =
            cli(sync + QStringList{QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"),
                                   QStringLiteral("--user"), QStringLiteral("op.bangsal")},
                "kata-sandi-kuat\n");
        QCOMPARE(unreachable.exit, 2);
        QVERIFY(unreachable.err.contains(QStringLiteral("tidak bisa dihubungi")));

        Server server(data);
        QVERIFY(!server.url.isEmpty());
        const Run wrong =
            cli(sync + QStringList{QStringLiteral("--server"), server.url}, "salah\n");
        QCOMPARE(wrong.exit, 2);
        QVERIFY(wrong.err.contains(QStringLiteral("kata sandi salah")));
        const Run ok = cli(sync, "kata-sandi-kuat\n"); // server and user remembered
        QCOMPARE(ok.exit, 0);
        QVERIFY2(ok.out.startsWith(
                     QStringLiteral("terkirim\t5\nditerima\t5\nbermasalah\t0\nmenunggu\t0\n")),
                 qPrintable(ok.out + ok.err));
        QVERIFY(!ok.out.contains(QStringLiteral("kata-sandi")));
        const Run list = cli({QStringLiteral("outbox"), QStringLiteral("list"),
                              QStringLiteral("--db"), db, QStringLiteral("--all")});
        QCOMPARE(list.out.count(QStringLiteral("\treceived\t")), 5);
        QCOMPARE(central({QStringLiteral("requests"), QStringLiteral("list"),
                          QStringLiteral("--data"), data})
                     .out.count(u'\n'),
                 5);

        // A request the server refuses: exit 1 and where to look.
        {
            auto store = Database::open(db);
            QVERIFY(store);
            FixedClock clock(referenceNow());
            const ChangeRequestRepository requests(*store.value(), clock);
            ChangeRequest r;
            r.kind = RequestKind::Removal;
            r.householdId =
                RegisterRepository(*store.value(), clock).householdPage({}, 1)->first().id;
            r.payload = {{QStringLiteral("reason"), QStringLiteral("pindah")}};
            const qint64 id = requests.createDraft(r, as(QStringLiteral("rina")))->id;
            QVERIFY(requests.transition(id, RequestState::OnAgenda, QStringLiteral("rina")));
            QVERIFY(requests.transition(id, RequestState::Approved, QStringLiteral("lurah")));
        }
        QCOMPARE(
            cli({QStringLiteral("outbox"), QStringLiteral("add"), QStringLiteral("--db"), db}).out,
            QStringLiteral("diantrekan\t1\n"));
        const Run parked = cli(sync, "kata-sandi-kuat\n");
        QCOMPARE(parked.exit, 1);
        QVERIFY(parked.out.contains(QStringLiteral("bermasalah\t1")));
        QVERIFY(parked.err.contains(QStringLiteral("outbox list")));
        const Run problems =
            cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--db"), db});
        QVERIFY(problems.out.contains(
            QStringLiteral("\tparked\tAlasan penghapusan \"pindah\" tidak dikenal")));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
