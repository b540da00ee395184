#include "ui/households/HouseholdsPage.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/register/HouseholdBrowser.h"
#include "core/requests/ChangeRequest.h"
#include "core/storage/Database.h"
#include "ui/common/AppContext.h"
#include "ui/common/ExcelExport.h"
#include "ui/common/StoreWatch.h"
#include "ui/households/HouseholdDetailView.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/search/PersonSearchModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace tepat {

namespace {

const QLatin1String kProgramMisfit("misfit"); // the programme filter's "tidak sesuai desil"

// Every label of a vocabulary, in the current language.
template<typename E>
QStringList labels()
{
    QStringList all;
    for (E value : vocabulary::all<E>()) {
        all << vocabulary::label(value);
    }
    return all;
}

QTableView *makeTable(QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

// In the search box, Down moves to the results and Enter opens the highlighted one.
class SearchBoxKeys : public QObject
{
public:
    SearchBoxKeys(QObject *parent, std::function<void()> toResults, std::function<void()> enter)
        : QObject(parent)
        , m_toResults(std::move(toResults))
        , m_enter(std::move(enter))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Down) {
                m_toResults();
                return true;
            }
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_enter();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_toResults;
    std::function<void()> m_enter;
};

} // namespace

HouseholdsPage::HouseholdsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_browser(std::make_unique<HouseholdBrowser>(context.db))
    , m_search(new QLineEdit)
    , m_rt(new QComboBox)
    , m_rw(new QComboBox)
    , m_program(new QComboBox)
    , m_desil(new QComboBox)
    , m_status(new QComboBox)
    , m_summary(new QLabel)
    , m_stack(new QStackedWidget)
    , m_lists(new QStackedWidget)
    , m_householdTable(makeTable(this))
    , m_searchTable(makeTable(this))
    , m_householdModel(new HouseholdListModel(*m_browser, this))
    , m_searchModel(new PersonSearchModel(context.clock.today(), this))
    , m_detail(new HouseholdDetailView(context))
    , m_worker(new SearchWorker(context.db.path()))
    , m_excel(new ExcelExport(context, this))
{
    m_search->setPlaceholderText(tr("Cari NIK, No KK atau nama… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("searchBox"));
    fillFilters();

    auto *listPage = new QWidget;
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    for (QComboBox *c : {m_rw, m_rt, m_program, m_desil, m_status}) {
        bar->addWidget(c, 1);
    }
    auto *newFamily = new QPushButton(tr("Keluarga baru"));
    newFamily->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    newFamily->setToolTip(tr("Usulan keluarga baru ke DTSEN (Ctrl+N)"));
    auto *counter = new QPushButton(tr("Laporan warga"));
    auto *counterMenu = new QMenu(counter);
    counter->setMenu(counterMenu);
    bar->addWidget(newFamily);
    bar->addWidget(counter);
    listLayout->addLayout(bar);
    m_householdTable->setModel(m_householdModel);
    m_householdTable->setSortingEnabled(true);
    m_householdTable->sortByColumn(HouseholdListModel::Id, Qt::AscendingOrder);
    m_searchTable->setModel(m_searchModel);
    // Columns sized for their content in the current language: the header and the widest value
    // (a NIK, an id, RT/RW, every status label) fit whole; names and addresses take the rest.
    const QFontMetrics metrics = fontMetrics();
    const auto fit = [&metrics](QHeaderView *header, int column, QStringList samples) {
        samples << header->model()->headerData(column, Qt::Horizontal).toString();
        int widest = 0;
        for (const QString &sample : std::as_const(samples)) {
            widest = std::max(widest, metrics.horizontalAdvance(sample));
        }
        header->resizeSection(column, widest + 24);
    };
    const QString nikSample = QStringLiteral("3571034108520009");
    const QString idSample = QStringLiteral("3571031001.000001");
    const QString rtRwSample = QStringLiteral("000/000");
    QHeaderView *people = m_searchTable->horizontalHeader();
    people->setStretchLastSection(false);
    people->setSectionResizeMode(PersonSearchModel::Name, QHeaderView::Stretch);
    fit(people, PersonSearchModel::Nik, {nikSample});
    fit(people, PersonSearchModel::Relationship, {vocabulary::label(Relationship::Head)});
    fit(people, PersonSearchModel::Age, {QStringLiteral("100")});
    fit(people, PersonSearchModel::Sex, {QStringLiteral("L")});
    fit(people, PersonSearchModel::Household, {idSample});
    fit(people, PersonSearchModel::RtRw, {rtRwSample});
    fit(people, PersonSearchModel::Desil, {QStringLiteral("10")});
    fit(people, PersonSearchModel::Status, labels<PersonStatus>());
    QHeaderView *families = m_householdTable->horizontalHeader();
    families->setStretchLastSection(false);
    families->setSectionResizeMode(HouseholdListModel::Address, QHeaderView::Stretch);
    fit(families, HouseholdListModel::Id, {idSample});
    fit(families, HouseholdListModel::Head, {QStringLiteral("Muhammad Rizki Saputra")});
    fit(families, HouseholdListModel::KkNumber, {nikSample});
    fit(families, HouseholdListModel::RtRw, {rtRwSample});
    fit(families, HouseholdListModel::Desil, {QStringLiteral("10")});
    fit(families, HouseholdListModel::Members, {QStringLiteral("20")});
    fit(families, HouseholdListModel::Status, labels<HouseholdStatus>());
    m_lists->addWidget(m_householdTable);
    m_lists->addWidget(m_searchTable);
    listLayout->addWidget(m_lists, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    auto *toExcel = new QPushButton(tr("Ekspor ke E&xcel…"));
    toExcel->setObjectName(QStringLiteral("exportExcel"));
    toExcel->setToolTip(tr("Simpan daftar keluarga dengan saringan yang dipilih sebagai buku "
                           "kerja Excel (.xlsx)."));
    footer->addWidget(toExcel);
    listLayout->addLayout(footer);
    connect(toExcel, &QPushButton::clicked, this, [this] {
        const HouseholdFilter filter = m_householdModel->filter();
        const Session session = m_context.session;
        QString title = tr("keluarga");
        if (!filter.rw.isEmpty()) {
            title += QStringLiteral(" rw ") + filter.rw;
        }
        if (!filter.rt.isEmpty()) {
            title += QStringLiteral(" rt ") + filter.rt;
        }
        m_excel->start(title, [filter, session](const Database &db, const QString &path,
                                                const ExportProgress &progress) {
            return ListExport(db, session).households(filter, path, progress);
        });
    });
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Search runs on its own thread and read-only connection.
    m_worker->moveToThread(&m_searchThread);
    connect(&m_searchThread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_searchModel, &PersonSearchModel::requested, m_worker, &SearchWorker::run,
            Qt::QueuedConnection);
    connect(m_worker, &SearchWorker::finished, m_searchModel, &PersonSearchModel::accept,
            Qt::QueuedConnection);
    m_searchThread.start();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, &HouseholdsPage::applyQuery);
    for (QComboBox *c : {m_rt, m_rw, m_program, m_desil, m_status}) {
        connect(c, &QComboBox::currentIndexChanged, this, &HouseholdsPage::applyFilters);
    }
    connect(m_searchModel, &PersonSearchModel::searchFinished, this,
            [this](int rows, const QString &error) {
                if (!error.isEmpty()) {
                    m_summary->setText(error);
                } else {
                    m_summary->setText(
                        tr("%1 orang ditemukan%2 · %3 ms")
                            .arg(Language::formatNumber(rows),
                                 m_searchModel->canFetchMore({}) ? tr(" (gulir untuk lebih banyak)")
                                                                 : QString(),
                                 Language::locale().toString(
                                     m_searchModel->lastSearchMilliseconds(), 'f', 1)));
                }
                if (rows > 0 && !m_searchTable->currentIndex().isValid()) {
                    m_searchTable->setCurrentIndex(m_searchModel->index(0, 0));
                }
                if (std::exchange(m_openWhenFound, false) && rows > 0) {
                    openCurrent();
                }
            });
    connect(m_householdModel, &HouseholdListModel::loadFailed, m_summary, &QLabel::setText);
    connect(m_householdTable, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_searchTable, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_detail, &HouseholdDetailView::back, this, &HouseholdsPage::showList);
    connect(m_detail, &HouseholdDetailView::requestOpened, this, &HouseholdsPage::requestOpened);
    connect(newFamily, &QPushButton::clicked, this, [this] {
        ChangeRequest r;
        r.kind = RequestKind::NewHousehold;
        Q_EMIT requestOpened(r);
    });
    for (RequestKind kind : {RequestKind::Objection, RequestKind::CitizenProposal}) {
        counterMenu->addAction(RequestLifecycle::label(kind), this, [this, kind] {
            ChangeRequest r;
            r.kind = kind;
            Q_EMIT requestOpened(r);
        });
    }
    // Esc works wherever the focus is in the window while the list is shown (the detail has
    // its own); a shortcut of a hidden page does not fire.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), listPage);
    escape->setContext(Qt::WindowShortcut);
    escape->setWhatsThis(tr("Kosongkan pencarian, lalu kembali ke daftar"));
    connect(escape, &QShortcut::activated, this, &HouseholdsPage::escapeFromList);
    m_search->installEventFilter(new SearchBoxKeys(
        m_search,
        [this] {
            m_debounce.stop();
            if (m_search->text().trimmed() != m_searchModel->query() ||
                (!isSearching() && !m_search->text().trimmed().isEmpty())) {
                applyQuery();
            }
            QTableView *table = isSearching() ? m_searchTable : m_householdTable;
            table->setFocus();
            if (!table->currentIndex().isValid() && table->model()->rowCount() > 0) {
                table->setCurrentIndex(table->model()->index(0, 0));
            }
        },
        [this] { searchBoxEntered(); }));
    // Requests, decisions and syncs change the families: the list and the open family follow.
    StoreWatch::attach(this, m_context.db, [this] {
        applyFilters();
        if (m_stack->currentWidget() == m_detail) {
            m_detail->reload();
        }
    });
    QTimer::singleShot(0, this, [this] {
        const Result<qint64> count = m_browser->count({});
        if (count) {
            m_summary->setText(tr("%1 keluarga").arg(Language::formatNumber(count.value())));
        }
    });
}

HouseholdsPage::~HouseholdsPage()
{
    m_searchThread.quit();
    m_searchThread.wait();
}

void HouseholdsPage::fillFilters()
{
    m_rw->addItem(tr("Semua RW"), QString());
    m_rt->addItem(tr("Semua RT"), QString());
    if (const auto rws = m_browser->neighbourhoodUnits(true)) {
        for (const QString &rw : rws.value()) {
            m_rw->addItem(tr("RW %1").arg(rw), rw);
        }
    }
    if (const auto rts = m_browser->neighbourhoodUnits(false)) {
        for (const QString &rt : rts.value()) {
            m_rt->addItem(tr("RT %1").arg(rt), rt);
        }
    }
    m_program->addItem(tr("Semua program"), QString());
    for (Program p : vocabulary::all<Program>()) {
        m_program->addItem(vocabulary::label(p), vocabulary::code(p));
    }
    m_program->addItem(tr("Program tidak sesuai desil"), kProgramMisfit);
    m_desil->addItem(tr("Semua desil"), 0);
    for (int d = 1; d <= 10; ++d) {
        m_desil->addItem(tr("Desil %1").arg(d), d);
    }
    m_status->addItem(tr("Semua status"), QString());
    for (PersonStatus s : vocabulary::all<PersonStatus>()) {
        m_status->addItem(vocabulary::label(s), vocabulary::code(s));
    }
    for (QComboBox *c : {m_rt, m_rw, m_program, m_desil, m_status}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
}

bool HouseholdsPage::isSearching() const
{
    return m_lists->currentWidget() == m_searchTable;
}

void HouseholdsPage::applyQuery()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_lists->setCurrentWidget(m_householdTable);
        applyFilters();
        return;
    }
    SearchFilter filter;
    filter.rt = m_rt->currentData().toString();
    filter.rw = m_rw->currentData().toString();
    filter.program = vocabulary::parse<Program>(m_program->currentData().toString());
    filter.desil = m_desil->currentData().toInt();
    filter.status = vocabulary::parse<PersonStatus>(m_status->currentData().toString());
    m_lists->setCurrentWidget(m_searchTable);
    m_summary->setText(tr("Mencari…"));
    m_searchModel->setQuery(text, filter);
}

void HouseholdsPage::applyFilters()
{
    if (!m_search->text().trimmed().isEmpty()) {
        applyQuery();
        return;
    }
    HouseholdFilter filter;
    filter.rt = m_rt->currentData().toString();
    filter.rw = m_rw->currentData().toString();
    filter.program = vocabulary::parse<Program>(m_program->currentData().toString());
    filter.programMisfit = m_program->currentData().toString() == kProgramMisfit;
    filter.desil = m_desil->currentData().toInt();
    // Household statuses share their codes with person statuses; "deceased" has no household
    // equivalent and lists the families with a deceased member.
    const QString status = m_status->currentData().toString();
    filter.status = vocabulary::parse<HouseholdStatus>(status);
    if (!status.isEmpty() && !filter.status) {
        filter.memberStatus = vocabulary::parse<PersonStatus>(status);
    }
    m_householdModel->setFilter(filter);
    const Result<qint64> count = m_browser->count(filter);
    m_summary->setText(count ? tr("%1 keluarga").arg(Language::formatNumber(count.value()))
                             : count.error().message);
}

void HouseholdsPage::openCurrent()
{
    QTableView *table = isSearching() ? m_searchTable : m_householdTable;
    const QModelIndex index = table->currentIndex();
    if (!index.isValid()) {
        return;
    }
    if (isSearching()) {
        const SearchHit *hit = m_searchModel->hit(index.row());
        if (hit) {
            openHousehold(hit->householdId, hit->personId);
        }
    } else {
        openHousehold(m_householdModel->householdId(index.row()));
    }
}

void HouseholdsPage::searchBoxEntered()
{
    m_debounce.stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_householdTable->setFocus();
        if (!m_householdTable->currentIndex().isValid() && m_householdModel->rowCount() > 0) {
            m_householdTable->setCurrentIndex(m_householdModel->index(0, 0));
        }
        return;
    }
    if (text != m_searchModel->query() || !isSearching()) {
        m_searchTable->setCurrentIndex({});
        applyQuery();
    }
    if (m_searchModel->isBusy()) {
        m_openWhenFound = true; // opens the first person found when the search finishes
    } else {
        openCurrent();
    }
}

