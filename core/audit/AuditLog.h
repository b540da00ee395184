#pragma once

#include "core/common/Result.h"
#include "core/storage/AuditTrail.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

namespace tepat {

class Database;

// Reads the audit trail for people: newest first, searchable, with Indonesian labels.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(const Database &db);

    // Entries older than beforeId (0: from the newest), newest first. The text matches the
    // actor, the action (code or label), the object or the details; "#123" finds entry 123.
    Result<QList<AuditEntry>> page(const QString &text, qint64 beforeId, int limit) const;
    // Everything recorded about one object, oldest first (who drafted, decided, sent …).
    Result<QList<AuditEntry>> forObject(const QString &objectType, const QString &objectId) const;

    static QString actionLabel(const QString &action);
    static QString actorLabel(const QString &actor);
    // With the laptop for an entry a results bundle brought: "budi (laptop 3F2A9C1B)".
    static QString actorLabel(const AuditEntry &entry);
    static QString objectLabel(const AuditEntry &entry); // "Usulan #12", "Surat #3"
    static QString describe(const AuditEntry &entry);    // the details, in words
    // One detail value in words: "ke printer", "Disetujui musyawarah", "surat keterangan DTKS".
    static QString valueLabel(const QString &key, const QJsonValue &value);

private:
    const Database &m_db;
};

} // namespace tepat
