#include "core/demo/DemoVillage.h"
#include "core/dossier/HouseholdDossier.h"
#include "core/requests/ChangeRequestRepository.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestHouseholdDossier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gathersEverythingAboutAFamily()
    {
        TempStore store;
        DemoOptions o;
        o.households = 20;
        o.today = QDate(2026, 11, 23);
        QVERIFY(DemoVillage::populate(*store.db, store.clock, o));
        const QString id = QStringLiteral("3571031001.000005");
        const ChangeRequestRepository requests(*store.db, store.clock);
        ChangeRequest r;
        r.kind = RequestKind::ProgramProposal;
        r.householdId = id;
        const qint64 requestId = requests.createDraft(r, as(QStringLiteral("rina")))->id;
        QVERIFY(requests.transition(requestId, RequestState::OnAgenda, QStringLiteral("rina")));

        const auto dossier = HouseholdDossier::load(*store.db, store.clock, id);
        QVERIFY(dossier);
        QCOMPARE(dossier->household.id, id);
        QVERIFY(!dossier->members.isEmpty());
        QCOMPARE(dossier->requests.size(), 1);
        QCOMPARE(dossier->requests.first().request.state, RequestState::OnAgenda);
        QCOMPARE(dossier->requests.first().history.size(), 2);
        QCOMPARE(dossier->requests.first().history.first().actor, QStringLiteral("rina"));
        QVERIFY(!HouseholdDossier::load(*store.db, store.clock, QStringLiteral("missing")));
    }
};

QTEST_GUILESS_MAIN(TestHouseholdDossier)
#include "TestHouseholdDossier.moc"
