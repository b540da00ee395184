#include "ui/dashboard/DashboardPage.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/matching/NewDuplicates.h"
#include "core/storage/Database.h"
#include "ui/common/AppContext.h"
#include "ui/common/StoreWatch.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace tepat {

namespace {

// Ticks at 0, s, 2s … for a round step s (1, 2 or 5 × 10^n) with at most six intervals.
std::pair<qreal, int> roundAxis(qreal top)
{
    const qreal rough = qMax<qreal>(top, 1) / 5;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    qreal step = magnitude;
    for (const qreal factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough) {
            break;
        }
    }
    step = qMax<qreal>(step, 1); // whole families and people
    const int intervals = int(std::ceil(qMax<qreal>(top, 1) / step - 1e-9));
    return {step * intervals, intervals};
}

QChartView *chartView()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    return view;
}

void setBars(QChartView *view, const QString &title, const QStringList &categories,
             const QList<std::pair<QString, QList<qreal>>> &sets)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    auto *series = new QBarSeries;
    qreal top = 1;
    for (const auto &[name, values] : sets) {
        auto *set = new QBarSet(name);
        for (qreal v : values) {
            *set << v;
            top = qMax(top, v);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    const auto [axisTop, intervals] = roundAxis(top);
    y->setRange(0, axisTop);
    y->setTickType(QValueAxis::TicksFixed);
    y->setTickCount(intervals + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

DashboardPage::DashboardPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_rw(new QComboBox)
    , m_areaChart(chartView())
    , m_desilChart(chartView())
{
    m_rw->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *layout = new QVBoxLayout(this);
    auto *cards = new QGroupBox(tr("Ringkasan"));
    auto *grid = new QGridLayout(cards);
    m_households = figure(grid, 0, 0, tr("Keluarga aktif"));
    m_persons = figure(grid, 0, 1, tr("Orang aktif"));
    m_deactivated = figure(grid, 0, 2, tr("Dinonaktifkan bulan ini"));
    m_drafts = figure(grid, 1, 0, tr("Usulan menunggu musyawarah"));
    m_outbox = figure(grid, 1, 1, tr("Menunggu dikirim"));
    m_misfits = figure(grid, 1, 2, tr("Penerima tidak sesuai desil"));
    m_complaints = figure(grid, 0, 3, tr("Pengaduan terbuka"));
    m_complaints->setObjectName(QStringLiteral("openComplaints"));
    m_lapsing = figure(grid, 1, 3, tr("Sanggah lewat %1 hari").arg(ComplaintRegister::kLapseDays));
    m_lapsing->setObjectName(QStringLiteral("lapsingObjections"));
    m_lapsing->setToolTip(tr("Sanggah yang belum diverifikasi %1 hari setelah diterima: gugur "
                             "bila tidak diperiksa (halaman Pengaduan).")
                              .arg(ComplaintRegister::kLapseDays));
    auto *misfitList = new QPushButton(tr("Lihat keluarganya…"));
    misfitList->setObjectName(QStringLiteral("showMisfits"));
    misfitList->setToolTip(tr("Buka daftar Keluarga yang punya penerima program yang tidak "
                              "sesuai desilnya."));
    grid->addWidget(misfitList, 2, 2, Qt::AlignLeft);
    m_newDuplicates = figure(grid, 3, 0, tr("Kemungkinan ganda baru sejak impor/tarik data"));
    m_newDuplicates->setObjectName(QStringLiteral("newDuplicates"));
    m_newDuplicates->setToolTip(
        tr("Pasangan data yang mungkin orang yang sama, yang muncul setelah impor snapshot atau "
           "tarik data terakhir. Periksa di halaman Kemungkinan ganda."));
    connect(misfitList, &QPushButton::clicked, this, &DashboardPage::programMisfitsRequested);
    layout->addWidget(cards);
    m_programs = new QLabel;
    m_programs->setWordWrap(true);
    layout->addWidget(m_programs);

    auto *charts = new QHBoxLayout;
    auto *areaBox = new QVBoxLayout;
    auto *areaBar = new QHBoxLayout;
    areaBar->addWidget(new QLabel(tr("Per wilayah:")));
    areaBar->addWidget(m_rw);
    areaBar->addStretch();
    areaBox->addLayout(areaBar);
    areaBox->addWidget(m_areaChart, 1);
    charts->addLayout(areaBox, 3);
    charts->addWidget(m_desilChart, 2);
    layout->addLayout(charts, 1);
    auto *bottom = new QHBoxLayout;
    m_state = new QLabel;
    bottom->addWidget(m_state, 1);
    auto *again = new QPushButton(tr("Hitung ulang"));
    bottom->addWidget(again);
    layout->addLayout(bottom);
    connect(again, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_rw, &QComboBox::currentIndexChanged, this, &DashboardPage::drawAreas);
    connect(&m_watcher, &QFutureWatcher<Result<RegisterSummary>>::finished, this, [this] {
        const Result<RegisterSummary> result = m_watcher.result();
        if (result) {
            display(result.value());
        } else {
            m_state->setText(result.error().message);
        }
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
    m_state->setText(tr("Ringkasan dihitung saat halaman ini dibuka."));
    // Every committed change recomputes the figures (when the page is next seen).
    StoreWatch::attach(this, m_context.db, [this] { refresh(); });
}

DashboardPage::~DashboardPage()
{
    m_watcher.waitForFinished();
}

QLabel *DashboardPage::figure(QGridLayout *grid, int row, int column, const QString &caption)
{
    auto *box = new QVBoxLayout;
    auto *value = new QLabel(QStringLiteral("…"));
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    value->setFont(font);
    box->addWidget(value);
    box->addWidget(new QLabel(caption));
    grid->addLayout(box, row, column);
    return value;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        if (!isComputing()) {
            refresh();
        }
    }
}

void DashboardPage::countComplaints()
{
    // A count on an index: on the UI thread, through the register (which checks the account).
    const Result<ComplaintCounts> counts =
        ComplaintRegister(m_context.db, m_context.clock).counts(m_context.session);
    if (counts) {
        m_complaintCounts = *counts;
        m_complaints->setText(Language::formatNumber(counts->open));
        m_lapsing->setText(Language::formatNumber(counts->lapsing));
        m_lapsing->setStyleSheet(counts->lapsing > 0 ? QStringLiteral("color: #b00020;")
                                                     : QString());
    } else {
        m_complaintCounts.reset();
        m_complaints->setText(QStringLiteral("—"));
        m_lapsing->setText(QStringLiteral("—"));
        m_lapsing->setStyleSheet(QString());
    }
}

void DashboardPage::refresh()
{
    countComplaints();
    if (m_watcher.isRunning()) {
        m_again = true; // the data changed while counting: count once more
        return;
    }
    m_state->setText(tr("Menghitung…"));
    const QString path = m_context.db.path();
    const QDate today = m_context.clock.today();
    m_watcher.setFuture(QtConcurrent::run([path, today]() -> Result<RegisterSummary> {
        Database::Options options;
        options.readOnly = true;
        options.migrate = false;
        Result<std::unique_ptr<Database>> db = Database::open(path, options);
        if (!db) {
            return db.error();
        }
        if (NewDuplicates::pending(*db.value())) {
            // An import or a pull changed the register: count the likely duplicate pairs it
            // brought in (the whole-register pass; on failure the last count stays).
            Database::Options writable;
            writable.migrate = false;
            if (Result<std::unique_ptr<Database>> w = Database::open(path, writable); w) {
                (void)NewDuplicates::recount(*w.value());
            }
        }
        return RegisterSummary::compute(*db.value(), today);
    }));
}

void DashboardPage::display(const RegisterSummary &s)
{
    m_summary = s;
    m_households->setText(Language::formatNumber(s.households));
    m_persons->setText(Language::formatNumber(s.persons));
    m_deactivated->setText(Language::formatNumber(s.deactivatedThisMonth));
    m_drafts->setText(Language::formatNumber(s.draftsAwaitingMusyawarah));
    m_outbox->setText(Language::formatNumber(s.waitingToBeSent));
    m_misfits->setText(Language::formatNumber(s.programMisfits));
    m_newDuplicates->setText(Language::formatNumber(s.newLikelyDuplicates));
    QStringList programs;
    for (Program p : vocabulary::all<Program>()) {
        programs << QStringLiteral("%1: %2").arg(
            vocabulary::label(p), Language::formatNumber(s.recipientsPerProgram.value(p)));
    }
    m_programs->setText(
        tr("Penerima per program (orang): %1").arg(programs.join(QStringLiteral(" · "))));

    QStringList desils;
    QList<qreal> counts;
    for (int d = 1; d <= 10; ++d) {
        desils << QString::number(d);
        counts << qreal(s.householdsPerDesil.value(d));
    }
    if (s.householdsPerDesil.value(0) > 0) {
        desils << tr("belum");
        counts << qreal(s.householdsPerDesil.value(0));
    }
    setBars(m_desilChart, tr("Keluarga per desil"), desils, {{tr("Keluarga"), counts}});

    const QSignalBlocker blocker(m_rw);
    const QString kept = m_rw->currentData().toString();
    m_rw->clear();
    m_rw->addItem(tr("Semua RW"), QString());
    QStringList rws;
    for (const AreaCount &a : s.areas) {
        if (!rws.contains(a.rw)) {
            rws << a.rw;
            m_rw->addItem(tr("RT di RW %1").arg(a.rw), a.rw);
        }
    }
    m_rw->setCurrentIndex(qMax(0, m_rw->findData(kept)));
    drawAreas();
    m_state->setText(
        tr("Dihitung pukul %1.")
            .arg(Language::locale().toString(QTime::currentTime(), QStringLiteral("HH.mm"))));
    Q_EMIT updated();
}

void DashboardPage::drawAreas()
{
    if (!m_summary) {
        return;
    }
    const QString rw = m_rw->currentData().toString();
    QStringList categories;
    QList<qreal> households;
    QList<qreal> recipients;
    for (const AreaCount &a : m_summary->areas) {
        if (!rw.isEmpty() && a.rw != rw) {
            continue;
        }
        const QString category = rw.isEmpty() ? tr("RW %1").arg(a.rw) : tr("RT %1").arg(a.rt);
        if (categories.isEmpty() || categories.last() != category) {
            categories << category;
            households << 0;
            recipients << 0;
        }
        households.last() += qreal(a.households);
        recipients.last() += qreal(a.recipients);
    }
    setBars(m_areaChart,
            rw.isEmpty() ? tr("Keluarga per RW") : tr("Keluarga per RT di RW %1").arg(rw),
            categories, {{tr("Keluarga"), households}, {tr("Penerima bansos"), recipients}});
}

} // namespace tepat
