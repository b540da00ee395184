#pragma once

#include "core/matching/Blocking.h"
#include "core/matching/MatchModel.h"
#include "core/matching/ModelEstimator.h"

#include <functional>
#include <vector>

namespace tepat {

struct DuplicatePair
{
    uint32_t a = 0; // indices into the MatchRegister, a < b
    uint32_t b = 0;
    MatchScore score;
};

// The same family registered twice: the heads match each other, or several members match.
struct HouseholdPair
{
    uint32_t a = 0; // indices into MatchRegister::households()
    uint32_t b = 0;
    int matchedMembers = 0;
    bool sameHead = false;
    double score = 0; // the best member pair's
};

struct ScanOptions
{
    double threshold = MatchModel::kDefaultThreshold;
    bool estimate = true; // estimate u and m from the register; otherwise `model` as it is
    MatchModel model = MatchModel::defaults();
    std::function<void(qint64 done, qint64 total)> progress;
    std::function<bool()> cancelled;
};

struct ScanResult
{
    std::vector<DuplicatePair> pairs; // best first
    std::vector<HouseholdPair> households;
    MatchModel model;
    Blocking::Stats blocking;
    EstimationReport estimation;
    qint64 comparisons = 0; // pairs whose levels were computed
    bool cancelled = false;
};

// The whole-register pass: candidate pairs from the blocking rules, their comparison vectors,
// the model estimated from them (ModelEstimator), the pairs that reach the threshold, best
// first, and the households that appear twice.
class DuplicateScan
{
public:
    static ScanResult run(const MatchRegister &reg, const ScanOptions &options = {});
    static std::vector<HouseholdPair> householdPairs(const MatchRegister &reg,
                                                     const std::vector<DuplicatePair> &pairs);
    // Whether the pair that blocking rule `rule` produces is counted in that rule's EM session:
    // only when no earlier rule of the same session produced it. A pair two rules of one
    // session both produce (the same name and the whole birth date, under name + year and
    // name + day) would count twice there, against once for a pair only one of them finds
    // (day and month swapped), and EM would halve how often duplicates have them swapped.
    static bool firstInSession(const MatchRegister &reg, uint32_t a, uint32_t b, int rule);
};

} // namespace tepat
