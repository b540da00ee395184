#include "core/deliberation/DeliberationService.h"
#include "core/deliberation/MinutesContentBuilder.h"
#include "core/files/ContentStore.h"
#include "core/outbox/RequestEnvelope.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/requests/RecommendationCheck.h"
#include "tests/core/accounts/AccountsTestSupport.h"
#include "tests/core/requests/RegisterFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

namespace {

// The register of RegisterFixture (H1: Budi Santoso's family, RT 001/RW 001, Jl. Melati 1;
// H2: Agus Salim, RT 002/RW 001, Jl. Mawar 2) with the seeded accounts; "operator" (display
// name OPERATOR) is Agus Salim.
struct Village
{
    TempStore store;
    Session admin = seedAccounts(*store.db, store.clock);
    Session op{Actor{QStringLiteral("operator"), QStringLiteral("OPERATOR"), Role::Operator}};
    ChangeRequestRepository repo{*store.db, store.clock};

    Village()
    {
        if (!importTwoFamilies(store)) {
            qFatal("import failed");
        }
        const Status linked =
            AccountService(*store.db, store.clock, fastHasher())
                .setPerson(admin, QStringLiteral("operator"), QStringLiteral("H2.01"));
        if (!linked) {
            qFatal("link: %s", qPrintable(linked.error().message));
        }
    }
};

QJsonObject member(const QString &nik, const QString &name, const QString &born)
{
    return {{QStringLiteral("nik"), nik},
            {QStringLiteral("name"), name},
            {QStringLiteral("sex"), QStringLiteral("L")},
            {QStringLiteral("birth_date"), born},
            {QStringLiteral("relationship"), QStringLiteral("head")}};
}

ChangeRequest newHousehold(const QString &address, const QJsonArray &members)
{
    ChangeRequest r;
    r.kind = RequestKind::NewHousehold;
    r.payload = {{QStringLiteral("kk_number"), QStringLiteral("3571031505189999")},
                 {QStringLiteral("rt"), QStringLiteral("2")},
                 {QStringLiteral("rw"), QStringLiteral("1")},
                 {QStringLiteral("address"), address},
                 {QStringLiteral("members"), members}};
    return r;
}

ChangeRequest newMemberOfH1(const SourceHead &head)
{
    ChangeRequest r = request(
        0, RequestKind::NewMember, QStringLiteral("H1"), QString(),
        {{QStringLiteral("member"), member(QStringLiteral("3571031212250001"),
                                           QStringLiteral("Bayu"), QStringLiteral("2025-12-12"))}});
    r.recommendation.head = head;
    return r;
}

} // namespace

