#include "sync/server/CentralDatabase.h"
#include "sync/server/CentralServices.h"
#include "sync/server/CentralWorkers.h"
#include "sync/server/ServerConfig.h"
#include "tests/support/TestSupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace tepat;
using namespace tepat::test;
using central::CentralServices;
using central::CentralWorkers;

// The server's worker pool: threads of their own, a store connection each, a queue that says
// "full" instead of growing.
class TestCentralWorkers : public QObject
{
    Q_OBJECT

    // Holds every worker in a job until opened.
    struct Gate
    {
        std::mutex mutex;
        std::condition_variable changed;
        int inside = 0;
        bool open = false;

        void pass()
        {
            std::unique_lock lock(mutex);
            ++inside;
            changed.notify_all();
            changed.wait(lock, [this] { return open; });
        }
        void waitForInside(int n)
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return inside >= n; });
        }
        void release()
        {
            std::lock_guard lock(mutex);
            open = true;
            changed.notify_all();
        }
    };

private Q_SLOTS:
    void eachThreadWorksOnItsOwnConnection()
    {
        QTemporaryDir dir;
        FixedClock clock(referenceNow());
        central::ServerConfig config;
        config.dataDir = dir.path();
        QVERIFY(CentralServices::open(config, clock, true)); // the store, prepared once
        auto workers = CentralWorkers::start(config, clock, 3, 10);
        QVERIFY(workers);
        Gate gate;
        std::mutex mutex;
        QSet<std::thread::id> threads;
        QSet<const CentralServices *> services;
        QStringList serverIds;
        for (int i = 0; i < 3; ++i) {
            QVERIFY((*workers)->submit([&](CentralServices &s) {
                {
                    std::lock_guard lock(mutex);
                    threads.insert(std::this_thread::get_id());
                    services.insert(&s);
                    serverIds << s.database().serverId();
                }
                gate.pass(); // all three at once: three threads
            }));
        }
        gate.waitForInside(3);
        gate.release();
        workers->reset(); // joins
        QCOMPARE(threads.size(), 3);
        QVERIFY(!threads.contains(std::this_thread::get_id()));
        QCOMPARE(services.size(), 3);
        QCOMPARE(serverIds.size(), 3);
        QVERIFY(!serverIds.first().isEmpty());
        QCOMPARE(serverIds.count(serverIds.first()), 3);
    }

    void aFullQueueRefusesAtOnce()
    {
        QTemporaryDir dir;
        FixedClock clock(referenceNow());
        central::ServerConfig config;
        config.dataDir = dir.path();
        QVERIFY(CentralServices::open(config, clock, true));
        auto workers = CentralWorkers::start(config, clock, 1, 2);
        QVERIFY(workers);
        Gate gate;
        std::atomic<int> ran{0};
        QVERIFY((*workers)->submit([&](CentralServices &) {
            gate.pass();
            ++ran;
        }));
        gate.waitForInside(1); // the only thread is busy
        QVERIFY((*workers)->submit([&](CentralServices &) { ++ran; }));
        QVERIFY((*workers)->submit([&](CentralServices &) { ++ran; }));
        QCOMPARE((*workers)->waiting(), 2);
        QVERIFY(!(*workers)->submit([&](CentralServices &) { ++ran; })); // full
        gate.release();
        QTRY_COMPARE(ran.load(), 3);
        QVERIFY((*workers)->submit([&](CentralServices &) { ++ran; })); // room again
        QTRY_COMPARE(ran.load(), 4);
    }

    // The password checks' pool runs niced (CentralServer::kHashNiceness): a burst of logins
    // does not take the CPU from the requests' pool, which runs at the normal priority.
    void aNicedPoolRunsAtALowerPriority()
    {
        QTemporaryDir dir;
        FixedClock clock(referenceNow());
        central::ServerConfig config;
        config.dataDir = dir.path();
        QVERIFY(CentralServices::open(config, clock, true));
        // As a server started under `nice 5` is: the pool is niced relative to the thread that
        // starts it (it used to be set to 10 whatever the server's own value, so a server under
        // `nice 15` had workers at 10, raised above it when run as root).
        const auto self = id_t(::syscall(SYS_gettid));
        QCOMPARE(::setpriority(PRIO_PROCESS, self, qMin(::getpriority(PRIO_PROCESS, self) + 5, 19)),
                 0);
        const int own = ::getpriority(PRIO_PROCESS, self);
        QVERIFY(own >= 5);
        auto niced = CentralWorkers::start(config, clock, 1, 2, 10);
        auto normal = CentralWorkers::start(config, clock, 1, 2);
        QVERIFY(niced && normal);
        std::atomic<int> nicedPriority{-100};
        std::atomic<int> normalPriority{-100};
        QVERIFY((*niced)->submit([&](CentralServices &) {
            nicedPriority = ::getpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)));
        }));
        QVERIFY((*normal)->submit([&](CentralServices &) {
            normalPriority = ::getpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)));
        }));
        QTRY_VERIFY(nicedPriority != -100 && normalPriority != -100);
        QCOMPARE(nicedPriority.load(), qMin(own + 10, 19));
        QCOMPARE(normalPriority.load(), own);
        QCOMPARE(::getpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid))), own); // only them
    }

    void aStoreThatCannotBeOpenedIsReported()
    {
        QTemporaryDir dir;
        FixedClock clock(referenceNow());
        central::ServerConfig config;
        config.dataDir = dir.path();
        config.databaseUrl = QStringLiteral("mysql://nobody@localhost/none");
        const auto workers = CentralWorkers::start(config, clock, 2, 4);
        QVERIFY(!workers);
        QCOMPARE(workers.error().code, QStringLiteral("central.database_url"));
    }
};

QTEST_GUILESS_MAIN(TestCentralWorkers)
#include "TestCentralWorkers.moc"
