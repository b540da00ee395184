#include "ui/audit/AuditSection.h"

#include "core/audit/AuditLog.h"
#include "core/audit/AuditVerifier.h"
#include "core/common/Language.h"
#include "core/storage/Database.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/EmptyTableHint.h"
#include "ui/common/StoreWatch.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tepat {

AuditSection::AuditSection(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_log(std::make_unique<AuditLog>(context.db))
    , m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("auditSection"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Setiap perubahan data, surat yang dicetak, setiap masuk (juga yang gagal), "
           "perubahan akun, cadangan dan pemulihan dicatat di sini. Tiap catatan terkait dengan "
           "catatan sebelumnya (rantai SHA-256), sehingga catatan yang diubah, dihapus atau "
           "disisipkan ketahuan."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *check = new QHBoxLayout();
    m_verify = new QPushButton(tr("Periksa keutuhan rantai"), this);
    m_verify->setObjectName(QStringLiteral("verify"));
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Batal"), this);
    m_cancel->hide();
    check->addWidget(m_verify);
    check->addWidget(m_progress, 1);
    check->addWidget(m_cancel);
    check->addStretch();
    layout->addLayout(check);
    auto *resultRow = new QHBoxLayout();
    m_result = new QLabel(tr("Rantai belum diperiksa."), this);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showBroken = new QPushButton(this);
    m_showBroken->setObjectName(QStringLiteral("showBroken"));
    m_showBroken->hide();
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_showBroken);
    layout->addLayout(resultRow);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Cari pelaku, tindakan, objek atau rincian; #123 untuk catatan nomor 123"));
    layout->addWidget(m_search);
    m_model = new AuditLogModel(*m_log, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditEntries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    // Number, time, actor and action always fit whole (also "No." over entries #1 … #9),
    // whatever the page and the font.
    for (int column : {int(AuditLogModel::Number), int(AuditLogModel::Time),
                       int(AuditLogModel::Actor), int(AuditLogModel::Action)}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    EmptyTableHint::attach(m_view, tr("Tidak ada catatan yang cocok dengan pencarian ini."));
    layout->addWidget(m_view, 1);
    auto *problem = new QLabel(this);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->hide();
    layout->addWidget(problem);
    connect(m_model, &AuditLogModel::loadFailed, problem, [problem](const QString &message) {
        problem->setText(message);
        problem->show();
    });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->load(m_search->text()); });
    connect(m_verify, &QPushButton::clicked, this, [this] { verify(); });
    connect(m_cancel, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    connect(m_showBroken, &QPushButton::clicked, this, &AuditSection::showBrokenEntry);
    connect(m_job, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
    });
    m_model->load({});
    m_view->resizeColumnsToContents();
    // Every committed change adds entries: the list follows (when the section is next seen),
    // keeping the search.
    StoreWatch::attach(this, m_context.db, [this] { m_model->load(m_search->text()); });
}

AuditSection::~AuditSection() = default;

bool AuditSection::verifying() const
{
    return m_job->running();
}

QString AuditSection::resultText() const
{
    return m_result->text();
}

void AuditSection::verify(bool atStart)
{
    const QString path = m_context.db.path();
    BackgroundJob *job = m_job;
    job->setTitle(tr("Memeriksa jejak audit…"));
    const bool started = m_job->start(
        [path, job]() -> Result<AuditVerification> {
            Database::Options options;
            options.readOnly = true;
            options.migrate = false;
            Result<std::unique_ptr<Database>> db = Database::open(path, options);
            if (!db) {
                return db.error();
            }
            return AuditVerifier(*db.value()).verify([job](qint64 done, qint64 total) {
                job->report(done, total);
                return !job->cancelled();
            });
        },
        [this, atStart](Result<AuditVerification> result) {
            m_verify->setEnabled(true);
            m_progress->hide();
            m_cancel->hide();
            if (!result) {
                m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
                m_result->setText(result.error().message);
                return;
            }
            showResult(result.value(), atStart);
        });
    if (!started) {
        return;
    }
    m_verify->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_showBroken->hide();
    m_result->setStyleSheet({});
    m_result->setText(tr("Memeriksa rantai…"));
}

void AuditSection::showResult(const AuditVerification &result, bool atStart)
{
    if (result.intact()) {
        m_brokenId = 0;
        m_showBroken->hide();
        m_result->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_result->setText(
            tr("Utuh: %1 catatan diperiksa; tidak ada yang diubah, dihapus atau disisipkan. "
               "Catatan terakhir #%2, hash %3…")
                .arg(Language::formatNumber(result.checked))
                .arg(result.lastId)
                .arg(result.head.left(16)));
        Q_EMIT verified(true);
        return;
    }
    const AuditBreak &broken = *result.broken;
    m_brokenId = broken.entryId;
    m_brokenNext = broken.lastEntryId + 1;
    m_result->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_result->setText(
        tr("RANTAI RUSAK di catatan #%1: %2").arg(broken.entryId).arg(broken.message));
    m_showBroken->setText(tr("Tampilkan catatan #%1").arg(broken.entryId));
    m_showBroken->show();
    showBrokenEntry();
    Q_EMIT verified(false);
    if (atStart) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Jejak audit rusak"),
            tr("Pemeriksaan saat mulai menemukan jejak audit yang tidak utuh: %1\n\nData "
               "mungkin diubah di luar Tepat. Beri tahu administrator; tempat persisnya ada di "
               "Pengaturan → Jejak audit.")
                .arg(broken.message),
            QMessageBox::Ok, window());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void AuditSection::showBrokenEntry()
{
    if (m_brokenId <= 0) {
        return;
    }
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_model->load({}, m_brokenId);
    // A removed entry has no row: show the one that points to it.
    int row = m_model->rowOf(m_brokenId);
    if (row < 0) {
        row = m_model->rowOf(m_brokenNext);
    }
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

} // namespace tepat
