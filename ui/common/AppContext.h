#pragma once

#include "core/accounts/Role.h"

#include <QString>

namespace tepat {

class Clock;
class Database;

// What every screen needs: the store, the clock, who is signed in, and where files live.
// Built once by the app and passed to each page's controller.
struct AppContext
{
    Database &db;
    const Clock &clock;
    Session &session;
    QString filesFolder; // ContentStore root beside the store
};

} // namespace tepat
