#pragma once

#include "core/common/Result.h"
#include "sync/protocol/Messages.h"
#include "sync/server/Accounts.h"

#include <QCoreApplication>

namespace tepat::central {

class BlobStore;
class CentralDatabase;
class CentralRegister;

struct ReviewFilter
{
    QString villageCode; // empty: the whole regency
    QString state;       // empty: every state
    qint64 afterId = 0;
    int limit = 100;
};

// Receives pushed change requests (idempotent by key, one transaction per push), answers
// their status, and carries the supervisor's review decisions into the change stream.
class RequestDesk
{
    Q_DECLARE_TR_FUNCTIONS(RequestDesk)

public:
    RequestDesk(const CentralDatabase &db, const Clock &clock, const CentralRegister &reg,
                const BlobStore &blobs);

    Result<sync::PushReply> push(const Caller &caller, const sync::PushRequest &request) const;
    Result<QJsonObject> status(const Caller &caller, const QString &key) const;
    Result<QJsonObject> reviewList(const Caller &caller, const ReviewFilter &filter) const;
    // decision: verify, reject, ratify, finalize.
    Result<QJsonObject> decide(const Caller &caller, const QString &key, const QString &decision,
                               const QString &reason) const;
    // Every request, or one village's, for `tepat-central requests list`.
    Result<QList<QStringList>> listAll(const QString &villageCode) const;

private:
    sync::PushResult processItem(const Caller &caller, const sync::PushItem &item,
                                 Error &storage) const;
    // A new member's id: the household's id as prefix, identifier characters, not in the
    // register yet. A failed read goes into `storage`.
    Status checkNewMemberId(const QString &personId, const QString &householdId,
                            Error &storage) const;
    Result<QString> checkAudit(const Caller &caller, const sync::AuditClaim &claim,
                               qint64 &headId) const;

    const CentralDatabase &m_db;
    const Clock &m_clock;
    const CentralRegister &m_register;
    const BlobStore &m_blobs;
};

} // namespace tepat::central
