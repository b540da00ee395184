#include "core/importing/BulkLoad.h"

#include "core/importing/HouseholdFigures.h"
#include "core/storage/Database.h"

#include <sqlite3.h>

namespace tepat {

namespace {

// The full-text name indexes that person_fts_* and person_trigram_* keep row by row: words
// and prefixes, and the trigrams of the part-of-a-word tier.
const char *const kNameIndexes[] = {"person_name_fts", "person_name_trigram"};

Status ok(const BulkLoad::Checkpoint &checkpoint, const char *step)
{
    return checkpoint ? checkpoint(step) : Status{};
}

} // namespace

BulkLoad::BulkLoad(const Database &db, QList<QByteArray> keepIndexes)
    : m_db(db)
    , m_keep(std::move(keepIndexes))
{}

const QList<QByteArray> &BulkLoad::suspendedTriggers()
{
    static const QList<QByteArray> names = {"person_fts_insert",       "person_fts_update",
                                            "person_trigram_insert",   "person_trigram_update",
                                            "person_household_insert", "person_household_update"};
    return names;
}

Status BulkLoad::suspend()
{
    Q_ASSERT(!m_suspended);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(),
                           "SELECT type, name, tbl_name, sql FROM sqlite_schema "
                           "WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name "
                           "IN ('household', 'person', 'program_membership', 'status_history', "
                           "'desil_history') ORDER BY rowid",
                           -1, &stmt, nullptr) != SQLITE_OK) {
        return m_db.lastError();
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto text = [stmt](int i) {
            return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)),
                              sqlite3_column_bytes(stmt, i));
        };
        SchemaObject object{text(1), text(2), text(3)};
        if (text(0) == "index") {
            // Unique indexes refuse duplicates row by row: they stay.
            if (object.sql.simplified().toUpper().startsWith("CREATE UNIQUE") ||
                m_keep.contains(object.name)) {
                continue;
            }
            m_indexes.append(std::move(object));
        } else if (suspendedTriggers().contains(object.name)) {
            m_triggers.append(std::move(object));
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        return m_db.lastError();
    }
    for (const SchemaObject &o : m_indexes) {
        if (const Status s = m_db.execute(("DROP INDEX \"" + o.name + '"').constData()); !s) {
            return s;
        }
    }
    for (const SchemaObject &o : m_triggers) {
        if (const Status s = m_db.execute(("DROP TRIGGER \"" + o.name + '"').constData()); !s) {
            return s;
        }
    }
    m_suspended = true;
    return {};
}

Status BulkLoad::recreate(const QList<SchemaObject> &objects, const char *table) const
{
    for (const SchemaObject &o : objects) {
        if (table && o.table != table) {
            continue;
        }
        if (const Status s = m_db.execute(o.sql.constData()); !s) {
            return s;
        }
    }
    return {};
}

Status BulkLoad::finish(const Checkpoint &checkpoint, const HouseholdFigures *figures)
{
    Q_ASSERT(m_suspended);
    // The name index, built once from the person table (external content).
    if (Status s = ok(checkpoint, "name_index"); !s) {
        return s;
    }
    for (const char *index : kNameIndexes) {
        if (const Status s = m_db.execute(
                (QByteArray("INSERT INTO ") + index + '(' + index + ") VALUES ('rebuild')")
                    .constData());
            !s) {
            return s;
        }
    }
    // Person indexes first: the household figures below group persons by household.
    if (Status s = ok(checkpoint, "person_indexes"); !s) {
        return s;
    }
    if (const Status s = recreate(m_indexes, "person"); !s) {
        return s;
    }
    if (Status s = ok(checkpoint, "household_figures"); !s) {
        return s;
    }
    // What person_household_insert/update keep row by row: the active members and the name of
    // the active head (the last one when a file lists two). Households without any person
    // keep 0 and '' (reset first, for a store that held data already).
    if (figures) {
        if (const Status s = figures->write(m_db); !s) {
            return s;
        }
    } else if (
        const Status s = m_db.execute(
            "UPDATE household SET member_count = 0, head_name = '' "
            "WHERE member_count <> 0 OR head_name <> '';"
            "UPDATE household SET member_count = a.active, "
            "       head_name = coalesce((SELECT name FROM person WHERE pk = a.head_pk), '') "
            "FROM (SELECT household_id, sum(status = 'active') AS active, "
            "             max(CASE WHEN relationship = 'head' AND status = 'active' THEN pk END) "
            "                 AS head_pk "
            "        FROM person GROUP BY household_id) AS a "
            "WHERE household.id = a.household_id");
        !s) {
        return s;
    }
    if (Status s = ok(checkpoint, "indexes"); !s) {
        return s;
    }
    if (const Status s = recreate(m_indexes, "household"); !s) {
        return s;
    }
    for (const char *table : {"program_membership", "status_history", "desil_history"}) {
        if (const Status s = recreate(m_indexes, table); !s) {
            return s;
        }
    }
    if (Status s = ok(checkpoint, "triggers"); !s) {
        return s;
    }
    if (const Status s = recreate(m_triggers, nullptr); !s) {
        return s;
    }
    m_suspended = false;
    return {};
}

} // namespace tepat
