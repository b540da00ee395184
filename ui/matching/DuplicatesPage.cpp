#include "ui/matching/DuplicatesPage.h"

#include "core/common/Language.h"
#include "core/matching/RegisterRecords.h"
#include "core/register/RegisterRepository.h"
#include "core/requests/DuplicateReview.h"
#include "core/storage/Database.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/EmptyTableHint.h"
#include "ui/common/ExcelExport.h"
#include "ui/matching/DuplicateComparison.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

// The strongest reason that speaks for the pair, for the list.
QString mainReason(const MatchScore &score)
{
    for (const MatchReason &r : score.reasons) {
        if (r.weight > 0) {
            return MatchModel::label(r.field, r.level);
        }
    }
    return {};
}

} // namespace

DuplicatesPage::DuplicatesPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_job(new BackgroundJob(this))
    , m_scan(new QPushButton(tr("Periksa seluruh data"), this))
    , m_cancel(new QPushButton(tr("Batal"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_list(new QTableWidget(0, 4, this))
    , m_comparison(new DuplicateComparison(this))
    , m_keepFirst(new QPushButton(tr("Ganda: pertahankan data 1…"), this))
    , m_keepSecond(new QPushButton(tr("Ganda: pertahankan data 2…"), this))
    , m_dismiss(new QPushButton(tr("Bukan orang yang sama…"), this))
{
    setObjectName(QStringLiteral("duplicatesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Pasangan data yang kemungkinan orang yang sama: NIK salah ketik, tanggal dan bulan "
           "lahir tertukar, ejaan lama (Soeparman/Suparman), urutan nama, singkatan M. untuk "
           "Muhammad, di keluarga lain. Nama yang umum diberi bobot lebih kecil. Pilih "
           "pasangan, bandingkan, lalu putuskan: data ganda menjadi draf penghapusan untuk "
           "musyawarah; yang bukan ganda tidak muncul lagi selama datanya tidak berubah."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *bar = new QHBoxLayout;
    m_scan->setObjectName(QStringLiteral("scan"));
    m_cancel->setObjectName(QStringLiteral("cancelScan"));
    m_progress->hide();
    m_cancel->hide();
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Belum diperiksa. Pemeriksaan berjalan di latar belakang; halaman lain "
                         "tetap bisa dipakai."));
    bar->addWidget(m_scan);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_status, 1);
    // The list as it stands, for Dinsos (both persons, NIK as text, score and reasons).
    auto *toExcel = new QPushButton(tr("Ekspor ke E&xcel…"), this);
    toExcel->setObjectName(QStringLiteral("exportExcel"));
    toExcel->setToolTip(tr("Simpan daftar kemungkinan ganda sebagai buku kerja Excel (.xlsx)."));
    bar->addWidget(toExcel);
    toExcel->setEnabled(false);
    connect(this, &DuplicatesPage::scanFinished, toExcel,
            [this, toExcel] { toExcel->setEnabled(!m_found.isEmpty()); });
    auto *excel = new ExcelExport(context, this);
    connect(toExcel, &QPushButton::clicked, this, [this, excel] {
        const QList<LikelyDuplicate> pairs = m_found;
        const Session session = m_context.session;
        excel->start(tr("kemungkinan ganda"),
                     [pairs, session](const Database &db, const QString &path,
                                      const ExportProgress &progress) {
                         return ListExport(db, session).duplicates(pairs, path, 0, progress);
                     });
    });
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_list->setObjectName(QStringLiteral("pairs"));
    m_list->setHorizontalHeaderLabels({tr("Skor"), tr("Data 1"), tr("Data 2"), tr("Alasan utama")});
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    EmptyTableHint::attach(m_list, tr("Belum ada pasangan. Tekan \"Periksa seluruh data\"."));
    splitter->addWidget(m_list);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_comparison, 1);
    auto *buttons = new QHBoxLayout;
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    m_dismiss->setObjectName(QStringLiteral("dismiss"));
    buttons->addWidget(m_keepFirst);
    buttons->addWidget(m_keepSecond);
    buttons->addStretch();
    buttons->addWidget(m_dismiss);
    rightLayout->addLayout(buttons);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 760}); // both names of a pair readable at 1366×768
    layout->addWidget(splitter, 1);

    for (QPushButton *b : {m_keepFirst, m_keepSecond, m_dismiss}) {
        b->setEnabled(false);
    }
    connect(m_scan, &QPushButton::clicked, this, &DuplicatesPage::scan);
    connect(m_cancel, &QPushButton::clicked, this, &DuplicatesPage::cancelScan);
    connect(m_job, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(total));
        m_progress->setValue(int(done));
    });
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &DuplicatesPage::showSelected);
    connect(m_keepFirst, &QPushButton::clicked, this, [this] { askConfirm(true); });
    connect(m_keepSecond, &QPushButton::clicked, this, [this] { askConfirm(false); });
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesPage::askDismiss);
}

