#pragma once

#include "sync/client/SyncTypes.h"

namespace tepat {
class Clock;
class Database;
} // namespace tepat

namespace tepat::sync {

class ServerConnection;

// What the regency's public letter check must learn from this village at a sync, before the
// push: the letter-signing public keys it has not taken yet, in order (a rotated key with the
// previous key's endorsement, POST /api/v1/letter-key), and the letters revoked since
// (LetterRevocationOutbox, POST /api/v1/letter-revocations). Never fatal: a server without the
// routes, a refused key or a network cut leave the rest of the sync as it was, and what was not
// taken is tried again at the next sync.
class LetterSync
{
public:
    LetterSync(const Database &db, const Clock &clock, ServerConnection &server);

    // How many keys the server took.
    int registerKeys(SyncReport &report) const;
    // How many revocations the server took.
    int sendRevocations(SyncReport &report) const;

private:
    const Database &m_db;
    const Clock &m_clock;
    ServerConnection &m_server;
};

} // namespace tepat::sync
