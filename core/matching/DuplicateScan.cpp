#include "core/matching/DuplicateScan.h"

#include <algorithm>
#include <unordered_map>

namespace tepat {

using namespace level;

namespace {

struct Candidate
{
    uint32_t a;
    uint32_t b;
    ComparisonVector levels;
};

// Worth scoring after estimation: names that resemble each other, or NIKs a digit apart.
bool plausible(const ComparisonVector &levels)
{
    return levels[size_t(MatchField::Name)] < kNameDifferent ||
           levels[size_t(MatchField::Nik)] <= kNikWeakDigit;
}

int sessionOf(Blocking::Kind kind)
{
    switch (kind) {
    case Blocking::Kind::BirthDate:
        return 0;
    case Blocking::Kind::Nik:
        return 1;
    case Blocking::Kind::NameYear:
    case Blocking::Kind::NameDay:
        return 2;
    }
    return 0;
}

} // namespace

ScanResult DuplicateScan::run(const MatchRegister &reg, const ScanOptions &options)
{
    ScanResult result;
    const std::vector<Blocking::Rule> &rules = Blocking::rules();
    std::vector<EmSession> sessions(3);
    // EM leaves out the fields of the session's blocking rule, and always the NIK and the sex:
    // the NIK spells the birth date and the sex (women's day + 40) and its serial runs among
    // people born the same day in the same district, so NIK, sex, birth date and place agree
    // together among different people too — EM would take that cluster for duplicates.
    // Fields: NIK, birth date, name, sex, place, birth place, occupation.
    sessions[0].estimates = {false, false, true, false, true, true, true};     // on the birth date
    sessions[1].estimates = {false, false, false, false, false, false, false}; // on the NIK
    sessions[2].estimates = {false, true, false, false, true, true, true};     // on the name
    std::vector<Candidate> candidates;
    const qint64 steps = qint64(rules.size()) + 2;
    const auto visit = [&](uint32_t a, uint32_t b, int rule, bool first) {
        const ComparisonVector levels = FieldComparison::compare(reg, a, b);
        ++result.comparisons;
        if (first || firstInSession(reg, a, b, rule)) {
            sessions[size_t(sessionOf(rules[size_t(rule)].kind))].counts.add(levels);
        }
        if (first && plausible(levels)) {
            candidates.push_back({std::min(a, b), std::max(a, b), levels});
        }
    };
    const auto progress = [&](int done, int) {
        if (options.progress) {
            options.progress(done, steps);
        }
    };
    if (!Blocking::forEachPair(reg, visit, result.blocking, options.cancelled, progress)) {
        result.cancelled = true;
        return result;
    }

    result.model = options.model;
    if (options.estimate) {
        ModelEstimator::estimateU(reg, result.model, sessions[0].counts);
        result.model = ModelEstimator::estimateM(reg, result.model, sessions, &result.estimation);
        result.estimation.sampledPairs = ModelEstimator::kSampledPairs;
        // ρ last, from the scored candidates themselves (m and u now fixed).
        std::vector<float> weights;
        weights.reserve(candidates.size());
        for (const Candidate &c : candidates) {
            weights.push_back(float(result.model.score(reg, c.a, c.b, c.levels).weight -
                                    result.model.priorWeight(reg.population())));
        }
        result.model.setDuplicateShare(ModelEstimator::estimateDuplicateShare(
            reg.population(), weights, result.model.duplicateShare(), &result.estimation));
    }
    if (options.progress) {
        options.progress(steps - 1, steps);
    }
    if (options.cancelled && options.cancelled()) {
        result.cancelled = true;
        return result;
    }

    const double needed = MatchModel::weightFor(options.threshold);
    for (const Candidate &c : candidates) {
        MatchScore s = result.model.score(reg, c.a, c.b, c.levels);
        if (s.weight >= needed) {
            result.pairs.push_back({c.a, c.b, std::move(s)});
        }
    }
    std::sort(result.pairs.begin(), result.pairs.end(),
              [](const DuplicatePair &x, const DuplicatePair &y) {
                  if (x.score.weight != y.score.weight) {
                      return x.score.weight > y.score.weight;
                  }
                  return x.a != y.a ? x.a < y.a : x.b < y.b;
              });
    result.households = householdPairs(reg, result.pairs);
    if (options.progress) {
        options.progress(steps, steps);
    }
    return result;
}

bool DuplicateScan::firstInSession(const MatchRegister &reg, uint32_t a, uint32_t b, int rule)
{
    const std::vector<Blocking::Rule> &rules = Blocking::rules();
    const int session = sessionOf(rules[size_t(rule)].kind);
    for (int earlier = 0; earlier < rule; ++earlier) {
        if (sessionOf(rules[size_t(earlier)].kind) == session &&
            Blocking::sameKey(reg.at(a), reg.at(b), rules[size_t(earlier)])) {
            return false;
        }
    }
    return true;
}

std::vector<HouseholdPair> DuplicateScan::householdPairs(const MatchRegister &reg,
                                                         const std::vector<DuplicatePair> &pairs)
{
    std::unordered_map<uint64_t, HouseholdPair> byPair;
    for (const DuplicatePair &p : pairs) {
        const MatchRecord &a = reg.at(p.a);
        const MatchRecord &b = reg.at(p.b);
        if (a.household == b.household) {
            continue;
        }
        const uint32_t low = std::min(a.household, b.household);
        const uint32_t high = std::max(a.household, b.household);
        HouseholdPair &h = byPair[(uint64_t(low) << 32) | high];
        h.a = low;
        h.b = high;
        ++h.matchedMembers;
        h.sameHead = h.sameHead || (a.head && b.head);
        h.score = std::max(h.score, p.score.probability);
    }
    std::vector<HouseholdPair> out;
    for (const auto &[key, h] : byPair) {
        const int smaller = std::min(reg.household(h.a).members, reg.household(h.b).members);
        const bool twice = (h.sameHead && (h.matchedMembers >= 2 || smaller == 1)) ||
                           (h.matchedMembers >= 2 && 2 * h.matchedMembers >= smaller);
        if (twice) {
            out.push_back(h);
        }
    }
    std::sort(out.begin(), out.end(), [](const HouseholdPair &x, const HouseholdPair &y) {
        if (x.matchedMembers != y.matchedMembers) {
            return x.matchedMembers > y.matchedMembers;
        }
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return out;
}

} // namespace tepat
