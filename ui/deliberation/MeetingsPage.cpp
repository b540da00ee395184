#include "ui/deliberation/MeetingsPage.h"

#include "ui/common/Prompts.h"
#include "ui/deliberation/MeetingDialogs.h"

#include "core/common/Clock.h"
#include "core/common/FileNames.h"
#include "core/common/Language.h"
#include "core/deliberation/DeliberationSchedule.h"
#include "core/deliberation/DeliberationService.h"
#include "core/documents/LetterDocument.h"
#include "core/documents/MeetingDocuments.h"
#include "core/documents/MeetingPhotoIntake.h"
#include "core/files/AtomicFile.h"
#include "core/files/ContentStore.h"
#include "core/letters/LetterSettings.h"
#include "core/requests/RequestSubject.h"
#include "core/storage/Database.h"
#include "ui/common/AppContext.h"
#include "ui/common/ExcelExport.h"
#include "ui/common/PrintPreview.h"
#include "ui/common/StoreWatch.h"
#include "ui/deliberation/BnbaPrint.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tepat {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, qint64 id)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        item->setData(kIdRole, id);
        t->setItem(row, column, item);
    }
}

QString requestText(const AppContext &context, const ChangeRequest &r)
{
    return QStringLiteral("#%1 %2 — %3")
        .arg(r.id)
        .arg(RequestLifecycle::label(r.kind),
             RequestSubjects(context.db, context.clock).of(r).summary());
}

// Who proposed an agenda item, and a marker with the reasons when they have an interest in the
// family.
QString recommenderText(const ChangeRequest &r)
{
    const RequestRecommendation &rec = r.recommendation;
    if (!rec.recorded()) {
        return MeetingsPage::tr("(tidak tercatat)");
    }
    QString text = Recommendations::describe(rec.accountName, rec.head);
    if (rec.flagged()) {
        text += QStringLiteral("\n") + MeetingsPage::tr("⚠ Konflik kepentingan: %1")
                                           .arg(Recommendations::reasonsText(rec.conflicts));
    }
    return text;
}

// What goes to paper for a document of a meeting: the finalised berita acara exactly as it was
// numbered and signed (its stored PDF), otherwise the document built from the meeting now.
struct Printout
{
    Meeting meeting;
    QByteArray stored;
    PrintableDocument document;
    Paper paper = Paper::A4;
};

Result<Printout> printout(const DeliberationService &service, const AppContext &context,
                          qint64 meetingId, MeetingDocument document)
{
    const Result<Meeting> chosen = service.get(meetingId);
    if (!chosen) {
        return Error{QStringLiteral("meeting.none_chosen"),
                     MeetingsPage::tr("Pilih musyawarah lebih dulu.")};
    }
    Printout out;
    out.meeting = *chosen;
    const Meeting &meeting = out.meeting;
    if (document == MeetingDocument::Minutes && meeting.state == MeetingState::Finalised &&
        !meeting.minutesSha256.isEmpty()) {
        const Result<QByteArray> kept =
            ContentStore(context.filesFolder).read(meeting.minutesSha256);
        if (!kept) {
            return kept.error();
        }
        out.stored = *kept;
        return out;
    }
    const Result<MinutesContent> content = service.content(
        meeting.id, meeting.kind == MeetingKind::Sptjm && document == MeetingDocument::Minutes
                        ? MeetingDocument::Sptjm
                        : document);
    if (!content) {
        return content.error();
    }
    const LetterSettings settings = LetterSettings::load(context.db);
    out.document = MeetingDocuments::build(
        *content, loadLogo(context.filesFolder, settings.letterhead.logoSha256));
    out.paper = settings.paper;
    return out;
}

