#pragma once

#include "core/common/Result.h"
#include "sync/server/LoginThrottle.h"

namespace tepat::central {

class CentralDatabase;

// The login throttle's counts in the server's store (table login_backoff), so that restarting
// tepat-central — an upgrade, a crash a guesser provoked — does not forget who has been
// guessing. Addresses as the throttle counts them, names only as its digest. A later change
// replaces an earlier one even when two login workers store them in the other order.
class LoginBackoff
{
public:
    static Status keep(const CentralDatabase &db, const QList<LoginThrottle::Change> &changes);
    // Everything kept (the throttle leaves out what it has forgotten by now).
    static Result<QList<LoginThrottle::Change>> load(const CentralDatabase &db);
    // Drops the entries whose last failure is older than `before`.
    static Status forgetBefore(const CentralDatabase &db, const QDateTime &before);
};

} // namespace tepat::central
