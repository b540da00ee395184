#include "core/importing/HouseholdFigures.h"

#include "core/storage/Database.h"

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace tepat {

void HouseholdFigures::add(std::string_view householdId, std::string_view relationship,
                           std::string_view status, std::string_view name)
{
    if (!m_last || householdId != m_lastId) {
        m_lastId.assign(householdId);
        m_last = &m_figures[m_lastId];
    }
    if (status != "active") {
        return;
    }
    ++m_last->active;
    if (relationship == "head") {
        m_last->head.assign(name);
    }
}

Status HouseholdFigures::write(const Database &db) const
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(),
                           "UPDATE household SET member_count = ?2, head_name = ?3 WHERE id = ?1",
                           -1, &stmt, nullptr) != SQLITE_OK) {
        return db.lastError();
    }
    // In the order of the household ids, the order of the table's id index.
    std::vector<const std::pair<const std::string, Figures> *> order;
    order.reserve(m_figures.size());
    for (const auto &entry : m_figures) {
        order.push_back(&entry);
    }
    std::sort(order.begin(), order.end(),
              [](const auto *a, const auto *b) { return a->first < b->first; });
    for (const auto *entry : order) {
        const auto &[id, figures] = *entry;
        sqlite3_bind_text(stmt, 1, id.data(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 2, figures.active);
        sqlite3_bind_text(stmt, 3, figures.head.data(), int(figures.head.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE) {
            const Error error = db.lastError();
            sqlite3_finalize(stmt);
            return error;
        }
    }
    sqlite3_finalize(stmt);
    return {};
}

} // namespace tepat