bool ask(QDialog &dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    fitToContent(dialog);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

MeetingsPage::MeetingsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_service(std::make_unique<DeliberationService>(context.db, context.clock, context.session,
                                                      context.filesFolder))
    , m_excel(new ExcelExport(context, this))
{
    m_schedule = new QLabel(this);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->setWordWrap(true);
    m_sptjm = new QPushButton(tr("Buat &SPTJM pengganti musyawarah…"), this);
    m_sptjm->setObjectName(QStringLiteral("sptjm"));
    connect(m_sptjm, &QPushButton::clicked, this, [this] { plan(true); });
    auto *planButton = new QPushButton(tr("&Rencanakan musyawarah…"), this);
    planButton->setObjectName(QStringLiteral("plan"));
    connect(planButton, &QPushButton::clicked, this, [this] { plan(false); });
    auto *top = new QHBoxLayout;
    top->addWidget(m_schedule, 1);
    top->addWidget(m_sptjm);
    top->addWidget(planButton);

    m_meetings = new QListWidget(this);
    m_meetings->setObjectName(QStringLiteral("meetings"));
    m_meetings->setMinimumWidth(320);
    m_meetings->setAccessibleName(tr("Daftar musyawarah"));
    connect(m_meetings, &QListWidget::currentRowChanged, this, &MeetingsPage::showMeeting);

    auto *detail = new QWidget(this);
    m_header = new QLabel(detail);
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setWordWrap(true);
    m_readiness = new QLabel(detail);
    m_readiness->setObjectName(QStringLiteral("readiness"));
    m_readiness->setWordWrap(true);
    m_readiness->setTextFormat(Qt::RichText);
    m_agenda =
        table({tr("Usulan"), tr("Status"), tr("Keputusan"), tr("Alasan"), tr("Pengusul")}, detail);
    m_attendees = table({tr("Nama"), tr("Jabatan"), tr("Lembaga")}, detail);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    connect(m_agenda, &QTableWidget::cellDoubleClicked, this, &MeetingsPage::decide);

    const auto make = [this, detail](const QString &text, auto slot, QList<QPushButton *> &group) {
        auto *b = new QPushButton(text, detail);
        b->setAutoDefault(false);
        b->setObjectName(text);
        connect(b, &QPushButton::clicked, this, slot);
        group << b;
        return b;
    };
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(make(tr("&Ubah…"), &MeetingsPage::editMeeting, m_plannedOnly), 0,
                         Qt::AlignTop);
    auto *agendaButtons = new QHBoxLayout;
    agendaButtons->addWidget(make(tr("Tambah &usulan…"), &MeetingsPage::addAgenda, m_plannedOnly));
    agendaButtons->addWidget(make(tr("&Putuskan…"), &MeetingsPage::decide, m_plannedOnly));
    agendaButtons->addWidget(
        make(tr("&Keluarkan dari agenda"), &MeetingsPage::removeFromAgenda, m_plannedOnly));
    agendaButtons->addStretch();
    agendaButtons->addWidget(make(tr("BNBA ke E&xcel…"), &MeetingsPage::exportBnba, m_anyMeeting));
    // The approved requests per RW/RT, landscape, to print or save.
    auto *bnbaPdf = new QPushButton(tr("B&NBA (PDF)…"), detail);
    bnbaPdf->setObjectName(QStringLiteral("bnbaPdf"));
    bnbaPdf->setAutoDefault(false);
    bnbaPdf->setToolTip(tr("Daftar usulan yang disetujui per RW/RT, untuk dicetak (mendatar)."));
    auto *bnbaMenu = new QMenu(bnbaPdf);
    bnbaMenu->addAction(tr("Pratinjau && cetak…"), this,
                        [this] { BnbaPrint(*m_service, m_context).preview(current(), this); });
    bnbaMenu->addAction(tr("Simpan PDF…"), this,
                        [this] { BnbaPrint(*m_service, m_context).save(current(), this); });
    bnbaPdf->setMenu(bnbaMenu);
    m_anyMeeting << bnbaPdf;
    agendaButtons->addWidget(bnbaPdf);
    auto *attendeeButtons = new QHBoxLayout;
    attendeeButtons->addWidget(
        make(tr("Tambah &hadir…"), &MeetingsPage::addAttendee, m_plannedOnly));
    attendeeButtons->addWidget(
        make(tr("Hapus hadir"), &MeetingsPage::removeAttendee, m_plannedOnly));
    attendeeButtons->addWidget(make(tr("Tambah f&oto…"), &MeetingsPage::addPhoto, m_plannedOnly));
    attendeeButtons->addStretch();
    auto *documentButtons = new QHBoxLayout;
    documentButtons->addWidget(make(
        tr("&Daftar hadir PDF…"), [this] { saveDocument(MeetingDocument::AttendanceList); },
        m_anyMeeting));
    documentButtons->addWidget(make(
        tr("&Berita acara PDF…"), [this] { saveDocument(MeetingDocument::Minutes); },
        m_anyMeeting));
    auto *preview = new QPushButton(tr("Pra&tinjau && cetak…"), detail);
    preview->setObjectName(QStringLiteral("preview"));
    preview->setAutoDefault(false);
    auto *previewMenu = new QMenu(preview);
    previewMenu->addAction(tr("Daftar hadir"), this,
                           [this] { printDocument(MeetingDocument::AttendanceList); });
    m_previewMinutes = previewMenu->addAction(tr("Berita acara"), this,
                                              [this] { printDocument(MeetingDocument::Minutes); });
    preview->setMenu(previewMenu);
    m_anyMeeting << preview;
    documentButtons->addWidget(preview);
    documentButtons->addStretch();
    documentButtons->addWidget(
        make(tr("Batalkan musyawarah…"), &MeetingsPage::cancelMeeting, m_plannedOnly));
    documentButtons->addWidget(make(tr("&Finalkan…"), &MeetingsPage::finalise, m_plannedOnly));
    documentButtons->addWidget(make(tr("&Adendum…"), &MeetingsPage::addAddendum, m_finalisedOnly));

    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(headerRow);
    detailLayout->addWidget(m_readiness);
    detailLayout->addWidget(new QLabel(tr("Agenda dan keputusan:"), detail));
    detailLayout->addWidget(m_agenda, 2);
    detailLayout->addLayout(agendaButtons);
    detailLayout->addWidget(new QLabel(tr("Daftar hadir:"), detail));
    detailLayout->addWidget(m_attendees, 1);
    detailLayout->addLayout(attendeeButtons);
    detailLayout->addLayout(documentButtons);

    auto *split = new QSplitter(this);
    split->addWidget(m_meetings);
    split->addWidget(detail);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Musyawarah"))));
    layout->addLayout(top);
    layout->addWidget(split, 1);
    refresh();
    StoreWatch::attach(this, m_context.db, [this] { refresh(); });
}

MeetingsPage::~MeetingsPage() = default;

void MeetingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // meetings planned, decided or finalised elsewhere since the page was last seen
}

