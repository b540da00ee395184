#include "tests/core/backup/BackupTestSupport.h"
#include "ui/backup/BackupController.h"
#include "ui/common/AppContext.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestBackupController : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TempStore store;
        Session session;
        AppContext context;
        BackupController controller;

        explicit Fixture(Role role)
            : session(Actor{QStringLiteral("uji"), QStringLiteral("Uji"), role})
            , context{*store.db, store.clock, session, ContentStore::rootFor(store.path())}
            , controller(context)
        {
            controller.setKeyCost(PasswordCost::fastForTests());
        }

        // Waits for the running job; returns its message (empty when it failed).
        std::pair<bool, QString> finish()
        {
            QSignalSpy done(&controller, &BackupController::finished);
            if (!done.wait(60000)) {
                qFatal("backup job did not finish");
            }
            return {done.first().at(0).toBool(), done.first().at(1).toString()};
        }

        QStringList backups() const
        {
            return QDir(store.file(QStringLiteral("cadangan")))
                .entryList({QStringLiteral("*.tepatbak")}, QDir::Files, QDir::Name);
        }
    };

private Q_SLOTS:
    // The controller refuses before any work starts, whatever the buttons show.
    void restoreAndPassphraseNeedTheRight_data()
    {
        QTest::addColumn<Role>("role");
        QTest::newRow("operator") << Role::Operator;
        QTest::newRow("field staff") << Role::FieldStaff;
        QTest::newRow("village head") << Role::VillageHead;
    }

    void restoreAndPassphraseNeedTheRight()
    {
        QFETCH(Role, role);
        Fixture f(role);
        QSignalSpy started(&f.controller, &BackupController::started);
        const Status phrase = f.controller.setPassphrase(testPassphrase());
        QCOMPARE(phrase.error().code, QStringLiteral("auth.forbidden"));
        const QString file = f.store.file(QStringLiteral("x.tepatbak"));
        writeFile(file, "x");
        const Status restore = f.controller.restore(file, testPassphrase(), false);
        QCOMPARE(restore.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY(!f.controller.busy());
        QCOMPARE(started.count(), 0);
        QVERIFY(!f.controller.service().settings()->hasKey);
    }

    void everyoneMayBackUpOnceThePassphraseIsSet()
    {
        Fixture admin(Role::Administrator);
        populate(admin.store, 60, 2);
        QCOMPARE(admin.controller.backupNow().error().code, QStringLiteral("backup.no_key"));
        QVERIFY(admin.controller.setPassphrase(testPassphrase()));
        QVERIFY(admin.controller.busy());
        QVERIFY(admin.finish().first);
        QVERIFY(admin.controller.service().settings()->hasKey);

        // An operator's session on the same store.
        Session operatorSession(Actor{QStringLiteral("op"), QStringLiteral("Op"), Role::Operator});
        AppContext context{*admin.store.db, admin.store.clock, operatorSession,
                           ContentStore::rootFor(admin.store.path())};
        BackupController asOperator(context);
        QVERIFY(asOperator.backupNow());
        QSignalSpy done(&asOperator, &BackupController::finished);
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(admin.backups().size(), 1);
        QCOMPARE(admin.store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE "
                                                  "action = 'backup.create' AND actor = 'op'")),
                 1);
    }

    // Daily by default: due at once after set-up, then a day later; keeps the last N.
    void scheduledBackupsRunWhenDueAndKeepTheLastOnes()
    {
        Fixture f(Role::Administrator);
        populate(f.store, 40, 1);
        QVERIFY(f.controller.service().configure(f.session,
                                                 f.store.file(QStringLiteral("cadangan")), 24, 2));
        f.controller.checkSchedule();
        QVERIFY(!f.controller.busy()); // no passphrase yet
        QVERIFY(f.controller.setPassphrase(testPassphrase()));
        QVERIFY(f.finish().first);

        for (int day = 0; day < 3; ++day) {
            f.controller.checkSchedule();
            QVERIFY(f.controller.busy());
            QVERIFY(f.finish().first);
            f.controller.checkSchedule();
            QVERIFY(!f.controller.busy()); // not due again before a day has passed
            f.store.clock.advanceSeconds(24 * 3600);
        }
        const QStringList kept = f.backups();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.last(), BackupService::scheduledFileName(f.store.clock.now().addDays(-1)));
    }

    void failedScheduledBackupIsReportedAndRetriedLater()
    {
        Fixture f(Role::Administrator);
        populate(f.store, 20, 0);
        writeFile(f.store.file(QStringLiteral("bukan-folder")), "x");
        QVERIFY(f.controller.service().configure(
            f.session, f.store.file(QStringLiteral("bukan-folder/cadangan")), 24, 7));
        QVERIFY(f.controller.setPassphrase(testPassphrase()));
        QVERIFY(f.finish().first);
        f.controller.checkSchedule();
        const auto [ok, message] = f.finish();
        QVERIFY(!ok);
        QVERIFY(!f.controller.service().settings()->lastError.isEmpty());
        f.store.clock.advanceSeconds(30 * 60);
        f.controller.checkSchedule();
        QVERIFY(!f.controller.busy());
        f.store.clock.advanceSeconds(31 * 60);
        f.controller.checkSchedule();
        QVERIFY(f.controller.busy());
        QVERIFY(!f.finish().first);
    }

    void restoreWithASafetyBackupFirst()
    {
        Fixture f(Role::Administrator);
        populate(f.store, 50, 1);
        QVERIFY(f.controller.service().configure(f.session,
                                                 f.store.file(QStringLiteral("cadangan")), 24, 7));
        QVERIFY(f.controller.setPassphrase(testPassphrase()));
        QVERIFY(f.finish().first);
        const QString file = f.store.file(QStringLiteral("usb.tepatbak"));
        QVERIFY(f.controller.backupNow(file));
        QVERIFY(f.finish().first);
        QVERIFY(f.store.db->setSetting(QStringLiteral("uji.sesudah"), QStringLiteral("hilang")));

        // Wrong passphrase: nothing changes.
        QVERIFY(f.controller.restore(file, QStringLiteral("frasa sandi keliru"), false));
        auto [ok, message] = f.finish();
        QVERIFY(!ok);
        QVERIFY(message.contains(QStringLiteral("Data tidak diubah")));
        QCOMPARE(f.store.db->setting(QStringLiteral("uji.sesudah")), QStringLiteral("hilang"));

        QSignalSpy restored(&f.controller, &BackupController::restored);
        QVERIFY(f.controller.restore(file, testPassphrase(), true));
        std::tie(ok, message) = f.finish();
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(restored.count(), 1);
        QCOMPARE(f.store.db->setting(QStringLiteral("uji.sesudah")), QString());
        QCOMPARE(f.store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'backup.restore'")),
                 1);
        // The data as it was before the restore went into a backup first.
        const QStringList safety =
            QDir(f.store.file(QStringLiteral("cadangan")))
                .entryList({QStringLiteral("tepat-sebelum-pulih-*.tepatbak")}, QDir::Files);
        QCOMPARE(safety.size(), 1);
        QTemporaryDir other;
        const QString db = other.filePath(QStringLiteral("cek.sqlite"));
        QVERIFY(
            BackupRestorer().restore({f.store.file(QStringLiteral("cadangan/") + safety.first()),
                                      testPassphrase(),
                                      db,
                                      {}}));
        QCOMPARE(Database::open(db).value()->setting(QStringLiteral("uji.sesudah")),
                 QStringLiteral("hilang"));
    }
};

QTEST_MAIN(TestBackupController)
#include "TestBackupController.moc"
