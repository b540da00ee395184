#include "core/storage/StoreEvents.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QThread>

using namespace tepat;
using namespace tepat::test;

class TestStoreEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBurstOfCommitsSignalsOnce()
    {
        TempStore store;
        StoreEvents &events = StoreEvents::of(*store.db);
        QCOMPARE(&StoreEvents::of(*store.db), &events); // one notifier per connection
        QSignalSpy changed(&events, &StoreEvents::changed);
        for (int i = 0; i < 3; ++i) {
            Transaction tx(*store.db);
            QVERIFY(store.db->setSetting(QStringLiteral("k%1").arg(i), QStringLiteral("v")));
            QVERIFY(tx.commit());
        }
        QVERIFY(store.db->setSetting(QStringLiteral("auto"), QStringLiteral("commit")));
        QVERIFY(events.pending());
        QCOMPARE(changed.size(), 0); // after the burst, not inside it
        QVERIFY(changed.wait(5000));
        QCoreApplication::processEvents();
        QCOMPARE(changed.size(), 1);
        QVERIFY(!events.pending());
    }

    void readsRollbacksAndEmptyTransactionsStaySilent()
    {
        TempStore store;
        StoreEvents &events = StoreEvents::of(*store.db);
        QSignalSpy changed(&events, &StoreEvents::changed);
        QVERIFY(store.db->query(QStringLiteral("SELECT count(*) FROM setting")));
        {
            Transaction reading(*store.db); // BEGIN IMMEDIATE around reads only
            QVERIFY(store.db->query(QStringLiteral("SELECT count(*) FROM setting")));
            QVERIFY(reading.commit());
        }
        QTRY_VERIFY(!events.pending());
        QCOMPARE(changed.size(), 0);
        {
            Transaction undone(*store.db);
            QVERIFY(store.db->setSetting(QStringLiteral("k"), QStringLiteral("v")));
            undone.rollback();
        }
        QVERIFY(!events.pending()); // a rollback commits nothing
        QCOMPARE(changed.size(), 0);
        QCOMPARE(store.db->setting(QStringLiteral("k")), QString());
    }

    void anotherConnectionAnnouncesFromItsThread()
    {
        TempStore store;
        StoreEvents &events = StoreEvents::of(*store.db);
        QSignalSpy changed(&events, &StoreEvents::changed);
        const QString path = store.path();
        QThread *worker = QThread::create([path, &events] {
            auto db = Database::open(path);
            if (db && db.value()->setSetting(QStringLiteral("from"), QStringLiteral("worker"))) {
                events.announce(); // its own connection: the app's hook did not see it
            }
        });
        worker->start();
        QVERIFY(changed.wait(5000));
        worker->wait();
        delete worker;
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.db->setting(QStringLiteral("from")), QStringLiteral("worker"));
    }

    void aClosedConnectionTakesItsNotifierAlong()
    {
        TempStore store;
        QPointer<StoreEvents> events = &StoreEvents::of(*store.db);
        store.db.reset();
        QVERIFY(events.isNull());
        auto reopened = Database::open(store.path());
        QVERIFY(reopened);
        StoreEvents &again = StoreEvents::of(*reopened.value());
        QSignalSpy changed(&again, &StoreEvents::changed);
        QVERIFY(reopened.value()->setSetting(QStringLiteral("k"), QStringLiteral("v")));
        QVERIFY(changed.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestStoreEvents)
#include "TestStoreEvents.moc"
