#include "MeetingsPage.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "common/PrintPreview.h"
#include "common/StoreWatch.h"
#include "deliberation/DeliberationSchedule.h"
#include "deliberation/DeliberationService.h"
#include "documents/LetterDocument.h"
#include "documents/MeetingDocuments.h"
#include "documents/MeetingPhotoIntake.h"
#include "files/AtomicFile.h"
#include "files/ContentStore.h"
#include "letters/LetterSettings.h"
#include "storage/Database.h"

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

QString requestText(const ChangeRequest &r)
{
    return QStringLiteral("#%1 %2 — %3")
        .arg(r.id)
        .arg(RequestLifecycle::label(r.kind), r.householdId);
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
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

MeetingsPage::MeetingsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_service(std::make_unique<DeliberationService>(context.db, context.clock, context.session,
                                                      context.filesFolder))
{
    m_schedule = new QLabel(this);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->setWordWrap(true);
    m_sptjm = new QPushButton(tr("Buat &SPTJM pengganti musyawarah…"), this);
    m_sptjm->setObjectName(QStringLiteral("sptjm"));
    connect(m_sptjm, &QPushButton::clicked, this, [this] { plan(true); });
    auto *planButton = new QPushButton(tr("&Rencanakan musyawarah…"), this);
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
    m_agenda = table({tr("Usulan"), tr("Status"), tr("Keputusan"), tr("Alasan")}, detail);
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
    QList<QPushButton *> always;
    auto *agendaButtons = new QHBoxLayout;
    agendaButtons->addWidget(make(tr("Tambah &usulan…"), &MeetingsPage::addAgenda, m_plannedOnly));
    agendaButtons->addWidget(make(tr("&Putuskan…"), &MeetingsPage::decide, m_plannedOnly));
    agendaButtons->addWidget(
        make(tr("&Keluarkan dari agenda"), &MeetingsPage::removeFromAgenda, m_plannedOnly));
    agendaButtons->addStretch();
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
        always));
    documentButtons->addWidget(make(
        tr("&Berita acara PDF…"), [this] { saveDocument(MeetingDocument::Minutes); }, always));
    auto *preview = new QPushButton(tr("Pra&tinjau && cetak…"), detail);
    preview->setObjectName(QStringLiteral("preview"));
    preview->setAutoDefault(false);
    auto *previewMenu = new QMenu(preview);
    previewMenu->addAction(tr("Daftar hadir"), this,
                           [this] { printDocument(MeetingDocument::AttendanceList); });
    m_previewMinutes = previewMenu->addAction(tr("Berita acara"), this,
                                              [this] { printDocument(MeetingDocument::Minutes); });
    preview->setMenu(previewMenu);
    documentButtons->addWidget(preview);
    documentButtons->addStretch();
    documentButtons->addWidget(
        make(tr("Batalkan musyawarah…"), &MeetingsPage::cancelMeeting, m_plannedOnly));
    documentButtons->addWidget(make(tr("&Finalkan…"), &MeetingsPage::finalise, m_plannedOnly));
    documentButtons->addWidget(make(tr("&Adendum…"), &MeetingsPage::addAddendum, m_finalisedOnly));

    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
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

bool MeetingsPage::check(const QString &error)
{
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Musyawarah"), error);
    }
    return error.isEmpty();
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
        m_schedule->setStyleSheet(
            status->needsAttention() ? QStringLiteral("QLabel { color: #b71c1c; }") : QString());
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
    m_agenda->setRowCount(0);
    m_attendees->setRowCount(0);
    if (!meeting) {
        m_header->setText(tr("Belum ada musyawarah. Rencanakan satu untuk membahas usulan."));
        return;
    }
    QString header = QStringLiteral("<b>%1</b>, %2 %3, %4")
                         .arg(MeetingVocabulary::label(meeting->kind),
                              Language::locale().dayName(meeting->heldOn.dayOfWeek()) +
                                  QStringLiteral(", ") + Language::formatDate(meeting->heldOn),
                              meeting->startTime, meeting->place.toHtmlEscaped());
    if (meeting->state == MeetingState::Finalised) {
        header += QStringLiteral("<br>") +
                  tr("Final, nomor %1. Terkunci: koreksi dibuat sebagai adendum.")
                      .arg(meeting->number.toHtmlEscaped());
    }
    m_header->setText(header);
    m_previewMinutes->setText(meeting->kind == MeetingKind::Sptjm ? tr("SPTJM")
                                                                  : tr("Berita acara"));
    const Result<QList<AgendaItem>> items = m_service->items(meeting->id);
    for (const AgendaItem &i : items ? *items : QList<AgendaItem>{}) {
        const int row = m_agenda->rowCount();
        m_agenda->insertRow(row);
        setRow(m_agenda, row,
               {requestText(i.request), RequestLifecycle::label(i.request.state),
                i.decision ? MeetingVocabulary::label(*i.decision) : tr("belum diputuskan"),
                i.reason},
               i.request.id);
    }
    const Result<QList<Attendee>> people = m_service->attendees(meeting->id);
    for (const Attendee &a : people ? *people : QList<Attendee>{}) {
        const int row = m_attendees->rowCount();
        m_attendees->insertRow(row);
        setRow(m_attendees, row, {a.name, a.position, a.institution}, a.id);
    }
    m_agenda->resizeColumnsToContents();
}

