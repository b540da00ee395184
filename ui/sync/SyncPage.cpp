#include "ui/sync/SyncPage.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/storage/Database.h"
#include "core/storage/StoreEvents.h"
#include "sync/client/TokenStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackgroundActivity.h"
#include "ui/common/EmptyTableHint.h"
#include "ui/common/Prompts.h"
#include "ui/common/StoreWatch.h"
#include "ui/settings/SettingsPage.h"
#include "ui/sync/ParkedItemDialog.h"
#include "ui/sync/ServerSettingsSection.h"
#include "ui/sync/SyncController.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WorkspaceStatusBar.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace tepat {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString stageText(sync::SyncStage stage)
{
    switch (stage) {
    case sync::SyncStage::Connecting:
        return SyncPage::tr("Menghubungi server pusat…");
    case sync::SyncStage::Uploading:
        return SyncPage::tr("Mengunggah foto dan berkas…");
    case sync::SyncStage::Sending:
        return SyncPage::tr("Mengirim usulan…");
    case sync::SyncStage::Receiving:
        return SyncPage::tr("Menerima perubahan dan keputusan…");
    case sync::SyncStage::Finished:
        return SyncPage::tr("Selesai.");
    }
    return {};
}

} // namespace

SyncPage::SyncPage(AppContext &context, SyncController *controller, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_controller(controller)
{
    m_controller->setParent(this);
    askPassword = [this](const QString &reason) -> std::optional<QByteArray> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Masuk ke server pusat"), reason,
                                                   QLineEdit::Password, {}, &ok);
        return ok ? std::optional<QByteArray>(text.toUtf8()) : std::nullopt;
    };
    confirm = [this](const QString &question) {
        return Prompts::confirm(this, {tr("Sinkronisasi"), question, tr("Lanjutkan")});
    };

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Sinkronisasi</h2>"), this);
    layout->addWidget(title);

    m_alert = new QLabel(this);
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #7a1b14; "
                                          "padding: 8px; border-radius: 4px; }"));
    m_acceptServer = new QPushButton(tr("Konfirmasi server ini…"), this);
    auto *alertRow = new QHBoxLayout();
    alertRow->addWidget(m_alert, 1);
    alertRow->addWidget(m_acceptServer);
    layout->addLayout(alertRow);
    m_auditWarning = new QLabel(
        tr("Server pusat mencatat bahwa riwayat audit komputer ini pernah diubah atau dipulihkan "
           "dari cadangan lama. Dinsos akan melihatnya pada usulan dari komputer ini."),
        this);
    m_auditWarning->setWordWrap(true);
    m_auditWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; padding: 8px; }"));
    layout->addWidget(m_auditWarning);

    m_lastSuccess = new QLabel(this);
    m_lastAttempt = new QLabel(this);
    m_lastAttempt->setWordWrap(true);
    layout->addWidget(m_lastSuccess);
    layout->addWidget(m_lastAttempt);

    auto *countsBox = new QGroupBox(tr("Usulan"), this);
    auto *countsLayout = new QHBoxLayout(countsBox);
    m_counts = new QLabel(countsBox);
    m_counts->setTextFormat(Qt::RichText);
    m_enqueue = new QPushButton(tr("Masukkan yang disetujui ke kotak keluar"), countsBox);
    countsLayout->addWidget(m_counts, 1);
    countsLayout->addWidget(m_enqueue, 0, Qt::AlignTop);
    layout->addWidget(countsBox);

    auto *problemsBox = new QGroupBox(tr("Masalah yang perlu diperbaiki"), this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    m_problems = makeTable(
        {tr("Usulan"), tr("Jenis"), tr("Keluarga"), tr("Sejak"), tr("Alasan dari server")},
        problemsBox);
    auto *problemButtons = new QHBoxLayout();
    m_fix = new QPushButton(tr("Perbaiki dan kirim ulang…"), problemsBox);
    m_resend = new QPushButton(tr("Kirim ulang tanpa perubahan"), problemsBox);
    problemButtons->addWidget(m_fix);
    problemButtons->addWidget(m_resend);
    problemButtons->addStretch();
    problemsLayout->addWidget(m_problems);
    problemsLayout->addLayout(problemButtons);
    layout->addWidget(problemsBox, 1);

    auto *decisionsBox = new QGroupBox(tr("Keputusan Dinsos terbaru"), this);
    auto *decisionsLayout = new QVBoxLayout(decisionsBox);
    m_decisions = makeTable({tr("Tanggal"), tr("Usulan"), tr("Jenis"), tr("Keluarga"),
                             tr("Keputusan"), tr("Oleh"), tr("Alasan")},
                            decisionsBox);
    decisionsLayout->addWidget(m_decisions);
    layout->addWidget(decisionsBox, 1);

    auto *bottom = new QHBoxLayout();
    m_stage = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Batal"), this);
    m_syncNow = new QPushButton(tr("Sinkronkan sekarang"), this);
    m_syncNow->setToolTip(tr("Kirim kotak keluar dan terima perubahan (F5)"));
    m_syncNow->setDefault(true);
    bottom->addWidget(m_stage);
    bottom->addWidget(m_progress, 1);
    bottom->addStretch();
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_syncNow);
    layout->addLayout(bottom);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_progress->hide();
    m_cancel->hide();

    auto *shortcut = new QShortcut(QKeySequence(Qt::Key_F5), this);
    shortcut->setWhatsThis(tr("Sinkronkan sekarang"));
    connect(shortcut, &QShortcut::activated, this, &SyncPage::syncNow);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_cancel, &QPushButton::clicked, m_controller, &SyncController::cancel);
    connect(m_fix, &QPushButton::clicked, this, &SyncPage::fixSelected);
    connect(m_problems, &QTableWidget::cellDoubleClicked, this, &SyncPage::fixSelected);
    connect(m_resend, &QPushButton::clicked, this, &SyncPage::resendSelected);
    connect(m_enqueue, &QPushButton::clicked, this, [this] {
        const Result<int> added = m_controller->enqueueApproved();
        showProblem(added ? tr("%1 usulan masuk kotak keluar.").arg(*added)
                          : added.error().message);
    });
    connect(m_acceptServer, &QPushButton::clicked, this, [this] {
        if (!confirm(tr("Pastikan dengan pengelola server bahwa server ini memang server "
                        "kabupaten/kota Anda yang dipulihkan atau diganti. Data dari server akan "
                        "ditarik ulang dan usulan yang belum diputuskan dikirim ulang. "
                        "Lanjutkan?"))) {
            return;
        }
        const Status s = m_controller->acceptServer();
        showProblem(s ? tr("Server dikonfirmasi. Jalankan sinkronisasi.") : s.error().message);
    });
    connect(m_controller, &SyncController::started, this, [this] {
        m_syncNow->setEnabled(false);
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
        m_message->clear();
    });
    connect(m_controller, &SyncController::progress, this,
            [this](sync::SyncStage stage, qint64 done, qint64 total) {
                m_stage->setText(stageText(stage));
                if (total > 0) {
                    m_progress->setRange(0, 1000);
                    m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
                } else {
                    m_progress->setRange(0, 0);
                }
            });
    connect(m_controller, &SyncController::finished, this, [this](const QString &text, bool) {
        m_syncNow->setEnabled(true);
        m_progress->hide();
        m_cancel->hide();
        m_stage->clear();
        m_message->setText(text);
    });
    connect(m_controller, &SyncController::passwordRequired, this, [this](const QString &reason) {
        const std::optional<QByteArray> password = askPassword(reason);
        m_controller->providePassword(password.value_or(QByteArray()));
    });
    connect(m_controller, &SyncController::changed, this, &SyncPage::refresh);
    EmptyTableHint::attach(m_problems, tr("Tidak ada masalah. Usulan yang ditolak server karena "
                                          "datanya perlu diperbaiki tampil di sini."));
    EmptyTableHint::attach(m_decisions, tr("Belum ada keputusan Dinsos. Keputusan (diterima, "
                                           "diverifikasi, ditolak) tampil di sini setelah "
                                           "sinkronisasi."));
    // Finalising a musyawarah, approving or drafting changes the counts: follow the store.
    StoreWatch::attach(this, m_context.db, [this] { refresh(); });
    refresh();
}

