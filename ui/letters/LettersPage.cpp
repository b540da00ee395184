#include "ui/letters/LettersPage.h"

#include "core/common/FileNames.h"
#include "core/common/Language.h"
#include "core/documents/LetterDocument.h"
#include "core/files/AtomicFile.h"
#include "core/letters/CertificateLetter.h"
#include "core/letters/LetterRevocation.h"
#include "core/letters/LetterSigner.h"
#include "core/search/PersonSearch.h"
#include "core/storage/Database.h"
#include "core/storage/StoreEvents.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/ExcelExport.h"
#include "ui/common/PrintPreview.h"
#include "ui/common/Prompts.h"
#include "ui/common/StoreWatch.h"
#include "ui/letters/LetterPreviewDialog.h"
#include "ui/letters/ReactivationDialog.h"
#include "ui/letters/ResidentDialog.h"
#include "ui/letters/RevokeLetterDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false);
    return b;
}

// The printer's document name and the PDF's suggested name: serial and year, never the number
// as printed (it has slashes) and never the person.
QString documentName(const LetterRecord &letter, bool copy)
{
    return QStringLiteral("%1 %2 %3")
        .arg(copy ? QStringLiteral("salinan surat keterangan") : QStringLiteral("surat keterangan"))
        .arg(letter.year)
        .arg(letter.serial, 4, 10, QLatin1Char('0'));
}

QString voidedMessage(const LetterRecord &letter)
{
    if (letter.isRevoked()) {
        return LettersPage::tr("Surat nomor %1 sudah dicabut (%2) dan tidak dicetak lagi.")
            .arg(letter.number, letter.revokeReason);
    }
    return LettersPage::tr("Surat nomor %1 sudah dibatalkan (%2) dan tidak dicetak lagi. "
                           "Terbitkan surat baru bila masih diperlukan.")
        .arg(letter.number, letter.voidReason);
}

} // namespace

LettersPage::LettersPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_batchJob(new BackgroundJob(this))
    , m_excel(new ExcelExport(context, this))
{
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildIssueTab(), tr("Buat surat"));
    tabs->addTab(buildRegisterTab(), tr("Buku register"));
    tabs->addTab(buildVerifyTab(), tr("Periksa keaslian"));
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1) {
            refreshRegister();
        }
    });
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Surat keterangan DTSEN")));
    layout->addWidget(title);
    layout->addWidget(tabs);
    refreshRegister();
    StoreWatch::attach(this, m_context.db, [this] { refreshRegister(); });
}

