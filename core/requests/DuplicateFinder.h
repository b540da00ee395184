#pragma once

#include "core/common/Result.h"
#include "core/domain/Household.h"
#include "core/matching/MatchRecord.h"

#include <QCoreApplication>

namespace tepat {

class Database;

struct DuplicateCandidate
{
    Person person;
    bool sameNik = false;
    double score = 0; // 0..1: the matcher's probability that it is the same person
    QString reasons;  // what made the score, for the operator
};

// Before a new person or family is proposed: people already in the register with the same
// NIK, and the likely matches the matcher finds (core/matching) among those born the same day
// or with day and month swapped, those whose NIK shares region and birth date, and those with
// the same name words born the same year — scored with the register's own model and the
// names' frequencies in the whole register.
class DuplicateFinder
{
public:
    static constexpr double kShownFrom = 0.5;

    explicit DuplicateFinder(const Database &db);

    // Same NIK, or a likely match (score ≥ kShownFrom), best first.
    Result<QList<DuplicateCandidate>> find(const PersonFacts &subject,
                                           const QString &excludePersonId = {}) const;
    Result<QList<DuplicateCandidate>> find(const QString &nik, const QString &name, QDate birthDate,
                                           const QString &excludePersonId = {}) const;

    // Names that would be taken for the same person: same words in any order after
    // normalisation, or one edit apart per word on average (at most two in all).
    static bool similarNames(const QString &a, const QString &b);

    // How many people of the register carry this name (its words, any order) and its first
    // word: the term frequencies the matcher weighs a name agreement with. {0, 0} for no name.
    Result<std::pair<uint32_t, uint32_t>> nameCounts(const QString &name) const;

private:
    Result<QList<qint64>> candidatePks(const PersonFacts &subject) const;
    Result<qint64> nameCount(const QString &ftsExpression) const;

    const Database &m_db;
};

} // namespace tepat
