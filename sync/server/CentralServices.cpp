#include "sync/server/CentralServices.h"

#include "sync/server/Accounts.h"
#include "sync/server/BlobStore.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/CentralRegister.h"
#include "sync/server/RequestDesk.h"
#include "sync/server/ServerConfig.h"

namespace tepat::central {

CentralServices::CentralServices(const Clock &clock)
    : m_clock(clock)
{}

CentralServices::~CentralServices() = default;

Result<std::unique_ptr<CentralServices>>
CentralServices::open(const ServerConfig &config, const Clock &clock, bool prepareStore)
{
    Result<std::unique_ptr<CentralDatabase>> db =
        CentralDatabase::open(config.dataDir, config.databaseUrl, prepareStore);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<CentralServices> s(new CentralServices(clock));
    s->m_db = std::move(db.value());
    s->m_accounts = std::make_unique<Accounts>(*s->m_db, clock, config.hashStrength);
    if (prepareStore) {
        if (const Status upgraded = s->m_accounts->upgradeSchema(); !upgraded) {
            return upgraded.error();
        }
    }
    s->m_register = std::make_unique<CentralRegister>(*s->m_db, clock);
    s->m_blobs = std::make_unique<BlobStore>(*s->m_db, clock, config.villageQuotaBytes);
    s->m_desk = std::make_unique<RequestDesk>(*s->m_db, clock, *s->m_register, *s->m_blobs);
    return s;
}

} // namespace tepat::central