QWidget *LettersPage::buildIssueTab()
{
    auto *tab = new QWidget;
    m_find = new QLineEdit(tab);
    m_find->setObjectName(QStringLiteral("find"));
    m_find->setPlaceholderText(tr("Nama, NIK atau nomor KK warga, lalu Enter"));
    m_find->setClearButtonEnabled(true);
    m_people = new QListWidget(tab);
    m_people->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_people->setAccessibleName(tr("Warga yang ditemukan"));
    m_people->setObjectName(QStringLiteral("people"));
    connect(m_find, &QLineEdit::returnPressed, this, &LettersPage::findPeople);

    m_purpose = new QComboBox(tab);
    m_purpose->setEditable(true);
    m_purpose->addItems(CertificateForm::suggestedPurposes());
    m_purpose->setCurrentText(CertificateForm::defaultPurpose());
    m_religion = new QComboBox(tab);
    m_religion->addItem(QStringLiteral("-"), QString());
    for (const QString &religion : CertificateForm::religions()) {
        m_religion->addItem(religion, religion);
    }
    m_paper = new QComboBox(tab);
    const Paper preferred = LetterSettings::load(m_context.db).paper;
    for (const Paper paper : PaperInfo::all()) {
        m_paper->addItem(PaperInfo::label(paper), PaperInfo::code(paper));
        if (paper == preferred) {
            m_paper->setCurrentIndex(m_paper->count() - 1);
        }
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Keperluan:"), m_purpose);
    form->addRow(tr("A&gama:"), m_religion);
    form->addRow(tr("&Kertas:"), m_paper);

    auto *issue = button(tr("&Terbitkan dan cetak…"), tab);
    m_batch = button(tr("Terbitkan untuk semua yang &dipilih ke folder…"), tab);
    m_batch->setObjectName(QStringLiteral("batch"));
    issue->setObjectName(QStringLiteral("issue"));
    connect(issue, &QPushButton::clicked, this, &LettersPage::issueSelected);
    connect(m_batch, &QPushButton::clicked, this, &LettersPage::issueBatch);
    auto *reactivation = button(tr("Rekomendasi &reaktivasi PBI-JK…"), tab);
    reactivation->setObjectName(QStringLiteral("reactivation"));
    reactivation->setToolTip(tr("Surat rekomendasi kelurahan/desa agar kepesertaan PBI-JK "
                                "warga yang dipilih diaktifkan kembali."));
    connect(reactivation, &QPushButton::clicked, this, &LettersPage::askReactivation);
    auto *typed = button(tr("Warga di &luar data DTSEN…"), tab);
    connect(typed, &QPushButton::clicked, this, &LettersPage::issueTypedIn);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(issue);
    buttons->addWidget(m_batch);
    buttons->addWidget(reactivation);
    buttons->addStretch();
    buttons->addWidget(typed);

    m_batchProgress = new QProgressBar(tab);
    m_batchProgress->setObjectName(QStringLiteral("batchProgress"));
    m_batchProgress->setFormat(tr("Menerbitkan surat: %v dari %m"));
    m_batchProgress->hide();
    m_batchCancel = button(tr("&Batal"), tab);
    m_batchCancel->setObjectName(QStringLiteral("batchCancel"));
    m_batchCancel->hide();
    connect(m_batchCancel, &QPushButton::clicked, this, [this] {
        // The worker stops before it takes the next number; letters already numbered get their PDF.
        m_batchJob->cancel();
        m_batchCancel->setEnabled(false);
        m_batchProgress->setFormat(tr("Membatalkan…"));
    });
    connect(m_batchJob, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        m_batchProgress->setMaximum(int(total));
        m_batchProgress->setValue(int(done));
    });
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_batchProgress, 1);
    progress->addWidget(m_batchCancel);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_find);
    layout->addWidget(m_people, 1);
    layout->addLayout(form);
    layout->addWidget(new QLabel(
        tr("Surat menyatakan terdaftar atau tidak terdaftar sesuai data terakhir. Pratinjau "
           "ditampilkan dulu; nomor diambil dari register saat diterbitkan."),
        tab));
    layout->addLayout(buttons);
    layout->addLayout(progress);
    return tab;
}