bool MeetingsPage::check(const QString &error)
{
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Musyawarah"), error);
    }
    return error.isEmpty();
}

void MeetingsPage::exportBnba()
{
    const qint64 meeting = current();
    if (meeting <= 0) {
        return;
    }
    const Session session = m_context.session;
    const Clock &clock = m_context.clock;
    const QString files = m_context.filesFolder;
    m_excel->start(QStringLiteral("bnba musyawarah %1").arg(meeting),
                   [meeting, session, &clock, files](const Database &db, const QString &path,
                                                     const ExportProgress &) -> Result<qint64> {
                       const Result<MinutesContent> content =
                           DeliberationService(db, clock, session, files)
                               .content(meeting, MeetingDocument::Minutes);
                       if (!content) {
                           return content.error();
                       }
                       return ListExport(db, session).bnba(*content, path);
                   });
}

qint64 MeetingsPage::current() const
{
    const QListWidgetItem *item = m_meetings->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void MeetingsPage::refresh()
{
    const qint64 keep = current();
    const Result<ScheduleStatus> status =
        DeliberationSchedule::status(m_context.db, m_context.clock.today());
    if (status) {
        m_schedule->setText(DeliberationSchedule::describe(*status));
        m_schedule->setStyleSheet(status->needsAttention() && !status->nextPlanned.isValid()
                                      ? QStringLiteral("QLabel { color: #b71c1c; }")
                                      : QString());
        m_sptjm->setVisible(status->needsAttention());
    } else {
        m_schedule->setText(status.error().message);
    }
    const QSignalBlocker block(m_meetings);
    m_meetings->clear();
    const Result<QList<Meeting>> meetings = m_service->list();
    for (const Meeting &m : meetings ? *meetings : QList<Meeting>{}) {
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3)")
                                             .arg(Language::formatDate(m.heldOn),
                                                  MeetingVocabulary::label(m.kind),
                                                  MeetingVocabulary::label(m.state)),
                                         m_meetings);
        item->setData(kIdRole, m.id);
        if (m.id == keep) {
            m_meetings->setCurrentItem(item);
        }
    }
    if (!m_meetings->currentItem() && m_meetings->count() > 0) {
        m_meetings->setCurrentRow(0);
    }
    showMeeting();
}

