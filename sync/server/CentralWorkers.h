#pragma once

#include "core/common/Result.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace tepat {
class Clock;
}

namespace tepat::central {

class CentralServices;
struct ServerConfig;

// The server's store work, off its event thread: a fixed number of threads, each with its own
// connection to the store (a connection belongs to the thread that opened it) and the services
// over it, and a bounded queue in front of them. Jobs run in the order they were submitted;
// whoever submits learns at once when the queue is full.
class CentralWorkers
{
public:
    using Job = std::function<void(CentralServices &)>;

    // Opens one connection per thread before it returns; the first failure is returned.
    // `niceness` > 0 runs the threads at a lower priority (Linux: per thread), so that what
    // they do — the password checks — takes only the CPU that the requests leave over.
    static Result<std::unique_ptr<CentralWorkers>> start(const ServerConfig &config,
                                                         const Clock &clock, int threads,
                                                         int queueLimit, int niceness = 0);
    // Lets the running jobs finish, drops the queued ones and closes the connections.
    ~CentralWorkers();
    CentralWorkers(const CentralWorkers &) = delete;
    CentralWorkers &operator=(const CentralWorkers &) = delete;

    // False when `queueLimit` jobs are already waiting.
    bool submit(Job job);
    int threadCount() const { return int(m_threads.size()); }
    int waiting() const;

private:
    explicit CentralWorkers(int queueLimit);
    void run(const ServerConfig &config, const Clock &clock, int niceness, Status &opened,
             int &openedCount);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    std::vector<std::thread> m_threads;
    int m_limit;
    bool m_stopping = false;
};

} // namespace tepat::central