void MeetingsPage::plan(bool sptjm)
{
    QDialog dialog(this);
    dialog.setWindowTitle(sptjm ? tr("SPTJM pengganti musyawarah") : tr("Rencanakan musyawarah"));
    auto *form = new QFormLayout(&dialog);
    auto *kind = new QComboBox(&dialog);
    for (const MeetingKind k : {MeetingKind::WardMeeting, MeetingKind::VillageMeeting}) {
        kind->addItem(MeetingVocabulary::label(k), int(k));
    }
    auto *date = new QDateEdit(m_context.clock.today(), &dialog);
    date->setCalendarPopup(true);
    auto *time = new QTimeEdit(QTime(9, 0), &dialog);
    auto *place = new QLineEdit(&dialog);
    auto *reason = new QPlainTextEdit(&dialog);
    auto *head = new QLineEdit(&dialog);
    head->setPlaceholderText(tr("dari pengaturan surat bila kosong"));
    auto *council = new QLineEdit(&dialog);
    auto *witness = new QLineEdit(&dialog);
    if (!sptjm) {
        form->addRow(tr("&Jenis:"), kind);
    }
    form->addRow(tr("&Tanggal:"), date);
    if (sptjm) {
        form->addRow(tr("&Alasan tidak bermusyawarah:"), reason);
    } else {
        form->addRow(tr("&Pukul:"), time);
        form->addRow(tr("Te&mpat:"), place);
    }
    form->addRow(tr("Kepala &desa/lurah:"), head);
    if (!sptjm) {
        form->addRow(tr("Ketua &BPD/LPM:"), council);
        form->addRow(tr("&Saksi:"), witness);
    }
    if (!ask(dialog, form)) {
        return;
    }
    Meeting m;
    m.kind = sptjm ? MeetingKind::Sptjm : MeetingKind(kind->currentData().toInt());
    m.heldOn = date->date();
    m.startTime = sptjm ? QString() : time->time().toString(QStringLiteral("HH:mm"));
    m.place = place->text().trimmed();
    m.sptjmReason = reason->toPlainText().trimmed();
    m.headName = head->text().trimmed();
    m.councilName = council->text().trimmed();
    m.witnessName = witness->text().trimmed();
    const Result<Meeting> made = m_service->plan(m);
    if (!check(made ? QString() : made.error().message)) {
        return;
    }
    refresh();
    for (int row = 0; row < m_meetings->count(); ++row) {
        if (m_meetings->item(row)->data(kIdRole).toLongLong() == made->id) {
            m_meetings->setCurrentRow(row);
        }
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
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Tambah usulan ke agenda"));
    auto *form = new QFormLayout(&dialog);
    auto *list = new QListWidget(&dialog);
    for (const ChangeRequest &r : *candidates) {
        auto *item = new QListWidgetItem(requestText(r), list);
        item->setData(kIdRole, r.id);
        item->setCheckState(Qt::Checked);
    }
    form->addRow(list);
    if (!ask(dialog, form)) {
        return;
    }
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked) {
            ids << list->item(row)->data(kIdRole).toLongLong();
        }
    }
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
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keputusan untuk %1").arg(item->text()));
    auto *form = new QFormLayout(&dialog);
    auto *decision = new QComboBox(&dialog);
    for (const Decision d : {Decision::Approved, Decision::Rejected, Decision::Deferred}) {
        decision->addItem(MeetingVocabulary::label(d), int(d));
    }
    auto *reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(tr("wajib untuk ditolak atau ditunda"));
    form->addRow(tr("&Keputusan:"), decision);
    form->addRow(tr("&Alasan:"), reason);
    if (!ask(dialog, form)) {
        return;
    }
    const Status decided =
        m_service->decide(current(), item->data(kIdRole).toLongLong(),
                          Decision(decision->currentData().toInt()), reason->text().trimmed());
    check(decided ? QString() : decided.error().message);
    showMeeting();
}

void MeetingsPage::removeFromAgenda()
{
    const QTableWidgetItem *item = m_agenda->item(m_agenda->currentRow(), 0);
    if (!item) {
        check(tr("Pilih usulan di agenda."));
        return;
    }
    if (QMessageBox::question(
            this, tr("Keluarkan dari agenda"),
            tr("Keluarkan %1 dari agenda? Usulan kembali menjadi draf.").arg(item->text()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
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
    if (!item || QMessageBox::question(
                     this, tr("Hapus peserta"), tr("Hapus %1 dari daftar hadir?").arg(item->text()),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
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
    const Status ready = m_service->readyToFinalise(current());
    if (!check(ready ? QString() : ready.error().message)) {
        return;
    }
    if (QMessageBox::question(
            this, tr("Finalkan musyawarah"),
            tr("Setelah final, berita acara diberi nomor dan musyawarah terkunci. Usulan yang "
               "disetujui dapat dikirim; koreksi hanya lewat adendum. Lanjutkan?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
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
                                  ? QStringLiteral("daftar-hadir-%1.pdf")
                                  : QStringLiteral("berita-acara-%1.pdf");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Simpan PDF"),
        QDir::home().filePath(suggested.arg(meeting.heldOn.toString(Qt::ISODate))),
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
