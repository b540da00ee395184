#include "core/files/ContentStore.h"
#include "core/outbox/Outbox.h"
#include "core/register/RegisterRepository.h"
#include "core/replica/RecordJson.h"
#include "core/replica/ReplicaApplier.h"
#include "core/replica/ReplicaState.h"
#include "core/requests/ChangeRequestRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

namespace {

const QString kVillage = QStringLiteral("35.71.03.1001");

ReplicaChange household(qint64 seq, const QString &id, qint64 version,
                        const QString &address = QStringLiteral("Jl. Brantas No. 1"), int desil = 2,
                        QDate desilAsOf = {})
{
    Household h;
    h.desilAsOf = desilAsOf;
    h.id = id;
    h.villageCode = kVillage;
    h.rt = QStringLiteral("003");
    h.rw = QStringLiteral("005");
    h.address = address;
    h.desil = desil;
    return {seq,
            QStringLiteral("household"),
            id,
            version,
            QStringLiteral("register"),
            referenceNow(),
            RecordJson::fromHousehold(h)};
}

ReplicaChange person(qint64 seq, const QString &id, const QString &householdId, qint64 version,
                     PersonStatus status = PersonStatus::Active,
                     QList<Program> programs = {Program::Pkh},
                     const QString &source = QStringLiteral("register"))
{
    PersonRecord r;
    r.person.id = id;
    r.person.householdId = householdId;
    r.person.name = QStringLiteral("Siti Aminah");
    r.person.sex = Sex::Female;
    r.person.relationship = Relationship::Head;
    r.person.status = status;
    if (status != PersonStatus::Active) {
        r.person.statusReason = QStringLiteral("Meninggal dunia (laporan Dukcapil)");
        r.person.statusDate = QDate(2026, 11, 20);
    }
    for (Program p : programs) {
        r.programs.append({id, p, QDate(2024, 1, 1), {}});
    }
    return {seq,
            QStringLiteral("person"),
            id,
            version,
            source,
            referenceNow(),
            RecordJson::fromPerson(r)};
}

} // namespace

class TestReplicaApplier : public QObject
{
    Q_OBJECT

    struct Replica
    {
        TempStore store;
        ReplicaApplier applier{*store.db, store.clock};
        RegisterRepository reg{*store.db, store.clock};
        Replica()
        {
            const auto r =
                applier.applyChanges({household(1, QStringLiteral("H1"), 1),
                                      person(2, QStringLiteral("H1.01"), QStringLiteral("H1"), 1)},
                                     2, 2);
            if (!r) {
                qFatal("seed: %s", qPrintable(r.error().message));
            }
        }
    };

private Q_SLOTS:
    void recordsArriveWithTheirVersionAndTheCursorMovesWithThem()
    {
        Replica r;
        QCOMPARE(r.reg.household(QStringLiteral("H1"))->serverVersion, 1);
        QCOMPARE(r.reg.person(QStringLiteral("H1.01"))->programs, QList<Program>{Program::Pkh});
        QCOMPARE(r.reg.household(QStringLiteral("H1"))->headName, QStringLiteral("Siti Aminah"));
        QCOMPARE(ReplicaState(*r.store.db).cursor(), 2);
        QCOMPARE(ReplicaState(*r.store.db).lastSeenSequence(), 2);
        QCOMPARE(r.store.count(QStringLiteral("SELECT count(*) FROM village")), 1);
    }

    void aRemovedPersonNeverComesBackToLife()
    {
        Replica r;
        const auto died = r.applier.applyChanges(
            {person(3, QStringLiteral("H1.01"), QStringLiteral("H1"), 2, PersonStatus::Deceased, {},
                    QStringLiteral("civil_registry"))},
            3, 3);
        QCOMPARE(died->applied, 1);
        const Person p = *r.reg.person(QStringLiteral("H1.01"));
        QCOMPARE(p.status, PersonStatus::Deceased);
        QVERIFY(p.programs.isEmpty());
        QCOMPARE(r.reg.household(QStringLiteral("H1"))->memberCount, 0);
        const auto history = *r.reg.statusHistory(QStringLiteral("H1"));
        QCOMPARE(history.last().source, QStringLiteral("civil_registry"));
        QCOMPARE(history.last().actor, QStringLiteral("dukcapil"));
        QCOMPARE(r.store.count(QStringLiteral(
                     "SELECT count(*) FROM program_membership WHERE until IS NOT NULL")),
                 1);
        // The old version delivered again (a retry, a snapshot page) changes nothing.
        const auto stale = r.applier.applyChanges(
            {person(4, QStringLiteral("H1.01"), QStringLiteral("H1"), 1)}, 4, 4);
        QCOMPARE(stale->stale, 1);
        QCOMPARE(r.reg.person(QStringLiteral("H1.01"))->status, PersonStatus::Deceased);
    }

