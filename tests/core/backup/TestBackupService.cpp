#include "core/backup/BackupService.h"
#include "tests/core/backup/BackupTestSupport.h"

#include <QDir>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestBackupService : public QObject
{
    Q_OBJECT

    static Session as(Role role) { return Session(Actor{QStringLiteral("uji"), {}, role}); }

private Q_SLOTS:
    void onlyAdministratorsConfigureAndRestore_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("administrator") << Role::Administrator << true;
        QTest::newRow("operator") << Role::Operator << false;
        QTest::newRow("field staff") << Role::FieldStaff << false;
        QTest::newRow("village head") << Role::VillageHead << false;
    }

    void onlyAdministratorsConfigureAndRestore()
    {
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        TempStore store;
        const BackupService service(*store.db, store.clock);
        const Session caller = as(role);
        const Status configured =
            service.configure(caller, store.file(QStringLiteral("cadangan")), 24, 7);
        const Status keyed = service.storeKey(caller, fastKey());
        const Status restore = service.mayRestore(caller);
        QCOMPARE(configured.ok(), allowed);
        QCOMPARE(keyed.ok(), allowed);
        QCOMPARE(restore.ok(), allowed);
        if (!allowed) {
            QCOMPARE(restore.error().code, QStringLiteral("auth.forbidden"));
        }
        const BackupSettings s = service.settings().value();
        QCOMPARE(s.hasKey, allowed);
        QCOMPARE(s.folder.isEmpty(), !allowed);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry")), allowed ? 2 : 0);
    }

    void settingsAreCheckedAndKept()
    {
        TempStore store;
        const BackupService service(*store.db, store.clock);
        const Session admin = as(Role::Administrator);
        QVERIFY(!service.configure(admin, QStringLiteral("relatif"), 24, 7));
        QVERIFY(!service.configure(admin, store.file(QStringLiteral("c")), 0, 7));
        QVERIFY(!service.configure(admin, store.file(QStringLiteral("c")), 24, 0));
        QVERIFY(service.configure(admin, store.file(QStringLiteral("c")), 12, 3));
        const BackupSettings s = service.settings().value();
        QCOMPARE(s.folder, store.file(QStringLiteral("c")));
        QCOMPARE(s.intervalHours, 12);
        QCOMPARE(s.keep, 3);
    }

    void theStoredKeyMakesBackupsThePassphraseOpens()
    {
        TempStore store;
        const BackupService service(*store.db, store.clock);
        QVERIFY(!service.storedKey().value().has_value());
        QVERIFY(service.storeKey(as(Role::Administrator), fastKey()));
        const auto stored = service.storedKey();
        QVERIFY(stored && stored->has_value());
        const auto again = BackupKey::derive(testPassphrase(), stored->value().kdf());
        QCOMPARE(again->bytes(), stored->value().bytes());
        QVERIFY(BackupKey::derive(QStringLiteral("frasa yang lain sekali"), stored->value().kdf())
                    ->bytes() != stored->value().bytes());
        // Replacing the passphrase replaces the key.
        QVERIFY(service.storeKey(as(Role::Administrator),
                                 fastKey(QStringLiteral("frasa sandi yang baru"))));
        QVERIFY(service.storedKey()->value().bytes() != stored->value().bytes());
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM backup_key")), 1);
    }

    void passphraseRules()
    {
        QVERIFY(!BackupKey::checkPassphraseRules(QStringLiteral("pendek")));
        QVERIFY(BackupKey::checkPassphraseRules(QStringLiteral("kopi di balai")));
        QVERIFY(BackupKey::standardCost().memLimit >= PasswordCost::interactive().memLimit);
    }

    void scheduleIsDailyAfterSetUp()
    {
        TempStore store;
        const BackupService service(*store.db, store.clock);
        const Session admin = as(Role::Administrator);
        QVERIFY(!service.nextDue(service.settings().value()).isValid());
        QVERIFY(service.configure(admin, store.file(QStringLiteral("c")), 24, 7));
        QVERIFY(!service.nextDue(service.settings().value()).isValid()); // no passphrase yet
        QVERIFY(service.storeKey(admin, fastKey()));
        QCOMPARE(service.nextDue(service.settings().value()), store.clock.now());

        BackupReport report;
        report.file = store.file(QStringLiteral("c/tepat-cadangan-3571014101900001.tepatbak"));
        report.createdAt = store.clock.now();
        report.bytes = 1234;
        QVERIFY(service.recordBackup(QStringLiteral("admin"), report));
        const BackupSettings s = service.settings().value();
        QCOMPARE(s.lastAt, store.clock.now());
        QCOMPARE(service.nextDue(s), store.clock.now().addDays(1));
        // No identity number reaches the audit trail, even from a file name.
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE object_id || "
                                            "details LIKE '%3571014101900001%'")),
                 0);
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'backup.create'")),
                 1);
        // Nor one written with separators, as an operator might name a file.
        report.file = store.file(QStringLiteral("c/kk 3571.0141.0190.0002.tepatbak"));
        QVERIFY(service.recordBackup(QStringLiteral("admin"), report));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE object_id LIKE "
                                            "'%0190%' OR details LIKE '%0190%'")),
                 0);
        QVERIFY(service.recordFailure(QStringLiteral("Disk penuh")));
        QCOMPARE(service.settings()->lastError, QStringLiteral("Disk penuh"));
    }

    void pruneKeepsTheNewestScheduledBackups()
    {
        QTemporaryDir dir;
        QDateTime at = referenceNow();
        for (int i = 0; i < 10; ++i) {
            writeFile(dir.filePath(BackupService::scheduledFileName(at.addDays(i))), "x");
        }
        writeFile(dir.filePath(QStringLiteral("manual.tepatbak")), "x");
        writeFile(dir.filePath(QStringLiteral("tepat-cadangan-catatan.txt")), "x");
        QCOMPARE(BackupService::scheduledFileName(at),
                 QStringLiteral("tepat-cadangan-20261123-100000.tepatbak"));
        QCOMPARE(BackupService::prune(dir.path(), 7), 3);
        const QStringList left = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(left.size(), 9);
        QVERIFY(!left.contains(BackupService::scheduledFileName(at.addDays(2))));
        QVERIFY(left.contains(BackupService::scheduledFileName(at.addDays(3))));
        QVERIFY(left.contains(QStringLiteral("manual.tepatbak")));
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "TestBackupService.moc"
