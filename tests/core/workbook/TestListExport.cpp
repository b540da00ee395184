#include "core/accounts/Role.h"
#include "core/demo/DemoVillage.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/workbook/ListExport.h"
#include "tests/core/workbook/Openpyxl.h"
#include "tests/support/TestSupport.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestListExport : public QObject
{
    Q_OBJECT

    TempStore m_store;
    const Session m_admin = Session::localAdministrator();

    static QString text(const QJsonObject &cell) { return cell[QStringLiteral("v")].toString(); }
    static QString type(const QJsonObject &cell) { return cell[QStringLiteral("t")].toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        DemoOptions o;
        o.households = 120;
        o.today = QDate(2026, 11, 23);
        QVERIFY(DemoVillage::populate(*m_store.db, m_store.clock, o));
        QVERIFY(m_store.db->execute(
            "UPDATE household SET status = 'moved', status_reason = 'pindah', "
            "status_date = '2026-10-01' WHERE id = (SELECT min(id) FROM household)"));
    }

    void householdsKeepTheFiltersKkAsTextAndDates()
    {
        HouseholdFilter filter;
        filter.rw = QStringLiteral("001");
        const qint64 expected = HouseholdBrowser(*m_store.db).count(filter).value();
        QVERIFY(expected > 0);
        QVERIFY(expected < 120);
        const QString path = m_store.file(QStringLiteral("keluarga.xlsx"));
        const Result<qint64> rows = ListExport(*m_store.db, m_admin).households(filter, path);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(*rows, expected);

        const QJsonObject book = readWithOpenpyxl(path);
        const QJsonArray table = sheetRows(book);
        QCOMPARE(table.size(), expected + 1);
        QCOMPARE(text(cellAt(book, 0, 1)), QStringLiteral("No KK"));
        QCOMPARE(book[QStringLiteral("sheets")][0][QStringLiteral("freeze")].toString(),
                 QStringLiteral("A2"));
        const QRegularExpression sixteenDigits(QStringLiteral("^\\d{16}$"));
        for (int r = 1; r < table.size(); ++r) {
            const QJsonObject kk = cellAt(book, r, 1);
            QCOMPARE(type(kk), QStringLiteral("str"));
            QVERIFY2(sixteenDigits.match(text(kk)).hasMatch(), qPrintable(text(kk)));
            QCOMPARE(text(cellAt(book, r, 4)), QStringLiteral("001")); // RW, leading zeros kept
            QCOMPARE(type(cellAt(book, r, 7)), QStringLiteral("int")); // members
        }
    }

    void aStatusDateIsADate()
    {
        HouseholdFilter filter;
        filter.status = HouseholdStatus::Moved;
        const QString path = m_store.file(QStringLiteral("pindah.xlsx"));
        QCOMPARE(ListExport(*m_store.db, m_admin).households(filter, path).value(), 1);
        const QJsonObject book = readWithOpenpyxl(path);
        QCOMPARE(type(cellAt(book, 1, 10)), QStringLiteral("date"));
        QCOMPARE(text(cellAt(book, 1, 10)), QStringLiteral("2026-10-01T00:00:00"));
        QCOMPARE(text(cellAt(book, 1, 9)), QStringLiteral("pindah"));
    }

    void cancellingLeavesNoFile()
    {
        const QString path = m_store.file(QStringLiteral("batal.xlsx"));
        const Result<qint64> rows =
            ListExport(*m_store.db, m_admin).households({}, path, [](qint64, qint64) {
                return false;
            });
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, QStringLiteral("workbook.cancelled"));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
    }

    void requestsWithTimesAsDates()
    {
        const ChangeRequestRepository repository(*m_store.db, m_store.clock);
        auto q = m_store.db->query(QStringLiteral("SELECT id FROM household ORDER BY id LIMIT 2"));
        QVERIFY(q);
        QStringList households;
        while (q->next()) {
            households << q->value(0).toString();
        }
        for (const QString &id : households) {
            ChangeRequest r;
            r.kind = RequestKind::ProgramProposal;
            r.householdId = id;
            r.payload = {{QStringLiteral("program"), QStringLiteral("pkh")}};
            QVERIFY(repository.createDraft(r, as(QStringLiteral("rina"))));
        }
        const QString path = m_store.file(QStringLiteral("usulan.xlsx"));
        RequestFilter filter;
        filter.householdId = households.last();
        const Result<qint64> rows =
            ListExport(*m_store.db, m_admin).requests(filter, m_store.clock, path);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(*rows, 1);
        const QJsonObject book = readWithOpenpyxl(path);
        QCOMPARE(text(cellAt(book, 1, 3)), households.last());
        QCOMPARE(text(cellAt(book, 1, 2)), RequestLifecycle::label(RequestState::Draft));
        QCOMPARE(type(cellAt(book, 1, 6)), QStringLiteral("date"));
        QCOMPARE(text(cellAt(book, 1, 6)), QStringLiteral("2026-11-23T10:00:00"));
    }

    void lettersNeedThePermissionToPrint()
    {
        const Session field(
            Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff});
        const QString path = m_store.file(QStringLiteral("surat.xlsx"));
        const Result<qint64> refused =
            ListExport(*m_store.db, field).letters({}, m_store.clock, path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY(!QFileInfo::exists(path));
    }

    void letterRegisterWithIssueDates()
    {
        const LetterRegister letters(*m_store.db, m_store.clock);
        NewLetter l;
        l.kind = LetterKind::Certificate;
        l.numbering = {LetterNumber::defaultPattern(), QStringLiteral("400.9.14.1"),
                       QStringLiteral("Kel.Bangsal")};
        l.issuedOn = m_store.clock.today();
        l.registered = true;
        l.personId = QStringLiteral("3571031001.000001.01");
        l.subjectName = QStringLiteral("Siti");
        l.purpose = QStringLiteral("beasiswa");
        QVERIFY(letters.issue(l, QStringLiteral("rina"), [](const LetterRecord &r) {
            return Result<LetterSeal>(
                LetterSeal{{{QStringLiteral("number"), r.number}}, QStringLiteral("hash"), {}, {}});
        }));
        const QString path = m_store.file(QStringLiteral("register.xlsx"));
        QCOMPARE(ListExport(*m_store.db, m_admin).letters({}, m_store.clock, path).value(), 1);
        const QJsonObject book = readWithOpenpyxl(path);
        QCOMPARE(text(cellAt(book, 1, 2)), QStringLiteral("400.9.14.1/0001/Kel.Bangsal/XI/2026"));
        QCOMPARE(type(cellAt(book, 1, 3)), QStringLiteral("date"));
        QCOMPARE(text(cellAt(book, 1, 3)), QStringLiteral("2026-11-23T00:00:00"));
        QCOMPARE(type(cellAt(book, 1, 0)), QStringLiteral("int"));
    }

    void bnbaIsSortedPerNeighbourhoodWithNikAsText()
    {
        MinutesContent content;
        content.meeting.heldOn = QDate(2026, 11, 20);
        DecisionRow late;
        late.kindLabel = QStringLiteral("Usulan program");
        late.nik = QStringLiteral("3571010101900002");
        late.name = QStringLiteral("Budi");
        late.address = QStringLiteral("Jl. Melati 2 RT 001/RW 004");
        late.decision = Decision::Approved;
        DecisionRow early = late;
        early.nik = QStringLiteral("3571010101900001");
        early.name = QStringLiteral("Ani");
        early.address = QStringLiteral("Jl. Mawar 1 RT 007/RW 002");
        content.rows = {late, early};
        const QString path = m_store.file(QStringLiteral("bnba.xlsx"));
        QCOMPARE(ListExport(*m_store.db, m_admin).bnba(content, path).value(), 2);
        const QJsonObject book = readWithOpenpyxl(path);
        QCOMPARE(text(cellAt(book, 1, 7)), QStringLiteral("Ani"));
        QCOMPARE(text(cellAt(book, 1, 1)), QStringLiteral("002"));
        QCOMPARE(text(cellAt(book, 1, 2)), QStringLiteral("007"));
        QCOMPARE(type(cellAt(book, 1, 6)), QStringLiteral("str"));
        QCOMPARE(text(cellAt(book, 1, 6)), QStringLiteral("3571010101900001"));
        QCOMPARE(text(cellAt(book, 2, 7)), QStringLiteral("Budi"));
        QCOMPARE(text(cellAt(book, 2, 9)), MeetingVocabulary::label(Decision::Approved));
        QCOMPARE(type(cellAt(book, 2, 12)), QStringLiteral("date"));
    }

    void duplicatesWithBothPersonsNikAsTextAndBirthDates()
    {
        auto q = m_store.db->query(QStringLiteral(
            "SELECT id, household_id, nik, birth_date, name FROM person WHERE nik <> '' AND "
            "birth_date <> '' ORDER BY id LIMIT 4"));
        QVERIFY(q);
        QList<QStringList> people;
        while (q->next()) {
            people << QStringList{q->value(0).toString(), q->value(1).toString(),
                                  q->value(2).toString(), q->value(3).toString(),
                                  q->value(4).toString()};
        }
        QCOMPARE(people.size(), 4);
        const auto pair = [&people](int a, int b, double probability) {
            LikelyDuplicate d;
            d.personA = people[a][0];
            d.householdA = people[a][1];
            d.nameA = people[a][4];
            d.personB = people[b][0];
            d.householdB = people[b][1];
            d.nameB = people[b][4];
            d.score.probability = probability;
            d.score.reasons = {{MatchField::Nik, 1, 9.5}, {MatchField::Name, 2, -1.25}};
            return d;
        };
        const QList<LikelyDuplicate> pairs{pair(0, 1, 0.9734), pair(2, 3, 0.55)};
        const QString path = m_store.file(QStringLiteral("ganda.xlsx"));
        const Result<qint64> rows = ListExport(*m_store.db, m_admin).duplicates(pairs, path, 0.8);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(*rows, 1); // the pair below the score is left out

        const QJsonObject book = readWithOpenpyxl(path);
        QCOMPARE(sheetRows(book).size(), 2);
        QCOMPARE(text(cellAt(book, 0, 5)), QStringLiteral("NIK 1"));
        QCOMPARE(type(cellAt(book, 1, 1)), QStringLiteral("float"));
        QCOMPARE(cellAt(book, 1, 1)[QStringLiteral("v")].toDouble(), 0.973);
        QCOMPARE(text(cellAt(book, 1, 2)), people[0][0]);
        QCOMPARE(text(cellAt(book, 1, 3)), people[0][1]);
        QCOMPARE(text(cellAt(book, 1, 4)), people[0][4]);
        for (const auto &[column, person] : {std::pair{5, 0}, std::pair{10, 1}}) {
            const QJsonObject nik = cellAt(book, 1, column);
            QCOMPARE(type(nik), QStringLiteral("str"));
            QCOMPARE(text(nik), people[person][2]);
            QCOMPARE(nik[QStringLiteral("fmt")].toString(), QStringLiteral("@"));
            const QJsonObject born = cellAt(book, 1, column + 1);
            QCOMPARE(type(born), QStringLiteral("date"));
            QVERIFY(text(born).startsWith(people[person][3]));
        }
        QCOMPARE(text(cellAt(book, 1, 7)), people[1][0]);
        const QString reasons = text(cellAt(book, 1, 12));
        QCOMPARE(reasons, MatchModel::reasonText(pairs[0].score));
        QVERIFY(reasons.contains(QStringLiteral("+9")));
    }

    void duplicatesNeedThePermissionToDraft()
    {
        const Session head(
            Actor{QStringLiteral("lurah"), QStringLiteral("Lurah"), Role::VillageHead});
        const QString path = m_store.file(QStringLiteral("ganda-lurah.xlsx"));
        const Result<qint64> rows = ListExport(*m_store.db, head).duplicates({}, path);
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestListExport)
#include "TestListExport.moc"
