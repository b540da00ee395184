#include "sync/client/Puller.h"

#include "core/common/Clock.h"
#include "core/replica/ReplicaState.h"
#include "core/storage/Database.h"
#include "sync/protocol/Protocol.h"

namespace tepat::sync {

Puller::Puller(const Database &db, const Clock &clock, const SyncOptions &options,
               ServerConnection &server, const ProgressFn &progress,
               const std::atomic<bool> &cancelled)
    : m_db(db)
    , m_clock(clock)
    , m_options(options)
    , m_server(server)
    , m_progress(progress)
    , m_cancelled(cancelled)
    , m_applier(db, clock)
{}

Status Puller::raise(const QString &code, const QString &message, SyncReport &report)
{
    report.alert = {code, message, m_clock.now()};
    if (const Status s = ReplicaState(m_db).setAlert(report.alert); !s) {
        return s;
    }
    return Error{code, message};
}

Status Puller::pullSnapshot(SyncReport &report)
{
    const ReplicaState state(m_db);
    QString next = state.snapshotNext();
    qint64 asOf = state.snapshotAsOf();
    for (;;) {
        if (m_cancelled) {
            return Error{QStringLiteral("sync.cancelled"), tr("Sinkronisasi dibatalkan.")};
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("after"), next);
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.snapshotPage));
        Result<QJsonObject> body = m_server.callJson("GET", apiPath("snapshot"), query, {}, report);
        if (!body) {
            return body.error();
        }
        Result<SnapshotPage> page = SnapshotPage::fromJson(*body);
        if (!page) {
            return Error{QStringLiteral("net.bad_response"), page.error().message};
        }
        if (page->serverId != m_server.serverId()) {
            return Error{QStringLiteral("net.bad_response"),
                         tr("Jawaban snapshot datang dari server lain.")};
        }
        if (next.isEmpty()) {
            asOf = page->asOfSequence; // the snapshot is consistent with this sequence
        }
        Result<ApplyReport> applied = m_applier.applySnapshot(page->records, page->next, asOf);
        if (!applied) {
            return applied.error();
        }
        report.pulled += applied->applied;
        report.held += applied->held;
        if (m_progress) {
            m_progress(SyncStage::Receiving, report.pulled, 0);
        }
        if (page->next.isEmpty()) {
            return {};
        }
        next = page->next;
    }
}

Status Puller::run(SyncReport &report)
{
    const ReplicaState state(m_db);
    if (const SyncAlert alert = state.alert(); alert.isSet()) {
        report.alert = alert;
        return Error{alert.code, alert.message};
    }
    if (!state.snapshotDone() && state.cursor() == 0) {
        if (const Status s = pullSnapshot(report); !s) {
            return s;
        }
    }
    for (;;) {
        if (m_cancelled) {
            return Error{QStringLiteral("sync.cancelled"), tr("Sinkronisasi dibatalkan.")};
        }
        const qint64 cursor = state.cursor();
        const qint64 seen = state.lastSeenSequence();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("after"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pullPage));
        Result<QJsonObject> body = m_server.callJson("GET", apiPath("changes"), query, {}, report);
        if (!body) {
            return body.error();
        }
        Result<ChangePage> page = ChangePage::fromJson(*body);
        if (!page) {
            return Error{
                QStringLiteral("net.bad_response"),
                tr("Daftar perubahan dari server tidak valid: %1").arg(page.error().message)};
        }
        if (page->serverId != m_server.serverId() || page->serverId != state.serverId()) {
            return raise(QStringLiteral("sync.server_changed"),
                         tr("Server pusat yang menjawab bukan server yang selama ini dipakai. "
                            "Penarikan data dihentikan sampai petugas memastikan servernya "
                            "benar."),
                         report);
        }
        if (page->latestSequence < seen || page->latestSequence < cursor) {
            return raise(QStringLiteral("sync.sequence_regressed"),
                         tr("Nomor urut perubahan di server pusat mundur dari %1 ke %2: server "
                            "tampaknya dipulihkan dari cadangan lama. Penarikan data dihentikan; "
                            "hubungi pengelola server, lalu konfirmasi server yang dipulihkan di "
                            "halaman Sinkronisasi.")
                             .arg(qMax(seen, cursor))
                             .arg(page->latestSequence),
                         report);
        }
        if (!page->changes.isEmpty() && page->changes.first().seq <= cursor) {
            return Error{QStringLiteral("net.bad_response"),
                         tr("Server mengirim perubahan yang sudah diterima sebelumnya.")};
        }
        const qint64 next = page->changes.isEmpty() ? cursor : page->changes.last().seq;
        Result<ApplyReport> applied =
            m_applier.applyChanges(page->changes, next, page->latestSequence);
        if (!applied) {
            return applied.error();
        }
        report.pulled += applied->applied;
        report.decisions += applied->decisions;
        report.held += applied->held;
        if (m_progress) {
            m_progress(SyncStage::Receiving, next, page->latestSequence);
        }
        if (!page->hasMore) {
            break;
        }
    }
    Result<int> released = m_applier.releaseHeld();
    if (!released) {
        return released.error();
    }
    report.pulled += *released;
    return {};
}

} // namespace tepat::sync
