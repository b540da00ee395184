#include "core/matching/ModelEstimator.h"
#include "tests/core/matching/MatchingFixtures.h"
#include "tests/core/matching/PlantedVillage.h"

#include <QTest>

#include <random>
#include <tuple>

using namespace tepat;
using namespace tepat::level;
using namespace tepat::test;

namespace {

// Draws a level from a distribution over the non-missing levels.
uint8_t draw(std::mt19937_64 &random, const MatchModel &model, MatchField field, bool match)
{
    std::uniform_real_distribution<double> unit(0, 1);
    const double x = unit(random);
    double sum = 0;
    const int levels = FieldComparison::missingLevel(field);
    for (int l = 0; l < levels; ++l) {
        sum += match ? model.m(field, uint8_t(l)) : model.u(field, uint8_t(l));
        if (x < sum) {
            return uint8_t(l);
        }
    }
    return uint8_t(levels - 1);
}

MatchModel truth()
{
    MatchModel model = MatchModel::defaults();
    model.setM(MatchField::Nik, {0.01, 0.5, 0.1, 0.09, 0.3});
    model.setU(MatchField::Nik, {1e-6, 0.1, 0.02, 0.1, 0.779999});
    model.setM(MatchField::Name, {0.7, 0.1, 0.15, 0.03, 0.02});
    model.setU(MatchField::Name, {0.002, 0.0005, 0.004, 0.05, 0.9435});
    model.setM(MatchField::Sex, {0.95, 0.05});
    model.setU(MatchField::Sex, {0.5, 0.5});
    model.setM(MatchField::Place, {0.1, 0.1, 0.2, 0.5, 0.1});
    model.setU(MatchField::Place, {0.001, 0.004, 0.05, 0.3, 0.645});
    return model;
}

// The levels of a pair from the birth-date block: different names, the NIK and place given.
ComparisonVector sameDayPair(uint8_t nik, uint8_t place, uint8_t birth = kBirthEqual,
                             uint8_t sex = kSexEqual)
{
    ComparisonVector v{};
    v[size_t(MatchField::Nik)] = nik;
    v[size_t(MatchField::BirthDate)] = birth;
    v[size_t(MatchField::Name)] = kNameDifferent;
    v[size_t(MatchField::Sex)] = sex;
    v[size_t(MatchField::Place)] = place;
    return v;
}

} // namespace

class TestModelEstimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patternIndexRoundTrip()
    {
        const ComparisonVector v{1, 2, 3, 0, 4, 2, 1};
        QCOMPARE(PatternCounts::levels(PatternCounts::index(v)), v);
        // Every combination of levels has its own count, and no more counts than that.
        for (int p = 0; p < PatternCounts::kPatterns; ++p) {
            QCOMPARE(PatternCounts::index(PatternCounts::levels(p)), p);
        }
        ComparisonVector last{};
        for (int f = 0; f < kMatchFields; ++f) {
            last[size_t(f)] = FieldComparison::missingLevel(MatchField(f));
        }
        QCOMPARE(PatternCounts::index(last), PatternCounts::kPatterns - 1);
    }

    // Pairs drawn from a known model: EM recovers its m probabilities and the share of
    // duplicates from the comparison vectors alone (birth date left out, as in the session
    // blocked on it).
    void emRecoversTheModel()
    {
        const MatchModel known = truth();
        std::mt19937_64 random(42);
        EmSession session;
        session.estimates = {true, false, true, true, true, false};
        const int pairs = 200'000;
        const int duplicates = 2'000;
        for (int i = 0; i < pairs; ++i) {
            const bool match = i < duplicates;
            ComparisonVector v{};
            for (int f = 0; f < kMatchFields; ++f) {
                v[size_t(f)] = f == int(MatchField::BirthDate)
                                   ? kBirthEqual
                                   : draw(random, known, MatchField(f), match);
            }
            session.counts.add(v);
        }
        MatchModel start = MatchModel::defaults();
        for (MatchField f :
             {MatchField::Nik, MatchField::Name, MatchField::Sex, MatchField::Place}) {
            std::array<double, kMaxLevels> u{};
            for (int l = 0; l < kMaxLevels; ++l) {
                u[size_t(l)] = known.u(f, uint8_t(l));
            }
            start.setU(f, u);
        }
        MatchRegister reg;
        EstimationReport report;
        const MatchModel estimated = ModelEstimator::estimateM(reg, start, {session}, &report);
        QCOMPARE(report.sessionsUsed, 1);
        QVERIFY(!report.usedDefaults);
        QVERIFY2(std::abs(estimated.m(MatchField::Name, kNameExact) - 0.7) < 0.05,
                 qPrintable(QString::number(estimated.m(MatchField::Name, kNameExact))));
        QVERIFY(std::abs(estimated.m(MatchField::Nik, kNikOneSubstitution) - 0.5) < 0.05);
        QVERIFY(std::abs(estimated.m(MatchField::Place, kPlaceSameVillage) - 0.5) < 0.05);
        // The birth date was not estimated: its m stays as it started.
        QCOMPARE(estimated.m(MatchField::BirthDate, kBirthEqual),
                 start.m(MatchField::BirthDate, kBirthEqual));
    }

    void tooFewPairsKeepTheDefaults()
    {
        EmSession session;
        session.estimates = {true, false, true, true, true, false};
        session.counts.add({3, 0, 4, 0, 4}, 10);
        MatchRegister reg;
        EstimationReport report;
        const MatchModel start = MatchModel::defaults();
        const MatchModel estimated = ModelEstimator::estimateM(reg, start, {session}, &report);
        QCOMPARE(report.sessionsUsed, 0);
        QVERIFY(report.usedDefaults);
        QCOMPARE(estimated.m(MatchField::Name, kNameExact), start.m(MatchField::Name, kNameExact));
    }

    // ρ follows the register: 300 certain duplicate pairs among 10,000 people are a share of
    // 0.03 — above the 0.01 the estimate used to be clamped to — from any start.
    void duplicateShareFollowsTheRegister()
    {
        std::vector<float> weights(300, 40.0F);
        weights.insert(weights.end(), 20'000, -20.0F);
        for (double start : {0.001, 0.005, 0.1}) {
            EstimationReport report;
            const double share =
                ModelEstimator::estimateDuplicateShare(10'000, weights, start, &report);
            QVERIFY2(std::abs(share - 0.03) < 0.001, qPrintable(QString::number(share)));
            QCOMPARE(report.duplicateShare, share);
        }
        // A register without duplicates: ρ goes down to the model's floor, not to a guess.
        const std::vector<float> none(20'000, -20.0F);
        const double clean = ModelEstimator::estimateDuplicateShare(10'000, none, 0.005);
        QVERIFY2(clean <= 2e-4, qPrintable(QString::number(clean)));
    }

    // Candidates halfway between: their posteriors, not a count of the certain ones, make ρ.
    void duplicateShareCountsPosteriors()
    {
        MatchModel model;
        model.setDuplicateShare(0.01);
        const double prior = model.priorWeight(10'000);
        // 300 pairs at even odds under ρ = 0.01 and nothing else: the fixed point sits where
        // 300 · posterior(ρ) = ρ · 10,000, that is ρ = 0.02 (neither 0 nor all 300 pairs).
        const std::vector<float> even(300, float(-prior));
        const double share = ModelEstimator::estimateDuplicateShare(10'000, even, 0.005);
        QVERIFY2(std::abs(share - 0.02) < 0.001, qPrintable(QString::number(share)));
        model.setDuplicateShare(share);
        const double posterior = MatchModel::probabilityOf(model.priorWeight(10'000) - prior);
        QVERIFY2(std::abs(300 * posterior - share * 10'000) < 3.0,
                 qPrintable(QString::number(share)));
    }

    // u from random pairs of a generated village: people rarely share a birth day, about half
    // share their sex, and the village is shared by all.
    void uFromRandomPairs()
    {
        const PlantedVillage village(1500, 0);
        MatchModel model = MatchModel::defaults();
        ModelEstimator::estimateU(village.reg, model, PatternCounts(), 200'000);
        QVERIFY(model.u(MatchField::BirthDate, kBirthEqual) < 0.001);
        QVERIFY(model.u(MatchField::BirthDate, kBirthDifferent) > 0.9);
        QVERIFY(std::abs(model.u(MatchField::Sex, kSexEqual) - 0.5) < 0.05);
        QVERIFY(model.u(MatchField::Place, kPlaceDifferent) < 0.01); // one village
        QCOMPARE(model.u(MatchField::Nik, kNikEqual),
                 MatchModel::defaults().u(MatchField::Nik, kNikEqual));
    }

    // The NIK spells the birth date and the sex: its u comes from the pairs born the same day
    // with the same sex only. Pairs of a man and a woman (whose NIKs differ in the day's
    // digits) would halve how often two people's NIKs are one serial digit apart, and the NIK
    // would count the agreement on sex a second time.
    void nikUAmongPeopleOfOneDayAndSex()
    {
        const PlantedVillage village(200, 0);
        PatternCounts sameDay;
        const auto pattern = [](uint8_t nik, uint8_t birth, uint8_t sex) {
            return sameDayPair(nik, kPlaceSameVillage, birth, sex);
        };
        sameDay.add(pattern(kNikWeakDigit, kBirthEqual, kSexEqual), 100);
        sameDay.add(pattern(kNikOneSubstitution, kBirthEqual, kSexEqual), 20);
        sameDay.add(pattern(kNikDifferent, kBirthEqual, kSexEqual), 880);
        sameDay.add(pattern(kNikDifferent, kBirthEqual, kSexDifferent), 900);
        sameDay.add(pattern(kNikOneSubstitution, kBirthEqual, kSexDifferent), 100);
        sameDay.add(pattern(kNikDifferent, kBirthDayMonthSwapped, kSexEqual), 1000);
        MatchModel model = MatchModel::defaults();
        ModelEstimator::estimateU(village.reg, model, sameDay, 100'000);
        QCOMPARE(model.u(MatchField::Nik, kNikWeakDigit), 0.1);
        QCOMPARE(model.u(MatchField::Nik, kNikOneSubstitution), 0.02);
        QCOMPARE(model.u(MatchField::Nik, kNikDifferent), 0.88);
    }

    // Apart for pairs of one kecamatan and of two: consecutive serials within a kecamatan,
    // hardly a digit apart across two. Too few pairs on one side: the NIK's own u holds there.
    void nikUByKecamatan()
    {
        const PlantedVillage village(200, 0);
        // (NIK level, place level, pairs)
        const auto countsOf = [](std::initializer_list<std::tuple<uint8_t, uint8_t, double>> rows) {
            PatternCounts counts;
            for (const auto &[nik, place, pairs] : rows) {
                counts.add(sameDayPair(nik, place), pairs);
            }
            return counts;
        };
        const PatternCounts sameDay = countsOf({{kNikWeakDigit, kPlaceSameVillage, 300},
                                                {kNikWeakDigit, kPlaceSameDistrict, 200},
                                                {kNikDifferent, kPlaceSameVillage, 500},
                                                {kNikWeakDigit, kPlaceDifferent, 20},
                                                {kNikDifferent, kPlaceDifferent, 980}});
        MatchModel model = MatchModel::defaults();
        ModelEstimator::estimateU(village.reg, model, sameDay, 100'000);
        QCOMPARE(model.nikU(kNikWeakDigit, kPlaceSameVillage), 0.5);
        QCOMPARE(model.nikU(kNikWeakDigit, kPlaceSameHousehold), 0.5);
        QCOMPARE(model.nikU(kNikWeakDigit, kPlaceDifferent), 0.02);
        QCOMPARE(model.nikU(kNikWeakDigit, kPlaceMissing), 520.0 / 2000.0);

        const PatternCounts fewAcross = countsOf({{kNikWeakDigit, kPlaceSameVillage, 300},
                                                  {kNikDifferent, kPlaceSameVillage, 700},
                                                  {kNikWeakDigit, kPlaceDifferent, 10},
                                                  {kNikDifferent, kPlaceDifferent, 90}});
        MatchModel oneKecamatan = MatchModel::defaults();
        ModelEstimator::estimateU(village.reg, oneKecamatan, fewAcross, 100'000);
        QCOMPARE(oneKecamatan.nikU(kNikWeakDigit, kPlaceSameVillage), 0.3);
        QCOMPARE(oneKecamatan.nikU(kNikWeakDigit, kPlaceDifferent),
                 oneKecamatan.u(MatchField::Nik, kNikWeakDigit));
    }

    // The birth date's u is counted from the register's dates, not sampled: 20 people born on
    // each of 5 March, 3 May and 6 March 1980 (pairs of two different people, ordered).
    void birthDateUCountedExactly()
    {
        MatchRegister reg;
        const QList<QDate> dates{QDate(1980, 3, 5), QDate(1980, 5, 3), QDate(1980, 3, 6)};
        int id = 0;
        for (const QDate &date : dates) {
            for (int i = 0; i < 20; ++i, ++id) {
                reg.add(facts(QString::number(id), QStringLiteral("Orang %1").arg(id), date,
                              id % 2 ? Sex::Male : Sex::Female));
            }
        }
        MatchModel model = MatchModel::defaults();
        ModelEstimator::estimateU(reg, model, PatternCounts(), 100'000);
        const double pairs = 60.0 * 59.0;
        QCOMPARE(model.u(MatchField::BirthDate, kBirthEqual), 3 * 20 * 19 / pairs);
        // 5 March and 3 May, both ways round.
        QCOMPARE(model.u(MatchField::BirthDate, kBirthDayMonthSwapped), 2 * 20 * 20 / pairs);
        // 5 and 6 March: only the day differs.
        QCOMPARE(model.u(MatchField::BirthDate, kBirthOneFieldOff), 2 * 20 * 20 / pairs);
        // 3 May and 6 March.
        QCOMPARE(model.u(MatchField::BirthDate, kBirthDifferent), 2 * 20 * 20 / pairs);
    }
};

QTEST_GUILESS_MAIN(TestModelEstimator)
#include "TestModelEstimator.moc"
