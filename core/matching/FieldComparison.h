#pragma once

#include "core/matching/MatchRecord.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace tepat {

// The fields the matcher compares, and the levels each comparison can end at, best first. The
// last level of every field is "missing" (one side has no value): it weighs nothing.
enum class MatchField : uint8_t
{
    Nik,
    BirthDate,
    Name,
    Sex,
    Place,
    BirthPlace,
    Occupation
};
inline constexpr int kMatchFields = 7;
inline constexpr int kMaxLevels = 7;

namespace level {
// NIK
inline constexpr uint8_t kNikEqual = 0;
inline constexpr uint8_t kNikOneSubstitution = 1;
inline constexpr uint8_t kNikTransposition = 2; // two adjacent digits swapped
// One digit off where two different people's NIKs often differ: the serial's last digit
// (people of one sex born on one day in one kecamatan get consecutive serials) or the
// kecamatan code (the same serial, born the same day in the next kecamatan). A typo there
// is weaker evidence than one elsewhere.
inline constexpr uint8_t kNikWeakDigit = 3;
inline constexpr uint8_t kNikDifferent = 4;
inline constexpr uint8_t kNikMissing = 5;
// Birth date
inline constexpr uint8_t kBirthEqual = 0;
inline constexpr uint8_t kBirthDayMonthSwapped = 1;
inline constexpr uint8_t kBirthOneFieldOff = 2; // day, month or year differs, the rest agrees
inline constexpr uint8_t kBirthDifferent = 3;
inline constexpr uint8_t kBirthMissing = 4;
// Name (matching forms, see MatchRecord)
inline constexpr uint8_t kNameExact = 0;
inline constexpr uint8_t kNameSameWords = 1;     // the same words in another order
inline constexpr uint8_t kNameClose = 2;         // at most two letters off
inline constexpr uint8_t kNameFirstWordOnly = 3; // first word agrees, or one name within the other
inline constexpr uint8_t kNameDifferent = 4;
inline constexpr uint8_t kNameMissing = 5;
// Sex
inline constexpr uint8_t kSexEqual = 0;
inline constexpr uint8_t kSexDifferent = 1;
inline constexpr uint8_t kSexMissing = 2;
// Place (household and address)
inline constexpr uint8_t kPlaceSameHousehold = 0;
inline constexpr uint8_t kPlaceSameAddress = 1;
inline constexpr uint8_t kPlaceSameRtRw = 2;
inline constexpr uint8_t kPlaceSameVillage = 3;
// Another village of the same kecamatan: where the NIK was issued, for most people (its
// digits spell the kecamatan), so NIKs a digit apart are common between different people
// here and rare between two kecamatan.
inline constexpr uint8_t kPlaceSameDistrict = 4;
inline constexpr uint8_t kPlaceDifferent = 5;
inline constexpr uint8_t kPlaceMissing = 6;
// Birth place (its matching form: "Kab. Kediri" is Kediri)
inline constexpr uint8_t kBirthPlaceEqual = 0;
inline constexpr uint8_t kBirthPlaceDifferent = 1;
inline constexpr uint8_t kBirthPlaceMissing = 2;
// Occupation (normalised; the ones that follow from age alone, "Pelajar/mahasiswa",
// "Belum/tidak bekerja", "Pensiunan", count as missing)
inline constexpr uint8_t kOccupationEqual = 0;
inline constexpr uint8_t kOccupationDifferent = 1;
inline constexpr uint8_t kOccupationMissing = 2;
} // namespace level

// How many levels each field has, "missing" included (in MatchField's order).
inline constexpr std::array<int, kMatchFields> kLevelCounts{6, 5, 6, 3, 7, 3, 3};

// The level per field for one pair.
using ComparisonVector = std::array<uint8_t, kMatchFields>;

class FieldComparison
{
public:
    static int levelCount(MatchField field);
    static uint8_t missingLevel(MatchField field) { return uint8_t(levelCount(field) - 1); }
    // Stable codes ("nik_one_substitution") for the command line and the review table.
    static const char *code(MatchField field, uint8_t level);

    static uint8_t nik(uint64_t a, uint64_t b);
    static uint8_t birthDate(const MatchRecord &a, const MatchRecord &b);
    static uint8_t name(const MatchRegister &reg, const MatchRecord &a, const MatchRecord &b);
    static uint8_t sex(Sex a, Sex b);
    static uint8_t place(const MatchRegister &reg, const MatchRecord &a, const MatchRecord &b);
    static uint8_t birthPlace(uint32_t a, uint32_t b);
    static uint8_t occupation(uint32_t a, uint32_t b);

    // The levels that need no string work (all but the name), then the name.
    static ComparisonVector compare(const MatchRegister &reg, uint32_t a, uint32_t b);

    // Optimal string alignment distance (edits and adjacent transpositions), or limit + 1 when
    // it is larger than `limit`.
    static int editDistance(std::string_view a, std::string_view b, int limit);
};

} // namespace tepat
