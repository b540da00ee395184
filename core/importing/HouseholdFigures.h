#pragma once

#include "core/common/Result.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace tepat {

class Database;

// Every household's active member count and the name of its active head, counted from the
// person rows as a load into an empty register writes them (what the person_household_*
// triggers keep row by row; the last active head wins, as when a file lists two), then stored
// in one pass. Households no person named keep 0 and ''. Only for a store that held no person
// before the load: otherwise BulkLoad computes the figures from the whole person table.
class HouseholdFigures
{
public:
    // A person row the store accepted.
    void add(std::string_view householdId, std::string_view relationship, std::string_view status,
             std::string_view name);

    // UPDATE of every household a person named, inside the caller's transaction.
    Status write(const Database &db) const;

    size_t households() const { return m_figures.size(); }

private:
    struct Figures
    {
        qint64 active = 0;
        std::string head;
    };
    std::unordered_map<std::string, Figures> m_figures;
    // Persons of one household come one after another: the last one's entry, looked up once.
    std::string m_lastId;
    Figures *m_last = nullptr;
};

} // namespace tepat
