#include "core/accounts/Role.h"
#include "core/demo/DemoVillage.h"
#include "core/matching/RegisterScan.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/requests/DuplicateReview.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

namespace {

struct ReviewFixture
{
    TempStore store;
    Session session{Actor{QStringLiteral("operator1"), QStringLiteral("Operator"), Role::Operator}};

    ReviewFixture()
    {
        DemoOptions o;
        o.households = 200;
        o.today = QDate(2026, 11, 23);
        o.duplicatesPermille = 60;
        if (!DemoVillage::populate(*store.db, store.clock, o)) {
            qFatal("demo village");
        }
    }

    QList<LikelyDuplicate> scan() const
    {
        const Result<RegisterScanResult> result = RegisterScan::run(*store.db, {});
        if (!result) {
            qFatal("scan failed");
        }
        return result->pairs;
    }
};

bool contains(const QList<LikelyDuplicate> &list, const LikelyDuplicate &pair)
{
    return std::any_of(list.begin(), list.end(), [&](const LikelyDuplicate &p) {
        return p.personA == pair.personA && p.personB == pair.personB;
    });
}

} // namespace

class TestDuplicateReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dismissedPairStaysAwayUntilTheDataChanges()
    {
        ReviewFixture f;
        const QList<LikelyDuplicate> before = f.scan();
        QVERIFY(!before.isEmpty());
        QVERIFY(!before.first().nameA.isEmpty());
        const LikelyDuplicate pair = before.first();
        const DuplicateReview review(*f.store.db, f.store.clock, f.session);
        QVERIFY(!review.dismiss(pair, QStringLiteral(" ")));
        QVERIFY(review.dismiss(pair, QStringLiteral("Kakak beradik, sudah dicek ke rumah")));
        QVERIFY(!contains(f.scan(), pair));
        QCOMPARE(f.store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'duplicate.dismissed'")),
                 1);

        // A correction to one of the two records brings the pair back.
        QVERIFY(f.store.db->query(
            QStringLiteral("UPDATE person SET name = name || ' ' WHERE id = ?"), {pair.personB}));
        QVERIFY(contains(f.scan(), pair));
    }

    void confirmedPairBecomesARemovalDraft()
    {
        ReviewFixture f;
        const QList<LikelyDuplicate> found = f.scan();
        QVERIFY(!found.isEmpty());
        const LikelyDuplicate pair = found.first();
        const DuplicateReview review(*f.store.db, f.store.clock, f.session);
        QVERIFY(!review.confirm(pair, QStringLiteral("nobody")));
        const Result<ChangeRequest> draft = review.confirm(pair, pair.personA);
        QVERIFY2(draft, draft ? "" : qPrintable(draft.error().message));
        const ChangeRequest stored =
            *ChangeRequestRepository(*f.store.db, f.store.clock).get(draft->id);
        QCOMPARE(stored.kind, RequestKind::Removal);
        QCOMPARE(stored.state, RequestState::Draft);
        QCOMPARE(stored.personId, pair.personB);
        QCOMPARE(stored.householdId, pair.householdB);
        QCOMPARE(stored.payload.value(QLatin1String("reason")).toString(),
                 QStringLiteral("duplicate"));
        QCOMPARE(stored.payload.value(QLatin1String("duplicate_of")).toString(), pair.personA);
        QVERIFY(!contains(f.scan(), pair));
        QCOMPARE(f.store.count(QStringLiteral(
                     "SELECT count(*) FROM duplicate_review WHERE outcome = 'confirmed' AND "
                     "request_id IS NOT NULL")),
                 1);
    }

    void needsThePermissionToDraft()
    {
        ReviewFixture f;
        const QList<LikelyDuplicate> found = f.scan();
        QVERIFY(!found.isEmpty());
        const LikelyDuplicate pair = found.first();
        const Session head(
            Actor{QStringLiteral("lurah"), QStringLiteral("Lurah"), Role::VillageHead});
        const DuplicateReview review(*f.store.db, f.store.clock, head);
        QVERIFY(!review.dismiss(pair, QStringLiteral("bukan")));
        QVERIFY(!review.confirm(pair, pair.personA));
        QCOMPARE(f.store.count(QStringLiteral("SELECT count(*) FROM duplicate_review")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateReview)
#include "TestDuplicateReview.moc"
