#include "ui/requests/RequestsPage.h"

#include "core/common/Language.h"
#include "ui/common/AppContext.h"
#include "ui/common/EmptyTableHint.h"
#include "ui/common/ExcelExport.h"
#include "ui/common/StoreWatch.h"
#include "ui/requests/ProposalImportDialog.h"
#include "ui/requests/RequestListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tepat {

RequestsPage::RequestsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_repository(std::make_unique<ChangeRequestRepository>(context.db, context.clock))
    , m_model(new RequestListModel(*m_repository, this))
    , m_table(new QTableView)
    , m_state(new QComboBox)
    , m_kind(new QComboBox)
    , m_counts(new QLabel)
    , m_context(context)
    , m_excel(new ExcelExport(context, this))
{
    m_state->addItem(tr("Semua status"), QString());
    for (RequestState s : RequestLifecycle::allStates()) {
        m_state->addItem(RequestLifecycle::label(s), RequestLifecycle::code(s));
    }
    m_kind->addItem(tr("Semua jenis"), QString());
    for (RequestKind k : RequestLifecycle::allKinds()) {
        m_kind->addItem(RequestLifecycle::label(k), RequestLifecycle::code(k));
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Status")));
    bar->addWidget(m_state);
    bar->addWidget(new QLabel(tr("Jenis")));
    bar->addWidget(m_kind);
    bar->addStretch();
    auto *refresh = new QPushButton(tr("Muat ulang"));
    refresh->setShortcut(QKeySequence::Refresh);
    bar->addWidget(refresh);
    auto *toExcel = new QPushButton(tr("Ekspor ke E&xcel…"));
    toExcel->setObjectName(QStringLiteral("exportExcel"));
    toExcel->setToolTip(tr("Simpan daftar usulan dengan saringan yang dipilih sebagai buku kerja "
                           "Excel (.xlsx)."));
    bar->addWidget(toExcel);
    auto *fromExcel = new QPushButton(tr("&Impor dari Excel…"));
    fromExcel->setObjectName(QStringLiteral("importExcel"));
    fromExcel->setToolTip(tr("Buat draf usulan sekaligus dari buku kerja Excel (templat Tepat "
                             "atau ekspor keluarga DTSEN); setiap baris diperiksa lebih dulu."));
    bar->addWidget(fromExcel);
    connect(fromExcel, &QPushButton::clicked, this, [this] {
        auto *dialog = new ProposalImportDialog(m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    layout->addLayout(bar);
    connect(toExcel, &QPushButton::clicked, this, [this] {
        RequestFilter filter;
        filter.state = RequestLifecycle::stateFromCode(m_state->currentData().toString());
        filter.kind = RequestLifecycle::kindFromCode(m_kind->currentData().toString());
        const Session session = m_context.session;
        const Clock &clock = m_context.clock;
        m_excel->start(tr("usulan"),
                       [filter, session, &clock](const Database &db, const QString &path,
                                                 const ExportProgress &progress) {
                           return ListExport(db, session).requests(filter, clock, path, progress);
                       });
    });
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(RequestListModel::Number,
                                                      QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    connect(m_state, &QComboBox::currentIndexChanged, this, &RequestsPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RequestsPage::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &RequestsPage::reload);
    connect(m_model, &RequestListModel::loadFailed, m_counts, &QLabel::setText);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const ChangeRequest *r = m_model->request(index.row())) {
            Q_EMIT requestOpened(*r);
        }
    });
    EmptyTableHint::attach(m_table, tr("Belum ada usulan dengan status dan jenis ini. Usulan "
                                       "dibuat dari halaman Keluarga (keluarga baru, tambah "
                                       "anggota, perbaikan, penghapusan, program, pindah) dan "
                                       "tampil di sini dengan statusnya."));
    reload();
    StoreWatch::attach(this, m_context.db, [this] { reload(); });
}

RequestsPage::~RequestsPage() = default;

void RequestsPage::applyFilter()
{
    RequestFilter filter;
    filter.state = RequestLifecycle::stateFromCode(m_state->currentData().toString());
    filter.kind = RequestLifecycle::kindFromCode(m_kind->currentData().toString());
    m_model->setFilter(filter);
}

void RequestsPage::reload()
{
    m_model->reload();
    const Result<QHash<RequestState, int>> counts = m_repository->countByState();
    if (!counts) {
        m_counts->setText(counts.error().message);
        return;
    }
    QStringList parts;
    for (RequestState s : RequestLifecycle::allStates()) {
        if (const int n = counts->value(s)) {
            parts << QStringLiteral("%1: %2").arg(RequestLifecycle::label(s),
                                                  Language::formatNumber(n));
        }
    }
    m_counts->setText(parts.isEmpty() ? tr("Belum ada usulan.")
                                      : parts.join(QStringLiteral(" · ")));
}

} // namespace tepat