QWidget *LettersPage::buildRegisterTab()
{
    auto *tab = new QWidget;
    m_registerFilter = new QLineEdit(tab);
    m_registerFilter->setObjectName(QStringLiteral("registerFilter"));
    m_registerFilter->setPlaceholderText(tr("Cari nomor surat atau nama"));
    m_registerFilter->setClearButtonEnabled(true);
    connect(m_registerFilter, &QLineEdit::textChanged, this, &LettersPage::refreshRegister);
    m_register = new QTableWidget(0, 7, tab);
    m_register->setObjectName(QStringLiteral("register"));
    m_register->setHorizontalHeaderLabels({tr("Nomor"), tr("Tanggal"), tr("Jenis"), tr("Nama"),
                                           tr("Keperluan"), tr("Dicetak"), tr("Status")});
    m_register->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_register->setSelectionMode(QAbstractItemView::SingleSelection);
    m_register->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_register->horizontalHeader()->setStretchLastSection(true);
    m_register->verticalHeader()->hide();
    connect(m_register, &QTableWidget::cellDoubleClicked, this,
            [this] { printLetter(selectedLetter()); });

    auto *print = button(tr("&Cetak (ulang sebagai SALINAN)…"), tab);
    auto *pdf = button(tr("Simpan &PDF…"), tab);
    auto *csv = button(tr("&Ekspor CSV…"), tab);
    auto *toExcel = button(tr("Ekspor ke E&xcel…"), tab);
    toExcel->setObjectName(QStringLiteral("exportExcel"));
    connect(toExcel, &QPushButton::clicked, this, [this] {
        LetterQuery query;
        query.text = m_registerFilter->text().trimmed();
        const Session session = m_context.session;
        const Clock &clock = m_context.clock;
        m_excel->start(QStringLiteral("register surat"),
                       [query, session, &clock](const Database &db, const QString &path,
                                                const ExportProgress &progress) {
                           return ListExport(db, session).letters(query, clock, path, progress);
                       });
    });
    auto *cancel = button(tr("&Batalkan nomor…"), tab);
    cancel->setObjectName(QStringLiteral("voidLetter"));
    cancel->setToolTip(tr("Nomor yang terlanjur diterbitkan karena keliru: tetap di register "
                          "dengan status dibatalkan dan alasannya, tidak dipakai lagi."));
    connect(cancel, &QPushButton::clicked, this, &LettersPage::voidSelected);
    auto *revoke = button(tr("Ca&but surat…"), tab);
    revoke->setObjectName(QStringLiteral("revokeLetter"));
    revoke->setToolTip(tr("Surat yang sudah dicetak tidak berlaku lagi (salah orang, ditarik): "
                          "tetap di register dengan status dicabut; pemeriksaan kodenya menjawab "
                          "dicabut."));
    connect(revoke, &QPushButton::clicked, this, &LettersPage::revokeSelected);
    connect(print, &QPushButton::clicked, this, [this] { printLetter(selectedLetter()); });
    connect(pdf, &QPushButton::clicked, this, [this] { savePdf(selectedLetter()); });
    connect(csv, &QPushButton::clicked, this, &LettersPage::exportCsv);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    buttons->addWidget(cancel);
    buttons->addWidget(revoke);
    buttons->addStretch();
    buttons->addWidget(csv);
    buttons->addWidget(toExcel);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_registerFilter);
    layout->addWidget(m_register, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *LettersPage::buildVerifyTab()
{
    auto *tab = new QWidget;
    m_code = new QPlainTextEdit(tab);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(
        tr("Tempel teks kode QR dari surat (hasil pemindai), dimulai dengan TPT1"));
    m_code->setTabChangesFocus(true);
    m_code->setMaximumHeight(120);
    m_verdict = new QLabel(tab);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *check = button(tr("&Periksa"), tab);
    check->setObjectName(QStringLiteral("check"));
    connect(check, &QPushButton::clicked, this, &LettersPage::verify);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_code, 1);
    layout->addWidget(check, 0, Qt::AlignLeft);
    layout->addWidget(m_verdict);
    layout->addStretch();
    return tab;
}

void LettersPage::fail(const QString &message)
{
    QMessageBox::warning(this, tr("Surat"), message);
}

void LettersPage::findPeople()
{
    m_people->clear();
    const Result<SearchPage> page = PersonSearch(m_context.db).find(m_find->text());
    if (!page) {
        fail(page.error().message);
        return;
    }
    for (const SearchHit &hit : page->hits) {
        auto *item = new QListWidgetItem(
            tr("%1 — NIK %2 — RT %3/RW %4").arg(hit.name, hit.nik, hit.rt, hit.rw), m_people);
        item->setData(kIdRole, hit.personId);
    }
    if (page->hits.isEmpty()) {
        m_people->addItem(tr("Tidak ada warga yang cocok."));
        m_people->item(0)->setFlags(Qt::NoItemFlags);
    } else {
        m_people->setCurrentRow(0);
        m_people->setFocus();
    }
}

