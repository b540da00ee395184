#include "core/audit/AuditVerifier.h"
#include "core/backup/BackupRestorer.h"
#include "core/backup/BackupStream.h"
#include "core/backup/BackupWriter.h"
#include "tests/core/backup/BackupTestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTest>
#include <QtEndian>

using namespace tepat;
using namespace tepat::test;

class TestBackupRestorer : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TempStore store;
        QStringList photos;
        QString backup;
        BackupReport report;

        Fixture()
        {
            photos = populate(store);
            backup = store.file(QStringLiteral("usb/cadangan.tepatbak"));
            const BackupKey key = fastKey();
            auto r = BackupWriter(key, store.clock).write({store.path(), {}, backup});
            if (!r) {
                qFatal("backup: %s", qPrintable(r.error().message));
            }
            report = r.value();
        }
    };

    static Result<RestoreReport> restore(const QString &backup, const QString &db,
                                         const QString &passphrase = testPassphrase())
    {
        return BackupRestorer().restore({backup, passphrase, db, {}});
    }

    static qint64 count(const QString &db, const char *sql)
    {
        auto opened = Database::open(db);
        auto q = opened.value()->query(QLatin1String(sql));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    // Whatever goes wrong, the store stays byte for byte as it was and no staging is left.
    static void expectUntouched(const TempStore &target, const QByteArray &before)
    {
        QCOMPARE(readFile(target.path()), before);
        const QStringList left =
            QDir(target.dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &name : left) {
            QVERIFY2(!name.contains(QStringLiteral("-pulih-")), qPrintable(name));
        }
        QVERIFY(!QFileInfo::exists(ContentStore::rootFor(target.path())));
    }

    static QByteArray checkpointed(TempStore &store)
    {
        (void)store.db->execute("PRAGMA wal_checkpoint(TRUNCATE)");
        return readFile(store.path());
    }

private Q_SLOTS:
    void roundTripOntoANewMachine()
    {
        Fixture f;
        QCOMPARE(f.report.files, 3);
        QVERIFY(f.report.bytes > f.report.databaseBytes);
        QCOMPARE(f.report.sha256.size(), 64);
        QCOMPARE(ContentStore::sha256Of(readFile(f.backup)), f.report.sha256);
        // Nothing in clear: no names, no NIKs, no photo text.
        const QByteArray raw = readFile(f.backup);
        QVERIFY(!raw.contains("SQLite format 3"));
        QVERIFY(!raw.contains("foto rumah"));
        QVERIFY(!raw.contains("3571"));

        QTemporaryDir other;
        const QString db = other.filePath(QStringLiteral("baru/tepat.sqlite"));
        const auto r = restore(f.backup, db);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QVERIFY(!r->replacedExisting);
        QCOMPARE(r->filesRestored, 3);
        QCOMPARE(r->schemaVersion, Database::latestSchemaVersion());
        QCOMPARE(r->village, QStringLiteral("35.71.03.1001"));
        QCOMPARE(r->backupCreatedAt, f.store.clock.now());
        QCOMPARE(count(db, "SELECT count(*) FROM household"),
                 f.store.count(QStringLiteral("SELECT count(*) FROM household")));
        QCOMPARE(count(db, "SELECT count(*) FROM person"),
                 f.store.count(QStringLiteral("SELECT count(*) FROM person")));
        const ContentStore restored(ContentStore::rootFor(db));
        for (const QString &sha : f.photos) {
            QVERIFY(restored.read(sha));
        }
        auto opened = Database::open(db);
        QVERIFY(opened);
        QVERIFY(AuditVerifier(*opened.value()).verify()->intact());
        QCOMPARE(QDir(other.filePath(QStringLiteral("baru")))
                     .entryList({QStringLiteral(".*pulih*")}, QDir::AllEntries | QDir::Hidden)
                     .size(),
                 0);
    }

    void restoreReplacesAnOpenStore()
    {
        Fixture f;
        TempStore target;
        populate(target, 20, 1);
        QVERIFY(target.db->setSetting(QStringLiteral("village_code"), QStringLiteral("lain")));
        const auto r = restore(f.backup, target.path());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QVERIFY(r->replacedExisting);
        // The target's one photo has the same bytes as the first in the backup.
        QCOMPARE(r->filesRestored, 2);
        QCOMPARE(r->filesPresent, 1);
        // The connection that stayed open sees the restored data.
        QCOMPARE(target.db->setting(QStringLiteral("village_code")),
                 QStringLiteral("35.71.03.1001"));
        QCOMPARE(target.count(QStringLiteral("SELECT count(*) FROM household")),
                 f.store.count(QStringLiteral("SELECT count(*) FROM household")));
        QCOMPARE(target.count(QStringLiteral("PRAGMA integrity_check")), 0); // "ok" -> 0
        // Restoring again finds the files already there.
        QCOMPARE(restore(f.backup, target.path())->filesPresent, 3);
    }

    void wrongPassphraseChangesNothing()
    {
        Fixture f;
        TempStore target;
        const QByteArray before = checkpointed(target);
        const auto r =
            restore(f.backup, target.path(), QStringLiteral("kopi tubruk di balai kota"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("backup.wrong_passphrase"));
        QVERIFY(r.error().message.contains(QStringLiteral("Frasa sandi")));
        expectUntouched(target, before);
    }

    void truncatedBackupChangesNothing_data()
    {
        QTest::addColumn<double>("keep");
        QTest::newRow("header only") << 0.001;
        QTest::newRow("half") << 0.5;
        QTest::newRow("all but one byte") << -1.0;
    }

    void truncatedBackupChangesNothing()
    {
        QFETCH(double, keep);
        Fixture f;
        const QByteArray full = readFile(f.backup);
        const qsizetype size = keep < 0 ? full.size() - 1 : qsizetype(full.size() * keep);
        const QString cut = f.store.file(QStringLiteral("terpotong.tepatbak"));
        writeFile(cut, full.left(size));
        TempStore target;
        const QByteArray before = checkpointed(target);
        const auto r = restore(cut, target.path());
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("backup.damaged"));
        QVERIFY2(r.error().message.contains(QStringLiteral("terpotong")),
                 qPrintable(r.error().message));
        expectUntouched(target, before);
    }

    void damagedBackupChangesNothing_data()
    {
        QTest::addColumn<double>("where");
        QTest::addColumn<QString>("code");
        QTest::newRow("salt") << 0.0 << "backup.wrong_passphrase";
        QTest::newRow("middle") << 0.5 << "backup.damaged";
        QTest::newRow("last byte") << 1.0 << "backup.damaged";
    }

    void damagedBackupChangesNothing()
    {
        QFETCH(double, where);
        QFETCH(QString, code);
        Fixture f;
        QByteArray bytes = readFile(f.backup);
        const qsizetype at = where == 0.0   ? 30
                             : where == 1.0 ? bytes.size() - 1
                                            : qsizetype(bytes.size() * where);
        bytes[at] = char(bytes[at] ^ 0x40);
        writeFile(f.backup, bytes);
        TempStore target;
        const QByteArray before = checkpointed(target);
        const auto r = restore(f.backup, target.path());
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        expectUntouched(target, before);
    }

    // The disk fills up while the backup is unpacked (a file size limit in a child process).
    void fullDiskDuringRestoreChangesNothing()
    {
        Fixture f;
        TempStore target;
        const QByteArray before = checkpointed(target);
        QProcess child;
        child.start(QStringLiteral(TEPAT_BACKUP_CHILD),
                    {QStringLiteral("restore"), f.backup, target.path(),
                     QString::number(f.report.databaseBytes / 2)});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 1);
        const QString message = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(message.contains(QStringLiteral("disk penuh")), qPrintable(message));
        expectUntouched(target, before);
    }

    void extraBytesAfterTheEndAreRefused()
    {
        Fixture f;
        writeFile(f.backup, readFile(f.backup) + "tambahan");
        TempStore target;
        const QByteArray before = checkpointed(target);
        const auto r = restore(f.backup, target.path());
        QCOMPARE(r.error().code, QStringLiteral("backup.damaged"));
        expectUntouched(target, before);
    }

    void foreignFilesAreRefused()
    {
        TempStore store;
        const QString notBackup = store.file(QStringLiteral("foto.jpg"));
        writeFile(notBackup, QByteArray(500, 'x'));
        const auto r = restore(notBackup, store.file(QStringLiteral("x.sqlite")));
        QCOMPARE(r.error().code, QStringLiteral("backup.not_a_backup"));
        QVERIFY(!QFileInfo::exists(store.file(QStringLiteral("x.sqlite"))));
        QCOMPARE(restore(store.file(QStringLiteral("tidak-ada.tepatbak")),
                         store.file(QStringLiteral("x.sqlite")))
                     .error()
                     .code,
                 QStringLiteral("backup.unreadable"));
    }

    // Backups whose stream is sound but whose store is not: written here record by record.
    void unsoundStoresInsideAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("code");
        QTest::newRow("newer schema") << "schema"
                                      << "backup.newer_schema";
        QTest::newRow("garbled pages") << "pages"
                                       << "backup.damaged";
        QTest::newRow("not a store") << "foreign"
                                     << "backup.damaged";
        QTest::newRow("no store at all") << "missing"
                                         << "backup.damaged";
    }

    void unsoundStoresInsideAreRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, code);
        TempStore source;
        populate(source, 80, 0);
        if (damage == QLatin1String("schema")) {
            QVERIFY(source.db->execute("PRAGMA user_version = 999"));
        }
        QByteArray db = checkpointed(source);
        if (damage == QLatin1String("pages")) {
            for (qsizetype i = 4096 * 3; i < 4096 * 6; ++i) {
                db[i] = char(i * 7);
            }
        } else if (damage == QLatin1String("foreign")) {
            db = QByteArray("kosong").repeated(1000);
        }
        const QString path = source.file(QStringLiteral("buatan.tepatbak"));
        {
            const BackupKey key = fastKey();
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            BackupEncryptor stream(out, key);
            QVERIFY(stream.begin());
            QVERIFY(stream.write(QByteArray("M\x02\0\0\0{}", 7)));
            if (damage != QLatin1String("missing")) {
                QByteArray size(8, '\0');
                qToLittleEndian<quint64>(quint64(db.size()), size.data());
                QVERIFY(stream.write("D" + size + db));
            }
            QVERIFY(stream.write(QByteArray("E")));
            QVERIFY(stream.finish());
        }
        TempStore target;
        const QByteArray before = checkpointed(target);
        const auto r = restore(path, target.path());
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        expectUntouched(target, before);
    }
};

QTEST_GUILESS_MAIN(TestBackupRestorer)
#include "TestBackupRestorer.moc"