void SyncPage::showProblem(const QString &text)
{
    m_message->setText(text);
}

void SyncPage::syncNow()
{
    if (const Status s = m_controller->syncNow(); !s) {
        showProblem(s.error().message);
    }
}

qint64 SyncPage::selectedProblem() const
{
    const QList<QTableWidgetItem *> items = m_problems->selectedItems();
    return items.isEmpty()
               ? 0
               : m_problems->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void SyncPage::fixSelected()
{
    const qint64 id = selectedProblem();
    if (!id) {
        showProblem(tr("Pilih dulu usulan yang bermasalah."));
        return;
    }
    const Result<ChangeRequest> request =
        ChangeRequestRepository(m_context.db, m_context.clock).get(id);
    const Result<SyncOverview> overview = m_controller->overview();
    if (!request || !overview) {
        showProblem(request ? overview.error().message : request.error().message);
        return;
    }
    QString reason;
    for (const OutboxEntry &e : overview->problems) {
        if (e.requestId == id) {
            reason = e.parkedMessage;
        }
    }
    ParkedItemDialog dialog(*request, reason, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Status s = m_controller->fix(id, dialog.payload());
    showProblem(s ? tr("Usulan #%1 diperbaiki dan akan dikirim ulang pada sinkronisasi "
                       "berikutnya.")
                        .arg(id)
                  : s.error().message);
}

void SyncPage::resendSelected()
{
    const qint64 id = selectedProblem();
    if (!id) {
        showProblem(tr("Pilih dulu usulan yang bermasalah."));
        return;
    }
    const Status s = m_controller->resend(id);
    showProblem(s ? tr("Usulan #%1 akan dikirim ulang pada sinkronisasi berikutnya.").arg(id)
                  : s.error().message);
}

void SyncPage::refresh()
{
    const Result<SyncOverview> o = m_controller->overview();
    if (!o) {
        showProblem(o.error().message);
        return;
    }
    if (o->lastSuccess) {
        const qint64 days = o->lastSuccess->finishedAt.daysTo(m_context.clock.now());
        m_lastSuccess->setText(
            tr("Terakhir berhasil: %1%2")
                .arg(Language::formatDateTime(o->lastSuccess->finishedAt.toLocalTime()),
                     days >= 1 ? tr(" (%n hari yang lalu)", nullptr, int(days)) : QString()));
    } else {
        m_lastSuccess->setText(tr("Belum pernah berhasil sinkronisasi dengan server pusat."));
    }
    if (o->last && o->last->outcome && *o->last->outcome != SyncOutcome::Ok &&
        o->last->id != (o->lastSuccess ? o->lastSuccess->id : 0)) {
        m_lastAttempt->setText(tr("Percobaan terakhir %1: %2. %3")
                                   .arg(Language::formatDateTime(o->last->startedAt.toLocalTime()),
                                        SyncJournal::label(*o->last->outcome), o->last->message));
        m_lastAttempt->show();
    } else {
        m_lastAttempt->hide();
    }
    m_alert->setVisible(o->alert.isSet());
    m_acceptServer->setVisible(o->alert.isSet());
    m_alert->setText(o->alert.message);
    m_auditWarning->setVisible(o->auditRewritten);

    const auto count = [&o](RequestState s) { return o->summary.byState.value(s); };
    const auto row = [](const QString &label, int n) {
        return QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), Language::formatNumber(n));
    };
    QString html = QStringLiteral("<table cellspacing=4>");
    html += row(tr("Disetujui, belum masuk kotak keluar"), o->summary.approvedNotQueued);
    html += row(tr("Menunggu dikirim"), o->summary.waiting - o->summary.inFlight);
    html += row(tr("Terkirim, menunggu konfirmasi server"), o->summary.inFlight);
    html += row(tr("Bermasalah (perlu diperbaiki)"), o->summary.parked);
    html += row(RequestLifecycle::label(RequestState::Received), count(RequestState::Received));
    html += row(RequestLifecycle::label(RequestState::Verified), count(RequestState::Verified));
    html += row(RequestLifecycle::label(RequestState::DinsosRejected),
                count(RequestState::DinsosRejected));
    html += row(RequestLifecycle::label(RequestState::Ratified), count(RequestState::Ratified));
    html += row(RequestLifecycle::label(RequestState::Final), count(RequestState::Final));
    html += row(tr("Konflik dengan data server"), o->summary.withConflict);
    html += row(tr("Data baru dari server yang tertahan"), o->held);
    html += QStringLiteral("</table>");
    m_counts->setText(html);
    m_enqueue->setEnabled(o->summary.approvedNotQueued > 0);

    m_problems->setRowCount(int(o->problems.size()));
    for (int r = 0; r < o->problems.size(); ++r) {
        const OutboxEntry &e = o->problems[r];
        auto *id = new QTableWidgetItem(QStringLiteral("#%1").arg(e.requestId));
        id->setData(Qt::UserRole, e.requestId);
        m_problems->setItem(r, 0, id);
        m_problems->setItem(r, 1, new QTableWidgetItem(RequestLifecycle::label(e.kind)));
        m_problems->setItem(r, 2, new QTableWidgetItem(e.householdId));
        m_problems->setItem(
            r, 3, new QTableWidgetItem(Language::formatDateTime(e.parkedAt.toLocalTime())));
        auto *reason = new QTableWidgetItem(e.parkedMessage);
        reason->setToolTip(e.parkedMessage);
        m_problems->setItem(r, 4, reason);
    }
    m_fix->setEnabled(!o->problems.isEmpty());
    m_resend->setEnabled(!o->problems.isEmpty());
    m_decisions->setRowCount(int(o->decisions.size()));
    for (int r = 0; r < o->decisions.size(); ++r) {
        const DecisionEntry &d = o->decisions[r];
        m_decisions->setItem(r, 0,
                             new QTableWidgetItem(Language::formatDate(d.at.toLocalTime().date())));
        m_decisions->setItem(r, 1, new QTableWidgetItem(QStringLiteral("#%1").arg(d.requestId)));
        m_decisions->setItem(r, 2, new QTableWidgetItem(RequestLifecycle::label(d.kind)));
        m_decisions->setItem(r, 3, new QTableWidgetItem(d.householdId));
        m_decisions->setItem(r, 4, new QTableWidgetItem(RequestLifecycle::label(d.state)));
        m_decisions->setItem(r, 5, new QTableWidgetItem(d.actor));
        m_decisions->setItem(r, 6, new QTableWidgetItem(d.reason));
    }
    m_problems->resizeColumnsToContents();
    m_decisions->resizeColumnsToContents();
}

