#include "ui/requests/RequestFormDialog.h"

#include "core/calendar/CalendarSettings.h"
#include "core/calendar/MonthCalendar.h"
#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/deliberation/RequestDecisions.h"
#include "core/dossier/HouseholdDossier.h"
#include "core/photos/HouseholdPhotos.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/storage/Database.h"
#include "ui/common/AppContext.h"
#include "ui/field/HouseholdPhotosPanel.h"
#include "ui/requests/RecommendationPanel.h"
#include "ui/requests/RequestEditor.h"
#include "ui/requests/RequestFormController.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>

namespace tepat {

RequestFormDialog::RequestFormDialog(AppContext &context, const ChangeRequest &request,
                                     QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_controller(new RequestFormController(context, request, this))
    , m_findings(new QListWidget)
    , m_readiness(new QLabel)
    , m_saveState(new QLabel)
    , m_discard(new QPushButton(tr("Buang draf…")))
{
    setWindowTitle(RequestLifecycle::label(request.kind));
    std::optional<HouseholdDossier> dossier;
    if (!request.householdId.isEmpty()) {
        Result<HouseholdDossier> loaded =
            HouseholdDossier::load(context.db, context.clock, request.householdId);
        if (loaded) {
            dossier = std::move(loaded.value());
        }
    }
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel;
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    QString subject = RequestLifecycle::label(request.kind);
    if (dossier) {
        subject += tr(" — keluarga %1 (%2), RT %3/RW %4")
                       .arg(dossier->household.headName, dossier->household.id,
                            dossier->household.rt, dossier->household.rw);
    }
    heading->setText(subject);
    layout->addWidget(heading);

    m_editor = RequestEditor::create(request.kind, dossier);
    m_editor->load(request);
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_editor);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    // Below the form, so the form's own fields come first (in the tab order too).
    addChannel(*layout);
    addRecommendation(*layout);

    if (m_controller->isEditable()) {
        layout->addWidget(
            new QLabel(tr("Yang perlu diperhatikan (centang peringatan untuk melanjutkan):")));
        m_findings->setMaximumHeight(130);
        m_findings->setWordWrap(true); // long findings wrap instead of scrolling sideways
        m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        layout->addWidget(m_findings);
        layout->addWidget(m_readiness);
    } else {
        m_editor->setReadOnly(true);
        layout->addWidget(new QLabel(tr("Riwayat usulan:")));
        const Result<QList<RequestEvent>> history =
            ChangeRequestRepository(context.db, context.clock).history(request.id);
        if (history) {
            for (const RequestEvent &e : history.value()) {
                QString line = tr("%1 — %2 oleh %3")
                                   .arg(Language::formatDateTime(e.at),
                                        RequestLifecycle::label(e.to), e.actor);
                if (!e.reason.isEmpty()) {
                    line += tr(" (alasan: %1)").arg(e.reason);
                }
                m_findings->addItem(line);
            }
        }
        const Result<QList<RequestDecision>> decisions = requestDecisions(context.db, request.id);
        if (decisions) {
            for (const RequestDecision &d : decisions.value()) {
                const QString where = tr("%1 #%2, %3")
                                          .arg(MeetingVocabulary::label(d.kind))
                                          .arg(d.meetingId)
                                          .arg(Language::formatDate(d.heldOn));
                QString line =
                    d.decision ? tr("%1: %2, dicatat oleh %3")
                                     .arg(where, MeetingVocabulary::label(*d.decision), d.decidedBy)
                               : tr("%1: dalam agenda (%2)")
                                     .arg(where, MeetingVocabulary::label(d.meetingState));
                if (!d.reason.isEmpty()) {
                    line += tr(" (alasan: %1)").arg(d.reason);
                }
                m_findings->addItem(line);
            }
        }
        m_findings->setMaximumHeight(160);
        layout->addWidget(m_findings);
        m_discard->hide();
    }
    auto *buttons = new QDialogButtonBox;
    auto *done = buttons->addButton(tr("Selesai"), QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    addResubmissionLinks(*layout, *buttons);
    m_discard->setVisible(m_controller->isEditable()); // after addButton(), which shows it
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveState, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(done, &QPushButton::clicked, this, &QDialog::close);
    connect(m_discard, &QPushButton::clicked, this, &RequestFormDialog::confirmDiscard);
    connect(m_editor, &RequestEditor::edited, this, &RequestFormDialog::editorEdited);
    connect(m_controller, &RequestFormController::findingsChanged, this,
            &RequestFormDialog::refreshFindings);
    connect(m_controller, &RequestFormController::saved, this, [this] {
        m_saveState->setText(
            tr("Draf tersimpan otomatis pukul %1.")
                .arg(Language::locale().toString(QTime::currentTime(), QStringLiteral("HH.mm"))));
        Q_EMIT requestChanged(m_controller->request().id);
    });
    connect(m_controller, &RequestFormController::saveFailed, this, [this](const QString &message) {
        m_saveState->setText(tr("Belum tersimpan: %1").arg(message));
    });
    connect(m_findings, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int index = item->data(Qt::UserRole).toInt();
        const Findings &all = m_controller->findings();
        if (index >= 0 && index < all.size()) {
            m_controller->acknowledge(all[index], item->checkState() == Qt::Checked);
        }
    });
    if (m_controller->isEditable()) {
        m_saveState->setText(request.id > 0 ? tr("Draf tersimpan.")
                                            : tr("Draf disimpan otomatis begitu diisi."));
    }
    if (request.kind == RequestKind::NewHousehold && m_controller->isEditable()) {
        addHousePhotos(*bodyLayout);
    }
    refreshFindings();
    resize(760, 720);
}

// Where the request came from (editable while a draft), what approved it, and when this month's
// cut-off for proposals is.
void RequestFormDialog::addChannel(QVBoxLayout &layout)
{
    const ChangeRequest &r = m_controller->request();
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Saluran:"));
    row->addWidget(label);
    if (m_controller->isEditable()) {
        auto *channel = new QComboBox;
        channel->setObjectName(QStringLiteral("channel"));
        for (RequestChannel c : RequestChannels::all()) {
            channel->addItem(RequestChannels::label(c), int(c));
        }
        channel->setCurrentIndex(
            channel->findData(int(r.channel.value_or(RequestChannels::defaultFor(r.kind)))));
        label->setBuddy(channel);
        row->addWidget(channel);
        connect(channel, &QComboBox::currentIndexChanged, this, [this, channel] {
            m_controller->setChannel(RequestChannel(channel->currentData().toInt()));
        });
    } else {
        auto *channel =
            new QLabel(r.channel ? RequestChannels::label(*r.channel) : tr("(tidak tercatat)"));
        channel->setObjectName(QStringLiteral("channel"));
        row->addWidget(channel);
    }
    row->addSpacing(16);
    auto *approval = new QLabel(
        r.approval ? tr("Dasar persetujuan: %1").arg(RequestChannels::describe(*r.approval))
                   : tr("Dasar persetujuan: belum ada (diisi saat berita acara atau SPTJM "
                        "difinalkan)"));
    approval->setObjectName(QStringLiteral("approval"));
    approval->setWordWrap(true);
    row->addWidget(approval, 1);
    layout.addLayout(row);
    if (r.state == RequestState::Draft || r.state == RequestState::OnAgenda ||
        r.state == RequestState::Deferred || r.state == RequestState::Approved) {
        const QString note = MonthCalendar::requestNote(CalendarSettings::load(m_context.db),
                                                        m_context.clock.today());
        if (!note.isEmpty()) {
            auto *cutoff = new QLabel(note);
            cutoff->setObjectName(QStringLiteral("cutoffNote"));
            cutoff->setWordWrap(true);
            cutoff->setStyleSheet(QStringLiteral("color: #8a5a00;"));
            layout.addWidget(cutoff);
        }
    }
}

// Who proposes it: the drafting account (this session's for a new draft) and the RT/RW head it
// came through; the conflict-of-interest warning follows every edit.
void RequestFormDialog::addRecommendation(QVBoxLayout &layout)
{
    const ChangeRequest &r = m_controller->request();
    const QString name = r.recommendation.recorded() ? r.recommendation.accountName
                         : r.id == 0 ? (m_context.session.actor().displayName.isEmpty()
                                            ? m_context.session.username()
                                            : m_context.session.actor().displayName)
                                     : QString();
    m_recommendation =
        new RecommendationPanel(name, r.recommendation.head, m_controller->isEditable());
    m_recommendation->setObjectName(QStringLiteral("recommendation"));
    m_recommendation->showConflicts(r.recommendation.conflicts);
    layout.addWidget(m_recommendation);
    connect(m_recommendation, &RecommendationPanel::headEdited, m_controller,
            &RequestFormController::setSourceHead);
}

// A proposed family is not in the register yet: its house photos are kept under a provisional
// household id made from the request's uuid (the first request's, for a corrected proposal), and
// its front views travel with the request as house_front attachments (which the rules require and
// the outbox uploads).
void RequestFormDialog::addHousePhotos(QVBoxLayout &layout)
{
    if (m_controller->request().id == 0) {
        // No empty drafts for forms opened and closed again: the photos wait for the first save.
        auto *waiting = new QLabel(tr("Foto rumah bisa ditambahkan begitu draf tersimpan (setelah "
                                      "isian pertama)."));
        waiting->setWordWrap(true);
        layout.addWidget(waiting);
        connect(
            m_controller, &RequestFormController::saved, waiting,
            [this, &layout, waiting] {
                waiting->deleteLater();
                addHousePhotos(layout);
            },
            Qt::SingleShotConnection);
        return;
    }
    const QString household = ChangeRequestRepository(m_context.db, m_context.clock)
                                  .proposedHouseholdId(m_controller->request());
    m_photos = new HouseholdPhotosPanel(m_context, household);
    m_photos->setObjectName(QStringLiteral("housePhotos"));
    layout.addWidget(m_photos);
    connect(m_photos, &HouseholdPhotosPanel::photosChanged, this,
            &RequestFormDialog::linkHousePhotos);
    linkHousePhotos();
}

void RequestFormDialog::linkHousePhotos()
{
    const QString household = m_photos->householdId();
    const Result<QList<HouseholdPhoto>> photos =
        HouseholdPhotos(m_context.db, m_context.clock, m_context.filesFolder).photos(household);
    if (!photos) {
        m_saveState->setText(tr("Belum tersimpan: %1").arg(photos.error().message));
        return;
    }
    QStringList fronts;
    for (const HouseholdPhoto &photo : photos.value()) {
        if (photo.view == PhotoView::Front) {
            fronts << photo.sha256;
        }
    }
    const Status linked =
        ChangeRequestRepository(m_context.db, m_context.clock)
            .setAttachments(m_controller->request().id, QStringLiteral("house_front"), fronts,
                            m_context.session);
    if (!linked) {
        m_saveState->setText(tr("Belum tersimpan: %1").arg(linked.error().message));
        return;
    }
    m_controller->validate();
}

// A request Dinsos rejected can be prepared again: a new draft prefilled from it and linked to
// it. Both show the link, and open each other.
void RequestFormDialog::addResubmissionLinks(QVBoxLayout &layout, QDialogButtonBox &buttons)
{
    const ChangeRequest &request = m_controller->request();
    const ChangeRequestRepository repository(m_context.db, m_context.clock);
    auto *link = new QLabel;
    link->setObjectName(QStringLiteral("resubmissionLink"));
    link->setWordWrap(true);
    link->setTextFormat(Qt::PlainText);
    QStringList lines;
    if (request.resubmissionOf) {
        const Result<ChangeRequest> rejected = repository.get(*request.resubmissionOf);
        lines << (rejected && !rejected->stateReason.isEmpty()
                      ? tr("Perbaikan dari usulan #%1 yang ditolak Dinsos (alasan: %2).")
                            .arg(*request.resubmissionOf)
                            .arg(rejected->stateReason)
                      : tr("Perbaikan dari usulan #%1 yang ditolak Dinsos.")
                            .arg(*request.resubmissionOf));
        auto *open = buttons.addButton(tr("Lihat usulan #%1").arg(*request.resubmissionOf),
                                       QDialogButtonBox::ActionRole);
        open->setObjectName(QStringLiteral("openRejected"));
        const qint64 target = *request.resubmissionOf;
        connect(open, &QPushButton::clicked, this, [this, target] { openRequest(target); });
    }
    if (request.state == RequestState::DinsosRejected) {
        const Result<std::optional<qint64>> again = repository.resubmittedAs(request.id);
        lines << tr("Ditolak Dinsos: %1.").arg(request.stateReason);
        if (again && again.value()) {
            lines << tr("Sudah diperbaiki dan diusulkan lagi sebagai usulan #%1.").arg(**again);
            auto *open =
                buttons.addButton(tr("Buka usulan #%1").arg(**again), QDialogButtonBox::ActionRole);
            open->setObjectName(QStringLiteral("openResubmission"));
            const qint64 target = **again;
            connect(open, &QPushButton::clicked, this, [this, target] { openRequest(target); });
        } else {
            lines << tr("Perbaiki yang menjadi alasan penolakan, lalu usulkan lagi lewat "
                        "musyawarah.");
            auto *resubmit =
                buttons.addButton(tr("Perbaiki dan usulkan lagi"), QDialogButtonBox::ActionRole);
            resubmit->setObjectName(QStringLiteral("resubmit"));
            connect(resubmit, &QPushButton::clicked, this, &RequestFormDialog::resubmit);
        }
    }
    if (lines.isEmpty()) {
        delete link;
        return;
    }
    link->setText(lines.join(u' '));
    link->setStyleSheet(QStringLiteral("color: #8a5300;"));
    layout.insertWidget(1, link); // under the heading
}

void RequestFormDialog::resubmit()
{
    const Result<ChangeRequest> created = m_controller->resubmit();
    if (!created) {
        QMessageBox::warning(this, tr("Perbaiki dan usulkan lagi"), created.error().message);
        return;
    }
    Q_EMIT requestChanged(created->id);
    RequestFormDialog::open(m_context, created.value(), parentWidget());
    close();
}

void RequestFormDialog::openRequest(qint64 id)
{
    const Result<ChangeRequest> request =
        ChangeRequestRepository(m_context.db, m_context.clock).get(id);
    if (!request) {
        QMessageBox::warning(this, windowTitle(), request.error().message);
        return;
    }
    RequestFormDialog::open(m_context, request.value(), parentWidget());
    close();
}

RequestFormDialog::~RequestFormDialog() = default;

RequestFormDialog *RequestFormDialog::open(AppContext &context, const ChangeRequest &request,
                                           QWidget *parent)
{
    auto *dialog = new RequestFormDialog(context, request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void RequestFormDialog::editorEdited()
{
    m_controller->setTarget(m_editor->householdId(), m_editor->personId());
    m_controller->setPayload(m_editor->payload());
}

void RequestFormDialog::refreshFindings()
{
    if (!m_controller->isEditable()) {
        return;
    }
    if (m_recommendation) {
        m_recommendation->showConflicts(m_controller->conflicts());
    }
    const Findings &all = m_controller->findings();
    m_editor->showFindings(all);
    const QSignalBlocker blocker(m_findings);
    m_findings->clear();
    const Findings open = m_controller->unacknowledgedWarnings();
    for (int i = 0; i < all.size(); ++i) {
        const Finding &f = all[i];
        auto *item = new QListWidgetItem(m_findings);
        item->setData(Qt::UserRole, i);
        const QString where = m_editor->fieldLabel(f.field);
        const QString message =
            where.isEmpty() ? f.message : where + QStringLiteral(": ") + f.message;
        if (f.severity == Severity::Error) {
            item->setText(tr("Kesalahan: %1").arg(message));
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        } else {
            item->setText(tr("Peringatan — lanjutkan: %1").arg(message));
            item->setForeground(QColor(0x8a, 0x53, 0x00));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool acknowledged =
                std::none_of(open.begin(), open.end(), [&f](const Finding &o) {
                    return o.code == f.code && o.field == f.field;
                });
            item->setCheckState(acknowledged ? Qt::Checked : Qt::Unchecked);
        }
    }
    const int errors = int(std::count_if(
        all.begin(), all.end(), [](const Finding &f) { return f.severity == Severity::Error; }));
    if (m_controller->isReady()) {
        m_readiness->setText(tr("Siap dibawa ke musyawarah."));
        m_readiness->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    } else {
        m_readiness->setText(
            tr("Belum siap dibawa ke musyawarah: %1 kesalahan, %2 peringatan belum dilanjutkan. "
               "Draf tetap tersimpan.")
                .arg(errors)
                .arg(open.size()));
        m_readiness->setStyleSheet(QStringLiteral("color: #8a5300;"));
    }
}

void RequestFormDialog::confirmDiscard()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Buang draf"),
        tr("Draf ini akan dibuang (tetap tercatat, tidak dikirim). Alasannya:"), QLineEdit::Normal,
        tr("Tidak jadi diusulkan"), &ok);
    if (!ok || reason.trimmed().isEmpty()) {
        return;
    }
    const Status s = m_controller->discard(reason.trimmed());
    if (!s) {
        QMessageBox::warning(this, tr("Buang draf"), s.error().message);
        return;
    }
    Q_EMIT requestChanged(m_controller->request().id);
    close();
}

void RequestFormDialog::closeEvent(QCloseEvent *event)
{
    if (m_controller->isEditable() && m_controller->hasUnsavedEdits()) {
        const Status s = m_controller->saveNow();
        if (!s) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("Draf belum tersimpan: %1").arg(s.error().message));
            event->ignore();
            return;
        }
    }
    Q_EMIT requestChanged(m_controller->request().id);
    event->accept();
}

} // namespace tepat
