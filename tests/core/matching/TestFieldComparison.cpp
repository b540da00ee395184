#include "core/matching/FieldComparison.h"
#include "tests/core/matching/MatchingFixtures.h"

#include <QTest>

using namespace tepat;
using namespace tepat::level;
using namespace tepat::test;

namespace {

// The level one text field ends at for two otherwise equal people.
int levelOf(MatchField field, QString PersonFacts::*member, const QString &a, const QString &b)
{
    MatchRegister reg;
    PersonFacts x = facts("1", "Siti", QDate(1975, 1, 1), Sex::Female);
    PersonFacts y = facts("2", "Siti", QDate(1975, 1, 1), Sex::Female);
    x.*member = a;
    y.*member = b;
    const uint32_t ix = reg.add(x);
    const uint32_t iy = reg.add(y);
    return int(FieldComparison::compare(reg, ix, iy)[size_t(field)]);
}

} // namespace

class TestFieldComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nik_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("level");
        QTest::newRow("equal") << "3571034107750012"
                               << "3571034107750012" << int(kNikEqual);
        QTest::newRow("one substitution") << "3571034107750012"
                                          << "3571034107750062" << int(kNikOneSubstitution);
        // The next serial of someone else born that day, or a typo: a level of its own.
        QTest::newRow("last digit only") << "3571034107750012"
                                         << "3571034107750018" << int(kNikWeakDigit);
        QTest::newRow("last two digits swapped") << "3571034107750012"
                                                 << "3571034107750021" << int(kNikTransposition);
        QTest::newRow("kecamatan code") << "3571034107750012"
                                        << "3571024107750012" << int(kNikWeakDigit);
        QTest::newRow("substitution in the date") << "3571034107750012"
                                                  << "3571034107760012" << int(kNikOneSubstitution);
        QTest::newRow("adjacent transposition") << "3571034107750012"
                                                << "3571034107750102" << int(kNikTransposition);
        QTest::newRow("transposition in the region")
            << "3571034107750012"
            << "3571304107750012" << int(kNikTransposition);
        QTest::newRow("two apart") << "3571034107750012"
                                   << "3571034107750210" << int(kNikDifferent);
        QTest::newRow("different") << "3571034107750012"
                                   << "3506125508800003" << int(kNikDifferent);
        QTest::newRow("missing") << "3571034107750012"
                                 << "" << int(kNikMissing);
    }
    void nik()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, level);
        MatchRegister reg;
        const uint32_t x = reg.add(facts("1", "Siti", QDate(1975, 7, 1), Sex::Female, a));
        const uint32_t y = reg.add(facts("2", "Siti", QDate(1975, 7, 1), Sex::Female, b));
        QCOMPARE(int(FieldComparison::nik(reg.at(x).nik, reg.at(y).nik)), level);
        QCOMPARE(int(FieldComparison::nik(reg.at(y).nik, reg.at(x).nik)), level);
    }

    void birthDate_data()
    {
        QTest::addColumn<QDate>("a");
        QTest::addColumn<QDate>("b");
        QTest::addColumn<int>("level");
        QTest::newRow("equal") << QDate(1975, 3, 12) << QDate(1975, 3, 12) << int(kBirthEqual);
        QTest::newRow("day and month swapped")
            << QDate(1975, 3, 12) << QDate(1975, 12, 3) << int(kBirthDayMonthSwapped);
        QTest::newRow("day off") << QDate(1975, 3, 12) << QDate(1975, 3, 21)
                                 << int(kBirthOneFieldOff);
        QTest::newRow("month off")
            << QDate(1975, 3, 12) << QDate(1975, 8, 12) << int(kBirthOneFieldOff);
        QTest::newRow("year off") << QDate(1975, 3, 12) << QDate(1957, 3, 12)
                                  << int(kBirthOneFieldOff);
        QTest::newRow("swapped in another year")
            << QDate(1975, 3, 12) << QDate(1976, 12, 3) << int(kBirthDifferent);
        QTest::newRow("different")
            << QDate(1975, 3, 12) << QDate(1980, 6, 30) << int(kBirthDifferent);
        QTest::newRow("missing") << QDate(1975, 3, 12) << QDate() << int(kBirthMissing);
    }
    void birthDate()
    {
        QFETCH(QDate, a);
        QFETCH(QDate, b);
        QFETCH(int, level);
        MatchRegister reg;
        const uint32_t x = reg.add(facts("1", "Siti", a, Sex::Female));
        const uint32_t y = reg.add(facts("2", "Siti", b, Sex::Female));
        QCOMPARE(int(FieldComparison::birthDate(reg.at(x), reg.at(y))), level);
    }

    void name_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("level");
        QTest::newRow("same") << "Siti Aminah"
                              << "SITI  aminah" << int(kNameExact);
        QTest::newRow("oe for u") << "Soeparman"
                                  << "Suparman" << int(kNameExact);
        QTest::newRow("dj for j") << "Djoko Santoso"
                                  << "Joko Santoso" << int(kNameExact);
        QTest::newRow("tj and j for c and y") << "Tjahjono"
                                              << "Cahyono" << int(kNameExact);
        QTest::newRow("ch for kh for h") << "Achmad Sholeh"
                                         << "Ahmad Sholeh" << int(kNameExact);
        QTest::newRow("M. for Muhammad") << "M. Rizki"
                                         << "Muhammad Rizki" << int(kNameExact);
        QTest::newRow("Moch. for Muhammad") << "Moch. Rizki"
                                            << "Mohammad Rizki" << int(kNameExact);
        QTest::newRow("Muh. for Muhammad") << "Muh Rizki"
                                           << "Mochamad Rizki" << int(kNameExact);
        QTest::newRow("word order") << "Aminah Siti"
                                    << "Siti Aminah" << int(kNameSameWords);
        QTest::newRow("letter dropped") << "Sulastri"
                                        << "Sulasti" << int(kNameClose);
        QTest::newRow("letter changed") << "Budi Santoso"
                                        << "Budi Santosa" << int(kNameClose);
        QTest::newRow("two letters off") << "Budi Santoso"
                                         << "Budi Santisa" << int(kNameClose);
        QTest::newRow("short name, two letters off") << "Sri"
                                                     << "Sih" << int(kNameDifferent);
        QTest::newRow("first word only") << "Siti Aminah"
                                         << "Siti Rahayu" << int(kNameFirstWordOnly);
        QTest::newRow("one name within the other")
            << "Aminah"
            << "Siti Aminah Rahayu" << int(kNameFirstWordOnly);
        QTest::newRow("different") << "Budi Santoso"
                                   << "Agus Salim" << int(kNameDifferent);
        QTest::newRow("missing") << "Budi Santoso"
                                 << "" << int(kNameMissing);
    }
    void name()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, level);
        MatchRegister reg;
        const uint32_t x = reg.add(facts("1", a, QDate(1975, 1, 1), Sex::Female));
        const uint32_t y = reg.add(facts("2", b, QDate(1975, 1, 1), Sex::Female));
        QCOMPARE(int(FieldComparison::name(reg, reg.at(x), reg.at(y))), level);
        QCOMPARE(int(FieldComparison::name(reg, reg.at(y), reg.at(x))), level);
    }

    void sex()
    {
        QCOMPARE(int(FieldComparison::sex(Sex::Male, Sex::Male)), int(kSexEqual));
        QCOMPARE(int(FieldComparison::sex(Sex::Male, Sex::Female)), int(kSexDifferent));
        QCOMPARE(int(FieldComparison::sex(Sex::Unknown, Sex::Female)), int(kSexMissing));
    }

    void place()
    {
        MatchRegister reg;
        PersonFacts a = facts("1", "Siti", QDate(1975, 1, 1), Sex::Female, {}, "H1");
        PersonFacts sameHousehold = facts("2", "Siti", QDate(1975, 1, 1), Sex::Female, {}, "H1");
        PersonFacts sameAddress = facts("3", "Siti", QDate(1975, 1, 1), Sex::Female, {}, "H2");
        sameAddress.address = a.address.toUpper();
        PersonFacts sameRtRw = facts("4", "Siti", QDate(1975, 1, 1), Sex::Female, {}, "H3");
        PersonFacts sameVillage = facts("5", "Siti", QDate(1975, 1, 1), Sex::Female, {}, "H4");
        sameVillage.rt = QStringLiteral("004");
        PersonFacts sameDistrict = facts("6", "Siti", QDate(1975, 1, 1), Sex::Female, {}, "H5");
        sameDistrict.villageCode = QStringLiteral("35.71.03.1002");
        PersonFacts elsewhere = facts("7", "Siti", QDate(1975, 1, 1), Sex::Female, {}, "H6");
        elsewhere.villageCode = QStringLiteral("35.71.02.1001"); // another kecamatan
        for (const PersonFacts &p :
             {a, sameHousehold, sameAddress, sameRtRw, sameVillage, sameDistrict, elsewhere}) {
            reg.add(p);
        }
        QCOMPARE(int(FieldComparison::place(reg, reg.at(0), reg.at(1))), int(kPlaceSameHousehold));
        QCOMPARE(int(FieldComparison::place(reg, reg.at(0), reg.at(2))), int(kPlaceSameAddress));
        QCOMPARE(int(FieldComparison::place(reg, reg.at(0), reg.at(3))), int(kPlaceSameRtRw));
        QCOMPARE(int(FieldComparison::place(reg, reg.at(0), reg.at(4))), int(kPlaceSameVillage));
        QCOMPARE(int(FieldComparison::place(reg, reg.at(0), reg.at(5))), int(kPlaceSameDistrict));
        QCOMPARE(int(FieldComparison::place(reg, reg.at(0), reg.at(6))), int(kPlaceDifferent));
        QCOMPARE(int(FieldComparison::place(reg, reg.at(5), reg.at(6))), int(kPlaceDifferent));
    }

    void birthPlace_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("level");
        QTest::newRow("same") << "Kediri"
                              << "KEDIRI" << int(kBirthPlaceEqual);
        QTest::newRow("kabupaten written out") << "Kediri"
                                               << "Kab. Kediri" << int(kBirthPlaceEqual);
        QTest::newRow("kota") << "Kabupaten Kediri"
                              << "Kota Kediri" << int(kBirthPlaceEqual);
        QTest::newRow("old spelling") << "Djombang"
                                      << "Jombang" << int(kBirthPlaceEqual);
        QTest::newRow("another place") << "Kediri"
                                       << "Blitar" << int(kBirthPlaceDifferent);
        QTest::newRow("one empty") << "Kediri"
                                   << "" << int(kBirthPlaceMissing);
        QTest::newRow("nothing but the kind") << "Kab."
                                              << "Kediri" << int(kBirthPlaceMissing);
    }
    void birthPlace()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, level);
        QCOMPARE(levelOf(MatchField::BirthPlace, &PersonFacts::birthPlace, a, b), level);
    }

    void occupation_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("level");
        QTest::newRow("same") << "Buruh harian lepas"
                              << "BURUH HARIAN LEPAS" << int(kOccupationEqual);
        QTest::newRow("another") << "Petani"
                                 << "Buruh tani" << int(kOccupationDifferent);
        QTest::newRow("one empty") << "Petani"
                                   << "" << int(kOccupationMissing);
        // These follow from the age: two pupils of one age say nothing about being one person.
        QTest::newRow("pupils") << "Pelajar/mahasiswa"
                                << "Pelajar/Mahasiswa" << int(kOccupationMissing);
        QTest::newRow("small child") << "Belum/tidak bekerja"
                                     << "Petani" << int(kOccupationMissing);
        QTest::newRow("pensioner") << "Pensiunan"
                                   << "Pensiunan" << int(kOccupationMissing);
    }
    void occupation()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, level);
        QCOMPARE(levelOf(MatchField::Occupation, &PersonFacts::occupation, a, b), level);
    }

    void editDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << "santoso"
                              << "santoso" << 0;
        QTest::newRow("substitution") << "santoso"
                                      << "santosa" << 1;
        QTest::newRow("deletion") << "sulastri"
                                  << "sulasti" << 1;
        QTest::newRow("transposition") << "rahayu"
                                       << "rahyau" << 1;
        QTest::newRow("two") << "santoso"
                             << "santisa" << 2;
        QTest::newRow("beyond the limit") << "budi"
                                          << "agus salim" << 3;
    }
    void editDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(FieldComparison::editDistance(a.toStdString(), b.toStdString(), 2), distance);
    }

    void codesAreStable()
    {
        QCOMPARE(QString::fromLatin1(FieldComparison::code(MatchField::Nik, kNikOneSubstitution)),
                 QStringLiteral("nik_one_substitution"));
        QCOMPARE(QString::fromLatin1(FieldComparison::code(MatchField::Nik, kNikWeakDigit)),
                 QStringLiteral("nik_weak_digit"));
        QCOMPARE(QString::fromLatin1(FieldComparison::code(MatchField::Nik, kNikMissing)),
                 QStringLiteral("nik_missing"));
        QCOMPARE(QString::fromLatin1(
                     FieldComparison::code(MatchField::BirthDate, kBirthDayMonthSwapped)),
                 QStringLiteral("birth_day_month_swapped"));
        QCOMPARE(QString::fromLatin1(FieldComparison::code(MatchField::Name, kNameSameWords)),
                 QStringLiteral("name_same_words"));
        QCOMPARE(QString::fromLatin1(
                     FieldComparison::code(MatchField::BirthPlace, kBirthPlaceDifferent)),
                 QStringLiteral("birth_place_different"));
    }
};

QTEST_GUILESS_MAIN(TestFieldComparison)
#include "TestFieldComparison.moc"
