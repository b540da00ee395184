#pragma once

#include "core/matching/MatchRecord.h"

#include <functional>
#include <vector>

namespace tepat {

// Which candidate pairs get compared at all, so that the work grows with the register and not
// with its square. Each rule gives a person a key; people with the same key in a rule form a
// block and every pair in a block is a candidate:
//  - birth date with day and month as a set (the same date, or day and month swapped);
//  - the NIK with two adjacent digits masked, one rule per position (one digit mistyped, or
//    two adjacent digits swapped);
//  - the sorted matching name with the birth year (a mistyped day or month);
//  - the sorted matching name with the birth day and month (a mistyped year).
// A pair that an earlier rule already produced is marked as seen (Splink's rule order), so it
// is scored once. Blocks larger than kLargestBlock are left out and counted.
class Blocking
{
public:
    enum class Kind : uint8_t
    {
        BirthDate,
        Nik,
        NameYear,
        NameDay
    };
    struct Rule
    {
        Kind kind = Kind::BirthDate;
        int maskedDigit = 0; // Nik: the lower of the two masked positions, from the right
    };
    struct Stats
    {
        qint64 pairs = 0;         // candidate pairs, each counted once
        qint64 repeatedPairs = 0; // produced again by a later rule
        qint64 skippedBlocks = 0;
        qint64 skippedPeople = 0;
    };
    // (a, b, rule index, first time this pair is produced)
    using Visit = std::function<void(uint32_t, uint32_t, int, bool)>;

    static constexpr qsizetype kLargestBlock = 1500;

    static const std::vector<Rule> &rules();
    // The person's key under a rule; false when the person has none (no NIK, no birth date).
    static bool key(const MatchRecord &record, const Rule &rule, uint64_t &out);
    // Both people have a key under the rule, and it is the same: the rule pairs them.
    static bool sameKey(const MatchRecord &a, const MatchRecord &b, const Rule &rule);
    // Every candidate pair; returns false when cancelled. `progress(rule, rules)` after each.
    static bool forEachPair(const MatchRegister &reg, const Visit &visit, Stats &stats,
                            const std::function<bool()> &cancelled = {},
                            const std::function<void(int, int)> &progress = {});
};

} // namespace tepat