DuplicatesPage::~DuplicatesPage() = default;

bool DuplicatesPage::scanning() const
{
    return m_job->running();
}

QString DuplicatesPage::statusText() const
{
    return m_status->text();
}

void DuplicatesPage::scan()
{
    const QString path = m_context.db.path();
    const MatchModel model = RegisterRecords::savedModel(m_context.db);
    BackgroundJob *job = m_job;
    QElapsedTimer timer;
    timer.start();
    const bool started = m_job->start(
        [path, model, job]() -> Result<RegisterScanResult> {
            Database::Options options;
            options.readOnly = true;
            options.migrate = false;
            Result<std::unique_ptr<Database>> db = Database::open(path, options);
            if (!db) {
                return db.error();
            }
            ScanOptions scan;
            scan.model = model;
            scan.progress = [job](qint64 done, qint64 total) { job->report(done, total); };
            scan.cancelled = [job] { return job->cancelled(); };
            return RegisterScan::run(*db.value(), scan);
        },
        [this, timer](Result<RegisterScanResult> result) {
            showResult(std::move(result), timer.elapsed());
        });
    if (!started) {
        return;
    }
    m_scan->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Membandingkan seluruh data…"));
}

void DuplicatesPage::cancelScan()
{
    m_job->cancel();
    m_status->setText(tr("Membatalkan…"));
}

void DuplicatesPage::showResult(Result<RegisterScanResult> result, qint64 elapsedMs)
{
    m_scan->setEnabled(true);
    m_progress->hide();
    m_cancel->hide();
    if (!result) {
        m_status->setText(tr("Pemeriksaan gagal: %1").arg(result.error().message));
        Q_EMIT scanFinished();
        return;
    }
    if (result->cancelled) {
        m_status->setText(tr("Pemeriksaan dibatalkan. Daftar sebelumnya tetap ditampilkan."));
        Q_EMIT scanFinished();
        return;
    }
    // The forms score with the weights this register gave itself.
    (void)RegisterRecords::saveModel(m_context.db, result->model);
    m_found = result->pairs;
    m_list->setRowCount(0);
    m_list->setRowCount(int(m_found.size()));
    for (int row = 0; row < int(m_found.size()); ++row) {
        const LikelyDuplicate &p = m_found[row];
        auto *score =
            new QTableWidgetItem(QStringLiteral("%1%").arg(qRound(p.score.probability * 100)));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_list->setItem(row, 0, score);
        m_list->setItem(row, 1, new QTableWidgetItem(p.nameA));
        m_list->setItem(row, 2, new QTableWidgetItem(p.nameB));
        m_list->setItem(row, 3, new QTableWidgetItem(mainReason(p.score)));
    }
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    m_status->setText(
        tr("%1 pasangan kemungkinan ganda dan %2 keluarga yang mungkin terdaftar dua kali, dari "
           "%3 orang (%4 detik).")
            .arg(Language::formatNumber(m_found.size()),
                 Language::formatNumber(result->households.size()),
                 Language::formatNumber(result->people),
                 Language::locale().toString(double(elapsedMs) / 1000.0, 'f', 1)));
    if (!m_found.isEmpty()) {
        m_list->selectRow(0);
    } else {
        m_comparison->clear();
    }
    Q_EMIT scanFinished();
}

