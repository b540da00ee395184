#include "core/storage/AuditTrail.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tepat {

AuditTrail::AuditTrail(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QString AuditTrail::entryHash(const AuditEntry &e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Length-prefixed fields: no two different entries serialise to the same bytes.
    const auto add = [&hash](const QByteArray &field) {
        hash.addData(QByteArray::number(field.size()) + ':');
        hash.addData(field);
    };
    add(e.prevHash.toLatin1());
    add(QByteArray::number(e.id));
    add(storedTime(e.at).toUtf8());
    add(e.actor.toUtf8());
    add(e.action.toUtf8());
    add(e.objectType.toUtf8());
    add(e.objectId.toUtf8());
    add(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> AuditTrail::head() const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1"));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toString() : QString();
}

Result<AuditEntry> AuditTrail::record(const QString &actor, const QString &action,
                                      const QString &objectType, const QString &objectId,
                                      const QJsonObject &details) const
{
    if (actor.isEmpty() || action.isEmpty()) {
        return Error{QStringLiteral("audit.incomplete"),
                     tr("Catatan audit harus menyebut pelaku dan tindakannya.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> last =
        m_db.query(QStringLiteral("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"));
    if (!last) {
        return last.error();
    }
    AuditEntry e;
    e.id = 1;
    e.prevHash = genesisHash();
    if (last->next()) {
        e.id = last->value(0).toLongLong() + 1;
        e.prevHash = last->value(1).toString();
    }
    // Millisecond precision is what is stored; hash what is stored.
    e.at = parseStoredTime(storedTime(m_clock.now()));
    e.actor = actor;
    e.action = action;
    e.objectType = objectType;
    e.objectId = objectId;
    e.details = details;
    e.hash = entryHash(e);
    Result<QSqlQuery> insert = m_db.query(
        QStringLiteral("INSERT INTO audit_entry(id, at, actor, action, object_type, object_id, "
                       "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.id, e.at.toString(Qt::ISODateWithMs), e.actor, e.action, e.objectType, e.objectId,
         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)), e.prevHash,
         e.hash});
    if (!insert) {
        return insert.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return e;
}

} // namespace tepat
