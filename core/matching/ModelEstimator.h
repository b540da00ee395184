#pragma once

#include "core/matching/MatchModel.h"

#include <vector>

namespace tepat {

// Comparison vectors counted by pattern (one count per combination of levels).
class PatternCounts
{
public:
    // One count per combination of levels: the product of the fields' level counts.
    static constexpr int kPatterns = [] {
        int n = 1;
        for (int levels : kLevelCounts) {
            n *= levels;
        }
        return n;
    }();

    static int index(const ComparisonVector &levels);
    static ComparisonVector levels(int index);

    void add(const ComparisonVector &levels, double count = 1);
    double count(int index) const { return m_counts[size_t(index)]; }
    double total() const { return m_total; }

private:
    std::vector<double> m_counts = std::vector<double>(kPatterns, 0.0);
    double m_total = 0;
};

// One expectation–maximisation session over the pairs of one kind of blocking rule. Fields in
// that rule are left out (their agreement is forced by the block), as Splink does.
struct EmSession
{
    PatternCounts counts;
    std::array<bool, kMatchFields> estimates{}; // the fields this session estimates
};

struct EstimationReport
{
    int sessionsUsed = 0;
    int iterations = 0;
    double duplicateShare = 0;
    qint64 sampledPairs = 0;
    bool usedDefaults = true;
};

// The register estimates its own model: u from pairs drawn at random (the NIK's among people
// born the same day), m and the prior by EM on the blocked pairs; defaults stay where the data
// says too little or EM ends somewhere implausible.
class ModelEstimator
{
public:
    static constexpr int kSampledPairs = 1'000'000;
    static constexpr double kFewestPairs = 500;
    static constexpr double kPriorPairs = 200; // weight of the defaults in EM, in duplicates

    // u from random pairs of the register (deterministic for a given seed).
    static void estimateU(const MatchRegister &reg, MatchModel &model, const PatternCounts &sameDay,
                          qint64 samples = kSampledPairs, uint64_t seed = 0x7e9a7);
    // m and the duplicate share by EM, starting from `model` (whose u is used as is).
    static MatchModel estimateM(const MatchRegister &reg, const MatchModel &model,
                                const std::vector<EmSession> &sessions,
                                EstimationReport *report = nullptr);
    // ρ, the share of the register's records that duplicate another, by EM on the mixing
    // proportion alone: m and u stay fixed, each candidate pair's posterior follows from its
    // Bayes factor (`weights`, log2, without the prior) and the prior that ρ gives, and ρ
    // becomes the expected number of duplicate pairs over the population, until it settles.
    // Not clamped to a guess: a register with many duplicates says so. Pairs outside the
    // candidates count as different people (blocking finds the duplicates).
    static double estimateDuplicateShare(qsizetype population, const std::vector<float> &weights,
                                         double start, EstimationReport *report = nullptr);
};

} // namespace tepat
