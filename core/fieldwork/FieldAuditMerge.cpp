#include "core/fieldwork/FieldAuditMerge.h"

#include "core/common/Clock.h"
#include "core/fieldwork/FieldSeal.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tepat {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// What the laptop wrote, as AuditTrail hashed it there.
AuditEntry laptopEntry(const QJsonObject &o)
{
    AuditEntry e;
    e.id = o.value(QLatin1String("id")).toInteger();
    e.at = parseStoredTime(text(o, "at"));
    e.actor = text(o, "actor");
    e.action = text(o, "action");
    e.objectType = text(o, "object_type");
    e.objectId = text(o, "object_id");
    e.details = o.value(QLatin1String("details")).toObject();
    e.prevHash = text(o, "prev_hash");
    e.hash = text(o, "hash");
    return e;
}

// A value of 16 digits could be a NIK or a KK number: it stays on the laptop.
QJsonObject withoutIdentityNumbers(const QJsonObject &details)
{
    static const QRegularExpression identity(QStringLiteral("^\\d{16}$"));
    QJsonObject kept;
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (!(it.value().isString() && identity.match(it.value().toString()).hasMatch())) {
            kept.insert(it.key(), it.value());
        }
    }
    return kept;
}

} // namespace

FieldAuditMerge::FieldAuditMerge(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QString FieldAuditMerge::deviceName(const QString &deviceHex)
{
    return deviceHex.left(8).toUpper();
}

Result<int> FieldAuditMerge::merge(const FieldContents &contents, const QString &deviceHex,
                                   const QString &bundleId) const
{
    const AuditTrail trail(m_db, m_clock);
    const QString now = storedTime(m_clock.now());
    int added = 0;
    for (const QJsonValue &value : contents.body.value(QLatin1String("audit")).toArray()) {
        const AuditEntry field = laptopEntry(value.toObject());
        if (field.hash.isEmpty() || field.actor.isEmpty() || field.action.isEmpty() ||
            !field.at.isValid() || AuditTrail::entryHash(field) != field.hash) {
            return Error{QStringLiteral("fieldwork.damaged"),
                         tr("Berkas hasil berisi catatan audit laptop yang rusak atau diubah. "
                            "Buat berkas hasil baru di laptop.")};
        }
        const QString item = QStringLiteral("audit:") + field.hash;
        auto seen = m_db.query(QStringLiteral("SELECT 1 FROM field_item WHERE item = ?"), {item});
        if (!seen) {
            return seen.error();
        }
        if (seen->next()) {
            continue;
        }
        QJsonObject details = withoutIdentityNumbers(field.details);
        details.insert(fieldAtKey(), storedTime(field.at));
        details.insert(fieldDeviceKey(), deviceName(deviceHex));
        details.insert(fieldEntryKey(), field.id);
        if (const auto recorded =
                trail.record(field.actor, field.action, field.objectType, field.objectId, details);
            !recorded) {
            return recorded.error();
        }
        auto mark = m_db.query(
            QStringLiteral("INSERT INTO field_item (item, bundle_id, at) VALUES (?, ?, ?)"),
            {item, bundleId, now});
        if (!mark) {
            return mark.error();
        }
        ++added;
    }
    return added;
}

} // namespace tepat
