#pragma once

#include "core/demo/DemoVillage.h"
#include "tests/support/TestSupport.h"
#include "ui/common/AppContext.h"

namespace tepat::test {

// A demo village in a temporary store with an operator signed in, as the pages see it.
struct UiFixture : TempStore
{
    Session session{Actor{QStringLiteral("rina"), QStringLiteral("Rina"), Role::Operator}};
    AppContext context{*db, clock, session, dir.filePath(QStringLiteral("tepat-files"))};

    explicit UiFixture(int households = 60)
    {
        DemoOptions o;
        o.households = households;
        o.today = QDate(2026, 11, 23);
        if (!DemoVillage::populate(*db, clock, o)) {
            qFatal("demo village failed");
        }
    }
};

} // namespace tepat::test
