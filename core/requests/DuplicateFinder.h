#pragma once

#include "core/common/Result.h"
#include "core/domain/Household.h"

#include <QCoreApplication>

namespace tepat {

class Database;

struct DuplicateCandidate
{
    Person person;
    bool sameNik = false; // otherwise: a similar name with the same birth date
};

// Before a new person or family is proposed: people already in the register with the same
// NIK, or a similar name (word order, spelling variants, a letter or two off) born the same day.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(const Database &db);

    Result<QList<DuplicateCandidate>> find(const QString &nik, const QString &name, QDate birthDate,
                                           const QString &excludePersonId = {}) const;

    // Names that would be taken for the same person: same words in any order after
    // normalisation, or one edit apart per word on average (at most two in all).
    static bool similarNames(const QString &a, const QString &b);

private:
    const Database &m_db;
};

} // namespace tepat
