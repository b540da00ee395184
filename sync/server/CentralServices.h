#pragma once

#include "core/common/Result.h"

#include <memory>

namespace tepat {
class Clock;
}

namespace tepat::central {

class Accounts;
class BlobStore;
class CentralDatabase;
class CentralRegister;
class RequestDesk;
struct ServerConfig;

// One connection to the server's store and the services that work through it. A connection
// belongs to the thread that opened it: the server keeps one set for its own thread (the
// command-line tools, tests) and every worker thread opens its own.
class CentralServices
{
public:
    // `prepareStore`: create or upgrade the schema (the first set a process opens).
    static Result<std::unique_ptr<CentralServices>> open(const ServerConfig &config,
                                                         const Clock &clock, bool prepareStore);
    ~CentralServices();
    CentralServices(const CentralServices &) = delete;
    CentralServices &operator=(const CentralServices &) = delete;

    CentralDatabase &database() const { return *m_db; }
    const Accounts &accounts() const { return *m_accounts; }
    const CentralRegister &registry() const { return *m_register; }
    const BlobStore &blobs() const { return *m_blobs; }
    const RequestDesk &desk() const { return *m_desk; }
    const Clock &clock() const { return m_clock; }

private:
    explicit CentralServices(const Clock &clock);

    const Clock &m_clock;
    std::unique_ptr<CentralDatabase> m_db;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<CentralRegister> m_register;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<RequestDesk> m_desk;
};

} // namespace tepat::central
