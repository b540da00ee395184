#include "core/deliberation/DeliberationService.h"
#include "core/deliberation/RequestDecisions.h"
#include "core/files/ContentStore.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

// Which musyawarah decided a request, and who recorded it.
class TestRequestDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachMeetingWithItsDecision()
    {
        TempStore store;
        populateVillage(*store.db, store.clock);
        saveSettings(*store.db, store.clock, officeSettings(*store.db));
        const QList<qint64> drafts = makeDrafts(*store.db, store.clock, 2);
        const QString files = ContentStore::rootFor(store.path());
        const Session clerkSession = operatorSession();
        const Session headOfVillage = headSession();
        const DeliberationService clerk(*store.db, store.clock, clerkSession, files);
        const DeliberationService head(*store.db, store.clock, headOfVillage, files);

        QVERIFY(requestDecisions(*store.db, drafts[0])->isEmpty());
        Meeting m;
        m.kind = MeetingKind::WardMeeting;
        m.heldOn = store.clock.today();
        m.startTime = QStringLiteral("09:00");
        m.place = QStringLiteral("Aula kelurahan");
        const Result<Meeting> planned = clerk.plan(m);
        QVERIFY(planned);
        QVERIFY(clerk.addToAgenda(planned->id, drafts));
        QVERIFY(head.decide(planned->id, drafts[0], Decision::Rejected, QStringLiteral("mampu")));

        const Result<QList<RequestDecision>> first = requestDecisions(*store.db, drafts[0]);
        QVERIFY(first);
        QCOMPARE(first->size(), 1);
        QCOMPARE(first->first().meetingId, planned->id);
        QCOMPARE(first->first().kind, MeetingKind::WardMeeting);
        QCOMPARE(first->first().heldOn, store.clock.today());
        QCOMPARE(first->first().decision, std::optional<Decision>(Decision::Rejected));
        QCOMPARE(first->first().reason, QStringLiteral("mampu"));
        QCOMPARE(first->first().decidedBy, headOfVillage.username());

        const Result<QList<RequestDecision>> second = requestDecisions(*store.db, drafts[1]);
        QCOMPARE(second->size(), 1);
        QVERIFY(!second->first().decision); // on the agenda, not decided yet
    }
};

QTEST_GUILESS_MAIN(TestRequestDecisions)
#include "TestRequestDecisions.moc"
