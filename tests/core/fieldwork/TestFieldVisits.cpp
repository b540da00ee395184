#include "tests/core/fieldwork/FieldworkFixture.h"

#include "core/fieldwork/FieldVisits.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

// Visits on the laptop: state by RT, progress, the checks, revisions.
class TestFieldVisits : public QObject
{
    Q_OBJECT

    struct Laptop
    {
        FieldworkFixture f;
        std::unique_ptr<Database> db;
        QStringList ids;
        Laptop()
        {
            ids = f.firstHouseholds(6);
            if (!f.exportPackage({{}, {}, ids}, f.packagePath()) ||
                !f.importPackage(f.packagePath())) {
                qFatal("package round trip failed");
            }
            db = std::move(Database::open(f.laptopPath()).value());
        }
        FieldVisits visits() const { return FieldVisits(*db, f.office.clock); }
        QString memberOf(const QString &household) const
        {
            auto q = db->query(QStringLiteral("SELECT id FROM person WHERE household_id = ? AND "
                                              "status = 'active' ORDER BY id LIMIT 1"),
                               {household});
            return q && q->next() ? q->value(0).toString() : QString();
        }
    };

    static Visit visitOf(const QString &household, VisitOutcome outcome = VisitOutcome::Visited)
    {
        Visit v;
        v.householdId = household;
        v.outcome = outcome;
        v.visitedOn = QDate(2026, 11, 23);
        return v;
    }

private Q_SLOTS:
    void assignedHouseholdsStartToDo()
    {
        Laptop l;
        const Result<QList<AssignedHousehold>> rows = l.visits().assigned();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 6);
        for (const AssignedHousehold &row : *rows) {
            QVERIFY(!row.outcome.has_value());
            QVERIFY(!row.headName.isEmpty());
        }
        const Result<QList<AreaProgress>> progress = l.visits().progress();
        QVERIFY(progress);
        QCOMPARE(progress->first().assigned, 6);
        QCOMPARE(progress->first().done(), 0);
    }

    void recordingAVisitMovesTheProgress()
    {
        Laptop l;
        QVERIFY(l.visits().record(l.f.fieldSession, visitOf(l.ids[0])));
        QVERIFY(l.visits().record(l.f.fieldSession, visitOf(l.ids[1], VisitOutcome::NotFound)));
        QVERIFY(l.visits().record(l.f.fieldSession, visitOf(l.ids[2], VisitOutcome::Refused)));
        const Result<QList<AreaProgress>> progress = l.visits().progress();
        QVERIFY(progress);
        const AreaProgress &total = progress->first();
        QCOMPARE(total.assigned, 6);
        QCOMPARE(total.visited, 1);
        QCOMPARE(total.notFound, 1);
        QCOMPARE(total.refused, 1);
        int perRt = 0;
        for (qsizetype i = 1; i < progress->size(); ++i) {
            QVERIFY(!progress->at(i).rt.isEmpty());
            perRt += progress->at(i).assigned;
        }
        QCOMPARE(perRt, 6);
        const AssignedHousehold first = l.visits().assigned().value().first();
        QCOMPARE(first.outcome.has_value(), first.householdId == l.ids[0] ||
                                                first.householdId == l.ids[1] ||
                                                first.householdId == l.ids[2]);
    }

    void aSecondSaveIsTheNextRevision()
    {
        Laptop l;
        Visit v = visitOf(l.ids[0]);
        v.members.append({l.memberOf(l.ids[0]), MemberFinding::Died, QDate(2026, 11, 2), {}, {}});
        v.members.append({{},
                          MemberFinding::New,
                          {},
                          {},
                          {{QStringLiteral("name"), QStringLiteral("Bayi Sintetis")}}});
        const Result<Visit> first = l.visits().record(l.f.fieldSession, v);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->revision, 1);
        v.notes = QStringLiteral("Rumah dicat ulang.");
        const Result<Visit> second = l.visits().record(l.f.fieldSession, v);
        QVERIFY(second);
        QCOMPARE(second->uuid, first->uuid);
        QCOMPARE(second->revision, 2);
        const std::optional<Visit> stored = l.visits().visitOf(l.ids[0]).value();
        QVERIFY(stored);
        QCOMPARE(stored->notes, QStringLiteral("Rumah dicat ulang."));
        QCOMPARE(stored->members.size(), 2);
        QCOMPARE(stored->recordedBy, QStringLiteral("budi"));
        auto audit = l.db->query(QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action = "
                                                "'fieldwork.visit' AND actor = 'budi'"));
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toInt(), 2);
    }

    void theChecksSayWhatIsMissing_data()
    {
        QTest::addColumn<int>("finding");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("code");
        QTest::newRow("death without a date")
            << int(MemberFinding::Died) << QDate() << QString() << "fieldwork.death_date";
        QTest::newRow("death tomorrow") << int(MemberFinding::Died) << QDate(2026, 11, 24)
                                        << QString() << "fieldwork.death_date";
        QTest::newRow("move without where") << int(MemberFinding::Moved) << QDate(2026, 11, 1)
                                            << QString() << "fieldwork.moved_where";
        QTest::newRow("new member without a name")
            << int(MemberFinding::New) << QDate() << QString() << "fieldwork.new_member_name";
    }

    void theChecksSayWhatIsMissing()
    {
        QFETCH(int, finding);
        QFETCH(QDate, date);
        QFETCH(QString, place);
        QFETCH(QString, code);
        Laptop l;
        Visit v = visitOf(l.ids[0]);
        v.members.append({l.memberOf(l.ids[0]), MemberFinding(finding), date, place, {}});
        const Result<Visit> r = l.visits().record(l.f.fieldSession, v);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!l.visits().visitOf(l.ids[0]).value().has_value());
    }

    void onlyAssignedHouseholdsAndTheirMembers()
    {
        Laptop l;
        Visit stranger = visitOf(QStringLiteral("3571031001.999999"));
        QCOMPARE(l.visits().record(l.f.fieldSession, stranger).error().code,
                 QStringLiteral("fieldwork.not_assigned"));
        Visit v = visitOf(l.ids[0]);
        v.members.append({l.memberOf(l.ids[1]), MemberFinding::Present, {}, {}, {}});
        QCOMPARE(l.visits().record(l.f.fieldSession, v).error().code,
                 QStringLiteral("fieldwork.unknown_member"));
        Visit future = visitOf(l.ids[0]);
        future.visitedOn = QDate(2026, 12, 1);
        QCOMPARE(l.visits().record(l.f.fieldSession, future).error().code,
                 QStringLiteral("fieldwork.visit_date"));
        const Session head{
            Actor{QStringLiteral("lurah"), QStringLiteral("Lurah"), Role::VillageHead}};
        QVERIFY(!l.visits().record(head, visitOf(l.ids[0])));
    }
};

QTEST_GUILESS_MAIN(TestFieldVisits)
#include "TestFieldVisits.moc"