    void anUnsentRequestHoldsItsRecordUntilTheServerHasIt()
    {
        Replica r;
        const ChangeRequestRepository requests(*r.store.db, r.store.clock);
        const Outbox outbox(*r.store.db, r.store.clock, ContentStore::rootFor(r.store.path()));
        ChangeRequest c;
        c.kind = RequestKind::Correction;
        c.householdId = QStringLiteral("H1");
        c.baseVersion = 1;
        const qint64 draft = requests.createDraft(c, as(QStringLiteral("rina")))->id;
        // A draft is not a decision: the pull updates the record.
        QCOMPARE(r.applier
                     .applyChanges({household(3, QStringLiteral("H1"), 2, QStringLiteral("Jl. A"))},
                                   3, 3)
                     ->applied,
                 1);
        QVERIFY(requests.transition(draft, RequestState::OnAgenda, QStringLiteral("rina")));
        QVERIFY(requests.transition(draft, RequestState::Approved, QStringLiteral("lurah")));
        QVERIFY(*r.applier.hasUnsentChange(QStringLiteral("household"), QStringLiteral("H1")));
        QVERIFY(!*r.applier.hasUnsentChange(QStringLiteral("person"), QStringLiteral("H1.01")));
        const auto held =
            r.applier.applyChanges({household(4, QStringLiteral("H1"), 3, QStringLiteral("Jl. B")),
                                    household(5, QStringLiteral("H1"), 4, QStringLiteral("Jl. C"))},
                                   5, 5);
        QCOMPARE(held->held, 2);
        QCOMPARE(r.reg.household(QStringLiteral("H1"))->address, QStringLiteral("Jl. A"));
        QCOMPARE(*r.applier.heldCount(), 1); // the newest only
        QCOMPARE(ReplicaState(*r.store.db).cursor(), 5);
        QCOMPARE(*r.applier.releaseHeld(), 0); // still unsent
        QVERIFY(outbox.enqueue(draft, as(QStringLiteral("rina"))));
        QVERIFY(outbox.markSending({draft}, QStringLiteral("rina")));
        QCOMPARE(*r.applier.releaseHeld(), 0);
        QVERIFY(outbox.acknowledge(draft, referenceNow(), {}, QStringLiteral("tepat-central")));
        QCOMPARE(*r.applier.releaseHeld(), 1);
        QCOMPARE(r.reg.household(QStringLiteral("H1"))->address, QStringLiteral("Jl. C"));
        QCOMPARE(r.reg.household(QStringLiteral("H1"))->serverVersion, 4);
        QCOMPARE(*r.applier.heldCount(), 0);
    }

    void columnsOnlyThisInstallationKeepsAreNotTouched()
    {
        Replica r;
        QVERIFY(r.store.db->execute("UPDATE household SET latitude = -7.8, longitude = 112.0"));
        QVERIFY(r.applier.applyChanges(
            {household(3, QStringLiteral("H1"), 2, QStringLiteral("Jl. Baru"))}, 3, 3));
        const Household h = *r.reg.household(QStringLiteral("H1"));
        QCOMPARE(h.address, QStringLiteral("Jl. Baru"));
        QCOMPARE(h.latitude.value_or(0), -7.8);
    }

    // Each pull carries BPS's desil with its date; the replica keeps every one it was given.
    void desilHistoryAcrossPulls()
    {
        Replica r;
        const QString address = QStringLiteral("Jl. Brantas No. 1");
        const ReplicaChange july = household(3, QStringLiteral("H1"), 2, address, 5, {2026, 7, 20});
        QCOMPARE(july.data.value(QStringLiteral("desil_as_of")).toString(),
                 QStringLiteral("2026-07-20"));
        QVERIFY(r.applier.applyChanges({july}, 3, 3));
        QCOMPARE(r.reg.household(QStringLiteral("H1"))->desilAsOf, QDate(2026, 7, 20));
        r.store.clock.advanceDays(1);
        QVERIFY(r.applier.applyChanges(
            {household(4, QStringLiteral("H1"), 3, address, 3, {2026, 10, 20})}, 4, 4));
        // A record of an older server, without the date: same desil, date kept, no new line.
        QVERIFY(r.applier.applyChanges({household(5, QStringLiteral("H1"), 4, address, 3)}, 5, 5));
        const QList<DesilRecord> history = *r.reg.desilHistory(QStringLiteral("H1"));
        QCOMPARE(history.size(), 3); // desil 2 of the seed (no date), 5, 3
        QCOMPARE(history[0].desil, 2);
        QVERIFY(!history[0].asOf.isValid());
        QCOMPARE(history[1].desil, 5);
        QCOMPARE(history[2].desil, 3);
        QCOMPARE(history[2].asOf, QDate(2026, 10, 20));
        QCOMPARE(history[2].source, QStringLiteral("pull"));
        QCOMPARE(history[2].recordedAt, r.store.clock.now().toUTC());
        QCOMPARE(r.reg.household(QStringLiteral("H1"))->desilAsOf, QDate(2026, 10, 20));
        // Without a date the key is left out, so older records keep their exact JSON.
        QVERIFY(
            !household(1, QStringLiteral("H9"), 1).data.contains(QStringLiteral("desil_as_of")));
        const auto bad = RecordJson::toHousehold(
            QStringLiteral("H1"),
            QJsonObject{{QStringLiteral("village_code"), kVillage},
                        {QStringLiteral("status"), QStringLiteral("active")},
                        {QStringLiteral("desil"), 3},
                        {QStringLiteral("desil_as_of"), QStringLiteral("20-10-2026")}});
        QVERIFY(!bad);
    }

