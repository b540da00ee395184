#include "ui/complaints/ComplaintsPage.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/domain/Vocabulary.h"
#include "ui/common/AppContext.h"
#include "ui/common/EmptyTableHint.h"
#include "ui/common/StoreWatch.h"
#include "ui/complaints/ComplaintDialog.h"
#include "ui/complaints/ComplaintOutcomeDialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

enum Column
{
    NumberColumn,
    ReceivedColumn,
    KindColumn,
    ChannelColumn,
    ComplainantColumn,
    AboutColumn,
    SubjectColumn,
    StatusColumn,
    ColumnCount
};

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').replace(u'\r', u' ').simplified();
}

QString complainant(const Complaint &c)
{
    return c.anonymous ? ComplaintsPage::tr("tanpa nama") : c.complainantName;
}

QString about(const Complaint &c)
{
    QStringList parts;
    if (!c.householdId.isEmpty()) {
        parts << c.householdId;
    }
    if (!c.program.isEmpty()) {
        const std::optional<Program> p = vocabulary::parse<Program>(c.program);
        parts << (p ? vocabulary::label(*p) : c.program);
    }
    return parts.join(QStringLiteral(" · "));
}

QString statusText(const Complaint &c, bool lapsed)
{
    QString text = ComplaintText::label(c.status);
    if (lapsed) {
        text =
            ComplaintsPage::tr("%1 — lewat %2 hari").arg(text).arg(ComplaintRegister::kLapseDays);
    } else if (c.kind == ComplaintKind::Objection && c.verifiedAt && c.isOpen()) {
        text = ComplaintsPage::tr("%1 — terverifikasi").arg(text);
    }
    return text;
}

} // namespace

