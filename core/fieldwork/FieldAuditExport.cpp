#include "core/fieldwork/FieldAuditExport.h"

#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tepat {

FieldAuditExport::FieldAuditExport(const Database &db)
    : m_db(db)
{}

Result<FieldAuditBatch> FieldAuditExport::since(bool everything) const
{
    auto floor =
        m_db.query(QStringLiteral("SELECT COALESCE(MIN(id), 1) - 1 FROM audit_entry WHERE action = "
                                  "'fieldwork.package_import'"));
    if (!floor) {
        return floor.error();
    }
    qint64 after = floor->next() ? floor->value(0).toLongLong() : 0;
    if (!everything) {
        auto last = m_db.query(QStringLiteral("SELECT MAX(json_extract(counts, '$.%1')) FROM "
                                              "field_bundle WHERE direction = 'export'")
                                   .arg(throughKey()));
        if (!last) {
            return last.error();
        }
        if (last->next() && !last->value(0).isNull()) {
            after = qMax(after, last->value(0).toLongLong());
        }
    }
    auto q = m_db.query(QStringLiteral("SELECT id, at, actor, action, object_type, object_id, "
                                       "details, prev_hash, hash FROM audit_entry WHERE id > ? "
                                       "ORDER BY id"),
                        {after});
    if (!q) {
        return q.error();
    }
    FieldAuditBatch batch;
    batch.through = after;
    while (q->next()) {
        batch.through = q->value(0).toLongLong();
        batch.entries.append(
            QJsonObject{{QStringLiteral("id"), batch.through},
                        {QStringLiteral("at"), q->value(1).toString()},
                        {QStringLiteral("actor"), q->value(2).toString()},
                        {QStringLiteral("action"), q->value(3).toString()},
                        {QStringLiteral("object_type"), q->value(4).toString()},
                        {QStringLiteral("object_id"), q->value(5).toString()},
                        {QStringLiteral("details"),
                         QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object()},
                        {QStringLiteral("prev_hash"), q->value(7).toString()},
                        {QStringLiteral("hash"), q->value(8).toString()}});
    }
    return batch;
}

} // namespace tepat
