#include "sync/client/SyncSession.h"

#include "core/accounts/Role.h"

#include "core/common/Clock.h"
#include "core/matching/NewDuplicates.h"
#include "core/outbox/Outbox.h"
#include "core/replica/ReplicaState.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "sync/client/LetterSync.h"
#include "sync/client/OutboxSender.h"
#include "sync/client/Puller.h"
#include "sync/client/ServerConnection.h"
#include "sync/client/VerificationSender.h"
#include "sync/protocol/Protocol.h"

#include <QSqlQuery>

namespace tepat::sync {

SyncSession::SyncSession(const Database &db, const Clock &clock, SyncOptions options)
    : m_db(db)
    , m_clock(clock)
    , m_options(std::move(options))
{}

SyncSession::~SyncSession() = default;

SyncReport SyncSession::run()
{
    SyncReport report;
    const SyncJournal journal(m_db, m_clock);
    const Result<qint64> runId = journal.begin(m_options.actor);
    if (!runId) {
        report.error = runId.error();
        return report;
    }
    const Status stages = runStages(report);
    if (stages) {
        report.outcome = SyncOutcome::Ok;
    } else {
        report.error = stages.error();
        report.outcome = stages.error().code == QLatin1String("sync.cancelled")
                             ? SyncOutcome::Cancelled
                             : SyncOutcome::Failed;
    }
    if (const Result<OutboxSummary> summary =
            Outbox(m_db, m_clock, m_options.filesRoot).summary()) {
        report.waiting = summary->waiting;
        if (report.outcome == SyncOutcome::Ok && (summary->waiting > 0 || summary->parked > 0)) {
            report.outcome = SyncOutcome::Partial;
        }
    }
    SyncRun run;
    run.id = *runId;
    run.outcome = report.outcome;
    run.sent = report.sent;
    run.acknowledged = report.acknowledged;
    run.parked = report.parked;
    run.pulled = report.pulled;
    run.decisions = report.decisions;
    run.message = report.error ? report.error->message : QString();
    if (const Status s = journal.finish(run); !s && !report.error) {
        report.error = s.error();
    }
    if (m_progress) {
        m_progress(SyncStage::Finished, 1, 1);
    }
    return report;
}

Status SyncSession::runStages(SyncReport &report)
{
    if (m_progress) {
        m_progress(SyncStage::Connecting, 0, 0);
    }
    ServerConnection server(m_db, m_clock, m_options, &m_cancelled);
    server.setCredentials(m_refreshToken, m_password, m_passwordProvider);
    if (const Status s = server.signIn(report); !s) {
        return s;
    }
    if (m_db.setting(QStringLiteral("village_code")).isEmpty()) {
        // A new installation takes its village from the account it signs in with.
        if (const Status s =
                m_db.setSetting(QStringLiteral("village_code"), server.account().villageCode);
            !s) {
            return s;
        }
    }
    const ReplicaState state(m_db);
    if (state.serverId().isEmpty()) {
        if (const Status s = state.setServerId(server.serverId()); !s) {
            return s;
        }
    } else if (state.serverId() != server.serverId()) {
        report.alert = {QStringLiteral("sync.server_changed"),
                        tr("Server pusat di %1 bukan server yang selama ini dipakai (identitasnya "
                           "berbeda). Sinkronisasi dihentikan sampai petugas memastikan "
                           "servernya benar dan mengonfirmasinya.")
                            .arg(m_options.server.toString()),
                        m_clock.now()};
        if (const Status s = state.setAlert(report.alert); !s) {
            return s;
        }
        return Error{report.alert.code, report.alert.message};
    }
    if (m_options.push) {
        const LetterSync letters(m_db, m_clock, server);
        letters.registerKeys(report);
        letters.sendRevocations(report);
        OutboxSender sender(m_db, m_clock, m_options, server, m_progress, m_cancelled);
        if (const Status s = sender.run(report); !s) {
            return s;
        }
        VerificationSender verifications(m_db, m_clock, m_options, server);
        if (const Status s = verifications.run(report); !s) {
            return s;
        }
    }
    if (m_options.pull) {
        Puller puller(m_db, m_clock, m_options, server, m_progress, m_cancelled);
        const Status pulled = puller.run(report);
        // Beranda counts the likely duplicate pairs the pull brought in (issue 17).
        if (report.pulled > 0) {
            if (const Status s = NewDuplicates::markRegisterChanged(m_db); !s) {
                return s;
            }
        }
        if (!pulled) {
            return pulled;
        }
    }
    return {};
}

Status SyncSession::acceptServer(const Database &db, const Clock &clock, const Session &session)
{
    if (const Status allowed = session.require(Permission::Send); !allowed) {
        return allowed;
    }
    const QString &actor = session.username();
    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (const Status s = ReplicaState(db).resetForNewServer({}); !s) {
        return s;
    }
    // The confirmed server is the truth again: every record is taken from its snapshot.
    for (const char *sql :
         {"UPDATE household SET server_version = 0", "UPDATE person SET server_version = 0",
          "UPDATE program_membership SET server_version = 0", "DELETE FROM replica_held",
          "DELETE FROM attachment_upload"}) {
        if (Result<QSqlQuery> q = db.query(QLatin1String(sql)); !q) {
            return q.error();
        }
    }
    const Result<int> resend = Outbox(db, clock, {}).markForResend(session);
    if (!resend) {
        return resend.error();
    }
    const Result<AuditEntry> audit = AuditTrail(db, clock).record(
        actor, QStringLiteral("sync.accept_server"), QStringLiteral("replica"), {},
        {{QStringLiteral("resend"), *resend}});
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

} // namespace tepat::sync
