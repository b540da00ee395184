#include "sync/client/OutboxSender.h"

#include "core/common/Clock.h"
#include "core/replica/ReplicaState.h"
#include "core/storage/Database.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"

#include <QJsonDocument>

namespace tepat::sync {

OutboxSender::OutboxSender(const Database &db, const Clock &clock, const SyncOptions &options,
                           ServerConnection &server, const ProgressFn &progress,
                           const std::atomic<bool> &cancelled)
    : m_db(db)
    , m_clock(clock)
    , m_options(options)
    , m_server(server)
    , m_progress(progress)
    , m_cancelled(cancelled)
    , m_outbox(db, clock, options.filesRoot)
    , m_uploader(db, clock, options, server)
{}

Result<AuditClaim> OutboxSender::auditClaim(const Database &db)
{
    AuditClaim claim;
    Result<QSqlQuery> head =
        db.query(QStringLiteral("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"));
    if (!head) {
        return head.error();
    }
    if (head->next()) {
        claim.headId = head->value(0).toLongLong();
        claim.head = head->value(1).toString();
    }
    claim.anchorId = ReplicaState(db).auditAnchorId();
    if (claim.anchorId > 0) {
        Result<QSqlQuery> anchor =
            db.query(QStringLiteral("SELECT hash FROM audit_entry WHERE id = ?"), {claim.anchorId});
        if (!anchor) {
            return anchor.error();
        }
        claim.anchor = anchor->next() ? anchor->value(0).toString() : QString();
    }
    return claim;
}

Result<bool> OutboxSender::keepAuditAnswer(const Database &db, const PushReply &reply)
{
    const bool rewritten = reply.auditStatus == QLatin1String("rewritten");
    if (const Status s = ReplicaState(db).setAuditAnchor(reply.auditHeadId, rewritten); !s) {
        return s.error();
    }
    return rewritten;
}

Status OutboxSender::run(SyncReport &report)
{
    const Result<OutboxSummary> summary = m_outbox.summary();
    if (!summary) {
        return summary.error();
    }
    m_total = summary->waiting;
    m_done = 0;
    // A second pass picks up items whose files the server turned out not to have.
    for (int pass = 0; pass < 2; ++pass) {
        m_incomplete = false;
        qint64 after = 0;
        for (;;) {
            if (m_cancelled) {
                return Error{QStringLiteral("sync.cancelled"), tr("Sinkronisasi dibatalkan.")};
            }
            Result<QList<OutboxBatchItem>> batch =
                m_outbox.nextBatch(m_options.batchItems, m_options.batchBytes, after);
            if (!batch) {
                return batch.error();
            }
            if (batch->isEmpty()) {
                break;
            }
            after = batch->last().requestId;
            QList<OutboxBatchItem> ready;
            for (const OutboxBatchItem &item : *batch) {
                Status files;
                for (const AttachmentRef &a : item.attachments) {
                    Result<bool> confirmed = m_uploader.isConfirmed(a.sha256);
                    if (!confirmed) {
                        return confirmed.error();
                    }
                    if (!*confirmed) {
                        files = m_uploader.upload(a.sha256, report);
                        if (!files) {
                            break;
                        }
                    }
                }
                if (files) {
                    ready.append(item);
                } else if (files.error().code.startsWith(QLatin1String("attachment."))) {
                    // The file on this computer (or its counterpart on the server) needs the
                    // operator: park this item, keep going with the others.
                    if (const Status s = m_outbox.park(item.requestId, files.error().code,
                                                       files.error().message, m_options.actor);
                        !s) {
                        return s;
                    }
                    ++report.parked;
                } else {
                    return files;
                }
            }
            if (!ready.isEmpty()) {
                if (const Status s = sendBatch(ready, report); !s) {
                    return s;
                }
            }
        }
        if (!m_incomplete) {
            break;
        }
    }
    return {};
}

Status OutboxSender::sendBatch(QList<OutboxBatchItem> batch, SyncReport &report)
{
    QList<qint64> ids;
    for (const OutboxBatchItem &item : batch) {
        ids.append(item.requestId);
    }
    if (const Status s = m_outbox.markSending(ids, m_options.actor); !s) {
        return s;
    }
    Result<AuditClaim> audit = auditClaim(m_db);
    if (!audit) {
        return audit.error();
    }
    PushRequest push;
    push.audit = *audit;
    for (const OutboxBatchItem &item : batch) {
        push.items.append({item.key, item.payloadSha256, item.envelope});
    }
    report.sent += int(batch.size());
    Result<HttpResult> answer = m_server.call(
        "POST", apiPath("push"), {}, QJsonDocument(push.toJson()).toJson(QJsonDocument::Compact),
        "application/json", report);
    if (!answer) {
        if (Transport::isTransient(answer.error())) {
            (void)m_outbox.noteTransientFailure(ids, answer.error().message);
        }
        return answer.error();
    }
    const bool wholeBatchRefused =
        answer->status == 400 || answer->status == 413 || answer->status == 422;
    if (wholeBatchRefused) {
        const Error why = Transport::describe(*answer);
        if (batch.size() > 1) {
            // Find the culprit: halves until it is alone.
            report.sent -= int(batch.size());
            const qsizetype half = batch.size() / 2;
            if (const Status s = sendBatch(batch.mid(0, half), report); !s) {
                return s;
            }
            return sendBatch(batch.mid(half), report);
        }
        if (const Status s =
                m_outbox.park(batch.first().requestId, why.code, why.message, m_options.actor);
            !s) {
            return s;
        }
        ++report.parked;
        return {};
    }
    Result<QJsonObject> body = Transport::parse(*answer);
    if (!body) {
        if (Transport::isTransient(body.error())) {
            (void)m_outbox.noteTransientFailure(ids, body.error().message);
        }
        return body.error();
    }
    Result<PushReply> reply = PushReply::fromJson(*body);
    if (!reply) {
        return Error{
            QStringLiteral("net.bad_response"),
            tr("Jawaban server atas kiriman tidak bisa dibaca: %1").arg(reply.error().message)};
    }
    return applyReply(batch, *reply, report);
}

Status OutboxSender::applyReply(const QList<OutboxBatchItem> &batch, const PushReply &reply,
                                SyncReport &report)
{
    QHash<QString, const PushResult *> byKey;
    for (const PushResult &r : reply.results) {
        byKey.insert(r.key, &r);
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    int acknowledged = 0;
    int parked = 0;
    for (const OutboxBatchItem &item : batch) {
        const PushResult *r = byKey.value(item.key);
        if (!r) {
            m_incomplete = true; // no word about it: it stays Sent and goes again
            continue;
        }
        switch (r->outcome) {
        case PushOutcome::Accepted:
            if (const Status s = m_outbox.acknowledge(item.requestId, r->receivedAt, r->conflict,
                                                      Outbox::serverActor());
                !s) {
                return s;
            }
            ++acknowledged;
            break;
        case PushOutcome::Rejected:
            if (const Status s =
                    m_outbox.park(item.requestId, r->code, r->message, Outbox::serverActor());
                !s) {
                return s;
            }
            ++parked;
            break;
        case PushOutcome::Incomplete:
            for (const QString &sha : r->missing) {
                if (const Status s = m_uploader.forget(sha); !s) {
                    return s;
                }
            }
            m_incomplete = true;
            break;
        }
    }
    const Result<bool> rewritten = keepAuditAnswer(m_db, reply);
    if (!rewritten) {
        return rewritten.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s;
    }
    report.acknowledged += acknowledged;
    report.parked += parked;
    report.auditRewritten = report.auditRewritten || *rewritten;
    m_done += int(batch.size());
    if (m_progress) {
        m_progress(SyncStage::Sending, m_done, qMax(m_total, m_done));
    }
    return {};
}

} // namespace tepat::sync
