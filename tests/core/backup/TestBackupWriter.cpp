#include "core/backup/BackupRestorer.h"
#include "core/backup/BackupWriter.h"
#include "tests/core/backup/BackupTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <thread>

#include <utime.h>

using namespace tepat;
using namespace tepat::test;

class TestBackupWriter : public QObject
{
    Q_OBJECT

    static QStringList snapshotsBeside(const TempStore &store)
    {
        return QDir(store.dir.path())
            .entryList({QStringLiteral(".tepat-cadangan-*")}, QDir::Dirs | QDir::Hidden);
    }

private Q_SLOTS:
    // Another connection keeps committing pairs of rows while the backup runs. The copy is
    // one consistent moment: every pair whole, and the writer never blocked.
    void backupWhileAnotherConnectionWrites()
    {
        TempStore store;
        populate(store, 300, 2);
        std::atomic<bool> stop{false};
        std::atomic<int> committed{0};
        std::atomic<bool> failed{false};
        std::thread writer([&] {
            auto db = Database::open(store.path());
            if (!db) {
                failed = true;
                return;
            }
            for (int i = 0; !stop; ++i) {
                Transaction tx(*db.value());
                const QString key = QStringLiteral("uji.%1.").arg(i, 6, 10, QLatin1Char('0'));
                if (!db.value()->setSetting(key + u'a', QStringLiteral("x")) ||
                    !db.value()->setSetting(key + u'b', QStringLiteral("x")) || !tx.commit()) {
                    failed = true;
                    return;
                }
                ++committed;
            }
        });
        while (committed < 5 && !failed) {
            QThread::msleep(1);
        }
        const BackupKey key = fastKey();
        const QString out = store.file(QStringLiteral("cadangan/hari-ini.tepatbak"));
        int duringBackup = 0;
        const auto report =
            BackupWriter(key, store.clock).write({store.path(), {}, out}, [&](qint64, qint64) {
                // The writer goes on while the backup is being written.
                const int seen = committed;
                for (int wait = 0; wait < 5000 && committed < seen + 3 && !failed; ++wait) {
                    QThread::msleep(1);
                }
                duringBackup = qMax(duringBackup, committed - seen);
                return true;
            });
        stop = true;
        writer.join();
        QVERIFY(!failed);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(duringBackup >= 3);

        QTemporaryDir other;
        const QString db = other.filePath(QStringLiteral("pulih.sqlite"));
        QVERIFY(BackupRestorer().restore({out, testPassphrase(), db, {}}));
        auto restored = Database::open(db);
        QVERIFY(restored);
        auto pairs = restored.value()->query(
            QStringLiteral("SELECT sum(key LIKE 'uji.%a'), sum(key LIKE 'uji.%b') FROM setting"));
        QVERIFY(pairs && pairs->next());
        const int a = pairs->value(0).toInt();
        QVERIFY(a >= 5);
        QCOMPARE(pairs->value(1).toInt(), a);
        QVERIFY(a < committed);
        QVERIFY(snapshotsBeside(store).isEmpty());
    }

