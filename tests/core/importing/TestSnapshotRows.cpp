#include "core/importing/SnapshotRows.h"

#include <QTest>

using namespace tepat;
using namespace tepat::snapshot;

// SnapshotRowChecker on its own: the verdict for one row and the row it hands to the writer,
// with no store involved.
class TestSnapshotRows : public QObject
{
    Q_OBJECT

    static QByteArray bytes(std::string_view s)
    {
        return QByteArray(s.data(), qsizetype(s.size()));
    }

    static QDate today() { return QDate(2026, 11, 23); }

    static Fields householdFields()
    {
        Fields f(HCount);
        f[HId] = "H1";
        f[HKk] = "3571031505180003";
        f[HVillage] = "35.71.03.1001";
        f[HRt] = "1";
        f[HRw] = "2";
        f[HAddress] = "Jl. Melati No. 3";
        f[HDesil] = "2";
        f[HStatus] = "";
        f[HLat] = "-7,8301";
        f[HLon] = "112.0201";
        f[HDesilAsOf] = "2026-10-20";
        return f;
    }

    static Fields personFields()
    {
        Fields f(PCount);
        f[PId] = "H1.02";
        f[PHousehold] = "H1";
        f[PNik] = "3571034202850002";
        f[PName] = "Siti  Aminah";
        f[PSex] = "P";
        f[PBirthPlace] = "Kediri";
        f[PBirthDate] = "1985-02-02";
        f[PRelationship] = "spouse";
        f[PMarital] = "married";
        f[PDisability] = "";
        f[PStatus] = "";
        f[PPrograms] = "PBI-JK; pkh ;PBI-JK";
        return f;
    }

private slots:
    void anAcceptedHouseholdBecomesItsStoredRow()
    {
        SnapshotRowChecker checker(today());
        HouseholdRow row;
        const RowVerdict v = checker.household(householdFields(), row);
        QVERIFY(!v.refused);
        QVERIFY(v.findings.isEmpty());
        QCOMPARE(bytes(row.id), QByteArray("H1"));
        QCOMPARE(bytes(row.rt), QByteArray("001")); // as the register writes RT/RW
        QCOMPARE(bytes(row.rw), QByteArray("002"));
        QCOMPARE(bytes(row.status), QByteArray("active"));
        QCOMPARE(row.desil, 2);
        QVERIFY(row.latitude.has_value());
        QCOMPARE(*row.latitude, -7.8301); // a decimal comma is read as a point
    }

    void aBadHouseholdCellRefusesTheRowWithItsCode_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("id") << int(HId) << QByteArray("H 1") << "household.id_invalid";
        QTest::newRow("village") << int(HVillage) << QByteArray("3571031001")
                                 << "household.village_invalid";
        QTest::newRow("rt") << int(HRt) << QByteArray("RT1") << "household.rt_invalid";
        QTest::newRow("desil") << int(HDesil) << QByteArray("11") << "household.desil_invalid";
        QTest::newRow("desil date")
            << int(HDesilAsOf) << QByteArray("2027-01-01") << "household.desil_as_of_invalid";
        QTest::newRow("status") << int(HStatus) << QByteArray("gone") << "household.status_invalid";
        QTest::newRow("one coordinate")
            << int(HLon) << QByteArray("") << "household.location_invalid";
    }

    void aBadHouseholdCellRefusesTheRowWithItsCode()
    {
        QFETCH(int, column);
        QFETCH(QByteArray, value);
        QFETCH(QString, code);
        Fields f = householdFields();
        f[size_t(column)] = std::string_view(value.constData(), size_t(value.size()));
        SnapshotRowChecker checker(today());
        HouseholdRow row;
        const RowVerdict v = checker.household(f, row);
        QVERIFY(v.refused);
        QCOMPARE(v.findings.size(), 1);
        QCOMPARE(v.findings.first().code, code);
        QVERIFY(!v.findings.first().message.isEmpty());
    }

    void anUnknownVillageIsWarnedAboutOnce()
    {
        SnapshotRowChecker checker(today());
        Fields f = householdFields();
        f[HVillage] = "35.71.03.9999";
        HouseholdRow row;
        const RowVerdict first = checker.household(f, row);
        QVERIFY(!first.refused);
        QCOMPARE(first.findings.size(), 1);
        QCOMPARE(first.findings.first().code, QStringLiteral("household.village_unknown"));
        f[HId] = "H2";
        const RowVerdict second = checker.household(f, row);
        QVERIFY(!second.refused);
        QVERIFY(second.findings.isEmpty());
    }

    void anAcceptedPersonIsNormalisedWithEachProgrammeOnce()
    {
        SnapshotRowChecker checker(today());
        PersonRow row;
        std::vector<std::string_view> programmes;
        const RowVerdict v = checker.person(personFields(), row, programmes);
        QVERIFY2(!v.refused, v.findings.isEmpty() ? "" : qPrintable(v.findings.first().message));
        QCOMPARE(bytes(row.nameNorm), QByteArray("siti aminah"));
        QCOMPARE(bytes(row.sex), QByteArray("P"));
        QCOMPARE(bytes(row.status), QByteArray("active"));
        QCOMPARE(programmes.size(), size_t(2));
        QCOMPARE(bytes(programmes[0]), QByteArray("PBI-JK"));
        QCOMPARE(bytes(programmes[1]), QByteArray("PKH"));
    }

    void aNikThatDisagreesWithTheRecordRefusesOrWarns()
    {
        SnapshotRowChecker checker(today());
        PersonRow row;
        std::vector<std::string_view> programmes;
        Fields f = personFields();
        f[PNik] = "35710342028500"; // too short
        RowVerdict v = checker.person(f, row, programmes);
        QVERIFY(v.refused);
        f = personFields();
        f[PNik] = "";
        v = checker.person(f, row, programmes);
        QVERIFY(!v.refused);
        QCOMPARE(v.findings.size(), 1);
        QCOMPARE(v.findings.first().code, QStringLiteral("person.nik_missing"));
    }

    void anUnknownProgrammeRefusesThePerson()
    {
        SnapshotRowChecker checker(today());
        PersonRow row;
        std::vector<std::string_view> programmes;
        Fields f = personFields();
        f[PPrograms] = "PKH;KIS-X";
        const RowVerdict v = checker.person(f, row, programmes);
        QVERIFY(v.refused);
        QCOMPARE(v.findings.first().code, QStringLiteral("person.program_unknown"));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotRows)
#include "TestSnapshotRows.moc"