// Who recommended a request, as the store knows them, and what the repository records.
class TestRecommendationCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The head named as the source is found by RT/RW and a similar name.
    void theHeadNamedAsSourceIsFoundInTheRegister()
    {
        Village v;
        const RecommendationCheck check(*v.store.db, v.store.clock);
        const auto found = check.headCandidates(
            {QStringLiteral("Budi Santosa"), QStringLiteral("1"), QStringLiteral("01")});
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, QStringLiteral("H1.01"));
        QVERIFY(check
                    .headCandidates(
                        {QStringLiteral("Budi Santoso"), QStringLiteral("2"), QStringLiteral("1")})
                    ->isEmpty());
        QVERIFY(
            check
                .headCandidates({QStringLiteral("Darto"), QStringLiteral("1"), QStringLiteral("1")})
                ->isEmpty());
    }

    // A draft records the drafting account's name and the head, and the flag is computed with
    // it and again with every edit.
    void aDraftRecordsWhoProposedItAndTheFlagFollowsEdits()
    {
        Village v;
        const SourceHead budi{QStringLiteral("Budi Santoso"), QStringLiteral("1"),
                              QStringLiteral("1")};
        const Result<ChangeRequest> created = v.repo.createDraft(newMemberOfH1(budi), v.op);
        QVERIFY(created);
        ChangeRequest stored = v.repo.get(created->id).value();
        QCOMPARE(stored.createdBy, QStringLiteral("operator"));
        QCOMPARE(stored.recommendation.accountName, QStringLiteral("OPERATOR"));
        QCOMPARE(stored.recommendation.head,
                 (SourceHead{QStringLiteral("Budi Santoso"), QStringLiteral("001"),
                             QStringLiteral("001")}));
        QCOMPARE(stored.recommendation.conflicts.size(), 1);
        QCOMPARE(stored.recommendation.conflicts[0].kind, InterestKind::Member);
        QCOMPARE(stored.recommendation.conflicts[0].recommender, Recommender::Head);

        // Another head, not in the register and not in the family: no flag any more.
        stored.recommendation.head = {QStringLiteral("Darto"), QStringLiteral("5"),
                                      QStringLiteral("1")};
        QVERIFY(v.repo.updateDraft(stored, v.op));
        stored = v.repo.get(created->id).value();
        QCOMPARE(stored.recommendation.head.name, QStringLiteral("Darto"));
        QVERIFY(!stored.recommendation.flagged());
        QCOMPARE(v.repo.recent({}, 0, 10)->first().request.recommendation.head.rt,
                 QStringLiteral("005"));
        QCOMPARE(v.repo.recent({}, 0, 10)->first().householdName, QStringLiteral("Budi Santoso"));

        // No head, and the operator unrelated to H1: no flag.
        stored.recommendation.head = {};
        QVERIFY(v.repo.updateDraft(stored, v.op));
        stored = v.repo.get(created->id).value();
        QVERIFY(stored.recommendation.head.isEmpty());
        QVERIFY(!stored.recommendation.flagged());
    }

    // The operator (Agus Salim, Jl. Mawar 2, RT 002/RW 001) proposes a family at their own
    // address; then one whose head is, by the matcher, themselves.
    void theOperatorsOwnAddressAndALikelyDuplicateAreFlagged()
    {
        Village v;
        const Result<ChangeRequest> atHome = v.repo.createDraft(
            newHousehold(QStringLiteral("Jl. Mawar 2"),
                         {member(QStringLiteral("3571031111900001"),
                                 QStringLiteral("Slamet Riyadi"), QStringLiteral("1990-11-11"))}),
            v.op);
        QVERIFY(atHome);
        const auto home = v.repo.get(atHome->id)->recommendation.conflicts;
        QCOMPARE(home.size(), 1);
        QCOMPARE(home[0].kind, InterestKind::SameAddress);
        QCOMPARE(home[0].recommender, Recommender::Account);

        const Result<ChangeRequest> twin = v.repo.createDraft(
            newHousehold(QStringLiteral("Jl. Flamboyan 12"),
                         {member(QStringLiteral("3571030404700014"), QStringLiteral("Agoes Salim"),
                                 QStringLiteral("1970-04-04"))}),
            v.op);
        QVERIFY(twin);
        const auto same = v.repo.get(twin->id)->recommendation.conflicts;
        QCOMPARE(same.size(), 1);
        QCOMPARE(same[0].kind, InterestKind::LikelySame);
        QCOMPARE(same[0].memberName, QStringLiteral("Agoes Salim"));
        QVERIFY(same[0].score >= ConflictOfInterest::kLikelyFrom);

        // Unlinked, the same proposal is not flagged.
        QVERIFY(AccountService(*v.store.db, v.store.clock, fastHasher())
                    .setPerson(v.admin, QStringLiteral("operator"), {}));
        ChangeRequest edited = v.repo.get(twin->id).value();
        QVERIFY(v.repo.updateDraft(edited, v.op));
        QVERIFY(!v.repo.get(twin->id)->recommendation.flagged());
    }

    // The envelope carries `recommendation`; the berita acara's rows carry the line and the
    // reasons.
    void theRecommendationTravelsInTheEnvelopeAndToTheMinutes()
    {
        Village v;
        const SourceHead budi{QStringLiteral("Budi Santoso"), QStringLiteral("1"),
                              QStringLiteral("1")};
        const ChangeRequest stored =
            v.repo.get(v.repo.createDraft(newMemberOfH1(budi), v.op)->id).value();
        const QJsonObject envelope = RequestEnvelope::build(stored, {});
        const QJsonObject rec = envelope.value(QLatin1String("recommendation")).toObject();
        QCOMPARE(rec.value(QLatin1String("drafted_by")).toString(), QStringLiteral("operator"));
        QCOMPARE(rec.value(QLatin1String("drafted_by_name")).toString(),
                 QStringLiteral("OPERATOR"));
        QCOMPARE(rec.value(QLatin1String("via_head")).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("Budi Santoso")},
                              {QStringLiteral("rt"), QStringLiteral("001")},
                              {QStringLiteral("rw"), QStringLiteral("001")}}));
        QCOMPARE(rec.value(QLatin1String("line")).toString(),
                 QStringLiteral("Diusulkan oleh: OPERATOR; melalui Ketua RT 001/RW 001 Budi "
                                "Santoso"));
        const QJsonArray flags = rec.value(QLatin1String("conflict_of_interest")).toArray();
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("member"));
        QCOMPARE(flags[0].toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("ketua RT/RW pengusul anggota keluarga yang diusulkan"));
        // A request made before schema 43 sends no recommendation (its envelope is unchanged).
        ChangeRequest old = stored;
        old.recommendation = {};
        QVERIFY(!RequestEnvelope::build(old, {}).contains(QLatin1String("recommendation")));

        AgendaItem item;
        item.request = stored;
        const MinutesContent minutes = MinutesContentBuilder(*v.store.db, v.store.clock)
                                           .build(Meeting{}, {}, {item}, MeetingDocument::Minutes);
        QCOMPARE(minutes.rows.size(), 1);
        QCOMPARE(minutes.rows[0].recommendation, rec.value(QLatin1String("line")).toString());
        QCOMPARE(minutes.rows[0].conflictOfInterest,
                 QStringLiteral("ketua RT/RW pengusul anggota keluarga yang diusulkan"));
    }

    // The flag is judged again when a request joins an agenda and when the berita acara is
    // made: the operator's account linked to a register person after the draft was written.
    void theFlagIsJudgedAgainOnTheAgendaAndInTheBeritaAcara()
    {
        Village v;
        const QString files = ContentStore::rootFor(v.store.path());
        const Session head(
            Actor{QStringLiteral("pak_lurah"), QStringLiteral("Pak Lurah"), Role::VillageHead});
        const DeliberationService clerk(*v.store.db, v.store.clock, v.op, files);
        const DeliberationService lurah(*v.store.db, v.store.clock, head, files);
        AccountService accounts(*v.store.db, v.store.clock, fastHasher());
        const auto plan = [&] {
            Meeting m;
            m.kind = MeetingKind::WardMeeting;
            m.heldOn = v.store.clock.today();
            m.startTime = QStringLiteral("09:00");
            m.place = QStringLiteral("Aula kelurahan");
            m.headName = QStringLiteral("Pak Lurah");
            const Result<Meeting> planned = clerk.plan(m);
            if (!planned) {
                qFatal("plan: %s", qPrintable(planned.error().message));
            }
            return planned->id;
        };

        // Drafted while the operator is Agus Salim of H2: nothing to flag.
        const qint64 bayu = v.repo.createDraft(newMemberOfH1({}), v.op)->id;
        QVERIFY(!v.repo.get(bayu)->recommendation.flagged());
        const qint64 first = plan();
        QVERIFY(clerk.addToAgenda(first, {bayu}));
        QVERIFY(!v.repo.get(bayu)->recommendation.flagged());
        QVERIFY(clerk.addAttendee(first,
                                  {0, QStringLiteral("Slamet"), QStringLiteral("Ketua RW"), {}}));
        QVERIFY(lurah.decide(first, bayu, Decision::Approved, {}));
        // Before the meeting is finalised the account is found to be Budi Santoso of H1.
        QVERIFY(accounts.setPerson(v.admin, QStringLiteral("operator"), QStringLiteral("H1.01")));
        QList<MinutesContent> rendered;
        const Result<Meeting> done =
            lurah.finalise(first, [&rendered](const MinutesContent &c) -> Result<QByteArray> {
                rendered.append(c);
                return QByteArray("%PDF-stand-in");
            });
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(rendered.size(), 1);
        QCOMPARE(rendered[0].rows.size(), 1);
        QCOMPARE(rendered[0].rows[0].conflictOfInterest,
                 QStringLiteral("pengusul anggota keluarga yang diusulkan"));
        const auto recorded = v.repo.get(bayu)->recommendation.conflicts;
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded[0].kind, InterestKind::Member);
        QCOMPARE(recorded[0].recommender, Recommender::Account);
        // Decided: it is not judged again.
        QCOMPARE(v.repo.reassessRecommendation(bayu).error().code,
                 QStringLiteral("request.decided"));

        // Drafted as Budi (flagged), then the link is corrected before the agenda is made: the
        // agenda carries no flag.
        ChangeRequest sister = newMemberOfH1({});
        sister.payload = {{QStringLiteral("member"),
                           member(QStringLiteral("3571036011250001"), QStringLiteral("Sari"),
                                  QStringLiteral("2025-11-20"))}};
        const qint64 sari = v.repo.createDraft(sister, v.op)->id;
        QVERIFY(v.repo.get(sari)->recommendation.flagged());
        QVERIFY(accounts.setPerson(v.admin, QStringLiteral("operator"), QStringLiteral("H2.01")));
        const qint64 second = plan();
        QVERIFY(clerk.addToAgenda(second, {sari}));
        QVERIFY(!v.repo.get(sari)->recommendation.flagged());
        QVERIFY(!clerk.items(second)->at(0).request.recommendation.flagged());
    }

    // A resubmission keeps the head it came through.
    void aResubmissionKeepsTheHead()
    {
        Village v;
        const SourceHead darto{QStringLiteral("Darto"), QStringLiteral("5"), QStringLiteral("1")};
        const qint64 id = v.repo.createDraft(newMemberOfH1(darto), v.op)->id;
        for (const RequestState s :
             {RequestState::OnAgenda, RequestState::Approved, RequestState::Queued,
              RequestState::Sent, RequestState::Received, RequestState::DinsosRejected}) {
            QVERIFY(v.repo.transition(id, s, QStringLiteral("uji"), QStringLiteral("alasan")));
        }
        const Result<ChangeRequest> again = v.repo.createResubmission(id, v.op);
        QVERIFY(again);
        QCOMPARE(v.repo.get(again->id)->recommendation.head.name, QStringLiteral("Darto"));
    }
};

QTEST_GUILESS_MAIN(TestRecommendationCheck)
#include "TestRecommendationCheck.moc"