    void aPageIsAppliedWhollyOrNotAtAll()
    {
        Replica r;
        ReplicaChange broken = person(4, QStringLiteral("H1.02"), QStringLiteral("H1"), 1);
        broken.data.insert(QStringLiteral("status"),
                           QStringLiteral("hidup")); // an alias, not a code
        const auto refused = r.applier.applyChanges(
            {household(3, QStringLiteral("H1"), 2, QStringLiteral("Jl. X")), broken}, 4, 4);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("status")));
        QVERIFY(refused.error().message.contains(QStringLiteral("nomor 4")));
        QCOMPARE(r.reg.household(QStringLiteral("H1"))->address,
                 QStringLiteral("Jl. Brantas No. 1"));
        QCOMPARE(ReplicaState(*r.store.db).cursor(), 2);

        r.applier.failBefore(1);
        QVERIFY(
            !r.applier.applyChanges({household(3, QStringLiteral("H1"), 2, QStringLiteral("Jl. X")),
                                     person(4, QStringLiteral("H1.02"), QStringLiteral("H1"), 1)},
                                    4, 4));
        QCOMPARE(r.reg.household(QStringLiteral("H1"))->address,
                 QStringLiteral("Jl. Brantas No. 1"));
        QCOMPARE(ReplicaState(*r.store.db).cursor(), 2);

        const auto orphan =
            ReplicaApplier(*r.store.db, r.store.clock)
                .applyChanges({person(5, QStringLiteral("H9.01"), QStringLiteral("H9"), 1)}, 5, 5);
        QCOMPARE(orphan.error().code, QStringLiteral("replica.unknown_household"));
    }

    void decisionsForOtherInstallationsAreIgnored()
    {
        Replica r;
        const ReplicaChange decision{6,
                                     QStringLiteral("request"),
                                     QStringLiteral("0c4b8f5e-77b4-4a8d-9a3e-2f4c9b1e7d20"),
                                     2,
                                     QStringLiteral("review"),
                                     referenceNow(),
                                     {{QStringLiteral("state"), QStringLiteral("verified")},
                                      {QStringLiteral("actor"), QStringLiteral("dinsos.kediri")}}};
        const auto applied = r.applier.applyChanges({decision}, 6, 6);
        QCOMPARE(applied->ignored, 1);
        QCOMPARE(ReplicaState(*r.store.db).cursor(), 6);
        ReplicaChange bogus = decision;
        bogus.data.insert(QStringLiteral("state"), QStringLiteral("draft"));
        QVERIFY(!r.applier.applyChanges({bogus}, 7, 7));
    }

    void theSnapshotSetsTheCursorOnlyAtItsEnd()
    {
        TempStore store;
        const ReplicaApplier applier(*store.db, store.clock);
        auto first = household(0, QStringLiteral("H1"), 3);
        QVERIFY(applier.applySnapshot({first}, QStringLiteral("H1"), 40));
        const ReplicaState state(*store.db);
        QVERIFY(!state.snapshotDone());
        QCOMPARE(state.snapshotNext(), QStringLiteral("H1"));
        QCOMPARE(state.cursor(), 0);
        QVERIFY(applier.applySnapshot({household(0, QStringLiteral("H2"), 1)}, {}, 40));
        QVERIFY(state.snapshotDone());
        QCOMPARE(state.cursor(), 40);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM household")), 2);
    }
};

QTEST_GUILESS_MAIN(TestReplicaApplier)
#include "TestReplicaApplier.moc"
