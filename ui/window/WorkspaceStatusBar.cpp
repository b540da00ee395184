#include "ui/window/WorkspaceStatusBar.h"

#include "core/common/Language.h"
#include "core/status/WorkspaceStatus.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackgroundActivity.h"
#include "ui/common/Icons.h"
#include "ui/common/StoreWatch.h"
#include "ui/window/MainWindow.h"
#include "ui/window/NavigationBar.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace tepat {

namespace {

QLabel *label(const char *name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setTextFormat(Qt::PlainText);
    l->setContentsMargins(6, 0, 6, 0);
    return l;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

WorkspaceStatusBar::WorkspaceStatusBar(MainWindow &window, AppContext &context)
    : QObject(&window)
    , m_window(window)
    , m_context(context)
{
    setObjectName(QStringLiteral("workspaceStatusBar"));
    QStatusBar *bar = window.statusBar();
    bar->setSizeGripEnabled(false);
    bar->setStyleSheet(QStringLiteral("QStatusBar::item { border: none; }"));

    auto *work = new QWidget(bar);
    auto *workLayout = new QHBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    m_activity = label("backgroundWork", work);
    m_progress = new QProgressBar(work);
    m_progress->setObjectName(QStringLiteral("backgroundProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    workLayout->addWidget(m_activity);
    workLayout->addWidget(m_progress);
    bar->addWidget(work, 1);

    m_meeting = label("nextMeeting", bar);
    m_outbox = label("outboxWaiting", bar);
    m_syncIcon = label("syncIcon", bar);
    m_sync = label("syncState", bar);
    m_syncIcon->setContentsMargins(6, 0, 0, 0);
    m_sync->setContentsMargins(0, 0, 6, 0);
    bar->addPermanentWidget(m_meeting);
    bar->addPermanentWidget(separator(bar));
    bar->addPermanentWidget(m_outbox);
    bar->addPermanentWidget(separator(bar));
    bar->addPermanentWidget(m_syncIcon);
    bar->addPermanentWidget(m_sync);
    bar->addPermanentWidget(separator(bar));

    connect(&BackgroundActivity::instance(), &BackgroundActivity::changed, this,
            &WorkspaceStatusBar::showActivity);
    StoreWatch::attach(&window, context.db, [this] { scheduleRefresh(); });
    showActivity();
    scheduleRefresh();
}

void WorkspaceStatusBar::scheduleRefresh()
{
    if (m_refreshPending) {
        return;
    }
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void WorkspaceStatusBar::setOnline(std::optional<bool> online)
{
    m_online = online;
    refresh();
}

void WorkspaceStatusBar::refresh()
{
    const Result<WorkspaceStatus> status =
        WorkspaceStatus::compute(m_context.db, m_context.clock, m_context.filesFolder);
    if (status) {
        show(*status);
    }
}

void WorkspaceStatusBar::show(const WorkspaceStatus &s)
{
    NavigationBar *nav = m_window.navigation();
    nav->setBadge(QStringLiteral("usulan"), s.drafts, NavigationBar::Tone::Normal,
                  tr("%n draf belum selesai", nullptr, s.drafts));
    nav->setBadge(QStringLiteral("musyawarah"), s.awaitingMeeting, NavigationBar::Tone::Normal,
                  tr("%n usulan menunggu keputusan musyawarah", nullptr, s.awaitingMeeting));
    if (s.outboxProblems > 0) {
        nav->setBadge(QStringLiteral("sinkronisasi"), s.outboxProblems,
                      NavigationBar::Tone::Warning,
                      tr("%n usulan ditolak server atau bentrok; perlu diperiksa", nullptr,
                         s.outboxProblems));
    } else {
        nav->setBadge(QStringLiteral("sinkronisasi"), s.outboxWaiting, NavigationBar::Tone::Normal,
                      tr("%n usulan menunggu dikirim", nullptr, s.outboxWaiting));
    }

    m_meeting->setText(
        s.nextMeeting
            ? tr("Musyawarah berikutnya: %1").arg(Language::formatDate(s.nextMeeting->heldOn))
            : tr("Belum ada musyawarah terjadwal"));
    QString outbox = tr("Menunggu dikirim: %1").arg(Language::formatNumber(s.outboxWaiting));
    if (s.outboxProblems > 0) {
        outbox += tr(" · perlu diperiksa: %1").arg(Language::formatNumber(s.outboxProblems));
    }
    m_outbox->setText(outbox);

    const bool offline = m_online.has_value() && !*m_online;
    const QString state = offline ? tr("Luring") : m_online ? tr("Daring") : QString();
    const QString last =
        s.lastSync
            ? tr("Sinkron terakhir %1").arg(Language::formatDateTime(s.lastSync->toLocalTime()))
            : tr("Belum pernah sinkron");
    QString sync = state.isEmpty() ? last : state + QStringLiteral(" · ") + last;
    if (s.lastSyncFailed) {
        sync += tr(" · percobaan terakhir gagal");
    }
    m_sync->setText(sync);
    m_sync->setToolTip(offline ? tr("Tidak ada jaringan. Semua pekerjaan tetap tersimpan di "
                                    "komputer ini dan dikirim saat tersambung lagi.")
                               : tr("Keadaan sinkronisasi dengan server Dinsos."));
    const QIcon icon = Icons::named(s.lastSyncFailed ? QStringLiteral("warning")
                                    : offline        ? QStringLiteral("offline")
                                                     : QStringLiteral("online"));
    m_syncIcon->setPixmap(icon.pixmap(QSize(16, 16), m_window.devicePixelRatioF()));
}

void WorkspaceStatusBar::showActivity()
{
    const QList<BackgroundActivity::Item> running = BackgroundActivity::instance().running();
    if (running.isEmpty()) {
        m_activity->clear();
        m_progress->hide();
        return;
    }
    const BackgroundActivity::Item &item = running.constLast();
    m_activity->setText(
        running.size() > 1
            ? tr("%1 (dan %n pekerjaan lain)", nullptr, int(running.size() - 1)).arg(item.title)
            : item.title);
    if (item.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(item.done * 1000 / item.total, 0, 1000)));
    } else {
        m_progress->setRange(0, 0); // busy, length unknown
    }
    m_progress->show();
}

} // namespace tepat
