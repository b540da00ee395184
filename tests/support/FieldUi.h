#pragma once

#include "core/accounts/Role.h"
#include "core/files/ContentStore.h"
#include "tests/support/TestSupport.h"
#include "ui/common/AppContext.h"

namespace tepat::test {

// A fresh store with what a screen gets from the application.
struct ScreenStore
{
    TempStore store;
    Session session = Session::localAdministrator();
    AppContext context{*store.db, store.clock, session, ContentStore::rootFor(store.path())};
};

} // namespace tepat::test
