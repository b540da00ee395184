#include "core/files/ContentStore.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/SyncJournal.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/status/WorkspaceStatus.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace tepat;
using namespace tepat::test;
using S = RequestState;

class TestWorkspaceStatus : public QObject
{
    Q_OBJECT

    struct Office
    {
        TempStore store;
        QString files = ContentStore::rootFor(store.path());
        ChangeRequestRepository requests{*store.db, store.clock};
        Outbox outbox{*store.db, store.clock, files};

        qint64 request(const QList<S> &path)
        {
            ChangeRequest r;
            r.kind = RequestKind::Removal;
            r.householdId = QStringLiteral("H1");
            r.personId = QStringLiteral("H1.02");
            r.baseVersion = 1;
            r.payload = {{QStringLiteral("reason"), QStringLiteral("died")}};
            const qint64 id = requests.createDraft(r, as(QStringLiteral("rina")))->id;
            for (S s : path) {
                const bool ok = s == S::Queued
                                    ? bool(outbox.enqueue(id, as(QStringLiteral("rina"))))
                                    : bool(requests.transition(id, s, QStringLiteral("rina"),
                                                               QStringLiteral("bulan depan")));
                if (!ok) {
                    qFatal("setup");
                }
            }
            return id;
        }
        WorkspaceStatus status() const
        {
            const Result<WorkspaceStatus> s =
                WorkspaceStatus::compute(*store.db, store.clock, files);
            if (!s) {
                qFatal("%s", qPrintable(s.error().message));
            }
            return *s;
        }
        void meeting(const char *kind, const char *state, const char *heldOn) const
        {
            const Result<QSqlQuery> q = store.db->query(
                QStringLiteral("INSERT INTO meeting (kind, state, held_on, created_at, created_by) "
                               "VALUES (?, ?, ?, '2026-11-01T00:00:00.000Z', 'rina')"),
                {QLatin1String(kind), QLatin1String(state), QLatin1String(heldOn)});
            if (!q) {
                qFatal("%s", qPrintable(q.error().message));
            }
        }
    };

private Q_SLOTS:
    void anEmptyStoreHasNothingWaiting()
    {
        Office o;
        const WorkspaceStatus s = o.status();
        QCOMPARE(s.drafts, 0);
        QCOMPARE(s.awaitingMeeting, 0);
        QCOMPARE(s.outboxWaiting, 0);
        QCOMPARE(s.outboxProblems, 0);
        QVERIFY(!s.nextMeeting);
        QVERIFY(!s.lastSync);
        QVERIFY(!s.lastSyncFailed);
    }

    void countsFollowTheRequestsThroughTheirStates()
    {
        Office o;
        o.request({});
        o.request({});
        o.request({S::OnAgenda});
        o.request({S::OnAgenda, S::Deferred});
        o.request({S::OnAgenda, S::Approved});
        o.request({S::OnAgenda, S::Approved, S::Queued});
        const qint64 refused = o.request({S::OnAgenda, S::Approved, S::Queued});
        QVERIFY(o.outbox.markSending({refused}, QStringLiteral("rina")));
        QVERIFY(o.outbox.park(refused, QStringLiteral("push.invalid"), QStringLiteral("NIK salah"),
                              QStringLiteral("tepat-central")));
        const WorkspaceStatus s = o.status();
        QCOMPARE(s.drafts, 2);
        QCOMPARE(s.awaitingMeeting, 2);
        QCOMPARE(s.outboxWaiting, 2); // approved-not-queued + queued, not the parked one
        QCOMPARE(s.outboxProblems, 1);
    }

    void theNextMeetingIsTheEarliestPlannedOne()
    {
        Office o;
        o.meeting("muskel", "finalised", "2026-11-02");
        o.meeting("sptjm", "planned", "2026-11-20");
        o.meeting("musdes", "planned", "2026-12-14");
        o.meeting("muskel", "planned", "2026-12-07");
        o.meeting("muskel", "cancelled", "2026-11-30");
        const WorkspaceStatus s = o.status();
        QVERIFY(s.nextMeeting);
        QCOMPARE(s.nextMeeting->heldOn, QDate(2026, 12, 7));
        QCOMPARE(s.nextMeeting->kind, MeetingKind::WardMeeting);
    }

    void aFailedAttemptAfterTheLastSuccessIsFlagged()
    {
        Office o;
        const SyncJournal journal(*o.store.db, o.store.clock);
        SyncRun ok;
        ok.id = *journal.begin(QStringLiteral("rina"));
        ok.outcome = SyncOutcome::Ok;
        QVERIFY(journal.finish(ok));
        WorkspaceStatus s = o.status();
        QVERIFY(s.lastSync);
        QCOMPARE(s.lastSync->toMSecsSinceEpoch(), o.store.clock.now().toMSecsSinceEpoch());
        QVERIFY(!s.lastSyncFailed);

        SyncRun failed;
        failed.id = *journal.begin(QStringLiteral("rina"));
        failed.outcome = SyncOutcome::Failed;
        failed.message = QStringLiteral("server tidak terjangkau");
        QVERIFY(journal.finish(failed));
        s = o.status();
        QVERIFY(s.lastSync);
        QVERIFY(s.lastSyncFailed);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStatus)
#include "TestWorkspaceStatus.moc"