void MeetingsPage::showMeeting()
{
    const Result<Meeting> meeting = m_service->get(current());
    const bool planned = meeting && meeting->state == MeetingState::Planned;
    for (QPushButton *b : std::as_const(m_plannedOnly)) {
        b->setEnabled(planned);
    }
    for (QPushButton *b : std::as_const(m_finalisedOnly)) {
        b->setEnabled(meeting && meeting->state == MeetingState::Finalised);
    }
    // Documents are of a meeting: nothing to print before one is planned.
    for (QPushButton *b : std::as_const(m_anyMeeting)) {
        b->setEnabled(bool(meeting));
    }
    m_agenda->setRowCount(0);
    m_attendees->setRowCount(0);
    if (!meeting) {
        m_header->setText(tr("Belum ada musyawarah. Rencanakan satu untuk membahas usulan."));
        m_readiness->clear();
        m_readiness->hide();
        return;
    }
    QString header = QStringLiteral("<b>%1</b>, %2 %3")
                         .arg(MeetingVocabulary::label(meeting->kind),
                              Language::locale().dayName(meeting->heldOn.dayOfWeek()) +
                                  QStringLiteral(", ") + Language::formatDate(meeting->heldOn),
                              meeting->startTime)
                         .trimmed();
    if (!meeting->place.isEmpty()) {
        header += QStringLiteral(", ") + meeting->place.toHtmlEscaped();
    }
    if (meeting->state == MeetingState::Finalised) {
        header += QStringLiteral("<br>") +
                  tr("Final, nomor %1. Terkunci: koreksi dibuat sebagai adendum.")
                      .arg(meeting->number.toHtmlEscaped());
    }
    if (!meeting->headName.isEmpty()) {
        header += QStringLiteral("<br>") +
                  tr("Ditandatangani: %1").arg(meeting->headName.toHtmlEscaped());
    }
    m_header->setText(header);
    showReadiness(*meeting);
    m_previewMinutes->setText(meeting->kind == MeetingKind::Sptjm ? tr("SPTJM")
                                                                  : tr("Berita acara"));
    const Result<QList<AgendaItem>> items = m_service->items(meeting->id);
    for (const AgendaItem &i : items ? *items : QList<AgendaItem>{}) {
        const int row = m_agenda->rowCount();
        m_agenda->insertRow(row);
        setRow(m_agenda, row,
               {requestText(m_context, i.request), RequestLifecycle::label(i.request.state),
                i.decision ? MeetingVocabulary::label(*i.decision) : tr("belum diputuskan"),
                i.reason, recommenderText(i.request)},
               i.request.id);
        if (i.request.recommendation.flagged()) {
            // The marker: the proposer has an interest in the family; the musyawarah weighs it.
            QTableWidgetItem *who = m_agenda->item(row, 4);
            who->setForeground(QColor(0xb0, 0x00, 0x20));
            who->setToolTip(Recommendations::reasonsText(i.request.recommendation.conflicts));
        }
    }
    const Result<QList<Attendee>> people = m_service->attendees(meeting->id);
    for (const Attendee &a : people ? *people : QList<Attendee>{}) {
        const int row = m_attendees->rowCount();
        m_attendees->insertRow(row);
        setRow(m_attendees, row, {a.name, a.position, a.institution}, a.id);
    }
    m_agenda->resizeColumnsToContents();
}

