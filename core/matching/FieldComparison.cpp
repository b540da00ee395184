#include "core/matching/FieldComparison.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace tepat {

using namespace level;

int FieldComparison::levelCount(MatchField field)
{
    return kLevelCounts[size_t(field)];
}

const char *FieldComparison::code(MatchField field, uint8_t l)
{
    static const char *const nik[] = {"nik_equal",      "nik_one_substitution", "nik_transposition",
                                      "nik_weak_digit", "nik_different",        "nik_missing"};
    static const char *const birth[] = {"birth_equal", "birth_day_month_swapped",
                                        "birth_one_field_off", "birth_different", "birth_missing"};
    static const char *const name[] = {"name_exact",           "name_same_words", "name_close",
                                       "name_first_word_only", "name_different",  "name_missing"};
    static const char *const sex[] = {"sex_equal", "sex_different", "sex_missing"};
    static const char *const place[] = {
        "place_same_household", "place_same_address", "place_same_rt_rw", "place_same_village",
        "place_same_district",  "place_different",    "place_missing"};
    static const char *const birthPlace[] = {"birth_place_equal", "birth_place_different",
                                             "birth_place_missing"};
    static const char *const occupation[] = {"occupation_equal", "occupation_different",
                                             "occupation_missing"};
    if (l >= levelCount(field)) {
        return "";
    }
    switch (field) {
    case MatchField::Nik:
        return nik[l];
    case MatchField::BirthDate:
        return birth[l];
    case MatchField::Name:
        return name[l];
    case MatchField::Sex:
        return sex[l];
    case MatchField::Place:
        return place[l];
    case MatchField::BirthPlace:
        return birthPlace[l];
    case MatchField::Occupation:
        return occupation[l];
    }
    return "";
}

uint8_t FieldComparison::nik(uint64_t a, uint64_t b)
{
    if (a == 0 || b == 0) {
        return kNikMissing;
    }
    if (a == b) {
        return kNikEqual;
    }
    int differing = 0;
    int first = -1;
    int second = -1;
    uint64_t x = a;
    uint64_t y = b;
    int da[16];
    int db[16];
    for (int i = 0; i < 16; ++i) {
        da[i] = int(x % 10);
        db[i] = int(y % 10);
        x /= 10;
        y /= 10;
        if (da[i] != db[i]) {
            ++differing;
            if (first < 0) {
                first = i;
            } else if (second < 0) {
                second = i;
            }
        }
    }
    if (differing == 1) {
        // Digits counted from the right: 0 is the serial's last, 10 and 11 the kecamatan's.
        return first == 0 || first == 10 || first == 11 ? kNikWeakDigit : kNikOneSubstitution;
    }
    if (differing == 2 && second == first + 1 && da[first] == db[second] &&
        da[second] == db[first]) {
        return kNikTransposition;
    }
    return kNikDifferent;
}

uint8_t FieldComparison::birthDate(const MatchRecord &a, const MatchRecord &b)
{
    if (a.year == 0 || b.year == 0) {
        return kBirthMissing;
    }
    const bool year = a.year == b.year;
    const bool month = a.month == b.month;
    const bool day = a.day == b.day;
    if (year && month && day) {
        return kBirthEqual;
    }
    if (year && a.day == b.month && a.month == b.day) {
        return kBirthDayMonthSwapped;
    }
    if (int(year) + int(month) + int(day) == 2) {
        return kBirthOneFieldOff;
    }
    return kBirthDifferent;
}

int FieldComparison::editDistance(std::string_view a, std::string_view b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit) {
        return limit + 1;
    }
    // Three rows of the optimal string alignment table.
    thread_local std::vector<int> rows;
    rows.assign(size_t(3 * (m + 1)), 0);
    int *before = rows.data();
    int *previous = before + (m + 1);
    int *current = previous + (m + 1);
    for (int j = 0; j <= m; ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMin = i;
        for (int j = 1; j <= m; ++j) {
            const int cost = a[size_t(i - 1)] == b[size_t(j - 1)] ? 0 : 1;
            int v = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[size_t(i - 1)] == b[size_t(j - 2)] &&
                a[size_t(i - 2)] == b[size_t(j - 1)]) {
                v = std::min(v, before[j - 2] + 1);
            }
            current[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit) {
            return limit + 1;
        }
        int *spare = before;
        before = previous;
        previous = current;
        current = spare;
    }
    return std::min(previous[m], limit + 1);
}

