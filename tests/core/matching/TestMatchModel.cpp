#include "core/matching/MatchModel.h"
#include "tests/core/matching/MatchingFixtures.h"

#include <QTest>

#include <cmath>

using namespace tepat;
using namespace tepat::level;
using namespace tepat::test;

namespace {

// A register of `size` people with distinct made-up names, plus `extra`.
MatchRegister registerWith(int size, const QList<PersonFacts> &extra)
{
    MatchRegister reg;
    static const char *const syllables[] = {"ka", "ri", "mo", "tu", "se", "na", "wi", "lo",
                                            "da", "pe", "gu", "ra", "sa", "to", "me", "ni"};
    for (int i = 0; i < size - int(extra.size()); ++i) {
        QString first;
        QString last;
        int x = i;
        for (int s = 0; s < 3; ++s) {
            first += QLatin1String(syllables[x % 16]);
            x /= 16;
        }
        for (int s = 0; s < 3; ++s) {
            last += QLatin1String(syllables[(x + s * 5) % 16]);
            x /= 2;
        }
        first[0] = first[0].toUpper();
        reg.add(facts(QStringLiteral("F%1").arg(i), first + u' ' + last,
                      QDate(1950, 1, 1).addDays(i * 7), i % 2 ? Sex::Male : Sex::Female));
    }
    for (const PersonFacts &p : extra) {
        reg.add(p);
    }
    return reg;
}

PersonFacts sameRtRw(PersonFacts p, int number)
{
    p.householdId = QStringLiteral("HX%1").arg(number);
    p.address = QStringLiteral("Jl. Kenanga No. %1").arg(number);
    return p;
}

} // namespace

class TestMatchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightsFollowTheLevels()
    {
        const MatchModel model = MatchModel::defaults();
        MatchRegister reg = registerWith(1000, {});
        const MatchRecord &a = reg.at(0);
        const MatchRecord &b = reg.at(1);
        // Agreement counts for, disagreement against, a missing value not at all.
        QVERIFY(model.fieldWeight(reg, a, b, MatchField::BirthDate, kBirthEqual) >
                model.fieldWeight(reg, a, b, MatchField::BirthDate, kBirthDayMonthSwapped));
        QVERIFY(model.fieldWeight(reg, a, b, MatchField::BirthDate, kBirthDayMonthSwapped) >
                model.fieldWeight(reg, a, b, MatchField::BirthDate, kBirthOneFieldOff));
        QVERIFY(model.fieldWeight(reg, a, b, MatchField::BirthDate, kBirthOneFieldOff) > 0);
        QVERIFY(model.fieldWeight(reg, a, b, MatchField::BirthDate, kBirthDifferent) < 0);
        QCOMPARE(model.fieldWeight(reg, a, b, MatchField::BirthDate, kBirthMissing), 0.0);
        QVERIFY(model.fieldWeight(reg, a, b, MatchField::Nik, kNikOneSubstitution) > 0);
        QVERIFY(model.fieldWeight(reg, a, b, MatchField::Nik, kNikDifferent) < 0);
        QVERIFY(model.fieldWeight(reg, a, b, MatchField::Name, kNameClose) >
                model.fieldWeight(reg, a, b, MatchField::Name, kNameDifferent));
        QVERIFY(model.fieldWeight(reg, a, b, MatchField::Sex, kSexDifferent) < 0);
        QVERIFY(model.fieldWeight(reg, a, b, MatchField::Place, kPlaceSameAddress) >
                model.fieldWeight(reg, a, b, MatchField::Place, kPlaceDifferent));
    }

    // A NIK a digit apart is evidence, most when the digit is neither the serial's last nor
    // in the kecamatan code: people of one sex born the same day in one kecamatan get
    // consecutive serials, and in the next kecamatan the same ones, so those digits alone are
    // also what two different people's NIKs look like. A missing NIK says nothing.
    void nikLevelsInOrder()
    {
        const MatchModel model = MatchModel::defaults();
        MatchRegister reg = registerWith(1000, {});
        const MatchRecord &a = reg.at(0);
        const MatchRecord &b = reg.at(1);
        const auto weight = [&](uint8_t l) {
            return model.fieldWeight(reg, a, b, MatchField::Nik, l);
        };
        QVERIFY(weight(kNikEqual) > weight(kNikOneSubstitution));
        QVERIFY(weight(kNikOneSubstitution) > weight(kNikWeakDigit));
        QVERIFY(weight(kNikTransposition) > weight(kNikWeakDigit));
        QVERIFY(weight(kNikWeakDigit) > 0);
        QVERIFY(weight(kNikWeakDigit) > weight(kNikDifferent));
        QVERIFY(weight(kNikDifferent) < 0);
        QCOMPARE(weight(kNikMissing), 0.0);

        // The same pair scored with and without the second NIK: leaving it out costs nothing
        // (neutral), a wholly different NIK costs.
        const MatchRegister pairs = registerWith(
            2000, {facts("a", "Tukiman", QDate(1960, 5, 6), Sex::Male, "3571030605600004"),
                   facts("b", "Tukiman", QDate(1960, 5, 6), Sex::Male),
                   facts("c", "Tukiman", QDate(1960, 5, 6), Sex::Male, "3506120101900007")});
        const uint32_t first = uint32_t(pairs.size() - 3);
        const MatchScore missing = model.score(pairs, first, first + 1);
        const MatchScore different = model.score(pairs, first, first + 2);
        QCOMPARE(int(missing.levels[size_t(MatchField::Nik)]), int(kNikMissing));
        QCOMPARE(int(different.levels[size_t(MatchField::Nik)]), int(kNikDifferent));
        QVERIFY(missing.weight > different.weight);
        QVERIFY(!MatchModel::reasonCodes(missing).contains(QLatin1String("nik")));
        QCOMPARE(MatchModel::label(MatchField::Nik, kNikWeakDigit),
                 QStringLiteral("NIK beda satu angka di angka terakhir atau kode kecamatan"));
    }

    // The words of a name in another order: the reversed form is rare even when the name is
    // common, so the pair is strong evidence — stronger than the common name written the
    // same way twice — unless both orders are names people carry.
    void reversedNamesWeighTheRarerForm()
    {
        QList<PersonFacts> extra;
        for (int i = 0; i < 40; ++i) {
            extra << facts(QStringLiteral("S%1").arg(i), QStringLiteral("Slamet Santoso"),
                           QDate(1940, 1, 1).addDays(i * 401), Sex::Male);
            extra << facts(QStringLiteral("A%1").arg(i), QStringLiteral("Agus Budi"),
                           QDate(1941, 1, 1).addDays(i * 401), Sex::Male);
            extra << facts(QStringLiteral("B%1").arg(i), QStringLiteral("Budi Agus"),
                           QDate(1942, 1, 1).addDays(i * 401), Sex::Male);
        }
        extra << facts("reversed", "Santoso Slamet", QDate(1970, 1, 1), Sex::Male);
        const MatchRegister reg = registerWith(5000, extra);
        const MatchModel model = MatchModel::defaults();
        const uint32_t reversed = uint32_t(reg.size() - 1);
        const uint32_t slamet = uint32_t(reg.size() - 1 - 120); // "Slamet Santoso" S0
        const uint32_t slamet2 = slamet + 3;                    // S1
        const uint32_t agus = slamet + 1;
        const uint32_t budi = slamet + 2;
        QCOMPARE(int(FieldComparison::name(reg, reg.at(slamet), reg.at(reversed))),
                 int(kNameSameWords));
        QCOMPARE(int(FieldComparison::name(reg, reg.at(agus), reg.at(budi))), int(kNameSameWords));
        QCOMPARE(int(FieldComparison::name(reg, reg.at(slamet), reg.at(slamet2))), int(kNameExact));
        const auto nameWeight = [&](uint32_t x, uint32_t y, uint8_t l) {
            return model.fieldWeight(reg, reg.at(x), reg.at(y), MatchField::Name, l);
        };
        const double rareOrder = nameWeight(slamet, reversed, kNameSameWords);
        QVERIFY(rareOrder > nameWeight(slamet, slamet2, kNameExact));
        QVERIFY(rareOrder > nameWeight(agus, budi, kNameSameWords) + 3);
        QCOMPARE(rareOrder, nameWeight(reversed, slamet, kNameSameWords)); // symmetric
        QVERIFY(nameWeight(agus, budi, kNameSameWords) > 0);
    }

    void priorFollowsTheRegisterSize()
    {
        const MatchModel model = MatchModel::defaults();
        QVERIFY(model.priorWeight(1'000'000) < model.priorWeight(7000));
        QCOMPARE(MatchModel::probabilityOf(MatchModel::weightFor(0.8)), 0.8);
    }

    // Two "Siti Aminah" born the same year, their NIKs one digit apart (not the last one, which
    // weighs less: TestMatchModel::nikLevelsInOrder), in the same RT/RW: the
    // name is common, so its agreement is worth little and they are not taken for one person.
    // The same differences between two people with a rare name are.
    void commonNameBornTheSameYearIsNotMatched()
    {
        QList<PersonFacts> extra;
        for (int i = 0; i < 100; ++i) {
            extra << facts(QStringLiteral("S%1").arg(i), QStringLiteral("Siti Aminah"),
                           QDate(1940, 1, 1).addDays(i * 239), Sex::Female);
        }
        extra << sameRtRw(facts("common-1", "Siti Aminah", QDate(1975, 3, 12), Sex::Female,
                                "3571035203750012"),
                          1)
              << sameRtRw(facts("common-2", "Siti Aminah", QDate(1975, 3, 21), Sex::Female,
                                "3571035203750052"),
                          2)
              << sameRtRw(facts("rare-1", "Tjiptono Wirjosoedarmo", QDate(1975, 3, 12), Sex::Male,
                                "3571031203750012"),
                          3)
              << sameRtRw(facts("rare-2", "Ciptono Wiryosudarmo", QDate(1975, 3, 21), Sex::Male,
                                "3571031203750052"),
                          4);
        const MatchRegister reg = registerWith(5000, extra);
        const uint32_t common1 = uint32_t(reg.size() - 4);
        const uint32_t rare1 = uint32_t(reg.size() - 2);
        MatchModel model = MatchModel::defaults();
        const MatchScore common = model.score(reg, common1, common1 + 1);
        const MatchScore rare = model.score(reg, rare1, rare1 + 1);
        QCOMPARE(int(common.levels[size_t(MatchField::Name)]), int(kNameExact));
        QCOMPARE(int(rare.levels[size_t(MatchField::Name)]), int(kNameExact));
        QCOMPARE(common.levels, rare.levels); // the very same differences
        QVERIFY2(common.probability < MatchModel::kDefaultThreshold,
                 qPrintable(QString::number(common.probability)));
        QVERIFY2(rare.probability >= MatchModel::kDefaultThreshold,
                 qPrintable(QString::number(rare.probability)));

        // Without the term-frequency adjustment the common name would weigh as much as the
        // average name: far more.
        model.setTermFrequencies(false);
        const MatchScore unadjusted = model.score(reg, common1, common1 + 1);
        QVERIFY(unadjusted.weight > common.weight + 3);
    }

    // The forms' check and the conflict-of-interest flag load only a few people of a large
    // register (setPopulation): the birth place's and the occupation's frequencies among those
    // few say nothing of the register, so their agreement weighs by the model's u. Two people
    // born in Kediri of a register of 10,000 do not gain 12 bits because only they were loaded.
    void fewLoadedWeighByTheModel()
    {
        MatchRegister few;
        for (int i = 0; i < 2; ++i) {
            PersonFacts p = facts(QStringLiteral("F%1").arg(i), QStringLiteral("Siti Aminah"),
                                  QDate(1970, 5, 1), Sex::Female);
            p.birthPlace = QStringLiteral("Kediri");
            p.occupation = QStringLiteral("Mengurus rumah tangga");
            few.add(p);
        }
        few.setPopulation(10'000);
        const MatchModel model = MatchModel::defaults();
        const MatchRecord &a = few.at(0);
        const MatchRecord &b = few.at(1);
        QCOMPARE(model.fieldWeight(few, a, b, MatchField::BirthPlace, kBirthPlaceEqual),
                 std::log2(model.m(MatchField::BirthPlace, kBirthPlaceEqual) /
                           model.u(MatchField::BirthPlace, kBirthPlaceEqual)));
        QCOMPARE(model.fieldWeight(few, a, b, MatchField::Occupation, kOccupationEqual),
                 std::log2(model.m(MatchField::Occupation, kOccupationEqual) /
                           model.u(MatchField::Occupation, kOccupationEqual)));
        // The whole register loaded: its own frequencies (both of the two share them).
        MatchRegister whole;
        for (int i = 0; i < 2; ++i) {
            whole.add(facts(QStringLiteral("W%1").arg(i), QStringLiteral("Siti Aminah"),
                            QDate(1970, 5, 1), Sex::Female));
        }
        QVERIFY(whole.complete());
        QVERIFY(!few.complete());
    }

    // A register that heaps unknown birth dates on 1 January: two people born "1 January 1950"
    // agree on it far more often by chance than two born 23 April 1950, and their agreement
    // weighs less. A few people loaded from a large register weigh by the model's u.
    void birthDateWeighsByItsFrequency()
    {
        MatchRegister reg;
        for (int i = 0; i < 100; ++i) {
            reg.add(facts(QStringLiteral("J%1").arg(i), QStringLiteral("Nama %1").arg(i),
                          QDate(1950, 1, 1), Sex::Female));
        }
        for (int i = 0; i < 900; ++i) {
            reg.add(facts(QStringLiteral("P%1").arg(i), QStringLiteral("Nama %1").arg(i),
                          QDate(1940, 1, 2).addDays(i * 29), Sex::Female));
        }
        const uint32_t april1 = reg.add(facts(QStringLiteral("A1"), QStringLiteral("Sukarti"),
                                              QDate(1950, 4, 23), Sex::Female));
        const uint32_t april2 = reg.add(facts(QStringLiteral("A2"), QStringLiteral("Sukarti"),
                                              QDate(1950, 4, 23), Sex::Female));
        const MatchModel model = MatchModel::defaults();
        const double heaped =
            model.fieldWeight(reg, reg.at(0), reg.at(1), MatchField::BirthDate, kBirthEqual);
        const double rare = model.fieldWeight(reg, reg.at(april1), reg.at(april2),
                                              MatchField::BirthDate, kBirthEqual);
        const double m = model.m(MatchField::BirthDate, kBirthEqual);
        QCOMPARE(heaped, std::log2(m / (100.0 / 1002.0)));
        QCOMPARE(rare, std::log2(m / (2.0 / 1002.0)));
        QVERIFY(rare > heaped + 5);
        // Day and month swapped: another person born on either one's date, from both sides.
        const double swapped = model.fieldWeight(reg, reg.at(0), reg.at(april1),
                                                 MatchField::BirthDate, kBirthDayMonthSwapped);
        // (Swappable: day at most 12 and not the month — 1 January is not, 23 April is not; of
        // the 900 others those with a day up to 12 other than the month.)
        QVERIFY(reg.swappableShare() > 0.2 && reg.swappableShare() < 0.5);
        QCOMPARE(swapped, std::log2(model.m(MatchField::BirthDate, kBirthDayMonthSwapped) /
                                    ((100.0 + 2.0) / 1002.0 / 2 * reg.swappableShare())));
        MatchModel plain = model;
        plain.setTermFrequencies(false);
        QCOMPARE(plain.fieldWeight(reg, reg.at(0), reg.at(1), MatchField::BirthDate, kBirthEqual),
                 std::log2(m / model.u(MatchField::BirthDate, kBirthEqual)));
        reg.setPopulation(100'000); // only these were loaded
        QCOMPARE(model.fieldWeight(reg, reg.at(april1), reg.at(april2), MatchField::BirthDate,
                                   kBirthEqual),
                 std::log2(m / model.u(MatchField::BirthDate, kBirthEqual)));
    }

    void birthPlaceWeighsByItsFrequency()
    {
        // Nine in ten of this register were born in Kediri, a few in Ambon.
        MatchRegister reg = registerWith(3000, {});
        QList<PersonFacts> people;
        for (int i = 0; i < 3000; ++i) {
            PersonFacts p = facts(QStringLiteral("P%1").arg(i), QStringLiteral("Nama %1").arg(i),
                                  QDate(1950, 1, 1).addDays(i), Sex::Female);
            p.birthPlace = i % 10 == 0 ? QStringLiteral("Ambon") : QStringLiteral("Kediri");
            people << p;
        }
        MatchRegister placed;
        for (const PersonFacts &p : std::as_const(people)) {
            placed.add(p);
        }
        const MatchModel model = MatchModel::defaults();
        const MatchRecord &kediri1 = placed.at(1);
        const MatchRecord &kediri2 = placed.at(2);
        const MatchRecord &ambon1 = placed.at(0);
        const MatchRecord &ambon2 = placed.at(10);
        const double inKediri =
            model.fieldWeight(placed, kediri1, kediri2, MatchField::BirthPlace, kBirthPlaceEqual);
        const double inAmbon =
            model.fieldWeight(placed, ambon1, ambon2, MatchField::BirthPlace, kBirthPlaceEqual);
        const double apart = model.fieldWeight(placed, kediri1, ambon1, MatchField::BirthPlace,
                                               kBirthPlaceDifferent);
        QVERIFY2(inKediri > 0 && inKediri < 0.2, qPrintable(QString::number(inKediri)));
        QVERIFY2(inAmbon > 3, qPrintable(QString::number(inAmbon)));
        QVERIFY2(apart < -3, qPrintable(QString::number(apart)));
        QCOMPARE(
            model.fieldWeight(placed, kediri1, kediri2, MatchField::BirthPlace, kBirthPlaceMissing),
            0.0);
        // The same pair of records without a birth place weighs nothing for it.
        QCOMPARE(int(FieldComparison::compare(reg, 0, 1)[size_t(MatchField::BirthPlace)]),
                 int(kBirthPlaceMissing));
    }

    void occupationWeighsWithinTheSex()
    {
        // Most women here keep house, most men farm: "Mengurus rumah tangga" says little of two
        // women and much of two men.
        MatchRegister reg;
        for (int i = 0; i < 2000; ++i) {
            const bool woman = i % 2 == 0;
            PersonFacts p = facts(QStringLiteral("P%1").arg(i), QStringLiteral("Nama %1").arg(i),
                                  QDate(1950, 1, 1).addDays(i), woman ? Sex::Female : Sex::Male);
            const bool usual = i % 20 >= 2;
            p.occupation = QLatin1String(usual == woman ? "Mengurus rumah tangga"
                                                        : "Petani"); // 9 in 10 of each sex
            reg.add(p);
        }
        const MatchModel model = MatchModel::defaults();
        const auto weight = [&](uint32_t a, uint32_t b) {
            return model.fieldWeight(
                reg, reg.at(a), reg.at(b), MatchField::Occupation,
                FieldComparison::compare(reg, a, b)[size_t(MatchField::Occupation)]);
        };
        // Every tenth person has the other sex's usual work: P1, P21 are men keeping house,
        // P2, P4 women keeping house, P3, P5 men farming.
        const double twoHousewives = weight(2, 4);
        const double twoMenKeepingHouse = weight(1, 21);
        const double twoFarmingMen = weight(3, 5);
        QVERIFY2(std::abs(twoHousewives) < 0.5, qPrintable(QString::number(twoHousewives)));
        QVERIFY2(std::abs(twoFarmingMen) < 0.5, qPrintable(QString::number(twoFarmingMen)));
        QVERIFY2(twoMenKeepingHouse > 2.5, qPrintable(QString::number(twoMenKeepingHouse)));
        QVERIFY(weight(2, 3) < 0); // a housewife and a farmer
    }

    void reasonsSayWhatMadeTheScore()
    {
        const MatchRegister reg = registerWith(
            2000, {facts("a", "Soeparman", QDate(1950, 4, 3), Sex::Male, "3571030304500007"),
                   facts("b", "Suparman", QDate(1950, 3, 4), Sex::Male)});
        const MatchScore s =
            MatchModel::defaults().score(reg, uint32_t(reg.size() - 2), uint32_t(reg.size() - 1));
        QCOMPARE(s.reasons.size(), kMatchFields);
        QVERIFY(std::abs(s.reasons.first().weight) >= std::abs(s.reasons.last().weight));
        const QString codes = MatchModel::reasonCodes(s);
        QVERIFY(codes.contains(QLatin1String("name_exact")));
        QVERIFY(codes.contains(QLatin1String("birth_day_month_swapped")));
        QVERIFY(!codes.contains(QLatin1String("nik_missing"))); // weighs nothing
        const QString text = MatchModel::reasonText(s);
        QVERIFY(text.contains(QStringLiteral("Tanggal dan bulan lahir tertukar")));
        QVERIFY(!text.contains(QStringLiteral("3571030304500007")));
    }

    void jsonRoundTrip()
    {
        MatchModel model = MatchModel::defaults();
        model.setM(MatchField::Sex, {0.9, 0.1});
        model.setDuplicateShare(0.02);
        const MatchModel back = MatchModel::fromJson(model.toJson());
        QCOMPARE(back.m(MatchField::Sex, kSexEqual), 0.9);
        QCOMPARE(back.duplicateShare(), 0.02);
        QCOMPARE(back.u(MatchField::BirthDate, kBirthEqual),
                 model.u(MatchField::BirthDate, kBirthEqual));
        // A model kept before the birth place was compared keeps the birth place's defaults.
        QJsonObject older = model.toJson();
        older.remove(QStringLiteral("birth_place"));
        QCOMPARE(MatchModel::fromJson(older).m(MatchField::BirthPlace, kBirthPlaceEqual),
                 MatchModel::defaults().m(MatchField::BirthPlace, kBirthPlaceEqual));
        QCOMPARE(MatchModel::fromJson(older).m(MatchField::Sex, kSexEqual), 0.9);
        QCOMPARE(MatchModel::fromJson({}).m(MatchField::Sex, kSexEqual),
                 MatchModel::defaults().m(MatchField::Sex, kSexEqual));
        // The NIK's u by kecamatan travels with the model; a model without it keeps the NIK's
        // own u.
        model.setNikU(true, {1e-7, 0.01, 0.002, 0.5, 0.488});
        const MatchModel withDistricts = MatchModel::fromJson(model.toJson());
        QCOMPARE(withDistricts.nikU(kNikWeakDigit, kPlaceSameVillage), 0.5);
        QCOMPARE(withDistricts.nikU(kNikWeakDigit, kPlaceDifferent),
                 model.u(MatchField::Nik, kNikWeakDigit));
        QCOMPARE(back.nikU(kNikWeakDigit, kPlaceSameVillage),
                 model.u(MatchField::Nik, kNikWeakDigit));
    }

    // A NIK one serial digit off says little between two people of one kecamatan (people of
    // one sex born there on one day get consecutive serials) and much between two kecamatan
    // (the copy kept the NIK of where the person came from). A pair with no place to compare
    // weighs by the NIK's own u.
    void nikWeighsByTheKecamatan()
    {
        MatchModel model = MatchModel::defaults();
        model.setNikU(true, {1e-7, 0.01, 0.002, 0.5, 0.488});
        model.setNikU(false, {1e-7, 1e-4, 5e-5, 0.02, 0.97995});
        MatchRegister reg;
        const PersonFacts a =
            facts("1", "Siti", QDate(1975, 1, 1), Sex::Female, QStringLiteral("3571034101750001"));
        PersonFacts b =
            facts("2", "Siti", QDate(1975, 1, 1), Sex::Female, QStringLiteral("3571034101750002"));
        b.rt = QStringLiteral("002"); // the same village, another RT
        reg.add(a);
        reg.add(b);
        const MatchRecord &x = reg.at(0);
        const MatchRecord &y = reg.at(1);
        const double within =
            model.fieldWeight(reg, x, y, MatchField::Nik, kNikWeakDigit, kPlaceSameVillage);
        const double across =
            model.fieldWeight(reg, x, y, MatchField::Nik, kNikWeakDigit, kPlaceDifferent);
        const double unplaced =
            model.fieldWeight(reg, x, y, MatchField::Nik, kNikWeakDigit, kPlaceMissing);
        QCOMPARE(within, std::log2(model.m(MatchField::Nik, kNikWeakDigit) / 0.5));
        QCOMPARE(across, std::log2(model.m(MatchField::Nik, kNikWeakDigit) / 0.02));
        QCOMPARE(unplaced, std::log2(model.m(MatchField::Nik, kNikWeakDigit) /
                                     model.u(MatchField::Nik, kNikWeakDigit)));
        QVERIFY(within < 0 && across > 2);
        // score() passes the pair's own place level.
        const MatchScore s = model.score(reg, 0, 1);
        QCOMPARE(int(s.levels[size_t(MatchField::Place)]), int(kPlaceSameVillage));
        for (const MatchReason &r : s.reasons) {
            if (r.field == MatchField::Nik) {
                QCOMPARE(r.weight, within);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMatchModel)
#include "TestMatchModel.moc"
