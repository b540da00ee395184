#include "core/matching/Blocking.h"

#include <algorithm>

namespace tepat {

namespace {

constexpr uint64_t kPow10[] = {1ULL,
                               10ULL,
                               100ULL,
                               1000ULL,
                               10000ULL,
                               100000ULL,
                               1000000ULL,
                               10000000ULL,
                               100000000ULL,
                               1000000000ULL,
                               10000000000ULL,
                               100000000000ULL,
                               1000000000000ULL,
                               10000000000000ULL,
                               100000000000000ULL,
                               1000000000000000ULL,
                               10000000000000000ULL,
                               100000000000000000ULL};

} // namespace

const std::vector<Blocking::Rule> &Blocking::rules()
{
    static const std::vector<Rule> list = [] {
        std::vector<Rule> r;
        r.push_back({Kind::BirthDate, 0});
        for (int digit = 0; digit < 15; ++digit) {
            r.push_back({Kind::Nik, digit});
        }
        r.push_back({Kind::NameYear, 0});
        r.push_back({Kind::NameDay, 0});
        return r;
    }();
    return list;
}

bool Blocking::key(const MatchRecord &r, const Rule &rule, uint64_t &out)
{
    switch (rule.kind) {
    case Kind::BirthDate: {
        if (r.year == 0) {
            return false;
        }
        const uint64_t low = std::min(r.day, r.month);
        const uint64_t high = std::max(r.day, r.month);
        out = uint64_t(r.year) * 10000 + low * 100 + high;
        return true;
    }
    case Kind::Nik: {
        if (r.nik == 0) {
            return false;
        }
        const int p = rule.maskedDigit;
        out = (r.nik / kPow10[p + 2]) * kPow10[p] + r.nik % kPow10[p];
        return true;
    }
    case Kind::NameYear:
        if (r.year == 0 || !r.named) {
            return false;
        }
        out = (uint64_t(r.sortedKey) << 16) | r.year;
        return true;
    case Kind::NameDay:
        if (r.year == 0 || !r.named) {
            return false;
        }
        out = (uint64_t(r.sortedKey) << 16) | (uint64_t(r.month) << 8) | r.day;
        return true;
    }
    return false;
}

bool Blocking::sameKey(const MatchRecord &a, const MatchRecord &b, const Rule &rule)
{
    uint64_t ka = 0;
    uint64_t kb = 0;
    return key(a, rule, ka) && key(b, rule, kb) && ka == kb;
}

bool Blocking::forEachPair(const MatchRegister &reg, const Visit &visit, Stats &stats,
                           const std::function<bool()> &cancelled,
                           const std::function<void(int, int)> &progress)
{
    const std::vector<Rule> &all = rules();
    const std::vector<MatchRecord> &records = reg.records();
    std::vector<std::pair<uint64_t, uint32_t>> keyed;
    keyed.reserve(records.size());
    for (int ruleIndex = 0; ruleIndex < int(all.size()); ++ruleIndex) {
        if (cancelled && cancelled()) {
            return false;
        }
        const Rule &rule = all[size_t(ruleIndex)];
        keyed.clear();
        for (uint32_t i = 0; i < uint32_t(records.size()); ++i) {
            uint64_t k = 0;
            if (key(records[i], rule, k)) {
                keyed.emplace_back(k, i);
            }
        }
        std::sort(keyed.begin(), keyed.end());
        size_t start = 0;
        while (start < keyed.size()) {
            size_t end = start + 1;
            while (end < keyed.size() && keyed[end].first == keyed[start].first) {
                ++end;
            }
            const size_t size = end - start;
            if (qsizetype(size) > kLargestBlock) {
                ++stats.skippedBlocks;
                stats.skippedPeople += qsizetype(size);
            } else if (size > 1) {
                for (size_t x = start; x < end; ++x) {
                    for (size_t y = x + 1; y < end; ++y) {
                        const uint32_t a = keyed[x].second;
                        const uint32_t b = keyed[y].second;
                        bool first = true;
                        for (int earlier = 0; earlier < ruleIndex && first; ++earlier) {
                            first = !sameKey(records[a], records[b], all[size_t(earlier)]);
                        }
                        if (first) {
                            ++stats.pairs;
                        } else {
                            ++stats.repeatedPairs;
                        }
                        visit(a, b, ruleIndex, first);
                    }
                }
            }
            start = end;
        }
        if (progress) {
            progress(ruleIndex + 1, int(all.size()));
        }
    }
    return true;
}

} // namespace tepat