int DuplicatesPage::selectedIndex() const
{
    const QList<QTableWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? -1 : items.first()->row();
}

void DuplicatesPage::showSelected()
{
    const int index = selectedIndex();
    const bool chosen = index >= 0 && index < int(m_found.size());
    for (QPushButton *b : {m_keepFirst, m_keepSecond, m_dismiss}) {
        b->setEnabled(chosen);
    }
    if (!chosen) {
        m_comparison->clear();
        return;
    }
    const LikelyDuplicate &pair = m_found[index];
    const RegisterRepository repository(m_context.db, m_context.clock);
    DuplicateComparison::Side sides[2];
    const QString ids[2] = {pair.personA, pair.personB};
    for (int i = 0; i < 2; ++i) {
        const Result<Person> person = repository.person(ids[i]);
        if (!person) {
            m_status->setText(person.error().message);
            m_comparison->clear();
            return;
        }
        sides[i].person = person.value();
        const Result<Household> household = repository.household(person->householdId);
        if (household) {
            sides[i].household = household.value();
        }
    }
    m_comparison->show(pair, sides[0], sides[1]);
}

void DuplicatesPage::removeSelected()
{
    const int index = selectedIndex();
    if (index < 0) {
        return;
    }
    m_found.removeAt(index);
    m_list->removeRow(index);
    if (m_list->rowCount() > 0) {
        m_list->selectRow(std::min(index, m_list->rowCount() - 1));
    } else {
        showSelected();
    }
}

Status DuplicatesPage::dismissSelected(const QString &reason)
{
    const int index = selectedIndex();
    if (index < 0) {
        return Error{QStringLiteral("duplicate.none_selected"), tr("Pilih pasangan dulu.")};
    }
    const Status done = DuplicateReview(m_context.db, m_context.clock, m_context.session)
                            .dismiss(m_found[index], reason);
    if (done) {
        removeSelected();
    }
    return done;
}

Result<ChangeRequest> DuplicatesPage::confirmSelected(bool keepFirst)
{
    const int index = selectedIndex();
    if (index < 0) {
        return Error{QStringLiteral("duplicate.none_selected"), tr("Pilih pasangan dulu.")};
    }
    const LikelyDuplicate pair = m_found[index];
    Result<ChangeRequest> draft = DuplicateReview(m_context.db, m_context.clock, m_context.session)
                                      .confirm(pair, keepFirst ? pair.personA : pair.personB);
    if (draft) {
        removeSelected();
    }
    return draft;
}

void DuplicatesPage::askDismiss()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Bukan orang yang sama"),
        tr("Mengapa kedua data ini bukan orang yang sama? (misalnya: kembar, sudah dicek ke "
           "rumah)"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    if (const Status s = dismissSelected(reason); !s) {
        QMessageBox::warning(this, tr("Belum tersimpan"), s.error().message);
    }
}

void DuplicatesPage::askConfirm(bool keepFirst)
{
    const int index = selectedIndex();
    if (index < 0) {
        return;
    }
    const LikelyDuplicate &pair = m_found[index];
    const QString removed = keepFirst ? pair.nameB : pair.nameA;
    const QString removedId = keepFirst ? pair.personB : pair.personA;
    const QString kept = keepFirst ? pair.nameA : pair.nameB;
    const auto answer = QMessageBox::question(
        this, tr("Data ganda"),
        tr("Buat draf penghapusan untuk %1 (ID %2) dengan alasan \"data ganda\", sebagai ganda "
           "dari %3? Draf itu diputuskan di musyawarah seperti usulan lain.")
            .arg(removed, removedId, kept));
    if (answer != QMessageBox::Yes) {
        return;
    }
    const Result<ChangeRequest> draft = confirmSelected(keepFirst);
    if (!draft) {
        QMessageBox::warning(this, tr("Belum tersimpan"), draft.error().message);
        return;
    }
    Q_EMIT requestOpened(draft.value());
}

} // namespace tepat