void MeetingsPage::showReadiness(const Meeting &meeting)
{
    if (meeting.state != MeetingState::Planned) {
        m_readiness->clear();
        m_readiness->hide();
        return;
    }
    const Result<QList<Error>> problems = m_service->finalisationProblems(meeting.id);
    QString text;
    if (!problems) {
        text = problems.error().message.toHtmlEscaped();
    } else if (problems->isEmpty()) {
        text = tr("Siap difinalkan.");
    } else {
        text = tr("Sebelum difinalkan:") + QStringLiteral("<ul style=\"margin:0\">");
        for (const Error &e : *problems) {
            text += QStringLiteral("<li>%1</li>").arg(e.message.toHtmlEscaped());
        }
        text += QStringLiteral("</ul>");
    }
    m_readiness->setText(text);
    m_readiness->setStyleSheet(problems && problems->isEmpty()
                                   ? QStringLiteral("QLabel { color: #1b5e20; }")
                                   : QStringLiteral("QLabel { color: #8a4b00; }"));
    m_readiness->show();
}

void MeetingsPage::plan(bool sptjm)
{
    Meeting m;
    m.kind = sptjm ? MeetingKind::Sptjm : MeetingKind::WardMeeting;
    m.heldOn = m_context.clock.today();
    m.startTime = sptjm ? QString() : QStringLiteral("09:00");
    qint64 made = 0;
    MeetingForm form(
        m, true, LetterSettings::load(m_context.db).headName,
        [this, &made](const Meeting &meeting) -> Status {
            const Result<Meeting> planned = m_service->plan(meeting);
            if (!planned) {
                return planned.error();
            }
            made = planned->id;
            return {};
        },
        this);
    if (form.exec() != QDialog::Accepted) {
        return;
    }
    refresh();
    for (int row = 0; row < m_meetings->count(); ++row) {
        if (m_meetings->item(row)->data(kIdRole).toLongLong() == made) {
            m_meetings->setCurrentRow(row);
        }
    }
}

void MeetingsPage::editMeeting()
{
    const Result<Meeting> meeting = m_service->get(current());
    if (!check(meeting ? QString() : meeting.error().message)) {
        return;
    }
    MeetingForm form(
        *meeting, false, LetterSettings::load(m_context.db).headName,
        [this](const Meeting &changed) { return m_service->update(changed); }, this);
    if (form.exec() == QDialog::Accepted) {
        refresh();
    }
}

