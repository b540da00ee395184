#include "ui/sync/SyncController.h"

#include "core/common/Clock.h"
#include "core/replica/ReplicaApplier.h"
#include "core/storage/Database.h"
#include "core/storage/StoreEvents.h"
#include "sync/client/SyncSession.h"
#include "sync/client/SyncSettings.h"
#include "sync/client/TokenStore.h"
#include "ui/common/AppContext.h"

#include <QThread>

namespace tepat {

SyncController::SyncController(AppContext &context, std::unique_ptr<sync::TokenStore> tokens,
                               QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_tokens(std::move(tokens))
    , m_scheduler(context.clock)
{
    connect(&m_scheduler, &sync::SyncScheduler::syncDue, this, &SyncController::syncAutomatically);
}

SyncController::~SyncController()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

QString SyncController::serverUrl() const
{
    return sync::SyncSettings(m_context.db).serverUrl();
}

QString SyncController::username() const
{
    return sync::SyncSettings(m_context.db).username();
}

bool SyncController::automatic() const
{
    return sync::SyncSettings(m_context.db).automatic();
}

QString SyncController::account() const
{
    return sync::TokenStore::accountKey(serverUrl(), username());
}

Status SyncController::saveServer(const QString &url, const QString &name, bool automatic)
{
    if (const Status s = m_context.session.require(Permission::Send); !s) {
        return s;
    }
    const sync::SyncSettings settings(m_context.db);
    Transaction tx(m_context.db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (const Status s = settings.setServerUrl(url); !s) {
        return s;
    }
    if (const Status s = settings.setUsername(name); !s) {
        return s;
    }
    if (const Status s = settings.setAutomatic(automatic); !s) {
        return s;
    }
    if (const Status s = tx.commit(); !s) {
        return s;
    }
    Q_EMIT changed();
    return {};
}

void SyncController::forgetLogin()
{
    m_tokens->remove(account(), [this](const sync::TokenLookup &r) {
        Q_EMIT loginStatus(r.status == sync::TokenLookup::Status::Unavailable
                               ? tr("Keychain tidak tersedia; tidak ada sesi masuk yang "
                                    "tersimpan.")
                               : tr("Sesi masuk dilupakan. Sinkronisasi berikutnya meminta "
                                    "kata sandi."));
    });
}

void SyncController::checkLogin()
{
    if (serverUrl().isEmpty() || username().isEmpty()) {
        Q_EMIT loginStatus(tr("Server belum diatur."));
        return;
    }
    m_tokens->read(account(), [this](const sync::TokenLookup &r) {
        switch (r.status) {
        case sync::TokenLookup::Status::Found:
            Q_EMIT loginStatus(tr("Sesi masuk tersimpan di keychain sistem."));
            break;
        case sync::TokenLookup::Status::NotFound:
            Q_EMIT loginStatus(tr("Belum masuk; sinkronisasi berikutnya meminta kata sandi."));
            break;
        case sync::TokenLookup::Status::Unavailable:
            Q_EMIT loginStatus(tr("Keychain sistem tidak tersedia: kata sandi ditanyakan setiap "
                                  "kali sinkronisasi dan tidak pernah disimpan di disk."));
            break;
        }
    });
}

Result<SyncOverview> SyncController::overview() const
{
    SyncOverview o;
    const Outbox outbox(m_context.db, m_context.clock, m_context.filesFolder);
    Result<OutboxSummary> summary = outbox.summary();
    if (!summary) {
        return summary.error();
    }
    o.summary = *summary;
    const SyncJournal journal(m_context.db, m_context.clock);
    Result<std::optional<SyncRun>> last = journal.last();
    Result<std::optional<SyncRun>> success = journal.lastSuccess();
    if (!last || !success) {
        return last ? success.error() : last.error();
    }
    o.last = *last;
    o.lastSuccess = *success;
    const ReplicaState state(m_context.db);
    o.alert = state.alert();
    o.auditRewritten = state.auditRewritten();
    Result<int> held = ReplicaApplier(m_context.db, m_context.clock).heldCount();
    if (!held) {
        return held.error();
    }
    o.held = *held;
    qint64 after = 0;
    for (;;) {
        Result<QList<OutboxEntry>> page = outbox.list(false, 500, after);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            break;
        }
        for (const OutboxEntry &e : *page) {
            after = e.requestId;
            if (e.isParked()) {
                o.problems.append(e);
            }
        }
    }
    Result<QList<DecisionEntry>> decisions = outbox.decisions(50);
    if (!decisions) {
        return decisions.error();
    }
    o.decisions = *decisions;
    return o;
}

Result<sync::SyncOptions> SyncController::options() const
{
    Result<sync::SyncOptions> o = sync::SyncSettings(m_context.db).sessionOptions();
    if (!o) {
        return o;
    }
    o->actor = m_context.session.username();
    o->filesRoot = m_context.filesFolder;
    if (m_hook) {
        m_hook(*o);
    }
    return o;
}

Status SyncController::prepare(bool interactive)
{
    if (const Status s = m_context.session.require(Permission::Send); !s) {
        return s;
    }
    if (m_thread || m_waitingForPassword) {
        return Error{QStringLiteral("sync.running"), tr("Sinkronisasi sedang berjalan.")};
    }
    if (serverUrl().isEmpty() || username().isEmpty()) {
        return Error{QStringLiteral("sync.not_configured"),
                     interactive ? tr("Atur dulu alamat server dan nama pengguna di Pengaturan → "
                                      "Server.")
                                 : tr("Server belum diatur.")};
    }
    if (const Result<sync::SyncOptions> o = options(); !o) {
        return o.error();
    }
    return {};
}

Status SyncController::syncNow()
{
    if (const Status s = prepare(true); !s) {
        return s;
    }
    m_waitingForPassword = true;
    m_tokens->read(account(), [this](const sync::TokenLookup &r) {
        if (r.status == sync::TokenLookup::Status::Found) {
            m_waitingForPassword = false;
            start(r.token, {}, true);
            return;
        }
        Q_EMIT passwordRequired(
            r.status == sync::TokenLookup::Status::Unavailable
                ? tr("Keychain sistem tidak tersedia, jadi sesi masuk tidak bisa disimpan. "
                     "Masukkan kata sandi akun server %1.")
                      .arg(username())
                : tr("Masukkan kata sandi akun server %1.").arg(username()));
    });
    return {};
}

void SyncController::providePassword(const QByteArray &password)
{
    if (!m_waitingForPassword) {
        return;
    }
    m_waitingForPassword = false;
    if (password.isEmpty()) {
        Q_EMIT finished(tr("Sinkronisasi tidak dijalankan: kata sandi tidak diisi."), false);
        return;
    }
    start({}, password, true);
}

void SyncController::syncAutomatically()
{
    if (!automatic()) {
        m_scheduler.finished(true); // nothing to do now; look again after the interval
        return;
    }
    if (const Status ready = prepare(false); !ready) {
        const QString &code = ready.error().code;
        if (code == QLatin1String("sync.not_configured") || code == QLatin1String("sync.running") ||
            code == QLatin1String("auth.forbidden")) {
            m_scheduler.finished(true);
            return;
        }
        // Set up but unusable (an unreadable CA file): say so, and back off like any failure.
        sync::SyncReport failed;
        failed.outcome = SyncOutcome::Failed;
        failed.error = ready.error();
        done(failed, false);
        return;
    }
    m_tokens->read(account(), [this](const sync::TokenLookup &r) {
        if (r.status != sync::TokenLookup::Status::Found || m_thread) {
            // Without a kept login an automatic sync cannot sign in; it never asks by itself.
            m_scheduler.finished(false);
            return;
        }
        start(r.token, {}, false);
    });
}

void SyncController::start(const QString &refreshToken, const QByteArray &password,
                           bool interactive)
{
    const Result<sync::SyncOptions> prepared = options();
    if (!prepared) {
        sync::SyncReport failed;
        failed.outcome = SyncOutcome::Failed;
        failed.error = prepared.error();
        done(failed, interactive);
        return;
    }
    const sync::SyncOptions opts = *prepared;
    const QString path = m_context.db.path();
    const Clock &clock = m_context.clock;
    m_thread = QThread::create([this, opts, path, &clock, refreshToken, password, interactive] {
        sync::SyncReport report;
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            report.error = db.error();
        } else {
            sync::SyncSession session(*db.value(), clock, opts);
            session.setRefreshToken(refreshToken);
            session.setPassword(password);
            session.setProgress([this](sync::SyncStage stage, qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, stage, done, total] { Q_EMIT progress(stage, done, total); },
                    Qt::QueuedConnection);
            });
            {
                const QMutexLocker lock(&m_sessionLock);
                m_session = &session;
            }
            report = session.run();
            const QMutexLocker lock(&m_sessionLock);
            m_session = nullptr;
        }
        QMetaObject::invokeMethod(
            this, [this, report, interactive] { done(report, interactive); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
    Q_EMIT started();
}

void SyncController::cancel()
{
    const QMutexLocker lock(&m_sessionLock);
    if (m_session) {
        m_session->cancel();
    }
}

void SyncController::done(const sync::SyncReport &report, bool interactive)
{
    if (m_thread) {
        m_thread->wait();
        m_thread = nullptr;
    }
    if (!report.refreshToken.isEmpty()) {
        m_tokens->write(account(), report.refreshToken, [this](const sync::TokenLookup &r) {
            if (r.status == sync::TokenLookup::Status::Unavailable) {
                Q_EMIT loginStatus(tr("Keychain sistem tidak tersedia: kata sandi akan "
                                      "ditanyakan lagi pada sinkronisasi berikutnya."));
            }
        });
    } else if (report.refreshTokenRejected) {
        m_tokens->remove(account(), [](const sync::TokenLookup &) {});
    }
    m_scheduler.finished(report.outcome != SyncOutcome::Failed);
    QString text =
        tr("Terkirim %1, diterima server %2, bermasalah %3, masih menunggu %4; perubahan "
           "diterima %5, keputusan Dinsos %6.")
            .arg(report.sent)
            .arg(report.acknowledged)
            .arg(report.parked)
            .arg(report.waiting)
            .arg(report.pulled)
            .arg(report.decisions);
    if (report.error) {
        text = report.error->message + u'\n' + text;
    }
    StoreEvents::of(m_context.db).announce(); // the session wrote through its own connection
    Q_EMIT changed();
    Q_EMIT finished(text, !report.error);
    if (report.needsPassword && interactive) {
        m_waitingForPassword = true;
        Q_EMIT passwordRequired(report.error ? report.error->message
                                             : tr("Masukkan kata sandi akun server."));
    }
}

Result<int> SyncController::enqueueApproved()
{
    Result<int> added = Outbox(m_context.db, m_context.clock, m_context.filesFolder)
                            .enqueueApproved(m_context.session);
    Q_EMIT changed();
    return added;
}

Status SyncController::fix(qint64 requestId, const QJsonObject &payload)
{
    const Outbox outbox(m_context.db, m_context.clock, m_context.filesFolder);
    Transaction tx(m_context.db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (const Status s = outbox.editPayload(requestId, payload, m_context.session); !s) {
        return s;
    }
    if (const Status s = outbox.resend(requestId, m_context.session); !s) {
        return s;
    }
    const Status committed = tx.commit();
    Q_EMIT changed();
    return committed;
}

Status SyncController::resend(qint64 requestId)
{
    const Status s = Outbox(m_context.db, m_context.clock, m_context.filesFolder)
                         .resend(requestId, m_context.session);
    Q_EMIT changed();
    return s;
}

Status SyncController::acceptServer()
{
    const Status s =
        sync::SyncSession::acceptServer(m_context.db, m_context.clock, m_context.session);
    Q_EMIT changed();
    return s;
}

} // namespace tepat
