#include "core/audit/AuditVerifier.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace tepat {

namespace {

struct StoredEntry
{
    AuditEntry entry;
    bool canonical = true; // stored text is exactly what AuditTrail::record writes
};

StoredEntry entryFrom(const QSqlQuery &q)
{
    StoredEntry s;
    AuditEntry &e = s.entry;
    e.id = q.value(0).toLongLong();
    const QString at = q.value(1).toString();
    e.at = parseStoredTime(at);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.objectType = q.value(4).toString();
    e.objectId = q.value(5).toString();
    const QByteArray details = q.value(6).toString().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(details);
    e.details = doc.object();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    s.canonical = doc.isObject() && doc.toJson(QJsonDocument::Compact) == details &&
                  e.at.isValid() && storedTime(e.at) == at;
    return s;
}

bool hashMatches(const StoredEntry &s)
{
    return s.canonical && AuditTrail::entryHash(s.entry) == s.entry.hash;
}

} // namespace

QString AuditBreak::code(Kind kind)
{
    switch (kind) {
    case Kind::Changed:
        return QStringLiteral("changed");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Inserted:
        return QStringLiteral("inserted");
    case Kind::Relinked:
        return QStringLiteral("relinked");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    }
    return {};
}

AuditVerifier::AuditVerifier(const Database &db)
    : m_db(db)
{}

