#include "tests/sync/SyncFixtures.h"

#include <QProcess>
#include <QTest>

#include <sys/stat.h>

using namespace tepat;
using namespace tepat::test;

// tepat-central's commands as an administrator runs them (exit codes per docs/cli.md: 0 done,
// 1 something refused, 2 could not run).
class TestCentralCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };

    static Run central(const QStringList &args, const QByteArray &input = {},
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TEPAT_CENTRAL), args);
        if (!p.waitForStarted()) {
            return {};
        }
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static int modeOf(const QString &path)
    {
        struct stat st;
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }

private Q_SLOTS:
    void plainHttpIsServedOnlyOnLoopback()
    {
        QTemporaryDir dir;
        const Run open = central({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                                  QStringLiteral("--data"), dir.path()});
        QCOMPARE(open.exit, 2);
        QVERIFY2(open.err.contains(QStringLiteral("--cert")), qPrintable(open.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("central.sqlite"))));
    }

    void registerRejectsStayOutsideTheDataFolder()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("srv"));
        const QString input = dir.filePath(QStringLiteral("masuk"));
        QVERIFY(QDir().mkpath(input));
        DemoOptions options;
        options.households = 3;
        options.today = QDate(2026, 11, 23);
        QFile h(input + QStringLiteral("/households.csv"));
        QFile p(input + QStringLiteral("/persons.csv"));
        QVERIFY(h.open(QIODevice::WriteOnly) && p.open(QIODevice::WriteOnly));
        QVERIFY(DemoVillage::writeSnapshot(options, h, p));
        h.write("rusak,baris\n");
        h.close();
        p.close();
        const QStringList args{QStringLiteral("register"),
                               QStringLiteral("import"),
                               QStringLiteral("--data"),
                               data,
                               h.fileName(),
                               p.fileName()};
        const Run imported = central(args);
        QCOMPARE(imported.exit, 1);
        const QString rejects = input + QStringLiteral("/register-rejects.csv");
        QVERIFY2(imported.err.contains(rejects), qPrintable(imported.err));
        QVERIFY(QFileInfo::exists(rejects));
        QCOMPARE(QString::number(modeOf(rejects), 8), QStringLiteral("600"));
        QVERIFY(!QFileInfo::exists(data + QStringLiteral("/register-rejects.csv")));
        QCOMPARE(QString::number(modeOf(data), 8), QStringLiteral("700"));
        QCOMPARE(QString::number(modeOf(data + QStringLiteral("/central.sqlite")), 8),
                 QStringLiteral("600"));
        // Asked for inside the data folder: refused.
        const Run inside = central(
            args + QStringList{QStringLiteral("--rejects"), data + QStringLiteral("/r.csv")});
        QCOMPARE(inside.exit, 2);
        QVERIFY(!QFileInfo::exists(data + QStringLiteral("/r.csv")));
    }

    // disbursements import: refused lines go beside the input (0600), never into the data
    // folder; the exit code says a line was refused.
    void disbursementRejectsStayOutsideTheDataFolder()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("srv"));
        QFile csv(dir.filePath(QStringLiteral("penyaluran.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("household_id,program,period,status,date,note\n"
                  "3571031001000123,PKH,2026-T4,LUNAS,2026-11-12,\n"
                  "3571031001000123,PKH,2026-T4,SI,2026-11-12,\n");
        csv.close();
        const QStringList args{QStringLiteral("disbursements"), QStringLiteral("import"),
                               QStringLiteral("--data"), data, csv.fileName()};
        const Run imported = central(args);
        QCOMPARE(imported.exit, 1);
        QVERIFY2(imported.err.contains(QStringLiteral("baris 2")), qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("keluarga tidak dikenal\t1")));
        const QString rejects = dir.filePath(QStringLiteral("disbursement-rejects.csv"));
        QVERIFY(QFileInfo::exists(rejects));
        QCOMPARE(QString::number(modeOf(rejects), 8), QStringLiteral("600"));
        const Run inside = central(
            args + QStringList{QStringLiteral("--rejects"), data + QStringLiteral("/r.csv")});
        QCOMPARE(inside.exit, 2);
        QVERIFY(!QFileInfo::exists(data + QStringLiteral("/r.csv")));
    }

    void thePostgresPasswordNeverGoesOnTheCommandLine()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("srv"));
        const QStringList list{QStringLiteral("requests"), QStringLiteral("list"),
                               QStringLiteral("--data"), data};
        const Run inUrl = central(
            list + QStringList{QStringLiteral("--database"),
                               QStringLiteral("postgresql://tepat:sandi@localhost:1/tepat")});
        QCOMPARE(inUrl.exit, 2);
        QVERIFY2(inUrl.err.contains(QStringLiteral("--database-password-file")),
                 qPrintable(inUrl.err));
        QVERIFY(!inUrl.err.contains(QStringLiteral("sandi@")));
        const Run missing =
            central(list + QStringList{QStringLiteral("--database"),
                                       QStringLiteral("postgresql://tepat@localhost:1/tepat"),
                                       QStringLiteral("--database-password-file"),
                                       dir.filePath(QStringLiteral("tidak-ada"))});
        QCOMPARE(missing.exit, 2);
        QVERIFY(missing.err.contains(QStringLiteral("tidak-ada")));
        const Run noDatabase =
            central(list + QStringList{QStringLiteral("--database-password-file"),
                                       dir.filePath(QStringLiteral("tidak-ada"))});
        QCOMPARE(noDatabase.exit, 2);
    }

    void accountsAndDevicesFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("srv"));
        const auto with = [&data](QStringList words, const QStringList &more = {}) {
            words << QStringLiteral("--data") << data << more;
            return words;
        };
        const QStringList user{QStringLiteral("user")};
        QCOMPARE(central(with(user + QStringList{QStringLiteral("add")},
                              {QStringLiteral("--role"), QStringLiteral("operator"),
                               QStringLiteral("--village"), kVillage, QStringLiteral("--name"),
                               QStringLiteral("op.bangsal")}),
                         "kata-sandi-kuat\n")
                     .exit,
                 0);
        // A device signs in (the server in this process, on the same data folder).
        const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            FixedClock clock(referenceNow());
            central::ServerConfig config;
            config.dataDir = data;
            auto server = central::CentralServer::create(config, clock);
            QVERIFY(server);
            QVERIFY(server.value()->accounts().login(QStringLiteral("op.bangsal"),
                                                     "kata-sandi-kuat", device,
                                                     QStringLiteral("Laptop\tlapangan")));
        }
        const Run listed = central(with({QStringLiteral("device"), QStringLiteral("list")}));
        QCOMPARE(listed.exit, 0);
        QCOMPARE(listed.out, QStringList({device, QStringLiteral("op.bangsal"), kVillage,
                                          QStringLiteral("Laptop lapangan"), QStringLiteral("-"),
                                          QStringLiteral("aktif")})
                                     .join(u'\t') +
                                 u'\n');
        QCOMPARE(central(with({QStringLiteral("device"), QStringLiteral("list")},
                              {QStringLiteral("--name"), QStringLiteral("op.lain")}))
                     .out,
                 QString());
        const Run revoked = central(with({QStringLiteral("device"), QStringLiteral("revoke")},
                                         {QStringLiteral("--device"), device}));
        QCOMPARE(revoked.exit, 0);
        QVERIFY(central(with({QStringLiteral("device"), QStringLiteral("list")}))
                    .out.contains(QStringLiteral("\tdicabut ")));
        QCOMPARE(central(with({QStringLiteral("device"), QStringLiteral("revoke")},
                              {QStringLiteral("--device"), QStringLiteral("tidak-ada")}))
                     .exit,
                 1);
        QCOMPARE(central(with({QStringLiteral("device"), QStringLiteral("revoke")})).exit, 2);

        QCOMPARE(central(with(user + QStringList{QStringLiteral("disable")},
                              {QStringLiteral("--name"), QStringLiteral("op.bangsal")}))
                     .out,
                 QStringLiteral("op.bangsal\tnonaktif\n"));
        QCOMPARE(central(with(user + QStringList{QStringLiteral("enable")},
                              {QStringLiteral("--name"), QStringLiteral("op.bangsal")}))
                     .exit,
                 0);
        QCOMPARE(central(with(user + QStringList{QStringLiteral("disable")},
                              {QStringLiteral("--name"), QStringLiteral("tidak.ada")}))
                     .exit,
                 1);
        QCOMPARE(central(with(user + QStringList{QStringLiteral("disable")})).exit, 2);
        // A new password from standard input, never an argument.
        const QStringList password = with(user + QStringList{QStringLiteral("password")},
                                          {QStringLiteral("--name"), QStringLiteral("op.bangsal")});
        QCOMPARE(central(password).exit, 2); // nothing on standard input
        QCOMPARE(central(password, "pendek\n").exit, 1);
        const Run changed = central(password, "kata-sandi-baru-2026\n");
        QCOMPARE(changed.exit, 0);
        QVERIFY(!changed.out.contains(QStringLiteral("kata-sandi")));
        FixedClock clock(referenceNow());
        central::ServerConfig config;
        config.dataDir = data;
        auto server = central::CentralServer::create(config, clock);
        QVERIFY(server);
        const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(server.value()
                     ->accounts()
                     .login(QStringLiteral("op.bangsal"), "kata-sandi-kuat", other, {})
                     .error()
                     .code,
                 QStringLiteral("auth.invalid"));
        QVERIFY(server.value()->accounts().login(QStringLiteral("op.bangsal"),
                                                 "kata-sandi-baru-2026", other, {}));
    }
};

QTEST_GUILESS_MAIN(TestCentralCli)
#include "TestCentralCli.moc"
