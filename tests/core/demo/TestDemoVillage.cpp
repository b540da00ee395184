#include "core/demo/DemoNames.h"
#include "core/demo/DemoVillage.h"
#include "core/domain/IdentityNumber.h"
#include "core/importing/SnapshotImporter.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestDemoVillage : public QObject
{
    Q_OBJECT

    static DemoOptions options(int households, quint64 seed = 7)
    {
        DemoOptions o;
        o.households = households;
        o.seed = seed;
        o.today = QDate(2026, 11, 23);
        return o;
    }

    static QByteArray snapshotHash(const DemoOptions &o)
    {
        QByteArray h;
        QByteArray p;
        QBuffer hb(&h);
        QBuffer pb(&p);
        hb.open(QIODevice::WriteOnly);
        pb.open(QIODevice::WriteOnly);
        if (!DemoVillage::writeSnapshot(o, hb, pb)) {
            return {};
        }
        return QCryptographicHash::hash(h + p, QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void sameSeedSameVillage()
    {
        QCOMPARE(snapshotHash(options(300, 7)), snapshotHash(options(300, 7)));
        QVERIFY(snapshotHash(options(300, 7)) != snapshotHash(options(300, 8)));
    }

    void everyoneIsConsistent()
    {
        DemoVillage village(options(1500));
        const IdentityNumberValidator nikRule(IdentityNumberValidator::Kind::Nik,
                                              QDate(2026, 11, 23));
        const IdentityNumberValidator kkRule(IdentityNumberValidator::Kind::Kk,
                                             QDate(2026, 11, 23));
        QSet<QString> niks;
        QSet<QString> kks;
        int people = 0, heads = 0, spouses = 0, children = 0, deceased = 0, withoutNik = 0;
        int withPrograms = 0, misfits = 0, women = 0;
        QSet<int> desils;
        DemoHousehold item;
        while (village.next(item)) {
            QCOMPARE(item.members.first().relationship, Relationship::Head);
            const IdentityCheck kk = kkRule.check(item.household.kkNumber);
            QVERIFY2(kk.acceptable(), qPrintable(item.household.kkNumber));
            QVERIFY(!kks.contains(item.household.kkNumber));
            kks.insert(item.household.kkNumber);
            QVERIFY(item.household.desil >= 1 && item.household.desil <= 10);
            desils.insert(item.household.desil);
            QCOMPARE(item.household.villageCode, QStringLiteral("35.71.03.1001"));
            for (const Person &p : item.members) {
                ++people;
                QVERIFY(p.id.startsWith(item.household.id + u'.'));
                QVERIFY(!p.name.isEmpty());
                QVERIFY(p.birthDate.isValid() && p.birthDate <= QDate(2026, 11, 23));
                women += p.sex == Sex::Female;
                heads += p.relationship == Relationship::Head;
                spouses += p.relationship == Relationship::Spouse;
                children += p.relationship == Relationship::Child;
                deceased += p.status == PersonStatus::Deceased;
                if (p.status != PersonStatus::Active) {
                    QVERIFY(!p.statusReason.isEmpty());
                    QVERIFY(p.statusDate.isValid());
                }
                if (p.nik.isEmpty()) {
                    ++withoutNik;
                    QVERIFY(ageOn(p.birthDate, QDate(2026, 11, 23)) < 1);
                    continue;
                }
                IdentityCheck check = nikRule.check(p.nik);
                IdentityNumberValidator::compareWithRecord(check, p.birthDate, p.sex);
                QVERIFY2(check.status() == Severity::Ok,
                         qPrintable(p.nik + u' ' + check.findings.value(0).message));
                QVERIFY2(!niks.contains(p.nik), "NIKs are unique");
                niks.insert(p.nik);
                if (!p.programs.isEmpty()) {
                    ++withPrograms;
                }
                for (Program program : p.programs) {
                    misfits += programMismatchesDesil(program, item.household.desil);
                }
            }
        }
        QCOMPARE(heads, 1500);
        QVERIFY(people > 1500 * 2.5 && people < 1500 * 4);
        QVERIFY(spouses > 900);
        QVERIFY(children > 1500);
        QVERIFY(deceased > 0);
        QVERIFY(withoutNik > 0);
        QVERIFY(withPrograms > 300);
        QVERIFY(misfits > 0); // a few deliberately misfit recipients for the flag to find
        QVERIFY(women > people / 3);
        QCOMPARE(desils.size(), 10);
    }

    void populateWritesTheStoreAndSettings()
    {
        TempStore store;
        const auto report = DemoVillage::populate(*store.db, store.clock, options(200));
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->households, 200);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM household")), 200);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM person")), report->persons);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM person_name_fts")),
                 report->persons);
        QVERIFY(store.count(QStringLiteral("SELECT count(*) FROM program_membership")) > 0);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM person WHERE status <> 'active' "
                                            "AND (status_reason IS NULL OR status_actor IS NULL)")),
                 0);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM household WHERE head_name = ''")),
                 0);
        QCOMPARE(store.db->setting(QStringLiteral("village_code")),
                 QStringLiteral("35.71.03.1001"));
        QCOMPARE(store.db->setting(QStringLiteral("data_date")), QStringLiteral("2026-11-23"));
        // A second demo into the same store is refused, not doubled.
        QVERIFY(!DemoVillage::populate(*store.db, store.clock, options(200)));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM household")), 200);
    }

    // `tepat --demo` and `tepat-cli demo --db` show the DTSEN month's data: a desil history and
    // disbursements. The people are the same as without it.
    void thePastQuarterHoldsDesilHistoryAndDisbursements()
    {
        TempStore plain;
        QVERIFY(DemoVillage::populate(*plain.db, plain.clock, options(300)));
        TempStore store;
        DemoOptions o = options(300);
        o.pastQuarter = true;
        const auto report = DemoVillage::populate(*store.db, store.clock, o);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));

        const QString people = QStringLiteral(
            "SELECT group_concat(id || nik || name || coalesce(h.desil, '') || "
            "coalesce(h.desil_as_of, ''), '|') FROM (SELECT p.id, p.nik, p.name, h.desil, "
            "h.desil_as_of FROM person p JOIN household h ON h.id = p.household_id ORDER BY p.id) "
            "AS h");
        const auto text = [&people](const TempStore &s) {
            Result<QSqlQuery> q = s.db->query(people);
            return q && q->next() ? q->value(0).toString() : QString();
        };
        QVERIFY(!text(plain).isEmpty());
        QCOMPARE(text(store), text(plain));

        // About a third of the households were ranked otherwise a quarter before; the household
        // holds the newer desil, its history the older one first.
        const qint64 changed = store.count(QStringLiteral(
            "SELECT count(*) FROM (SELECT household_id FROM desil_history GROUP BY household_id "
            "HAVING count(*) = 2)"));
        QVERIFY2(changed > 60 && changed < 140, qPrintable(QString::number(changed)));
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM household h JOIN desil_history a ON a.household_id = "
                     "h.id JOIN desil_history b ON b.household_id = h.id AND b.id > a.id WHERE "
                     "b.desil = h.desil AND b.as_of = h.desil_as_of AND a.desil <> b.desil AND "
                     "a.as_of = date(b.as_of, '-3 months') AND a.recorded_at < b.recorded_at")),
                 changed);
        QCOMPARE(plain.count(QStringLiteral("SELECT count(*) FROM desil_history")), 300);

        // Disbursements only for families with BPNT or PKH, of those programmes, with some
        // failures among them.
        QVERIFY(store.count(QStringLiteral("SELECT count(*) FROM disbursement")) > 100);
        QCOMPARE(plain.count(QStringLiteral("SELECT count(*) FROM disbursement")), 0);
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM disbursement d WHERE NOT EXISTS (SELECT 1 FROM "
                     "person p JOIN program_membership m ON m.person_pk = p.pk WHERE "
                     "p.household_id = d.household_id AND m.program = d.program) OR d.program "
                     "NOT IN ('BPNT', 'PKH')")),
                 0);
        QVERIFY(store.count(QStringLiteral(
                    "SELECT count(*) FROM disbursement WHERE status = 'gagal_omspan'")) > 0);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM disbursement WHERE event_date > "
                                            "'2026-11-23' OR event_date < '2026-05-01'")),
                 0);
    }

    void snapshotImportsCleanly()
    {
        TempStore store;
        QByteArray h;
        QByteArray p;
        QBuffer hb(&h);
        QBuffer pb(&p);
        hb.open(QIODevice::WriteOnly);
        pb.open(QIODevice::WriteOnly);
        const auto written = DemoVillage::writeSnapshot(options(400), hb, pb);
        QVERIFY(written);
        writeFile(store.file(QStringLiteral("h.csv")), h);
        writeFile(store.file(QStringLiteral("p.csv")), p);
        ImportOptions io;
        io.rejectsPath = store.file(QStringLiteral("r.csv"));
        const auto report =
            SnapshotImporter(*store.db, store.clock)
                .run(store.file(QStringLiteral("h.csv")), store.file(QStringLiteral("p.csv")), io);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->householdsInserted, 400);
        QCOMPARE(report->personsInserted, written->persons);
        QCOMPARE(report->householdsRejected + report->personsRejected, 0);
    }

    // Issue 15: a wife was called "Soeparman". Old spellings are drawn by sex too.
    void womenNeverGetMensOldNames()
    {
        DemoVillage village(options(3000));
        const QStringList &men = demo::DemoNames::oldSpellingsMale();
        const QStringList &women = demo::DemoNames::oldSpellingsFemale();
        DemoHousehold item;
        int oldNamed = 0;
        while (village.next(item)) {
            for (const Person &p : std::as_const(item.members)) {
                const QString first = p.name.section(u' ', 0, 0);
                if (p.sex == Sex::Female) {
                    QVERIFY2(!men.contains(first), qPrintable(p.name));
                } else {
                    QVERIFY2(!women.contains(first), qPrintable(p.name));
                }
                oldNamed += men.contains(first) || women.contains(first) ? 1 : 0;
            }
        }
        QVERIFY(oldNamed > 0);
    }

    // Planted duplicates: each copy is in another family, active, with a NIK of its own (or
    // none), and the same person in the ways its kind says.
    void plantsDuplicatesWithUniqueNiks()
    {
        TempStore store;
        DemoOptions o = options(1500);
        o.duplicatesPermille = 60;
        const Result<DemoReport> report = DemoVillage::populate(*store.db, store.clock, o);
        QVERIFY(report); // the store's unique NIK index accepted every copy
        QVERIFY(report->planted.size() > 50);
        QSet<int> kinds;
        for (const demo::PlantedDuplicate &d : report->planted) {
            kinds.insert(int(d.kind));
            auto q = store.db->query(
                QStringLiteral("SELECT a.household_id, b.household_id, a.birth_date, b.birth_date, "
                               "a.nik, b.nik, b.status FROM person a, person b WHERE a.id = ? AND "
                               "b.id = ?"),
                {d.originalId, d.duplicateId});
            QVERIFY(q && q->next());
            QVERIFY(q->value(0) != q->value(1));
            QCOMPARE(q->value(6).toString(), QStringLiteral("active"));
            QVERIFY(q->value(4).toString() != q->value(5).toString() ||
                    q->value(5).toString().isEmpty());
            if (d.kind != demo::DuplicateKind::DayMonthSwapped) {
                QCOMPARE(q->value(2), q->value(3));
            }
        }
        QCOMPARE(kinds.size(), 8);
        // Without planting the village is what it always was.
        QCOMPARE(snapshotHash(options(300)), snapshotHash(options(300)));
    }

    void spreadsOverARegency()
    {
        DemoOptions o = options(92);
        o.villageCodes = {QStringLiteral("35.71.01.1001"), QStringLiteral("35.71.02.1001")};
        DemoVillage village(o);
        DemoHousehold item;
        QSet<QString> seen;
        while (village.next(item)) {
            seen.insert(item.household.villageCode);
        }
        QCOMPARE(seen.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDemoVillage)
#include "TestDemoVillage.moc"
