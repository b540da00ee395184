#pragma once

#include "core/matching/FieldComparison.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace tepat {

// What one field contributed to a pair's score.
struct MatchReason
{
    MatchField field = MatchField::Name;
    uint8_t level = 0;
    double weight = 0; // log2 Bayes factor, term-frequency adjusted
};

struct MatchScore
{
    double weight = 0;      // log2 of the posterior odds
    double probability = 0; // 0..1
    ComparisonVector levels{};
    QList<MatchReason> reasons; // one per field, largest |weight| first
};

// Fellegi–Sunter as Splink does it: per field and level an m probability (the level among
// true duplicates) and a u probability (among different people); a pair's weight is the prior
// log-odds that two records are one person plus Σ log2(m/u). Exact name agreements use the
// name's own frequency as u (term-frequency adjustment): two "Siti Aminah" agree by chance far
// more often than two "Tjiptono Wirjosoedarmo". The prior follows the register's size: the
// chance that two records drawn at random are one person is 2ρ/(N−1), ρ being the share of
// records that duplicate another.
class MatchModel
{
    Q_DECLARE_TR_FUNCTIONS(MatchModel)

public:
    // The likely pairs go to an operator who looks at both records before anything happens, so
    // the list leans towards finding them: a duplicate left out stays in the register, a pair
    // shown wrongly costs a dismissal. From 0.5 on: more likely one person than two, the
    // point where the score itself says "duplicate" (the benchmark's figures at each
    // threshold are in docs/duplicates.md).
    static constexpr double kDefaultThreshold = 0.5;

    // Sane defaults for a village register (used until the register has estimated its own).
    static MatchModel defaults();

    double m(MatchField field, uint8_t level) const { return m_m[int(field)][level]; }
    double u(MatchField field, uint8_t level) const { return m_u[int(field)][level]; }
    void setM(MatchField field, const std::array<double, kMaxLevels> &values);
    void setU(MatchField field, const std::array<double, kMaxLevels> &values);
    // The NIK's u among people of one kecamatan and among people of two (its digits spell the
    // kecamatan): different people born the same day with the same sex have NIKs a digit apart
    // (consecutive serials) in one kecamatan, hardly ever across two. Until set, and for a pair
    // with no place, the NIK's own u holds.
    void setNikU(bool sameDistrict, const std::array<double, kMaxLevels> &values);
    double nikU(uint8_t nikLevel, uint8_t placeLevel) const;
    static bool sameDistrict(uint8_t placeLevel) { return placeLevel <= level::kPlaceSameDistrict; }
    double duplicateShare() const { return m_duplicateShare; }
    void setDuplicateShare(double share);
    bool termFrequencies() const { return m_termFrequencies; }
    void setTermFrequencies(bool on) { m_termFrequencies = on; }

    // log2(λ / (1 − λ)) for a register of this many people.
    double priorWeight(qsizetype registerSize) const;
    // The weight a threshold probability needs.
    static double weightFor(double probability);
    static double probabilityOf(double weight);

    // The field's weight at this level for this pair, with the term-frequency adjustment.
    // The NIK's depends on the pair's place level too.
    double fieldWeight(const MatchRegister &reg, const MatchRecord &a, const MatchRecord &b,
                       MatchField field, uint8_t level,
                       uint8_t placeLevel = level::kPlaceMissing) const;
    MatchScore score(const MatchRegister &reg, uint32_t a, uint32_t b,
                     const ComparisonVector &levels) const;
    MatchScore score(const MatchRegister &reg, uint32_t a, uint32_t b) const
    {
        return score(reg, a, b, FieldComparison::compare(reg, a, b));
    }

    // "Tanggal lahir sama"
    static QString label(MatchField field, uint8_t level);
    // "nik_one_substitution,birth_equal,…" (the codes of the reasons that weigh anything)
    static QString reasonCodes(const MatchScore &score);
    // "Tanggal lahir sama (+14,3); Nama mirip (+7,6); …"
    static QString reasonText(const MatchScore &score);

    QJsonObject toJson() const;
    static MatchModel fromJson(const QJsonObject &json); // defaults for anything missing

private:
    double m_m[kMatchFields][kMaxLevels]{};
    double m_u[kMatchFields][kMaxLevels]{};
    double m_nikUByDistrict[2][kMaxLevels]{}; // [other kecamatan, same]; 0: not estimated
    double m_duplicateShare = 0.005;
    bool m_termFrequencies = true;
};

} // namespace tepat
