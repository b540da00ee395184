#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tepat {

class Clock;
class Database;
struct FieldContents;

// Office: appends a laptop's audit entries (a results bundle's "audit", FieldAuditExport) to the
// office's own hash chain. Each becomes an office entry with the field actor, the field action
// and object, and in its details where and when it happened: "field_at" (the laptop's time),
// "field_device" (the laptop, deviceName) and "field_entry" (its number on the laptop). An entry
// is taken once, whatever bundle carries it (field_item "audit:<laptop hash>"): the same bundle
// twice, a bundle of everything, or an older bundle after a newer one adds nothing. An entry
// whose hash does not match its content refuses the bundle; a detail that looks like a NIK or
// KK number (16 digits) is left out. Inside the caller's transaction.
class FieldAuditMerge
{
    Q_DECLARE_TR_FUNCTIONS(FieldAuditMerge)

public:
    FieldAuditMerge(const Database &db, const Clock &clock);

    // How many entries were new.
    Result<int> merge(const FieldContents &contents, const QString &deviceHex,
                      const QString &bundleId) const;

    // "3F2A9C1B": the first bytes of the laptop's public key, as people read it.
    static QString deviceName(const QString &deviceHex);

    // Detail keys of an entry that came from a laptop.
    static QString fieldAtKey() { return QStringLiteral("field_at"); }
    static QString fieldDeviceKey() { return QStringLiteral("field_device"); }
    static QString fieldEntryKey() { return QStringLiteral("field_entry"); }

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
