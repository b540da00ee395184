#pragma once

#include "AppContext.h"
#include "accounts/Role.h"
#include "files/ContentStore.h"
#include "support/TestSupport.h"

namespace tepat::test {

// A fresh store with what a screen gets from the application.
struct ScreenStore
{
    TempStore store;
    Session session = Session::localAdministrator();
    AppContext context{*store.db, store.clock, session, ContentStore::rootFor(store.path())};
};

} // namespace tepat::test
