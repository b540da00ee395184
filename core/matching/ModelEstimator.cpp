#include "core/matching/ModelEstimator.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace tepat {

namespace {

uint64_t splitmix(uint64_t &state)
{
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The level that means "different" for each field (the one before "missing").
uint8_t differentLevel(MatchField field)
{
    return uint8_t(FieldComparison::missingLevel(field) - 1);
}

using LevelValues = std::array<double, kMaxLevels>;

struct EmOutcome
{
    bool ok = false;
    double lambda = 0;
    std::array<LevelValues, kMatchFields> m{};
    int iterations = 0;
};

EmOutcome runEm(const EmSession &session, const MatchModel &model)
{
    EmOutcome out;
    if (session.counts.total() < ModelEstimator::kFewestPairs ||
        std::none_of(session.estimates.begin(), session.estimates.end(),
                     [](bool b) { return b; })) {
        return out;
    }
    std::array<LevelValues, kMatchFields> m{};
    for (int f = 0; f < kMatchFields; ++f) {
        for (int l = 0; l < kMaxLevels; ++l) {
            m[size_t(f)][size_t(l)] = model.m(MatchField(f), uint8_t(l));
        }
    }
    // u as the session's pairs have it (the classic Fellegi–Sunter EM estimates both): pairs
    // that share a birth date are of one generation and share its names far more often than
    // pairs drawn at random, and a u from random pairs would let EM take those namesakes for
    // duplicates. Started from the session's marginals (nearly all of its pairs are
    // different people) and re-estimated from the non-match posteriors.
    std::array<LevelValues, kMatchFields> u{};
    for (int p = 0; p < PatternCounts::kPatterns; ++p) {
        const double n = session.counts.count(p);
        if (n > 0) {
            const ComparisonVector levels = PatternCounts::levels(p);
            for (int f = 0; f < kMatchFields; ++f) {
                u[size_t(f)][levels[size_t(f)]] += n;
            }
        }
    }
    const auto normalise = [](std::array<LevelValues, kMatchFields> &values) {
        for (int f = 0; f < kMatchFields; ++f) {
            const int missing = FieldComparison::missingLevel(MatchField(f));
            double total = 0;
            for (int l = 0; l < missing; ++l) {
                total += values[size_t(f)][size_t(l)];
            }
            for (int l = 0; l < missing; ++l) {
                values[size_t(f)][size_t(l)] =
                    total > 0 ? std::max(values[size_t(f)][size_t(l)] / total, 1e-9) : 1.0;
            }
        }
    };
    normalise(u);
    double lambda = 0.01;
    for (int iteration = 0; iteration < 40; ++iteration) {
        std::array<LevelValues, kMatchFields> sums{};
        std::array<LevelValues, kMatchFields> unmatched{};
        double matches = 0;
        for (int p = 0; p < PatternCounts::kPatterns; ++p) {
            const double n = session.counts.count(p);
            if (n <= 0) {
                continue;
            }
            const ComparisonVector levels = PatternCounts::levels(p);
            double pm = lambda;
            double pu = 1.0 - lambda;
            for (int f = 0; f < kMatchFields; ++f) {
                const uint8_t l = levels[size_t(f)];
                if (!session.estimates[size_t(f)] ||
                    l >= FieldComparison::missingLevel(MatchField(f))) {
                    continue;
                }
                pm *= m[size_t(f)][l];
                pu *= u[size_t(f)][l];
            }
            const double r = pm / (pm + pu);
            matches += n * r;
            for (int f = 0; f < kMatchFields; ++f) {
                sums[size_t(f)][levels[size_t(f)]] += n * r;
                unmatched[size_t(f)][levels[size_t(f)]] += n * (1.0 - r);
            }
        }
        normalise(unmatched);
        u = unmatched;
        const double previous = lambda;
        lambda = matches / session.counts.total();
        double change = std::abs(lambda - previous) / std::max(previous, 1e-12);
        for (int f = 0; f < kMatchFields; ++f) {
            if (!session.estimates[size_t(f)]) {
                continue;
            }
            const int missing = FieldComparison::missingLevel(MatchField(f));
            double total = 0;
            for (int l = 0; l < missing; ++l) {
                total += sums[size_t(f)][size_t(l)];
            }
            if (total <= 0) {
                continue;
            }
            // The defaults count as kPriorPairs duplicates already seen (a Dirichlet prior):
            // with few duplicates in the register, EM cannot wander off with a cluster of
            // look-alikes.
            const double prior = ModelEstimator::kPriorPairs;
            for (int l = 0; l < missing; ++l) {
                const double value = std::max(
                    (sums[size_t(f)][size_t(l)] + prior * model.m(MatchField(f), uint8_t(l))) /
                        (total + prior),
                    1e-4);
                change = std::max(change, std::abs(value - m[size_t(f)][size_t(l)]));
                m[size_t(f)][size_t(l)] = value;
            }
        }
        out.iterations = iteration + 1;
        if (lambda <= 0 || change < 1e-4) {
            break;
        }
    }
    out.ok = lambda > 1e-9 && lambda < 0.5;
    out.lambda = lambda;
    out.m = m;
    return out;
}

// u from how many pairs were seen at each level below `missing`; false when too few were.
// Half a pair for levels never seen: rare, not impossible.
bool sharesOf(const LevelValues &counts, int missing, LevelValues &u)
{
    double total = 0;
    for (int l = 0; l < missing; ++l) {
        total += counts[size_t(l)];
    }
    if (total < ModelEstimator::kFewestPairs) {
        return false;
    }
    for (int l = 0; l < missing; ++l) {
        u[size_t(l)] = std::max(counts[size_t(l)], 0.5) / total;
    }
    return true;
}

// The birth date's u counted exactly from how many people carry each date, each year and
// month, each year and day, each day and month: a million random pairs hold only about thirty
// that share a whole date, too few to weigh the register's strongest evidence by.
bool birthDateU(const MatchRegister &reg, LevelValues &u)
{
    std::unordered_map<uint32_t, uint32_t> dates;
    std::unordered_map<uint32_t, uint32_t> yearMonth;
    std::unordered_map<uint32_t, uint32_t> yearDay;
    std::unordered_map<uint32_t, uint32_t> dayMonth;
    double people = 0;
    for (const MatchRecord &r : reg.records()) {
        if (r.year == 0) {
            continue;
        }
        ++dates[uint32_t(r.year) * 10000 + uint32_t(r.month) * 100 + r.day];
        ++yearMonth[uint32_t(r.year) * 100 + r.month];
        ++yearDay[uint32_t(r.year) * 100 + r.day];
        ++dayMonth[uint32_t(r.month) * 100 + r.day];
        people += 1;
    }
    if (people < 50) {
        return false;
    }
    const double pairs = people * (people - 1); // ordered pairs of two different people
    const auto agreeing = [&](const std::unordered_map<uint32_t, uint32_t> &counts) {
        double sum = 0;
        for (const auto &[key, c] : counts) {
            sum += double(c) * (double(c) - 1);
        }
        return sum / pairs;
    };
    double swapped = 0;
    for (const auto &[key, c] : dates) {
        const uint32_t month = key / 100 % 100;
        const uint32_t day = key % 100;
        if (day <= 12 && day != month) {
            const auto other = dates.find(key - month * 100 - day + day * 100 + month);
            swapped += other == dates.end() ? 0.0 : double(c) * double(other->second);
        }
    }
    const double equal = agreeing(dates);
    // Two of the three agree: each pair of fields, less the pairs where all three do.
    const double oneOff = agreeing(yearMonth) + agreeing(yearDay) + agreeing(dayMonth) - 3 * equal;
    swapped /= pairs;
    // Half a pair for levels never seen, as for the sampled fields: rare, not impossible.
    const double least = 0.5 / pairs;
    u[level::kBirthEqual] = std::max(equal, least);
    u[level::kBirthDayMonthSwapped] = std::max(swapped, least);
    u[level::kBirthOneFieldOff] = std::max(oneOff, least);
    u[level::kBirthDifferent] = std::max(1.0 - equal - swapped - oneOff, least);
    return true;
}

} // namespace

int PatternCounts::index(const ComparisonVector &levels)
{
    int i = 0;
    for (int f = kMatchFields - 1; f >= 0; --f) {
        i = i * kLevelCounts[size_t(f)] + levels[size_t(f)];
    }
    return i;
}

ComparisonVector PatternCounts::levels(int index)
{
    ComparisonVector v{};
    for (int f = 0; f < kMatchFields; ++f) {
        v[size_t(f)] = uint8_t(index % kLevelCounts[size_t(f)]);
        index /= kLevelCounts[size_t(f)];
    }
    return v;
}

void PatternCounts::add(const ComparisonVector &levels, double count)
{
    m_counts[size_t(index(levels))] += count;
    m_total += count;
}

void ModelEstimator::estimateU(const MatchRegister &reg, MatchModel &model,
                               const PatternCounts &sameDay, qint64 samples, uint64_t seed)
{
    const qsizetype n = reg.size();
    if (n < 50) {
        return; // too few people to say anything: the defaults stay
    }
    samples = std::min<qint64>(samples, std::max<qint64>(100'000, 40 * qint64(n)));
    std::array<LevelValues, kMatchFields> counts{};
    uint64_t state = seed;
    for (qint64 s = 0; s < samples; ++s) {
        const uint32_t a = uint32_t(splitmix(state) % uint64_t(n));
        uint32_t b = uint32_t(splitmix(state) % uint64_t(n - 1));
        if (b >= a) {
            ++b;
        }
        const ComparisonVector levels = FieldComparison::compare(reg, a, b);
        for (int f = 0; f < kMatchFields; ++f) {
            counts[size_t(f)][levels[size_t(f)]] += 1;
        }
    }
    // The NIK spells the birth date and the sex (a woman's day + 40): its u is taken among
    // people born the same day with the same sex, or a NIK one digit off would count the
    // agreement on sex a second time (two people of one day's serials are of one sex).
    // And apart for pairs of one kecamatan and of two: the NIK spells the kecamatan as well.
    double sameDayAndSex = 0;
    LevelValues nikCounts{};
    std::array<LevelValues, 2> nikByDistrict{};
    for (int p = 0; p < PatternCounts::kPatterns; ++p) {
        const double c = sameDay.count(p);
        const ComparisonVector levels = PatternCounts::levels(p);
        if (c > 0 && levels[size_t(MatchField::BirthDate)] == level::kBirthEqual &&
            levels[size_t(MatchField::Sex)] == level::kSexEqual) {
            nikCounts[levels[size_t(MatchField::Nik)]] += c;
            const uint8_t place = levels[size_t(MatchField::Place)];
            if (place < FieldComparison::missingLevel(MatchField::Place)) {
                nikByDistrict[size_t(MatchModel::sameDistrict(place))]
                             [levels[size_t(MatchField::Nik)]] += c;
            }
            sameDayAndSex += c;
        }
    }
    const int nikMissing = FieldComparison::missingLevel(MatchField::Nik);
    for (const bool same : {false, true}) {
        LevelValues u{};
        if (sharesOf(nikByDistrict[size_t(same)], nikMissing, u)) { // else the NIK's own u
            u[0] = std::min(u[0], model.u(MatchField::Nik, 0)); // the store refuses an equal NIK
            model.setNikU(same, u);
        }
    }
    const bool nikFromSameDay = sameDayAndSex >= kFewestPairs;
    if (nikFromSameDay) {
        counts[size_t(MatchField::Nik)] = nikCounts;
    }
    for (int f = 0; f < kMatchFields; ++f) {
        const MatchField field = MatchField(f);
        LevelValues u{};
        if (!sharesOf(counts[size_t(f)], FieldComparison::missingLevel(field), u) ||
            (field == MatchField::Nik && !nikFromSameDay)) {
            continue; // (the NIK's u from random pairs would make a typo look like proof)
        }
        if (field == MatchField::Nik) {
            u[0] = std::min(u[0], model.u(field, 0)); // never seen: the store refuses it
        }
        if (field == MatchField::BirthDate) {
            birthDateU(reg, u);
        }
        model.setU(field, u);
    }
}

MatchModel ModelEstimator::estimateM(const MatchRegister &, const MatchModel &start,
                                     const std::vector<EmSession> &sessions,
                                     EstimationReport *report)
{
    MatchModel model = start;
    std::array<LevelValues, kMatchFields> sum{};
    std::array<int, kMatchFields> estimated{};
    EstimationReport r;
    for (size_t s = 0; s < sessions.size(); ++s) {
        const EmOutcome outcome = runEm(sessions[s], start);
        if (!outcome.ok) {
            continue;
        }
        ++r.sessionsUsed;
        r.iterations += outcome.iterations;
        for (int f = 0; f < kMatchFields; ++f) {
            const MatchField field = MatchField(f);
            if (!sessions[s].estimates[size_t(f)]) {
                continue;
            }
            // Implausible when the field's best level is rarer among duplicates than its
            // "different" level.
            // (The place's best level, the same household, is rare among duplicates.)
            if (field != MatchField::Nik && field != MatchField::Place &&
                (outcome.m[size_t(f)][0] <= outcome.m[size_t(f)][differentLevel(field)] ||
                 outcome.m[size_t(f)][differentLevel(field)] > 0.1)) {
                continue;
            }
            for (int l = 0; l < kMaxLevels; ++l) {
                sum[size_t(f)][size_t(l)] += outcome.m[size_t(f)][size_t(l)];
            }
            ++estimated[size_t(f)];
        }
    }
    for (int f = 0; f < kMatchFields; ++f) {
        if (estimated[size_t(f)] == 0) {
            continue;
        }
        LevelValues m{};
        for (int l = 0; l < kMaxLevels; ++l) {
            m[size_t(l)] = sum[size_t(f)][size_t(l)] / estimated[size_t(f)];
        }
        model.setM(MatchField(f), m);
        r.usedDefaults = false;
    }
    r.duplicateShare = model.duplicateShare();
    if (report) {
        *report = r;
    }
    return model;
}

double ModelEstimator::estimateDuplicateShare(qsizetype population,
                                              const std::vector<float> &weights, double start,
                                              EstimationReport *report)
{
    const double n = double(std::max<qsizetype>(population, 2));
    MatchModel prior;
    prior.setDuplicateShare(start);
    double share = prior.duplicateShare();
    for (int iteration = 0; iteration < 100; ++iteration) {
        prior.setDuplicateShare(share);
        const double w0 = prior.priorWeight(population);
        double expected = 0;
        for (float w : weights) {
            expected += MatchModel::probabilityOf(w0 + double(w));
        }
        const double next = expected / n;
        prior.setDuplicateShare(next);
        const double settled = prior.duplicateShare(); // within the model's bounds
        const bool done = std::abs(settled - share) <= 1e-3 * share;
        share = settled;
        if (done) {
            break;
        }
    }
    if (report) {
        report->duplicateShare = share;
    }
    return share;
}

} // namespace tepat
