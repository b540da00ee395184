#pragma once

#include "core/matching/MatchRecord.h"

#include <QDate>
#include <QString>

namespace tepat::test {

// A person for matcher tests: household "H<household>" in RT 001/RW 001 of one village.
inline PersonFacts facts(const QString &id, const QString &name, QDate birth, Sex sex,
                         const QString &nik = {}, const QString &household = {})
{
    PersonFacts p;
    p.id = id;
    p.householdId = household.isEmpty() ? QStringLiteral("H-") + id : household;
    p.nik = nik;
    p.name = name;
    p.sex = sex;
    p.birthDate = birth;
    p.villageCode = QStringLiteral("35.71.03.1001");
    p.rt = QStringLiteral("001");
    p.rw = QStringLiteral("001");
    p.address = QStringLiteral("Jl. Melati No. ") + id;
    return p;
}

} // namespace tepat::test
