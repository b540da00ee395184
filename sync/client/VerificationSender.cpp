#include "sync/client/VerificationSender.h"

#include "core/storage/Database.h"
#include "sync/client/OutboxSender.h"
#include "sync/protocol/Protocol.h"

#include <QJsonDocument>

namespace tepat::sync {

VerificationSender::VerificationSender(const Database &db, const Clock &clock,
                                       const SyncOptions &options, ServerConnection &server)
    : m_db(db)
    , m_server(server)
    , m_outbox(db, clock, options.filesRoot)
    , m_uploader(db, clock, options, server)
{}

Status VerificationSender::run(SyncReport &report)
{
    const Result<QList<VerificationItem>> items = m_outbox.waiting();
    if (!items) {
        return items.error();
    }
    for (const VerificationItem &item : *items) {
        if (const Status s = send(item, report); !s) {
            return s;
        }
    }
    return {};
}

Status VerificationSender::send(const VerificationItem &item, SyncReport &report)
{
    for (const AttachmentRef &a : item.attachments) {
        Result<bool> confirmed = m_uploader.isConfirmed(a.sha256);
        if (!confirmed) {
            return confirmed.error();
        }
        if (*confirmed) {
            continue;
        }
        if (const Status files = m_uploader.upload(a.sha256, report); !files) {
            if (!files.error().code.startsWith(QLatin1String("attachment."))) {
                return files;
            }
            // The photo on this computer needs the operator: park, keep going with the others.
            ++report.parked;
            return m_outbox.park(item.id, files.error().code, files.error().message);
        }
    }
    if (const Status s = m_outbox.markSending(item.id); !s) {
        return s;
    }
    Result<AuditClaim> audit = OutboxSender::auditClaim(m_db);
    if (!audit) {
        return audit.error();
    }
    PushRequest push;
    push.audit = *audit;
    push.items.append({item.key, item.payloadSha256, item.envelope});
    ++report.sent;
    Result<HttpResult> answer = m_server.call(
        "POST", apiPath("push"), {}, QJsonDocument(push.toJson()).toJson(QJsonDocument::Compact),
        "application/json", report);
    if (!answer) {
        if (Transport::isTransient(answer.error())) {
            (void)m_outbox.noteTransientFailure(item.id, answer.error().message);
        }
        return answer.error();
    }
    if (answer->status == 400 || answer->status == 413 || answer->status == 422) {
        const Error why = Transport::describe(*answer);
        ++report.parked;
        return m_outbox.park(item.id, why.code, why.message);
    }
    Result<QJsonObject> body = Transport::parse(*answer);
    if (!body) {
        if (Transport::isTransient(body.error())) {
            (void)m_outbox.noteTransientFailure(item.id, body.error().message);
        }
        return body.error();
    }
    Result<PushReply> reply = PushReply::fromJson(*body);
    if (!reply) {
        return Error{
            QStringLiteral("net.bad_response"),
            tr("Jawaban server atas kiriman tidak bisa dibaca: %1").arg(reply.error().message)};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    for (const PushResult &r : reply->results) {
        if (r.key != item.key) {
            continue;
        }
        switch (r.outcome) {
        case PushOutcome::Accepted:
            if (const Status s = m_outbox.acknowledge(item.id, r.receivedAt); !s) {
                return s;
            }
            ++report.acknowledged;
            break;
        case PushOutcome::Rejected:
            if (const Status s = m_outbox.park(item.id, r.code, r.message); !s) {
                return s;
            }
            ++report.parked;
            break;
        case PushOutcome::Incomplete:
            for (const QString &sha : r.missing) {
                if (const Status s = m_uploader.forget(sha); !s) {
                    return s;
                }
            }
            ++report.waiting;
            break;
        }
    }
    const Result<bool> rewritten = OutboxSender::keepAuditAnswer(m_db, *reply);
    if (!rewritten) {
        return rewritten.error();
    }
    report.auditRewritten = report.auditRewritten || *rewritten;
    return tx.commit();
}

} // namespace tepat::sync
