#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace tepat {

class Database;
class HouseholdFigures;

// The bulk path of a large load into the register tables (household, person,
// program_membership, and the status and desil histories): the per-row upkeep is suspended
// while the rows go in and redone once at the end, all inside the caller's transaction, so a
// failure anywhere rolls the schema back with the rows.
//
// suspend() drops the triggers that keep the name index and the household's head and member
// count, and every secondary index that is not UNIQUE (unique ones stay: they are what refuses
// a duplicate id or NIK row by row). finish() builds the name index once ('rebuild'), creates
// the person indexes, computes every household's head and active member count in one
// statement, creates the remaining indexes and puts the triggers back, each from the SQL
// sqlite_schema held, so an index a later migration adds is dropped and recreated the same
// way. A trigger or index this class does not know stays in place (slower, still correct).
class BulkLoad
{
public:
    // keepIndexes: secondary indexes the loader itself reads while loading (a re-import looks
    // up a person's current programmes), kept in place.
    explicit BulkLoad(const Database &db, QList<QByteArray> keepIndexes = {});

    // Called before each step of finish() with its name; a non-ok status stops there (a test
    // seam for failures half-way, and the place to report progress).
    using Checkpoint = std::function<Status(const char *step)>;

    Status suspend();
    // figures: counted while a load into an empty register wrote its persons; without them the
    // household figures are computed from the whole person table.
    Status finish(const Checkpoint &checkpoint = {}, const HouseholdFigures *figures = nullptr);

    // The maintenance triggers suspend() drops (their work is redone by finish()).
    static const QList<QByteArray> &suspendedTriggers();

private:
    struct SchemaObject
    {
        QByteArray name;
        QByteArray table;
        QByteArray sql;
    };
    Status recreate(const QList<SchemaObject> &objects, const char *table) const;

    const Database &m_db;
    QList<QByteArray> m_keep;
    QList<SchemaObject> m_indexes;
    QList<SchemaObject> m_triggers;
    bool m_suspended = false;
};

} // namespace tepat