    // kill -9 while the new backup is half written: the previous one is still there, whole.
    void killedBackupLeavesThePreviousOneIntact()
    {
        TempStore store;
        populate(store, 400, 3);
        const BackupKey key = fastKey();
        const QString out = store.file(QStringLiteral("usb/cadangan.tepatbak"));
        QVERIFY(BackupWriter(key, store.clock).write({store.path(), {}, out}));
        const QByteArray previous = readFile(out);
        QVERIFY(store.db->setSetting(QStringLiteral("uji.sesudah"), QStringLiteral("baru")));

        QProcess child;
        child.start(QStringLiteral(TEPAT_BACKUP_CHILD),
                    {QStringLiteral("backup"), store.path(), out, QStringLiteral("pause")});
        QVERIFY(child.waitForStarted());
        QByteArray said;
        while (!said.contains("menulis") && child.state() == QProcess::Running) {
            child.waitForReadyRead(30000);
            said += child.readAllStandardOutput();
        }
        QVERIFY2(said.contains("menulis"), child.readAllStandardError().constData());
        QCOMPARE(readFile(out), previous); // half the new backup is written elsewhere
        QCOMPARE(snapshotsBeside(store).size(), 1);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QCOMPARE(readFile(out), previous);
        for (const QString &name : QDir(store.file(QStringLiteral("usb"))).entryList(QDir::Files)) {
            QVERIFY2(name == QLatin1String("cadangan.tepatbak") || !name.endsWith(".tepatbak"),
                     qPrintable(name));
        }
        QTemporaryDir other;
        const QString db = other.filePath(QStringLiteral("pulih.sqlite"));
        QVERIFY(BackupRestorer().restore({out, testPassphrase(), db, {}}));
        QCOMPARE(Database::open(db).value()->setting(QStringLiteral("uji.sesudah")), QString());

        // The plain copy the killed backup left beside the store goes once it is stale.
        const QString stale = store.file(snapshotsBeside(store).value(0));
        const struct utimbuf old
        {
            0, 1000000000
        };
        QCOMPARE(::utime(QFile::encodeName(stale).constData(), &old), 0);
        QVERIFY(BackupWriter(key, store.clock).write({store.path(), {}, out}));
        QVERIFY(snapshotsBeside(store).isEmpty());
        QVERIFY(readFile(out) != previous);
        const QString db2 = other.filePath(QStringLiteral("pulih2.sqlite"));
        QVERIFY(BackupRestorer().restore({out, testPassphrase(), db2, {}}));
        QCOMPARE(Database::open(db2).value()->setting(QStringLiteral("uji.sesudah")),
                 QStringLiteral("baru"));
    }

    void cancelledBackupLeavesThePreviousOneIntact()
    {
        TempStore store;
        populate(store, 100, 1);
        const BackupKey key = fastKey();
        const QString out = store.file(QStringLiteral("cadangan.tepatbak"));
        QVERIFY(BackupWriter(key, store.clock).write({store.path(), {}, out}));
        const QByteArray previous = readFile(out);
        const auto r =
            BackupWriter(key, store.clock).write({store.path(), {}, out}, [](qint64, qint64) {
                return false;
            });
        QCOMPARE(r.error().code, QStringLiteral("backup.cancelled"));
        QCOMPARE(readFile(out), previous);
        QVERIFY(snapshotsBeside(store).isEmpty());
    }

    // A disk that fills up while the backup is written (a file size limit in a child process).
    void fullDiskLeavesThePreviousBackupIntact()
    {
        TempStore store;
        populate(store, 100, 0);
        const ContentStore files(ContentStore::rootFor(store.path()));
        for (int i = 0; i < 3; ++i) {
            QByteArray photo(1 << 20, char('a' + i));
            QVERIFY(files.put(photo));
        }
        const QString out = store.file(QStringLiteral("cadangan.tepatbak"));
        QVERIFY(BackupWriter(fastKey(), store.clock).write({store.path(), {}, out}));
        const QByteArray previous = readFile(out);
        QVERIFY(store.db->execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        const qint64 limit = QFileInfo(store.path()).size() + 512 * 1024;
        QProcess child;
        child.start(QStringLiteral(TEPAT_BACKUP_CHILD),
                    {QStringLiteral("backup"), store.path(), out, QString::number(limit)});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 1);
        const QString message = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(message.contains(QStringLiteral("disk penuh")), qPrintable(message));
        QCOMPARE(readFile(out), previous);
        QVERIFY(snapshotsBeside(store).isEmpty());
    }

    void unwritableDestinationIsReported()
    {
        TempStore store;
        populate(store, 20, 0);
        writeFile(store.file(QStringLiteral("berkas")), "bukan folder");
        const auto r =
            BackupWriter(fastKey(), store.clock)
                .write({store.path(), {}, store.file(QStringLiteral("berkas/x.tepatbak"))});
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("backup.folder"));
    }
};

QTEST_GUILESS_MAIN(TestBackupWriter)
#include "TestBackupWriter.moc"