void MeetingsPage::addAgenda()
{
    const Result<QList<ChangeRequest>> candidates = m_service->agendaCandidates();
    if (!check(candidates ? QString() : candidates.error().message)) {
        return;
    }
    if (candidates->isEmpty()) {
        check(tr("Tidak ada usulan draf atau ditunda yang belum masuk agenda."));
        return;
    }
    QList<AgendaDialog::Candidate> list;
    for (const ChangeRequest &r : *candidates) {
        list.append({r, requestText(m_context, r)});
    }
    const qint64 meetingId = current();
    AgendaDialog dialog(
        list,
        [this, meetingId](const QList<ChangeRequest> &adding) {
            const Result<QList<RequestConflict>> found =
                m_service->agendaConflicts(meetingId, adding);
            return found ? *found : QList<RequestConflict>{};
        },
        this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QList<qint64> ids = dialog.chosen();
    const Status added = m_service->addToAgenda(current(), ids);
    check(added ? QString() : added.error().message);
    showMeeting();
}

void MeetingsPage::decide()
{
    const QTableWidgetItem *item = m_agenda->item(m_agenda->currentRow(), 0);
    if (!item) {
        check(tr("Pilih usulan di agenda."));
        return;
    }
    const qint64 meetingId = current();
    const qint64 requestId = item->data(kIdRole).toLongLong();
    DecisionDialog dialog(
        item->text(),
        [this, meetingId, requestId](Decision decision, const QString &reason) {
            return m_service->decide(meetingId, requestId, decision, reason);
        },
        this);
    dialog.exec();
    showMeeting();
}

void MeetingsPage::removeFromAgenda()
{
    const QTableWidgetItem *item = m_agenda->item(m_agenda->currentRow(), 0);
    if (!item) {
        check(tr("Pilih usulan di agenda."));
        return;
    }
    if (!Prompts::confirm(
            this, {tr("Keluarkan dari agenda"),
                   tr("Keluarkan %1 dari agenda? Usulan kembali menjadi draf.").arg(item->text()),
                   tr("Keluarkan dari agenda")})) {
        return;
    }
    const Status removed = m_service->removeFromAgenda(current(), item->data(kIdRole).toLongLong());
    check(removed ? QString() : removed.error().message);
    showMeeting();
}

void MeetingsPage::cancelMeeting()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Batalkan musyawarah"),
                              tr("Alasan pembatalan (usulan di agenda kembali menjadi draf):"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    const Status cancelled = m_service->cancel(current(), reason.trimmed());
    check(cancelled ? QString() : cancelled.error().message);
    refresh();
}

void MeetingsPage::addAttendee()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Tambah peserta hadir"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *position = new QLineEdit(&dialog);
    auto *institution = new QLineEdit(&dialog);
    form->addRow(tr("&Nama:"), name);
    form->addRow(tr("&Jabatan:"), position);
    form->addRow(tr("&Lembaga:"), institution);
    if (!ask(dialog, form)) {
        return;
    }
    Attendee a;
    a.name = name->text().trimmed();
    a.position = position->text().trimmed();
    a.institution = institution->text().trimmed();
    const Result<Attendee> added = m_service->addAttendee(current(), a);
    check(added ? QString() : added.error().message);
    showMeeting();
}

void MeetingsPage::removeAttendee()
{
    const QTableWidgetItem *item = m_attendees->item(m_attendees->currentRow(), 0);
    if (!item || !Prompts::confirm(this, {tr("Hapus peserta"),
                                          tr("Hapus %1 dari daftar hadir?").arg(item->text()),
                                          tr("Hapus peserta"), Prompts::Kind::Destructive})) {
        return;
    }
    const Status removed = m_service->removeAttendee(current(), item->data(kIdRole).toLongLong());
    check(removed ? QString() : removed.error().message);
    showMeeting();
}

void MeetingsPage::addPhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Foto musyawarah"), QString(),
                                                      tr("Foto (*.jpg *.jpeg *.png)"));
    if (path.isEmpty()) {
        return;
    }
    const Result<QByteArray> jpeg = MeetingPhotoIntake::normaliseFile(path);
    if (!check(jpeg ? QString() : jpeg.error().message)) {
        return;
    }
    bool ok = false;
    const QString caption = QInputDialog::getText(
        this, tr("Foto musyawarah"), tr("Keterangan foto:"), QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    const Result<QString> added = m_service->addPhoto(current(), *jpeg, caption.trimmed());
    if (check(added ? QString() : added.error().message)) {
        QMessageBox::information(this, tr("Musyawarah"), tr("Foto disimpan."));
    }
}

