#include "core/register/HouseholdBrowser.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

namespace {

// The sort key of each order, as indexed in migration 0038 (never NULL). Ties are broken by the
// rowid, which every index holds anyway (a text id would double the size of the small keys).
QStringList sortKey(HouseholdSort sort)
{
    switch (sort) {
    case HouseholdSort::Id:
        return {};
    case HouseholdSort::Head:
        return {QStringLiteral("head_name")};
    case HouseholdSort::KkNumber:
        return {QStringLiteral("coalesce(kk_number, '')")};
    case HouseholdSort::Area:
        return {QStringLiteral("rw"), QStringLiteral("rt")};
    case HouseholdSort::Desil:
        return {QStringLiteral("coalesce(desil, 0)")};
    case HouseholdSort::Members:
        return {QStringLiteral("member_count")};
    case HouseholdSort::Status:
        return {QStringLiteral("status")};
    }
    return {};
}

const char *kColumns =
    "id, kk_number, village_code, rt, rw, address, desil, status, "
    "status_reason, status_date, latitude, longitude, server_version, head_name, "
    "member_count";

struct Clause
{
    QString sql;
    QVariantList values;
};

Clause filterClause(const HouseholdFilter &f)
{
    Clause c;
    if (!f.rt.isEmpty()) {
        c.sql += QStringLiteral(" AND rt = ?");
        c.values << f.rt;
    }
    if (!f.rw.isEmpty()) {
        c.sql += QStringLiteral(" AND rw = ?");
        c.values << f.rw;
    }
    if (f.desil > 0) {
        c.sql += QStringLiteral(" AND desil = ?");
        c.values << f.desil;
    }
    if (f.status) {
        c.sql += QStringLiteral(" AND status = ?");
        c.values << vocabulary::code(*f.status);
    }
    if (f.program) {
        c.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM person p JOIN program_membership m "
                                "ON m.person_pk = p.pk WHERE p.household_id = household.id "
                                "AND m.program = ? AND m.until IS NULL)");
        c.values << vocabulary::code(*f.program);
    }
    if (f.memberStatus) {
        c.sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM person p WHERE p.household_id = household.id "
            "AND p.status = ?)");
        c.values << vocabulary::code(*f.memberStatus);
    }
    if (f.programMisfit) {
        // The same rule as RegisterSummary's programMisfits figure.
        c.sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM person p JOIN program_membership m ON m.person_pk = p.pk "
            "WHERE p.household_id = household.id AND m.until IS NULL AND p.status = 'active' AND "
            "((m.program = 'PKH' AND household.desil > 4) OR "
            "(m.program IN ('BPNT', 'PBI-JK') AND household.desil > 5)))");
    }
    return c;
}

Household readRow(const QSqlQuery &q)
{
    Household h;
    h.id = q.value(0).toString();
    h.kkNumber = q.value(1).toString();
    h.villageCode = q.value(2).toString();
    h.rt = q.value(3).toString();
    h.rw = q.value(4).toString();
    h.address = q.value(5).toString();
    h.desil = q.value(6).toInt();
    h.status =
        vocabulary::parse<HouseholdStatus>(q.value(7).toString()).value_or(HouseholdStatus::Active);
    h.statusReason = q.value(8).toString();
    h.statusDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    if (!q.value(10).isNull()) {
        h.latitude = q.value(10).toDouble();
        h.longitude = q.value(11).toDouble();
    }
    h.serverVersion = q.value(12).toLongLong();
    h.headName = q.value(13).toString();
    h.memberCount = q.value(14).toInt();
    return h;
}

} // namespace

HouseholdBrowser::HouseholdBrowser(const Database &db)
    : m_db(db)
{}

Result<HouseholdPage> HouseholdBrowser::page(const HouseholdFilter &filter, HouseholdSort sort,
                                             bool descending, const HouseholdCursor &after,
                                             int limit) const
{
    const QString tie = sort == HouseholdSort::Id ? QStringLiteral("id") : QStringLiteral("rowid");
    const QStringList key = sortKey(sort) << tie;
    const Clause filters = filterClause(filter);
    QStringList order;
    for (const QString &part : key) {
        order << part + (descending ? QStringLiteral(" DESC") : QString());
    }
    QString keyset;
    QVariantList values = filters.values;
    if (!after.atStart()) {
        // Row values: SQLite seeks the index straight to the cursor.
        keyset = QStringLiteral(" AND (%1) %2 (%3)")
                     .arg(key.join(QStringLiteral(", ")),
                          descending ? QStringLiteral("<") : QStringLiteral(">"),
                          QStringList(key.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        values << after.key << after.tie;
    }
    const QString sql =
        QStringLiteral("SELECT %1, %2 FROM household WHERE 1 = 1%3%4 ORDER BY %5 LIMIT ?")
            .arg(QLatin1String(kColumns), key.join(QStringLiteral(", ")), filters.sql, keyset,
                 order.join(QStringLiteral(", ")));
    values << limit + 1;
    Result<QSqlQuery> q = m_db.query(sql, values);
    if (!q) {
        return q.error();
    }
    HouseholdPage page;
    QVariantList lastKey;
    while (q->next()) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.rows.append(readRow(*q));
        lastKey.clear();
        for (qsizetype i = 0; i < key.size(); ++i) {
            lastKey << q->value(15 + int(i));
        }
    }
    if (!page.rows.isEmpty()) {
        const QVariant last = lastKey.takeLast();
        page.next = {lastKey, last};
    }
    return page;
}

Result<qint64> HouseholdBrowser::count(const HouseholdFilter &filter) const
{
    const Clause filters = filterClause(filter);
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT count(*) FROM household WHERE 1 = 1") + filters.sql, filters.values);
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QStringList> HouseholdBrowser::neighbourhoodUnits(bool rw) const
{
    Result<QSqlQuery> q = m_db.query(
        rw ? QStringLiteral("SELECT DISTINCT rw FROM household WHERE rw <> '' ORDER BY rw")
           : QStringLiteral("SELECT DISTINCT rt FROM household WHERE rt <> '' ORDER BY rt"));
    if (!q) {
        return q.error();
    }
    QStringList units;
    while (q->next()) {
        units << q->value(0).toString();
    }
    return units;
}

} // namespace tepat