namespace {

// The same number of words, each starting with the same letter.
bool sameInitials(std::string_view a, std::string_view b)
{
    if (a.empty() || b.empty() || a[0] != b[0]) {
        return false;
    }
    size_t i = a.find(' ');
    size_t j = b.find(' ');
    while (i != std::string_view::npos && j != std::string_view::npos) {
        if (i + 1 >= a.size() || j + 1 >= b.size() || a[i + 1] != b[j + 1]) {
            return false;
        }
        i = a.find(' ', i + 1);
        j = b.find(' ', j + 1);
    }
    return i == std::string_view::npos && j == std::string_view::npos;
}

// Every word of the shorter name is a word of the longer one (no allocation: this runs for
// most candidate pairs).
bool within(std::string_view shorter, std::string_view longer)
{
    size_t start = 0;
    while (start < shorter.size()) {
        size_t end = shorter.find(' ', start);
        if (end == std::string_view::npos) {
            end = shorter.size();
        }
        const std::string_view word = shorter.substr(start, end - start);
        bool found = false;
        for (size_t at = longer.find(word); at != std::string_view::npos;
             at = longer.find(word, at + 1)) {
            const bool before = at == 0 || longer[at - 1] == ' ';
            const bool after = at + word.size() == longer.size() || longer[at + word.size()] == ' ';
            if (before && after) {
                found = true;
                break;
            }
        }
        if (!found) {
            return false;
        }
        start = end + 1;
    }
    return true;
}

} // namespace

uint8_t FieldComparison::name(const MatchRegister &reg, const MatchRecord &a, const MatchRecord &b)
{
    if (!a.named || !b.named) {
        return kNameMissing;
    }
    if (a.nameKey == b.nameKey) {
        return kNameExact;
    }
    if (a.sortedKey == b.sortedKey) {
        return kNameSameWords;
    }
    const std::string_view aName = reg.nameText(a.nameKey);
    const std::string_view bName = reg.nameText(b.nameKey);
    const std::string_view aSorted = reg.nameText(a.sortedKey);
    const std::string_view bSorted = reg.nameText(b.sortedKey);
    // One letter off, two in longer names; every word keeps its first letter (Sukarti and
    // Suwarni, Nisa and Lina are other names, not typos).
    const int limit = std::min(aSorted.size(), bSorted.size()) <= 8 ? 1 : 2;
    if ((sameInitials(aSorted, bSorted) && editDistance(aSorted, bSorted, limit) <= limit) ||
        (sameInitials(aName, bName) && editDistance(aName, bName, limit) <= limit)) {
        return kNameClose;
    }
    if (a.firstWord == b.firstWord) {
        return kNameFirstWordOnly;
    }
    const bool aShorter = aName.size() < bName.size();
    if (within(aShorter ? aName : bName, aShorter ? bName : aName)) {
        return kNameFirstWordOnly;
    }
    return kNameDifferent;
}

uint8_t FieldComparison::sex(Sex a, Sex b)
{
    if (a == Sex::Unknown || b == Sex::Unknown) {
        return kSexMissing;
    }
    return a == b ? kSexEqual : kSexDifferent;
}

uint8_t FieldComparison::place(const MatchRegister &reg, const MatchRecord &a, const MatchRecord &b)
{
    if (a.household == b.household) {
        return kPlaceSameHousehold;
    }
    const MatchHousehold &x = reg.household(a.household);
    const MatchHousehold &y = reg.household(b.household);
    if (!x.known || !y.known) {
        return kPlaceMissing;
    }
    if (x.village != y.village) {
        return x.district == y.district ? kPlaceSameDistrict : kPlaceDifferent;
    }
    if (x.rt != 0 && x.rt == y.rt && x.rw == y.rw) {
        return x.address == y.address ? kPlaceSameAddress : kPlaceSameRtRw;
    }
    return kPlaceSameVillage;
}

namespace {

// Equal / different / missing for two interned keys (birth place, occupation).
uint8_t keyLevel(uint32_t a, uint32_t b, uint8_t equal, uint8_t different, uint8_t missing)
{
    if (a == MatchRecord::kNoKey || b == MatchRecord::kNoKey) {
        return missing;
    }
    return a == b ? equal : different;
}

} // namespace

uint8_t FieldComparison::birthPlace(uint32_t a, uint32_t b)
{
    return keyLevel(a, b, kBirthPlaceEqual, kBirthPlaceDifferent, kBirthPlaceMissing);
}

uint8_t FieldComparison::occupation(uint32_t a, uint32_t b)
{
    return keyLevel(a, b, kOccupationEqual, kOccupationDifferent, kOccupationMissing);
}

ComparisonVector FieldComparison::compare(const MatchRegister &reg, uint32_t ia, uint32_t ib)
{
    const MatchRecord &a = reg.at(ia);
    const MatchRecord &b = reg.at(ib);
    return {nik(a.nik, b.nik),
            birthDate(a, b),
            name(reg, a, b),
            sex(a.sex, b.sex),
            place(reg, a, b),
            birthPlace(a.birthPlace, b.birthPlace),
            occupation(a.occupation, b.occupation)};
}

} // namespace tepat