void MeetingsPage::finalise()
{
    const Result<QList<Error>> problems = m_service->finalisationProblems(current());
    if (!check(problems ? QString() : problems.error().message)) {
        return;
    }
    if (!problems->isEmpty()) {
        QStringList lines;
        for (const Error &e : *problems) {
            lines << QStringLiteral("• ") + e.message;
        }
        check(tr("Musyawarah ini belum bisa difinalkan. Perbaiki dulu:") + u'\n' +
              lines.join(u'\n'));
        showMeeting();
        return;
    }
    if (!Prompts::confirm(
            this, {tr("Finalkan musyawarah"),
                   tr("Setelah final, berita acara diberi nomor dan musyawarah terkunci. Usulan "
                      "yang disetujui dapat dikirim; koreksi hanya lewat adendum."),
                   tr("Finalkan"), Prompts::Kind::Destructive})) {
        return;
    }
    const Result<Meeting> done =
        m_service->finalise(current(), MeetingDocuments::renderer(m_context.filesFolder));
    if (check(done ? QString() : done.error().message)) {
        QMessageBox::information(this, tr("Musyawarah"),
                                 tr("Berita acara nomor %1 dibuat.").arg(done->number));
    }
    refresh();
}

void MeetingsPage::addAddendum()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Adendum berita acara"),
                                                        tr("Isi koreksi:"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty()) {
        return;
    }
    const Result<Addendum> made = m_service->addAddendum(
        current(), text.trimmed(), MeetingDocuments::renderer(m_context.filesFolder));
    if (check(made ? QString() : made.error().message)) {
        QMessageBox::information(this, tr("Musyawarah"),
                                 tr("Adendum nomor %1 dibuat.").arg(made->number));
    }
}

void MeetingsPage::saveDocument(MeetingDocument document)
{
    const Result<Printout> out = printout(*m_service, m_context, current(), document);
    if (!check(out ? QString() : out.error().message)) {
        return;
    }
    const Meeting &meeting = out->meeting;
    QByteArray bytes = out->stored;
    if (bytes.isEmpty()) {
        const Result<QByteArray> pdf = DocumentWriter::toPdf(out->document, out->paper);
        if (!check(pdf ? QString() : pdf.error().message)) {
            return;
        }
        bytes = *pdf;
    }
    const QString suggested = document == MeetingDocument::AttendanceList
                                  ? QStringLiteral("daftar hadir %1")
                                  : QStringLiteral("berita acara %1");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Simpan PDF"),
        FileNames::suggestedPath(suggested.arg(meeting.heldOn.toString(Qt::ISODate)),
                                 QStringLiteral("pdf")),
        tr("Dokumen PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (const Status written = AtomicFile::write(path, bytes); !written) {
        check(written.error().message);
    }
}

void MeetingsPage::printDocument(MeetingDocument document)
{
    const Result<Printout> out = printout(*m_service, m_context, current(), document);
    if (!check(out ? QString() : out.error().message)) {
        return;
    }
    const Meeting &meeting = out->meeting;
    const QString what = document == MeetingDocument::AttendanceList ? tr("Daftar hadir")
                         : meeting.kind == MeetingKind::Sptjm        ? tr("SPTJM")
                                                                     : tr("Berita acara");
    QPrinter printer(QPrinter::HighResolution);
    const QPageSize paper = DocumentWriter::pageSize(out->paper);
    PrintPreview::setUp(
        printer, out->stored.isEmpty() ? paper : PrintPreview::pdfPageSize(out->stored, paper),
        what);
    const Result<bool> printed = PrintPreview::exec(
        printer, tr("%1 musyawarah %2").arg(what, Language::formatDate(meeting.heldOn)),
        [&out](QPrinter &target) {
            return out->stored.isEmpty() ? DocumentWriter::paint(out->document, target)
                                         : PrintPreview::paintPdf(out->stored, target);
        },
        this);
    check(printed ? QString() : printed.error().message);
}

} // namespace tepat
