#pragma once

#include "sync/server/Accounts.h"
#include "sync/server/ConnectionGuard.h"

#include <QString>

namespace tepat::central {

struct ServerConfig
{
    QString dataDir;
    QString databaseUrl; // empty: SQLite in dataDir
    QString certificateFile;
    QString keyFile;
    Accounts::HashStrength hashStrength = Accounts::HashStrength::Interactive;
    bool logRequests = false;
    // Bytes of files one village may keep on the server; 0 for no limit.
    qint64 villageQuotaBytes = qint64(5) * 1024 * 1024 * 1024;
    ConnectionLimits limits; // deadlines and caps per connection (tests make them short)
    // Threads that do the store work of requests, each with its own connection, and how many
    // requests may wait for one of them before the server answers 503.
    int workerThreads = 4;
    int workQueue = 512;
};

} // namespace tepat::central