void HouseholdsPage::escapeFromList()
{
    m_openWhenFound = false;
    if (!m_search->text().isEmpty()) {
        m_search->clear();
        m_debounce.stop();
        applyQuery();
        m_search->setFocus();
    } else if (m_search->hasFocus()) {
        m_householdTable->setFocus();
    }
}

void HouseholdsPage::focusSearch()
{
    showList();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HouseholdsPage::openHousehold(const QString &householdId, const QString &personId)
{
    if (m_detail->showHousehold(householdId, personId)) {
        m_stack->setCurrentWidget(m_detail);
        m_detail->tabs()->setCurrentIndex(0);
        m_detail->setFocus();
    }
}

void HouseholdsPage::showProgramMisfits()
{
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    for (QComboBox *c : {m_rt, m_rw, m_desil, m_status}) {
        const QSignalBlocker quiet(c);
        c->setCurrentIndex(0);
    }
    const int misfit = m_program->findData(kProgramMisfit);
    if (m_program->currentIndex() == misfit) {
        applyFilters();
    } else {
        m_program->setCurrentIndex(misfit); // applies the filter
    }
    m_lists->setCurrentWidget(m_householdTable);
    showList();
}

void HouseholdsPage::showList()
{
    m_stack->setCurrentIndex(0);
    QTableView *table = isSearching() ? m_searchTable : m_householdTable;
    table->setFocus();
}

} // namespace tepat