void addSyncPage(MainWindow &window, AppContext &context, SettingsPage &settings)
{
    auto *controller = new SyncController(context, std::make_unique<sync::KeychainTokenStore>());
    auto *page = new SyncPage(context, controller);
    window.addPage(QStringLiteral("sinkronisasi"), SyncPage::tr("Sinkronisasi"), page);
    settings.addSection(ServerSettingsSection::tr("Server"),
                        new ServerSettingsSection(*controller));
    sync::SyncScheduler &scheduler = controller->scheduler();
    WorkspaceStatusBar *status = window.workspaceStatus();
    if (scheduler.watchNetwork()) {
        status->setOnline(scheduler.isOnline());
        QObject::connect(&scheduler, &sync::SyncScheduler::onlineChanged, status,
                         [status](bool online) { status->setOnline(online); });
    }
    // A sync shows in the status bar like any other slow work.
    auto activity = std::make_shared<int>(0);
    QObject::connect(controller, &SyncController::started, status, [activity] {
        *activity = BackgroundActivity::instance().begin(SyncPage::tr("Sinkronisasi…"));
    });
    QObject::connect(controller, &SyncController::progress, status,
                     [activity](sync::SyncStage, qint64 done, qint64 total) {
                         BackgroundActivity::instance().progress(*activity, done, total);
                     });
    QObject::connect(controller, &SyncController::finished, status, [activity] {
        BackgroundActivity::instance().end(*activity);
        *activity = 0;
    });
    scheduler.startPolling();
}

} // namespace tepat
