#include "sync/server/CentralWorkers.h"

#include "sync/server/CentralServices.h"

#ifdef Q_OS_LINUX
#include <algorithm>
#include <cerrno>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tepat::central {

CentralWorkers::CentralWorkers(int queueLimit)
    : m_limit(queueLimit)
{}

Result<std::unique_ptr<CentralWorkers>> CentralWorkers::start(const ServerConfig &config,
                                                              const Clock &clock, int threads,
                                                              int queueLimit, int niceness)
{
    std::unique_ptr<CentralWorkers> workers(new CentralWorkers(queueLimit));
    Status opened;
    int openedCount = 0;
    for (int i = 0; i < qMax(1, threads); ++i) {
        workers->m_threads.emplace_back(
            [&w = *workers, &config, &clock, niceness, &opened, &openedCount] {
                w.run(config, clock, niceness, opened, openedCount);
            });
    }
    std::unique_lock lock(workers->m_mutex);
    workers->m_wake.wait(lock, [&] { return openedCount == int(workers->m_threads.size()); });
    if (!opened) {
        lock.unlock();
        return opened.error(); // the destructor stops the threads that did open
    }
    return workers;
}

CentralWorkers::~CentralWorkers()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads) {
        t.join();
    }
}

void CentralWorkers::run(const ServerConfig &config, const Clock &clock, int niceness,
                         Status &opened, int &openedCount)
{
#ifdef Q_OS_LINUX
    if (niceness > 0) {
        // Linux keeps a nice value per thread; lowering one's own priority needs no privilege.
        // Relative to the server's own: a server started with `nice 15` must not have workers
        // at 10 (as root that would raise them above the event thread).
        const auto thread = id_t(::syscall(SYS_gettid));
        errno = 0;
        const int own = ::getpriority(PRIO_PROCESS, thread);
        if (errno == 0) {
            (void)::setpriority(PRIO_PROCESS, thread, std::min(own + niceness, 19));
        }
    }
#else
    Q_UNUSED(niceness)
#endif
    Result<std::unique_ptr<CentralServices>> services = CentralServices::open(config, clock, false);
    {
        std::lock_guard lock(m_mutex);
        if (!services && opened) {
            opened = services.error();
        }
        ++openedCount;
    }
    m_wake.notify_all();
    if (!services) {
        return;
    }
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping) {
                break;
            }
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        job(**services);
    }
}

bool CentralWorkers::submit(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || int(m_queue.size()) >= m_limit) {
            return false;
        }
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
    return true;
}

int CentralWorkers::waiting() const
{
    std::lock_guard lock(m_mutex);
    return int(m_queue.size());
}

} // namespace tepat::central
