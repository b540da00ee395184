#pragma once

#include "core/common/Result.h"

#include <QJsonArray>

namespace tepat {

class Database;

// The laptop's own audit entries that a results bundle carries to the office.
struct FieldAuditBatch
{
    QJsonArray entries; // {id, at, actor, action, object_type, object_id, details, prev_hash, hash}
    qint64 through = 0; // the newest entry id carried (or, with none, the last one before)
};

// Laptop: reads its audit trail for the results bundle — every entry since the last bundle
// (field_bundle.counts "audit_through"), or, for a bundle of everything, every entry since the
// laptop took its first work package (what the store recorded before it became a laptop stays
// home). Entries go as stored, hashes included, so the office can check them.
class FieldAuditExport
{
public:
    explicit FieldAuditExport(const Database &db);

    Result<FieldAuditBatch> since(bool everything) const;

    // The field_bundle.counts key that keeps how far a bundle carried the trail.
    static QString throughKey() { return QStringLiteral("audit_through"); }

private:
    const Database &m_db;
};

} // namespace tepat
