#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tepat {

class Clock;
class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;      // "request.create", "request.transition", "letter.print", "login", …
    QString objectType;  // "change_request", "person", "household", "letter", "account", …
    QString objectId;    // a row id, never a NIK
    QJsonObject details; // never a NIK in clear text
    QString prevHash;
    QString hash;
};

// Appends to the tamper-evident audit trail. Each entry's hash covers the previous entry's
// hash and the entry itself (entryHash), so a changed, removed or inserted entry breaks the
// chain from that point on. Call record() inside the transaction that makes the change, so the
// change and its entry commit together.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    AuditTrail(const Database &db, const Clock &clock);

    Result<AuditEntry> record(const QString &actor, const QString &action,
                              const QString &objectType, const QString &objectId,
                              const QJsonObject &details = {}) const;

    // The hash of the newest entry ("" before the first), e.g. to send with a sync push.
    Result<QString> head() const;

    // Hex SHA-256 over the previous hash and the entry's fields, unambiguously framed.
    static QString entryHash(const AuditEntry &entry);
    static QString genesisHash() { return QString(64, u'0'); }

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
