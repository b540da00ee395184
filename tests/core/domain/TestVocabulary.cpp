#include "core/domain/Household.h"
#include "core/domain/RegionDirectory.h"
#include "core/domain/Vocabulary.h"

#include <QTest>

using namespace tepat;

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCodesLabelsAndAliases()
    {
        QCOMPARE(vocabulary::parse<Sex>(u"L"), Sex::Male);
        QCOMPARE(vocabulary::parse<Sex>(u"perempuan"), Sex::Female);
        QCOMPARE(vocabulary::parse<Relationship>(u"1"), Relationship::Head);
        QCOMPARE(vocabulary::parse<Relationship>(u"Istri"), Relationship::Spouse);
        QCOMPARE(vocabulary::parse<Relationship>(u"child_in_law"), Relationship::ChildInLaw);
        QCOMPARE(vocabulary::parse<Program>(u"sembako"), Program::Bpnt);
        QCOMPARE(vocabulary::parse<Program>(u"PBI-JK"), Program::PbiJk);
        QCOMPARE(vocabulary::parse<PersonStatus>(u" meninggal "), PersonStatus::Deceased);
        QVERIFY(!vocabulary::parse<Sex>(u"X"));
        QVERIFY(!vocabulary::parse<Program>(u""));
    }

    void everyValueHasCodeAndLabel()
    {
        for (Program p : vocabulary::all<Program>()) {
            QCOMPARE(vocabulary::parse<Program>(vocabulary::code(p)), p);
            QVERIFY(!vocabulary::label(p).isEmpty());
        }
        for (Relationship r : vocabulary::all<Relationship>()) {
            QCOMPARE(vocabulary::parse<Relationship>(vocabulary::code(r)), r);
        }
    }

    void programEligibilityByDesil()
    {
        QVERIFY(!programMismatchesDesil(Program::Pkh, 4));
        QVERIFY(programMismatchesDesil(Program::Pkh, 5));
        QVERIFY(!programMismatchesDesil(Program::Bpnt, 5));
        QVERIFY(programMismatchesDesil(Program::Bpnt, 6));
        QVERIFY(programMismatchesDesil(Program::PbiJk, 7));
        QVERIFY(!programMismatchesDesil(Program::BltDd, 9));
        QVERIFY(!programMismatchesDesil(Program::Pkh, 0)); // unranked never flags
    }

    void neighbourhoodUnits()
    {
        QCOMPARE(normalizeNeighbourhoodUnit(u"3"), QStringLiteral("003"));
        QCOMPARE(normalizeNeighbourhoodUnit(u" 012 "), QStringLiteral("012"));
        QCOMPARE(normalizeNeighbourhoodUnit(u""), QString());
        QVERIFY(!normalizeNeighbourhoodUnit(u"0"));
        QVERIFY(!normalizeNeighbourhoodUnit(u"1000"));
        QVERIFY(!normalizeNeighbourhoodUnit(u"3a"));
    }

    void ages()
    {
        QCOMPARE(ageOn(QDate(1990, 11, 23), QDate(2026, 11, 23)), 36);
        QCOMPARE(ageOn(QDate(1990, 11, 24), QDate(2026, 11, 23)), 35);
        QCOMPARE(ageOn(QDate(2024, 2, 29), QDate(2025, 2, 28)), 0);
        QCOMPARE(ageOn(QDate(2027, 1, 1), QDate(2026, 11, 23)), -1);
    }

    void regions()
    {
        const RegionDirectory &r = RegionDirectory::instance();
        QVERIFY(r.hasProvince(35));
        QVERIFY(r.hasRegency(3571));
        QVERIFY(r.hasDistrict(357103));
        QVERIFY(!r.hasDistrict(357199));
        QCOMPARE(r.regencyName(3571), QStringLiteral("KOTA KEDIRI"));
        const auto bangsal = r.village(QStringLiteral("35.71.03.1001"));
        QVERIFY(bangsal);
        QCOMPARE(bangsal->name, QStringLiteral("Bangsal"));
        QCOMPARE(bangsal->districtName, QStringLiteral("Pesantren"));
        QCOMPARE(r.villagesIn(QStringLiteral("35.71")).size(), 46);
        const QList<Village> hits = r.searchVillages(QStringLiteral("bangsal"), 50);
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.first().name.startsWith(QStringLiteral("Bangsal"), Qt::CaseInsensitive));
        // Nearest first: from Kota Kediri, its own Bangsal leads.
        QCOMPARE(r.searchVillages(QStringLiteral("bangsal"), 5, QStringLiteral("35.71.01.1001"))
                     .first()
                     .code,
                 QStringLiteral("35.71.03.1001"));
        // A district name finds its villages too.
        const QList<Village> district =
            r.searchVillages(QStringLiteral("pesantren"), 100, QStringLiteral("35.71.03.1001"));
        QVERIFY(std::any_of(district.begin(), district.end(), [](const Village &v) {
            return v.code == QLatin1String("35.71.03.1002");
        }));
        QVERIFY(RegionDirectory::isVillageCode(u"35.71.03.1001"));
        QVERIFY(!RegionDirectory::isVillageCode(u"35.71.03.100"));
        QVERIFY(!RegionDirectory::isVillageCode(u"35-71-03-1001"));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "TestVocabulary.moc"