Result<AuditVerification> AuditVerifier::verify(const Progress &progress,
                                                const std::optional<AuditAnchor> &anchor) const
{
    Result<QSqlQuery> counted = m_db.query(QStringLiteral("SELECT count(*) FROM audit_entry"));
    if (!counted) {
        return counted.error();
    }
    const qint64 total = counted->next() ? counted->value(0).toLongLong() : 0;
    counted->finish();

    // Forward-only: the driver keeps no copy of rows already read, whatever the trail's size.
    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, at, actor, action, object_type, object_id, "
                                  "details, prev_hash, hash FROM audit_entry ORDER BY id"))) {
        return Database::storageError(rows.lastError().nativeErrorCode().toInt(),
                                      rows.lastError().databaseText());
    }
    QSqlQuery *q = &rows;

    AuditVerification result;
    const auto broken = [&result](AuditBreak::Kind kind, qint64 first, qint64 last,
                                  QString message) {
        result.broken = AuditBreak{kind, first, last, std::move(message)};
        return result;
    };
    // The entry (older than `before`) whose hash a link points to, if any.
    const auto entryWithHash = [this](const QString &hash, qint64 before) -> qint64 {
        if (hash == AuditTrail::genesisHash()) {
            return 0;
        }
        Result<QSqlQuery> found =
            m_db.query(QStringLiteral("SELECT max(id) FROM audit_entry WHERE hash = ? AND id < ?"),
                       {hash, before});
        return found && found->next() && !found->value(0).isNull() ? found->value(0).toLongLong()
                                                                   : -1;
    };

    QString prevHash = AuditTrail::genesisHash();
    qint64 prevId = 0;
    // An entry whose content does not match its hash: the next link tells whether it was
    // changed in place (the next entry still points to its stored hash) or slipped in.
    std::optional<AuditEntry> suspect;
    bool suspectLinked = false;
    QString hashBeforeSuspect;
    const auto changedSuspect = [&] {
        return broken(AuditBreak::Kind::Changed, suspect->id, suspect->id,
                      tr("Catatan #%1 diubah setelah ditulis: isinya tidak cocok lagi dengan "
                         "hash-nya.")
                          .arg(suspect->id));
    };
    const auto insertedSuspect = [&](qint64 nextId) {
        return broken(AuditBreak::Kind::Inserted, suspect->id, suspect->id,
                      nextId > 0 ? tr("Catatan #%1 disisipkan: catatan #%2 tersambung langsung "
                                      "ke catatan sebelum #%1.")
                                       .arg(suspect->id)
                                       .arg(nextId)
                                 : tr("Catatan #%1 disisipkan: tidak tersambung ke catatan "
                                      "sebelumnya dan isinya tidak cocok dengan hash-nya.")
                                       .arg(suspect->id));
    };

    while (q->next()) {
        const StoredEntry stored = entryFrom(*q);
        const AuditEntry &e = stored.entry;
        ++result.checked;
        if (progress && result.checked % 2000 == 0 && !progress(result.checked, total)) {
            return Error{QStringLiteral("audit.cancelled"), tr("Pemeriksaan dibatalkan.")};
        }
        if (suspect) {
            if (e.prevHash == hashBeforeSuspect) {
                return insertedSuspect(e.id);
            }
            return changedSuspect();
        }
        if (e.id > prevId + 1 && e.prevHash != prevHash && entryWithHash(e.prevHash, e.id) < 0) {
            return broken(AuditBreak::Kind::Removed, prevId + 1, e.id - 1,
                          e.id - 1 == prevId + 1
                              ? tr("Catatan #%1 hilang (dihapus): catatan #%2 menunjuk ke "
                                   "catatan yang tidak ada lagi.")
                                    .arg(prevId + 1)
                                    .arg(e.id)
                              : tr("Catatan #%1 sampai #%2 hilang (dihapus): catatan #%3 "
                                   "menunjuk ke catatan yang tidak ada lagi.")
                                    .arg(prevId + 1)
                                    .arg(e.id - 1)
                                    .arg(e.id));
        }
        if (e.prevHash != prevHash) {
            const qint64 linked = entryWithHash(e.prevHash, e.id);
            if (linked >= 0 && linked < prevId) {
                return broken(AuditBreak::Kind::Inserted, linked + 1, prevId,
                              linked + 1 == prevId
                                  ? tr("Catatan #%1 disisipkan: catatan #%2 tersambung langsung "
                                       "ke catatan #%3.")
                                        .arg(prevId)
                                        .arg(e.id)
                                        .arg(linked)
                                  : tr("Catatan #%1 sampai #%2 disisipkan: catatan #%3 "
                                       "tersambung langsung ke catatan #%4.")
                                        .arg(linked + 1)
                                        .arg(prevId)
                                        .arg(e.id)
                                        .arg(linked));
            }
            if (hashMatches(stored)) {
                return broken(AuditBreak::Kind::Relinked, e.id, e.id,
                              tr("Catatan #%1 tidak tersambung ke catatan #%2: catatan #%2 ditulis "
                                 "ulang (hash-nya dihitung ulang) atau ada catatan yang dihapus di "
                                 "antaranya.")
                                  .arg(e.id)
                                  .arg(prevId));
            }
            suspect = e;
            suspectLinked = false;
            hashBeforeSuspect = prevHash;
        } else if (e.id != prevId + 1 || !hashMatches(stored)) {
            suspect = e;
            suspectLinked = true;
            hashBeforeSuspect = prevHash;
        }
        if (anchor && e.id == anchor->id && e.hash != anchor->hash) {
            return broken(AuditBreak::Kind::Relinked, e.id, e.id,
                          tr("Catatan #%1 berbeda dari yang tercatat di tempat lain: riwayat "
                             "sampai catatan ini ditulis ulang.")
                              .arg(e.id));
        }
        prevHash = e.hash;
        prevId = e.id;
    }
    if (suspect) {
        // The newest entry: changed in place when it still follows the one before it.
        return suspectLinked ? changedSuspect() : insertedSuspect(0);
    }
    result.lastId = prevId;
    result.head = prevId > 0 ? prevHash : QString();
    if (anchor && anchor->id > prevId) {
        return broken(AuditBreak::Kind::Truncated, prevId + 1, anchor->id,
                      tr("Catatan #%1 sampai #%2 hilang dari akhir jejak audit (tercatat di "
                         "tempat lain, tidak ada lagi di sini).")
                          .arg(prevId + 1)
                          .arg(anchor->id));
    }
    if (progress) {
        progress(result.checked, total);
    }
    return result;
}

} // namespace tepat
