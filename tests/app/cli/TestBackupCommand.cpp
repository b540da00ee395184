#include "core/files/ContentStore.h"
#include "tests/app/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

// tepat-cli backup / restore as scripts use them (docs/cli.md).
class TestBackupCommand : public QObject
{
    Q_OBJECT

    static CliRun cli(const QStringList &args, const QByteArray &input = {})
    {
        return runCli(QStringLiteral(TEPAT_CLI), args, input);
    }

    static QHash<QString, QString> fields(const QString &out)
    {
        QHash<QString, QString> map;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            map.insert(line.section(u'\t', 0, 0), line.section(u'\t', 1));
        }
        return map;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_backup;
    QString m_photo;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("kantor/tepat.sqlite"));
        m_backup = m_dir.filePath(QStringLiteral("usb/cadangan.tepatbak"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--households"), QStringLiteral("40")})
                     .exit,
                 0);
        m_photo = ContentStore(ContentStore::rootFor(m_db)).put("foto sintetis").value();
    }

    void backupReadsThePassphraseFromStandardInput()
    {
        const CliRun r = cli({QStringLiteral("backup"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--out"), m_backup},
                             "sebuah frasa sandi panjang\n");
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const auto f = fields(r.out);
        QCOMPARE(f.value(QStringLiteral("file")), m_backup);
        QCOMPARE(f.value(QStringLiteral("size")).toLongLong(), QFileInfo(m_backup).size());
        QCOMPARE(f.value(QStringLiteral("sha256")), ContentStore::sha256Of(readFile(m_backup)));
        QCOMPARE(f.value(QStringLiteral("files")), QStringLiteral("1"));
        QVERIFY(!r.err.contains(QStringLiteral("sebuah frasa")));
    }

    void passphraseProblemsStopTheBackup()
    {
        const QString out = m_dir.filePath(QStringLiteral("lain.tepatbak"));
        // Never from the command line: there is no such option, and a stray word is refused.
        CliRun r = cli({QStringLiteral("backup"), QStringLiteral("--db"), m_db,
                        QStringLiteral("--out"), out, QStringLiteral("sebuah-frasa-sandi")},
                       "sebuah frasa sandi panjang\n");
        QCOMPARE(r.exit, 2);
        r = cli(
            {QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out},
            "pendek\n");
        QCOMPARE(r.exit, 2);
        QVERIFY(r.err.contains(QStringLiteral("minimal 10")));
        r = cli(
            {QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out});
        QCOMPARE(r.exit, 2);
        QVERIFY(!QFileInfo::exists(out));
    }

    void restoreOntoANewMachineFromAFileDescriptor()
    {
        const QString secret = m_dir.filePath(QStringLiteral("frasa.txt"));
        writeFile(secret, "sebuah frasa sandi panjang\n");
        const QString db = m_dir.filePath(QStringLiteral("laptop-baru/tepat.sqlite"));
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("\"$0\" restore --in \"$1\" --db \"$2\" --passphrase-fd 3 "
                                    "3<\"$3\" </dev/null"),
                     QStringLiteral(TEPAT_CLI), m_backup, db, secret});
        QVERIFY(shell.waitForFinished(180000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        const auto f = fields(QString::fromUtf8(shell.readAllStandardOutput()));
        QCOMPARE(f.value(QStringLiteral("database")), QFileInfo(db).absoluteFilePath());
        QCOMPARE(f.value(QStringLiteral("village")), QStringLiteral("35.71.03.1001"));
        QCOMPARE(f.value(QStringLiteral("files")), QStringLiteral("1"));
        QVERIFY(ContentStore(ContentStore::rootFor(db)).read(m_photo));
        const CliRun search =
            cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QCOMPARE(search.exit, 0);
        QVERIFY(search.out.startsWith(QStringLiteral("intact\t")));
        auto opened = Database::open(db);
        auto q = opened.value()->query(
            QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'backup.restore'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
    }

    void wrongPassphraseAndExistingStores()
    {
        const QString db = m_dir.filePath(QStringLiteral("salah/tepat.sqlite"));
        CliRun r = cli({QStringLiteral("restore"), QStringLiteral("--in"), m_backup,
                        QStringLiteral("--db"), db},
                       "frasa sandi yang keliru\n");
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("Frasa sandi cadangan salah")));
        QVERIFY(!QFileInfo::exists(db));

        // An existing store is replaced only when asked.
        r = cli({QStringLiteral("restore"), QStringLiteral("--in"), m_backup,
                 QStringLiteral("--db"), m_db},
                "sebuah frasa sandi panjang\n");
        QCOMPARE(r.exit, 2);
        QVERIFY(r.err.contains(QStringLiteral("--replace")));
        r = cli({QStringLiteral("restore"), QStringLiteral("--in"), m_backup,
                 QStringLiteral("--db"), m_db, QStringLiteral("--replace")},
                "sebuah frasa sandi panjang\n");
        QVERIFY2(r.exit == 0, qPrintable(r.err));

        r = cli({QStringLiteral("restore"), QStringLiteral("--in"),
                 m_dir.filePath(QStringLiteral("tidak-ada.tepatbak")), QStringLiteral("--db"), db},
                "sebuah frasa sandi panjang\n");
        QCOMPARE(r.exit, 2);
    }

    void truncatedBackupIsRefused()
    {
        const QString cut = m_dir.filePath(QStringLiteral("terpotong.tepatbak"));
        const QByteArray full = readFile(m_backup);
        writeFile(cut, full.left(full.size() / 2));
        const QString db = m_dir.filePath(QStringLiteral("potong/tepat.sqlite"));
        const CliRun r = cli(
            {QStringLiteral("restore"), QStringLiteral("--in"), cut, QStringLiteral("--db"), db},
            "sebuah frasa sandi panjang\n");
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("terpotong")));
        QVERIFY(!QFileInfo::exists(db));
    }
};

QTEST_GUILESS_MAIN(TestBackupCommand)
#include "TestBackupCommand.moc"
