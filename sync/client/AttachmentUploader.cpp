#include "sync/client/AttachmentUploader.h"

#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "core/storage/Database.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"

#include <QCryptographicHash>
#include <QFile>

namespace tepat::sync {

AttachmentUploader::AttachmentUploader(const Database &db, const Clock &clock,
                                       const SyncOptions &options, ServerConnection &server)
    : m_db(db)
    , m_clock(clock)
    , m_options(options)
    , m_server(server)
{}

Result<bool> AttachmentUploader::isConfirmed(const QString &sha256) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT 1 FROM attachment_upload WHERE sha256 = ? AND server_id = ?"),
        {sha256, m_server.serverId()});
    if (!q) {
        return q.error();
    }
    return q->next();
}

Status AttachmentUploader::confirm(const QString &sha256) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("INSERT INTO attachment_upload(sha256, server_id, confirmed_at) "
                                  "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                   {sha256, m_server.serverId(), storedTime(m_clock.now())});
    if (!q) {
        return q.error();
    }
    return {};
}

Status AttachmentUploader::forget(const QString &sha256) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("DELETE FROM attachment_upload WHERE sha256 = ?"), {sha256});
    if (!q) {
        return q.error();
    }
    return {};
}

Status AttachmentUploader::upload(const QString &sha256, SyncReport &report)
{
    const QString path = apiPath("attachments/") + sha256;
    Result<QJsonObject> stateBody = m_server.callJson("GET", path, {}, {}, report);
    if (!stateBody) {
        return stateBody.error();
    }
    Result<UploadState> state = UploadState::fromJson(*stateBody);
    if (!state) {
        return Error{QStringLiteral("net.bad_response"), state.error().message};
    }
    if (state->complete) {
        return confirm(sha256);
    }
    const ContentStore store(m_options.filesRoot);
    QFile file(store.pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("attachment.local_missing"),
                     tr("Berkas lampiran %1… tidak ada lagi di komputer ini. Lampirkan ulang "
                        "berkasnya pada usulan.")
                         .arg(sha256.left(12))};
    }
    const qint64 total = file.size();
    if (total > limits::kAttachment || total == 0) {
        return Error{QStringLiteral("attachment.local_too_large"),
                     tr("Berkas lampiran %1… berukuran %2 byte; server menerima 1 byte sampai "
                        "%3 MB.")
                         .arg(sha256.left(12))
                         .arg(total)
                         .arg(limits::kAttachment / (1024 * 1024))};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file) || QString::fromLatin1(hash.result().toHex()) != sha256) {
        return Error{QStringLiteral("attachment.local_damaged"),
                     tr("Berkas lampiran %1… di komputer ini rusak (isinya tidak cocok dengan "
                        "sidiknya). Lampirkan ulang berkasnya pada usulan.")
                         .arg(sha256.left(12))};
    }
    qint64 offset = state->received;
    if (state->total && *state->total != total) {
        return Error{QStringLiteral("attachment.server_total"),
                     tr("Server menyimpan unggahan lain dengan sidik yang sama tetapi ukuran "
                        "berbeda; hubungi pengelola server.")};
    }
    while (offset < total) {
        if (!file.seek(offset)) {
            return Error{QStringLiteral("attachment.local_damaged"),
                         tr("Berkas lampiran %1… tidak terbaca.").arg(sha256.left(12))};
        }
        const QByteArray chunk = file.read(qMin(m_options.chunkBytes, total - offset));
        if (chunk.isEmpty()) {
            return Error{QStringLiteral("attachment.local_damaged"),
                         tr("Berkas lampiran %1… tidak terbaca.").arg(sha256.left(12))};
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        query.addQueryItem(QStringLiteral("total"), QString::number(total));
        ++report.chunksSent;
        Result<HttpResult> r =
            m_server.call("PUT", path, query, chunk, "application/octet-stream", report);
        if (!r) {
            return r.error();
        }
        if (r->status == 409) {
            // The server stands elsewhere (an earlier chunk arrived after all): continue there.
            const Result<QJsonObject> body = parseJsonObject(
                r->body, {limits::kJsonBody, limits::kJsonDepth, limits::kString, false});
            const qint64 received =
                body ? qint64(body->value(QLatin1String("received")).toDouble(-1)) : -1;
            if (received < 0 || received > total || received == offset) {
                return Transport::describe(*r);
            }
            offset = received;
            continue;
        }
        Result<QJsonObject> body = Transport::parse(*r);
        if (!body) {
            return body.error();
        }
        Result<UploadState> now = UploadState::fromJson(*body);
        if (!now) {
            return Error{QStringLiteral("net.bad_response"), now.error().message};
        }
        report.uploadedBytes += chunk.size();
        if (now->complete) {
            break;
        }
        if (now->received <= offset) {
            return Error{QStringLiteral("net.bad_response"),
                         tr("Server tidak mencatat potongan berkas yang dikirim.")};
        }
        offset = now->received;
    }
    ++report.uploadedFiles;
    return confirm(sha256);
}

} // namespace tepat::sync
