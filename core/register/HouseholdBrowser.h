#pragma once

#include "core/common/Result.h"
#include "core/domain/Household.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace tepat {

class Database;

struct HouseholdFilter
{
    QString rt; // "003"; empty = any
    QString rw;
    int desil = 0; // 0 = any
    std::optional<HouseholdStatus> status;
    std::optional<Program> program;           // any member currently in it
    std::optional<PersonStatus> memberStatus; // any member with this status (e.g. deceased)
    // An active member receives a programme that does not fit the family's desil (Beranda's
    // "Penerima tidak sesuai desil").
    bool programMisfit = false;

    bool isEmpty() const
    {
        return rt.isEmpty() && rw.isEmpty() && desil == 0 && !status && !program && !memberStatus &&
               !programMisfit;
    }
};

enum class HouseholdSort
{
    Id,
    Head,
    KkNumber,
    Area,
    Desil,
    Members,
    Status
};

// Where the next page starts: the last row's sort key and its tie-breaker.
struct HouseholdCursor
{
    QVariantList key;
    QVariant tie; // the id when sorted by id, else the rowid
    bool atStart() const { return !tie.isValid(); }
};

struct HouseholdPage
{
    QList<Household> rows;
    HouseholdCursor next;
    bool hasMore = false;
};

// The Keluarga list: households filtered and sorted by any column, one page at a time
// (keyset paging on an index per sortable column; never the whole table).
class HouseholdBrowser
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdBrowser)

public:
    explicit HouseholdBrowser(const Database &db);

    Result<HouseholdPage> page(const HouseholdFilter &filter, HouseholdSort sort, bool descending,
                               const HouseholdCursor &after, int limit) const;
    Result<qint64> count(const HouseholdFilter &filter) const;

    // The RT and RW values present, for the filter lists.
    Result<QStringList> neighbourhoodUnits(bool rw) const;

private:
    const Database &m_db;
};

} // namespace tepat
