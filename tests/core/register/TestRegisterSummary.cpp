#include "core/importing/SnapshotImporter.h"
#include "core/register/RegisterRepository.h"
#include "core/register/RegisterSummary.h"
#include "core/requests/ChangeRequestRepository.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestRegisterSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsWhatTheVillageHeadAsks()
    {
        TempStore store;
        writeFile(
            store.file(QStringLiteral("h.csv")),
            "household_id,kk_number,village_code,rt,rw,address,desil,status,latitude,longitude\n"
            "H1,,35.71.03.1001,1,1,a,2,,,\n"
            "H2,,35.71.03.1001,2,1,b,7,,,\n"
            "H3,,35.71.03.1001,1,2,c,,,,\n"
            "H4,,35.71.03.1001,1,2,d,3,excluded,,\n");
        writeFile(store.file(QStringLiteral("p.csv")),
                  "person_id,household_id,nik,name,sex,birth_place,birth_date,relationship,marital_"
                  "status,"
                  "occupation,disability,status,programs\n"
                  "P1,H1,,A,L,,,head,,,,,PKH;BPNT\n"
                  "P2,H1,,B,P,,,spouse,,,,,PBI-JK\n"
                  "P3,H2,,C,L,,,head,,,,,PKH\n"
                  "P4,H3,,D,L,,,head,,,,,\n"
                  "P5,H3,,E,P,,,spouse,,,,deceased,PKH\n");
        ImportOptions options;
        options.rejectsPath = store.file(QStringLiteral("r.csv"));
        QVERIFY(SnapshotImporter(*store.db, store.clock)
                    .run(store.file(QStringLiteral("h.csv")), store.file(QStringLiteral("p.csv")),
                         options));
        QVERIFY(RegisterRepository(*store.db, store.clock)
                    .setPersonStatus(QStringLiteral("P4"), PersonStatus::Moved,
                                     QStringLiteral("pindah"), QDate(2026, 11, 10),
                                     QStringLiteral("rina"), QStringLiteral("local")));
        const ChangeRequestRepository requests(*store.db, store.clock);
        ChangeRequest r;
        r.kind = RequestKind::Correction;
        const qint64 a = requests.createDraft(r, as(QStringLiteral("rina")))->id;
        const qint64 b = requests.createDraft(r, as(QStringLiteral("rina")))->id;
        QVERIFY(requests.transition(b, RequestState::OnAgenda, QStringLiteral("rina")));
        QVERIFY(requests.transition(b, RequestState::Approved, QStringLiteral("lurah")));
        Q_UNUSED(a)

        const auto s = RegisterSummary::compute(*store.db, QDate(2026, 11, 23));
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->households, 3);
        QCOMPARE(s->persons, 3);                                  // P4 moved, P5 deceased
        QCOMPARE(s->recipientsPerProgram.value(Program::Pkh), 2); // P5's PKH no longer counts
        QCOMPARE(s->recipientsPerProgram.value(Program::PbiJk), 1);
        QCOMPARE(s->householdsPerDesil.value(2), 1);
        QCOMPARE(s->householdsPerDesil.value(0), 1);
        QCOMPARE(s->deactivatedThisMonth,
                 1); // P4, dated this month; the snapshot's statuses carry no date
        QCOMPARE(s->draftsAwaitingMusyawarah, 1);
        QCOMPARE(s->waitingToBeSent, 1);
        QCOMPARE(s->programMisfits, 1); // P3: PKH in desil 7
        QCOMPARE(s->areas.size(), 3);
        QCOMPARE(s->areas[0].rw, QStringLiteral("001"));
        QCOMPARE(s->areas[0].rt, QStringLiteral("001"));
        QCOMPARE(s->areas[0].households, 1);
        QCOMPARE(s->areas[0].recipients, 1);
        QCOMPARE(s->areas[2].recipients, 0); // H3: only its deceased member held a programme
    }
};

QTEST_GUILESS_MAIN(TestRegisterSummary)
#include "TestRegisterSummary.moc"