ComplaintsPage::ComplaintsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_register(context.db, context.clock)
    , m_summary(new QLabel)
    , m_status(new QComboBox)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_detail(new QLabel)
    , m_error(new QLabel)
    , m_pageText(new QLabel)
{
    auto *title = new QLabel(tr("Pengaduan dan sanggah"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    m_summary->setObjectName(QStringLiteral("complaintSummary"));
    m_summary->setWordWrap(true);

    m_status->addItem(tr("Terbuka (diterima atau sedang ditangani)"), QStringLiteral("open"));
    m_status->addItem(tr("Semua status"), QString());
    for (ComplaintStatus s : ComplaintText::allStatuses()) {
        m_status->addItem(ComplaintText::label(s), ComplaintText::code(s));
    }
    m_status->setAccessibleName(tr("Status"));
    auto *statusLabel = new QLabel(tr("&Status:"));
    statusLabel->setBuddy(m_status);

    m_record = new QPushButton(tr("Catat &pengaduan…"));
    m_record->setObjectName(QStringLiteral("recordComplaint"));
    m_record->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_record->setToolTip(tr("Catat pengaduan atau sanggah baru (Ctrl+N)"));

    m_error->setObjectName(QStringLiteral("complaintsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_table->setHorizontalHeaderLabels({tr("No."), tr("Diterima"), tr("Jenis"), tr("Saluran"),
                                        tr("Pengadu"), tr("Keluarga / program"), tr("Isi"),
                                        tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    EmptyTableHint::attach(m_table, tr("Tidak ada pengaduan dengan status ini. Pengaduan dari "
                                       "loket, telepon atau Cek Bansos dicatat dengan \"Catat "
                                       "pengaduan…\"."));

    m_previous = new QPushButton(tr("‹ Se&belumnya"));
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_next = new QPushButton(tr("Berikut&nya ›"));
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_pageText->setObjectName(QStringLiteral("pageText"));

    m_detail->setObjectName(QStringLiteral("complaintDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailScroll = new QScrollArea;
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setMinimumHeight(90);

    const auto action = [](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setEnabled(false);
        return b;
    };
    m_handle = action(tr("&Tangani"), QStringLiteral("handleComplaint"),
                      tr("Ambil pengaduan ini untuk ditangani (status: sedang ditangani)"));
    m_verify = action(tr("Tandai te&rverifikasi"), QStringLiteral("verifyComplaint"),
                      tr("Pemeriksaan lapangan membenarkan sanggah ini (tidak gugur)"));
    m_answer = action(tr("&Jawab…"), QStringLiteral("answerComplaint"),
                      tr("Tulis jawaban kepada pengadu (Enter pada baris)"));
    m_close = action(tr("T&utup…"), QStringLiteral("closeComplaint"),
                     tr("Tutup tanpa jawaban lebih lanjut, mis. sanggah yang gugur"));
    m_forward = action(tr("Teruskan ke &Dinsos…"), QStringLiteral("forwardComplaint"),
                       tr("Bukan wewenang kelurahan: teruskan ke Dinsos dengan catatan"));

    auto *top = new QHBoxLayout;
    top->addWidget(statusLabel);
    top->addWidget(m_status);
    top->addStretch();
    top->addWidget(m_record);

    auto *paging = new QHBoxLayout;
    paging->addWidget(m_pageText);
    paging->addStretch();
    paging->addWidget(m_previous);
    paging->addWidget(m_next);

    auto *detailBox = new QGroupBox(tr("Rincian"));
    auto *detailLayout = new QHBoxLayout(detailBox);
    detailLayout->addWidget(detailScroll, 1);
    auto *actions = new QVBoxLayout;
    for (QPushButton *b : {m_handle, m_verify, m_answer, m_close, m_forward}) {
        actions->addWidget(b);
    }
    actions->addStretch();
    detailLayout->addLayout(actions);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 3);
    layout->addLayout(paging);
    layout->addWidget(detailBox, 2);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { showFirstPage(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { showSelected(); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this] { openOutcome(ComplaintStatus::Answered); });
    connect(m_record, &QPushButton::clicked, this, [this] { recordNew(); });
    connect(m_handle, &QPushButton::clicked, this, [this] { startHandling(); });
    connect(m_verify, &QPushButton::clicked, this, [this] { markVerified(); });
    connect(m_answer, &QPushButton::clicked, this,
            [this] { openOutcome(ComplaintStatus::Answered); });
    connect(m_close, &QPushButton::clicked, this, [this] { openOutcome(ComplaintStatus::Closed); });
    connect(m_forward, &QPushButton::clicked, this,
            [this] { openOutcome(ComplaintStatus::Forwarded); });
    connect(m_previous, &QPushButton::clicked, this, [this] { showPreviousPage(); });
    connect(m_next, &QPushButton::clicked, this, [this] { showNextPage(); });
    StoreWatch::attach(this, m_context.db, [this] { reload(); });
    reload();
}

ComplaintQuery ComplaintsPage::query() const
{
    const QString code = m_status->currentData().toString();
    ComplaintQuery q;
    if (code == QLatin1String("open")) {
        q = ComplaintQuery::open();
    } else if (const std::optional<ComplaintStatus> s = ComplaintText::statusFromCode(code)) {
        q.statuses = {*s};
    }
    const auto &[afterReceivedAt, afterId] = m_pageStarts.last();
    q.afterReceivedAt = afterReceivedAt;
    q.afterId = afterId;
    q.limit = m_pageSize + 1; // one more says whether a next page exists
    return q;
}

void ComplaintsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ComplaintsPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ComplaintsPage::reload()
{
    const bool mayHandle = ComplaintRegister::permitted(m_context.session);
    m_record->setEnabled(mayHandle);
    const Result<ComplaintCounts> counts = m_register.counts(m_context.session);
    if (!counts) {
        showError(counts.error().message);
        m_summary->clear();
        m_rows.clear();
        fillTable({});
        return;
    }
    m_summary->setText(
        counts->lapsing > 0
            ? tr("%1 pengaduan terbuka; %2 sanggah lewat %3 hari belum diverifikasi (gugur bila "
                 "tidak diperiksa).")
                  .arg(Language::formatNumber(counts->open),
                       Language::formatNumber(counts->lapsing))
                  .arg(ComplaintRegister::kLapseDays)
            : tr("%1 pengaduan terbuka.").arg(Language::formatNumber(counts->open)));
    Result<QList<Complaint>> rows = m_register.list(m_context.session, query());
    if (!rows) {
        showError(rows.error().message);
        return;
    }
    if (rows->isEmpty() && m_pageStarts.size() > 1) {
        // The page emptied (its complaints changed status): back to the one before.
        m_pageStarts.removeLast();
        reload();
        return;
    }
    showError({});
    m_hasNext = rows->size() > m_pageSize;
    if (m_hasNext) {
        rows->removeLast();
    }
    fillTable(*rows);
}

void ComplaintsPage::fillTable(const QList<Complaint> &rows)
{
    const std::optional<Complaint> kept = selected();
    m_rows = rows;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_table->setRowCount(int(rows.size()));
    const QDateTime now = m_context.clock.now();
    int keep = -1;
    for (int r = 0; r < rows.size(); ++r) {
        const Complaint &c = rows.at(r);
        const bool lapsed = ComplaintRegister::lapsed(c, now);
        const QStringList cells{QString::number(c.id),
                                Language::formatDate(c.receivedAt.toLocalTime().date()),
                                ComplaintText::label(c.kind),
                                ComplaintText::label(c.channel),
                                complainant(c),
                                about(c),
                                oneLine(c.subject),
                                statusText(c, lapsed)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == SubjectColumn) {
                item->setToolTip(c.subject);
            }
            if (col == StatusColumn && (lapsed || c.status == ComplaintStatus::Received)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                if (lapsed) {
                    item->setForeground(QColor(0xb0, 0x00, 0x20));
                }
            }
            m_table->setItem(r, col, item);
        }
        if (kept && kept->id == c.id) {
            keep = r;
        }
    }
    m_table->resizeColumnsToContents();
    for (int col : {ComplainantColumn, AboutColumn}) {
        m_table->setColumnWidth(col, qMin(m_table->columnWidth(col), 220));
    }
    m_table->horizontalHeader()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    if (keep >= 0) {
        m_table->selectRow(keep);
    }
    const int first = int(m_pageStarts.size() - 1) * m_pageSize + 1;
    m_pageText->setText(rows.isEmpty() ? QString()
                                       : tr("Halaman %1 · nomor urut %2–%3")
                                             .arg(m_pageStarts.size())
                                             .arg(first)
                                             .arg(first + int(rows.size()) - 1));
    m_previous->setEnabled(m_pageStarts.size() > 1);
    m_next->setEnabled(m_hasNext);
    showSelected();
}

void ComplaintsPage::showFirstPage()
{
    m_pageStarts = {{QDateTime(), 0}};
    reload();
}

bool ComplaintsPage::showNextPage()
{
    if (!m_hasNext || m_rows.isEmpty()) {
        return false;
    }
    m_pageStarts.append({m_rows.last().receivedAt, m_rows.last().id});
    reload();
    return true;
}

bool ComplaintsPage::showPreviousPage()
{
    if (m_pageStarts.size() <= 1) {
        return false;
    }
    m_pageStarts.removeLast();
    reload();
    return true;
}

void ComplaintsPage::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    showFirstPage();
}

void ComplaintsPage::setStatusFilter(const QString &code)
{
    const int index = m_status->findData(code);
    if (index >= 0) {
        m_status->setCurrentIndex(index);
    }
}

bool ComplaintsPage::select(qint64 id)
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

std::optional<Complaint> ComplaintsPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty()) {
        return std::nullopt;
    }
    const int row = items.first()->row();
    if (row < 0 || row >= m_rows.size()) {
        return std::nullopt;
    }
    return m_rows.at(row);
}

void ComplaintsPage::showSelected()
{
    const std::optional<Complaint> c = selected();
    const bool mayHandle = ComplaintRegister::permitted(m_context.session);
    const bool open = c && c->isOpen();
    m_handle->setEnabled(mayHandle && c && c->status == ComplaintStatus::Received);
    m_verify->setEnabled(mayHandle && open && c->kind == ComplaintKind::Objection &&
                         !c->verifiedAt);
    for (QPushButton *b : {m_answer, m_close, m_forward}) {
        b->setEnabled(mayHandle && open);
    }
    if (!c) {
        m_detail->setText(m_rows.isEmpty() ? QString()
                                           : tr("Pilih satu pengaduan untuk melihat rinciannya."));
        return;
    }
    const auto esc = [](const QString &text) {
        return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    };
    const QString when = Language::formatDate(c->receivedAt.toLocalTime().date());
    QStringList lines;
    lines << tr("<b>%1 nomor %2</b> — lewat %3, diterima %4 oleh %5")
                 .arg(esc(ComplaintText::label(c->kind)))
                 .arg(c->id)
                 .arg(esc(ComplaintText::label(c->channel)), esc(when), esc(c->recordedBy));
    if (c->anonymous) {
        lines << tr("Pengadu: tanpa nama");
    } else {
        lines << (c->complainantContact.isEmpty()
                      ? tr("Pengadu: %1").arg(esc(c->complainantName))
                      : tr("Pengadu: %1 (%2)")
                            .arg(esc(c->complainantName), esc(c->complainantContact)));
    }
    if (!about(*c).isEmpty()) {
        lines << tr("Tentang: %1").arg(esc(about(*c)));
    }
    lines << tr("Isi: %1").arg(esc(c->subject));
    QString status = tr("Status: <b>%1</b>").arg(esc(ComplaintText::label(c->status)));
    if (!c->handledBy.isEmpty()) {
        status += tr(", ditangani oleh %1").arg(esc(c->handledBy));
    }
    if (c->closedAt) {
        status +=
            tr(", selesai %1").arg(esc(Language::formatDate(c->closedAt->toLocalTime().date())));
    }
    lines << status;
    if (c->kind == ComplaintKind::Objection) {
        if (c->verifiedAt) {
            lines << tr("Sanggah terverifikasi %1.")
                         .arg(esc(Language::formatDate(c->verifiedAt->toLocalTime().date())));
        } else if (ComplaintRegister::lapsed(*c, m_context.clock.now())) {
            lines << tr("<span style=\"color:#b00020\">Lewat %1 hari tanpa verifikasi: sanggah "
                        "ini gugur. Tutup dengan alasannya, atau tandai terverifikasi bila "
                        "pemeriksaan membenarkannya.</span>")
                         .arg(ComplaintRegister::kLapseDays);
        } else if (c->isOpen()) {
            lines << tr("Belum diverifikasi; gugur setelah %1 (%2 hari sejak diterima).")
                         .arg(esc(Language::formatDate(
                             c->receivedAt.addDays(ComplaintRegister::kLapseDays)
                                 .toLocalTime()
                                 .date())))
                         .arg(ComplaintRegister::kLapseDays);
        }
    }
    if (!c->answer.isEmpty()) {
        lines << tr("Jawaban / catatan: %1").arg(esc(c->answer));
    }
    m_detail->setText(lines.join(QStringLiteral("<br>")));
}

ComplaintDialog *ComplaintsPage::recordNew()
{
    if (!ComplaintRegister::permitted(m_context.session)) {
        return nullptr;
    }
    auto *dialog = new ComplaintDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComplaintDialog::recorded, this, [this](qint64 id) {
        m_status->setCurrentIndex(0); // open: where a new complaint is
        showFirstPage();
        select(id);
    });
    dialog->open();
    return dialog;
}

bool ComplaintsPage::startHandling()
{
    return stepSelected(&ComplaintRegister::startHandling);
}

bool ComplaintsPage::markVerified()
{
    return stepSelected(&ComplaintRegister::markVerified);
}

bool ComplaintsPage::stepSelected(Status (ComplaintRegister::*step)(const Session &, qint64) const)
{
    const std::optional<Complaint> c = selected();
    if (!c) {
        return false;
    }
    const Status done = (m_register.*step)(m_context.session, c->id);
    if (!done) {
        showError(done.error().message);
        return false;
    }
    reload();
    select(c->id);
    return true;
}

ComplaintOutcomeDialog *ComplaintsPage::openOutcome(ComplaintStatus to)
{
    const std::optional<Complaint> c = selected();
    if (!c || !c->isOpen() || !ComplaintRegister::permitted(m_context.session)) {
        return nullptr;
    }
    auto *dialog = new ComplaintOutcomeDialog(m_context, *c, to, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

QPushButton *ComplaintsPage::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

bool ComplaintsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openOutcome(ComplaintStatus::Answered);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tepat