void LettersPage::issueSelected()
{
    const QList<QListWidgetItem *> chosen = m_people->selectedItems();
    if (chosen.size() != 1 || chosen.first()->data(kIdRole).toString().isEmpty()) {
        fail(tr("Pilih satu warga dari hasil pencarian."));
        return;
    }
    const Result<CertificateSubject> subject =
        CertificateComposer::fromRegister(m_context.db, chosen.first()->data(kIdRole).toString());
    if (!subject) {
        fail(subject.error().message);
        return;
    }
    issueWithPreview(*subject);
}

void LettersPage::issueTypedIn()
{
    const CertificateService service(m_context.db, m_context.clock, m_context.session);
    ResidentDialog dialog(service, m_context.clock, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    issueWithPreview(dialog.subject());
}

bool LettersPage::issueWithPreview(const CertificateSubject &subject)
{
    CertificateForm form;
    form.purpose = m_purpose->currentText().trimmed();
    form.religion = m_religion->currentData().toString();
    const LetterSettings settings = LetterSettings::load(m_context.db);
    const Paper paper = PaperInfo::fromCode(m_paper->currentData().toString()).value_or(Paper::A4);
    const CertificateService service(m_context.db, m_context.clock, m_context.session);
    const Result<LetterContent> draft = service.preview(subject, form, settings);
    if (!draft) {
        fail(draft.error().message);
        return false;
    }
    const Result<PrintableDocument> document = LetterDocument::build(
        *draft, LetterDocument::Mark::Draft, loadLogo(m_context.filesFolder, draft->logoSha256));
    if (!document) {
        fail(document.error().message);
        return false;
    }
    const QString status = subject.registered ? tr("TERDAFTAR") : tr("TIDAK TERDAFTAR");
    LetterPreviewDialog preview(*document, paper,
                                tr("%1 (%2 dalam DTSEN)").arg(subject.name, status), this);
    if (preview.exec() != QDialog::Accepted) {
        return false;
    }
    const Result<LetterRecord> letter = service.issue(subject, form, settings);
    if (!letter) {
        fail(letter.error().message);
        return false;
    }
    refreshRegister();
    printLetter(letter->id);
    return true;
}

void LettersPage::askReactivation()
{
    QStringList ids;
    for (const QListWidgetItem *item : m_people->selectedItems()) {
        if (!item->data(kIdRole).toString().isEmpty()) {
            ids << item->data(kIdRole).toString();
        }
    }
    if (ids.isEmpty()) {
        fail(tr("Pilih warga dari hasil pencarian (Ctrl atau Shift untuk beberapa)."));
        return;
    }
    ReactivationDialog dialog(int(ids.size()), this);
    if (dialog.exec() == QDialog::Accepted) {
        issueReactivation(ids, dialog.form());
    }
}

QList<qint64> LettersPage::issueReactivation(const QStringList &personIds,
                                             const ReactivationForm &form)
{
    const ReactivationService service(m_context.db, m_context.clock, m_context.session);
    const Result<QList<LetterRecord>> letters =
        service.issueAll(personIds, form, LetterSettings::load(m_context.db));
    refreshRegister();
    if (!letters) {
        fail(letters.error().message);
        return {};
    }
    QList<qint64> ids;
    for (const LetterRecord &letter : *letters) {
        ids << letter.id;
    }
    if (ids.size() == 1) {
        printLetter(ids.first());
    } else if (!ids.isEmpty()) {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Surat"),
            tr("%n surat rekomendasi reaktivasi PBI-JK diterbitkan; cetak dari Buku register.",
               nullptr, int(ids.size())),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return ids;
}

void LettersPage::issueBatch()
{
    QStringList ids;
    for (const QListWidgetItem *item : m_people->selectedItems()) {
        if (!item->data(kIdRole).toString().isEmpty()) {
            ids << item->data(kIdRole).toString();
        }
    }
    if (ids.isEmpty()) {
        fail(tr("Pilih warga dari hasil pencarian (Ctrl atau Shift untuk beberapa)."));
        return;
    }
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder untuk PDF surat"),
                                                          FileNames::documentsFolder());
    if (!dir.isEmpty()) {
        startBatch(ids, dir);
    }
}

bool LettersPage::batchRunning() const
{
    return m_batchJob->running();
}

bool LettersPage::startBatch(const QStringList &personIds, const QString &outDir)
{
    CertificateForm form;
    form.purpose = m_purpose->currentText().trimmed();
    form.religion = m_religion->currentData().toString();
    const std::optional<Paper> paper = PaperInfo::fromCode(m_paper->currentData().toString());
    const QString path = m_context.db.path();
    const QString files = m_context.filesFolder;
    // Read-only for the whole batch; the page's owner outlives the job, which waits on teardown.
    const Clock &clock = m_context.clock;
    const Session &session = m_context.session;
    BackgroundJob *job = m_batchJob;
    job->setTitle(tr("Membuat surat…"));
    const int requested = int(personIds.size());
    const bool started = m_batchJob->start(
        [path, files, personIds, outDir, form, paper, job, &clock,
         &session]() -> Result<QList<LetterBatch::Item>> {
            Database::Options options;
            options.migrate = false;
            Result<std::unique_ptr<Database>> db = Database::open(path, options);
            if (!db) {
                return db.error();
            }
            return LetterBatch(*db.value(), clock, session, files)
                .run(
                    personIds, outDir, form, paper,
                    [job](qsizetype done, qsizetype total) { job->report(done, total); },
                    [job] { return job->cancelled(); });
        },
        [this, requested, outDir](Result<QList<LetterBatch::Item>> items) {
            if (!items) {
                batchDone(requested, outDir, {LetterBatch::Item{{}, 0, {}, {}, items.error()}});
                return;
            }
            batchDone(requested, outDir, *items);
        });
    if (!started) {
        return false;
    }
    m_batch->setEnabled(false);
    m_batchProgress->setFormat(tr("Menerbitkan surat: %v dari %m"));
    m_batchProgress->setRange(0, requested);
    m_batchProgress->setValue(0);
    m_batchProgress->show();
    m_batchCancel->setEnabled(true);
    m_batchCancel->show();
    return true;
}

void LettersPage::batchDone(int requested, const QString &outDir,
                            const QList<LetterBatch::Item> &items)
{
    m_batch->setEnabled(true);
    m_batchProgress->hide();
    m_batchCancel->hide();
    int made = 0;
    QStringList errors;
    for (const LetterBatch::Item &item : items) {
        if (item.error) {
            errors << item.error->message;
        } else {
            ++made;
        }
    }
    refreshRegister();
    StoreEvents::of(m_context.db).announce(); // the batch wrote through its own connection
    QString message =
        tr("%n surat diterbitkan ke %1.", nullptr, made).arg(QDir::toNativeSeparators(outDir));
    if (made < requested && errors.isEmpty()) {
        message += QLatin1Char(' ') +
                   tr("Dibatalkan: %n warga belum dibuatkan surat.", nullptr, requested - made);
    }
    if (!errors.isEmpty()) {
        message += QLatin1Char('\n') + errors.mid(0, 5).join(QLatin1Char('\n'));
    }
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Surat"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT batchFinished(message);
}

void LettersPage::refreshRegister()
{
    LetterQuery query;
    query.text = m_registerFilter->text().trimmed();
    const Result<QList<LetterRecord>> letters =
        LetterRegister(m_context.db, m_context.clock).search(query, 500);
    m_register->setRowCount(0);
    if (!letters) {
        return;
    }
    m_register->setRowCount(int(letters->size()));
    for (int row = 0; row < letters->size(); ++row) {
        const LetterRecord &l = letters->at(row);
        const QStringList cells{l.number,
                                Language::formatDate(l.issuedOn),
                                LetterRegister::kindLabel(l.kind),
                                l.subjectName,
                                l.purpose,
                                QString::number(l.prints),
                                LetterRegister::stateLabel(l)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(kIdRole, l.id);
            if (l.isRevoked()) {
                QFont struck = item->font();
                struck.setStrikeOut(column == 0);
                item->setFont(struck);
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
                item->setToolTip(tr("Dicabut %1 oleh %2: %3")
                                     .arg(Language::formatDate(l.revokedAt.toLocalTime().date()),
                                          l.revokedBy, l.revokeReason));
            } else if (l.isVoid()) {
                QFont struck = item->font();
                struck.setStrikeOut(column == 0);
                item->setFont(struck);
                item->setForeground(QColor(0x75, 0x75, 0x75));
                item->setToolTip(tr("Dibatalkan %1 oleh %2: %3")
                                     .arg(Language::formatDate(l.voidedAt.toLocalTime().date()),
                                          l.voidedBy, l.voidReason));
            }
            m_register->setItem(row, column, item);
        }
    }
    m_register->resizeColumnsToContents();
}

qint64 LettersPage::selectedLetter() const
{
    const QTableWidgetItem *item = m_register->item(m_register->currentRow(), 0);
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void LettersPage::printLetter(qint64 letterId)
{
    const Result<LetterRecord> letter = LetterRegister(m_context.db, m_context.clock).get(letterId);
    if (!letter ||
        (letter->kind != LetterKind::Certificate && letter->kind != LetterKind::Reactivation)) {
        fail(tr("Pilih surat keterangan atau rekomendasi di register. Berita acara dan SPTJM "
                "dicetak dari halaman Musyawarah."));
        return;
    }
    if (letter->isVoid() || letter->isRevoked()) {
        fail(voidedMessage(*letter));
        return;
    }
    const bool copy = letter->prints > 0;
    const Paper paper = PaperInfo::fromCode(m_paper->currentData().toString()).value_or(Paper::A4);
    const LetterContent content = LetterContent::fromJson(letter->content);
    const Result<PrintableDocument> document = LetterDocument::build(
        content, copy ? LetterDocument::Mark::Copy : LetterDocument::Mark::Original,
        loadLogo(m_context.filesFolder, content.logoSha256));
    if (!document) {
        fail(document.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    PrintPreview::setUp(printer, DocumentWriter::pageSize(paper), documentName(*letter, copy));
    const Result<bool> printed = PrintPreview::exec(
        printer,
        copy ? tr("Cetak SALINAN %1").arg(letter->number) : tr("Cetak %1").arg(letter->number),
        [&document](QPrinter &target) { return DocumentWriter::paint(*document, target); }, this);
    if (!printed) {
        fail(printed.error().message);
        return;
    }
    if (!*printed) {
        return;
    }
    const Status recorded = CertificateService(m_context.db, m_context.clock, m_context.session)
                                .recordPrint(letter->id, copy, paper, QStringLiteral("printer"));
    if (!recorded) {
        fail(recorded.error().message);
    }
    refreshRegister();
}

void LettersPage::savePdf(qint64 letterId)
{
    const Result<LetterRecord> letter = LetterRegister(m_context.db, m_context.clock).get(letterId);
    if (!letter ||
        (letter->kind != LetterKind::Certificate && letter->kind != LetterKind::Reactivation)) {
        fail(tr("Pilih surat keterangan atau rekomendasi di register."));
        return;
    }
    if (letter->isVoid() || letter->isRevoked()) {
        fail(voidedMessage(*letter));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Simpan PDF surat"),
        QDir(FileNames::documentsFolder()).filePath(LetterBatch::fileName(*letter)),
        tr("Dokumen PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const bool copy = letter->prints > 0;
    const Paper paper = PaperInfo::fromCode(m_paper->currentData().toString()).value_or(Paper::A4);
    const Result<QByteArray> bytes =
        LetterBatch::render(*letter, copy, paper, m_context.filesFolder);
    if (!bytes) {
        fail(bytes.error().message);
        return;
    }
    if (const Status written = AtomicFile::write(path, *bytes); !written) {
        fail(written.error().message);
        return;
    }
    const Status recorded = CertificateService(m_context.db, m_context.clock, m_context.session)
                                .recordPrint(letter->id, copy, paper, QStringLiteral("pdf"));
    if (!recorded) {
        fail(recorded.error().message);
    }
    refreshRegister();
}

void LettersPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Ekspor register surat"),
        FileNames::suggestedPath(QStringLiteral("register surat"), QStringLiteral("csv")),
        tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    LetterQuery query;
    query.text = m_registerFilter->text().trimmed();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(AtomicFile::failure(path, file.error()));
        return;
    }
    const Status written = LetterRegister(m_context.db, m_context.clock).exportCsv(query, file);
    if (!written) {
        file.cancelWriting();
        fail(written.error().message);
        return;
    }
    if (!file.commit()) {
        fail(AtomicFile::failure(path, file.error()));
    }
}

void LettersPage::voidSelected()
{
    const qint64 id = selectedLetter();
    const Result<LetterRecord> letter = LetterRegister(m_context.db, m_context.clock).get(id);
    if (!letter) {
        fail(tr("Pilih surat yang nomornya akan dibatalkan di register."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Batalkan nomor surat"),
        tr("Nomor %1 (%2) tetap tercatat di register dengan status dibatalkan dan tidak akan "
           "dipakai lagi. Alasan pembatalan:")
            .arg(letter->number, letter->subjectName),
        QLineEdit::Normal, {}, &ok);
    if (ok) {
        voidLetter(id, reason);
    }
}

bool LettersPage::voidLetter(qint64 letterId, const QString &reason)
{
    const Status voided = CertificateService(m_context.db, m_context.clock, m_context.session)
                              .voidLetter(letterId, reason);
    refreshRegister();
    if (!voided) {
        fail(voided.error().message);
        return false;
    }
    return true;
}

void LettersPage::revokeSelected()
{
    const Result<LetterRecord> letter =
        LetterRegister(m_context.db, m_context.clock).get(selectedLetter());
    if (!letter) {
        fail(tr("Pilih surat yang akan dicabut di register."));
        return;
    }
    if (const Status allowed = LetterRevocation::permitted(m_context.session); !allowed) {
        fail(allowed.error().message);
        return;
    }
    RevokeLetterDialog dialog(*letter, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!Prompts::confirm(this, {tr("Cabut surat"),
                                 tr("Cabut surat nomor %1 atas nama %2? Pencabutan tidak bisa "
                                    "dibatalkan.")
                                     .arg(letter->number, letter->subjectName),
                                 tr("Cabut surat"), Prompts::Kind::Destructive})) {
        return;
    }
    revokeLetter(letter->id, dialog.reason());
}

bool LettersPage::revokeLetter(qint64 letterId, const QString &reason)
{
    const Status revoked =
        LetterRevocation(m_context.db, m_context.clock, m_context.session).revoke(letterId, reason);
    refreshRegister();
    if (!revoked) {
        fail(revoked.error().message);
        return false;
    }
    return true;
}

void LettersPage::verify()
{
    const Verification result =
        LetterSigner(m_context.db, m_context.clock).verify(m_code->toPlainText().trimmed());
    const char *colour = result.verdict == Verdict::Genuine ? "#1b5e20"
                         : result.verdict == Verdict::Altered || result.verdict == Verdict::Void ||
                                 result.verdict == Verdict::Revoked
                             ? "#b71c1c"
                             : "#e65100";
    QString text = QStringLiteral("<b style=\"color:%1\">%2</b>")
                       .arg(QLatin1String(colour), result.explanation.toHtmlEscaped());
    m_verdict->setText(text);
}

} // namespace tepat
