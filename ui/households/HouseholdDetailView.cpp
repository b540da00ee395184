#include "ui/households/HouseholdDetailView.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/domain/DesilText.h"
#include "core/domain/ProgrammeEligibility.h"
#include "core/domain/RegionDirectory.h"
#include "ui/common/AppContext.h"
#include "ui/common/EmptyTableHint.h"
#include "ui/field/HouseholdLocationPanel.h"
#include "ui/field/HouseholdPhotosPanel.h"
#include "ui/field/VillagePlot.h"
#include "ui/households/DisbursementTimeline.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget;
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void set(QTableWidget *t, int row, int column, const QString &text, const QVariant &data = {})
{
    auto *item = new QTableWidgetItem(text);
    if (data.isValid()) {
        item->setData(Qt::UserRole, data);
    }
    t->setItem(row, column, item);
}

} // namespace

HouseholdDetailView::HouseholdDetailView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_header(new QLabel)
    , m_problem(new QLabel)
    , m_tabs(new QTabWidget)
    , m_members(table({tr("Nama"), tr("NIK"), tr("Hubungan"), tr("Umur"), tr("L/P"), tr("Status"),
                       tr("Program")}))
    , m_programs(table({tr("Program"), tr("Penerima"), tr("Sejak"), tr("Sampai"), tr("Catatan")}))
    , m_history(table({tr("Tanggal"), tr("Siapa"), tr("Status"), tr("Alasan"), tr("Dicatat oleh"),
                       tr("Sumber")}))
    , m_requests(table(
          {tr("Usulan"), tr("Status"), tr("Dibuat oleh"), tr("Tanggal"), tr("Langkah terakhir")}))
    , m_eligibility(new QLabel)
    , m_desils(table({tr("Desil"), tr("Per tanggal (BPS)"), tr("Diterima"), tr("Sumber")}))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *backButton = new QPushButton(tr("← Kembali (Esc)"));
    top->addWidget(backButton);
    top->addWidget(m_header, 1);
    layout->addLayout(top);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    EmptyTableHint::attach(m_members, tr("Keluarga ini belum punya anggota yang tercatat."));
    EmptyTableHint::attach(m_programs,
                           tr("Belum ada anggota yang menerima program bansos. Program yang "
                              "diterima anggota, sejak dan sampai kapan, tampil di sini."));
    EmptyTableHint::attach(m_history,
                           tr("Belum ada perubahan status. Di sini tampil setiap anggota yang "
                              "meninggal, pindah, keluar dari keluarga atau diaktifkan lagi, "
                              "dengan tanggal, alasan dan siapa yang mencatat."));
    EmptyTableHint::attach(m_requests,
                           tr("Belum ada usulan tentang keluarga ini. Usulan yang dibuat dengan "
                              "tombol di bawah tampil di sini beserta statusnya."));
    m_tabs->addTab(m_members, tr("Anggota"));
    m_tabs->addTab(m_programs, tr("Program"));
    m_tabs->addTab(m_history, tr("Riwayat status"));
    m_tabs->addTab(m_requests, tr("Usulan"));
    m_fieldTab = new QWidget;
    m_tabs->addTab(m_fieldTab, tr("Foto && lokasi"));
    // The desil as BPS gave it, its history, and what it means for each programme received.
    auto *desilTab = new QWidget;
    auto *desilLayout = new QVBoxLayout(desilTab);
    m_eligibility->setObjectName(QStringLiteral("eligibility"));
    m_eligibility->setWordWrap(true);
    m_eligibility->setTextFormat(Qt::RichText);
    desilLayout->addWidget(m_eligibility);
    desilLayout->addWidget(m_desils, 1);
    EmptyTableHint::attach(m_desils, tr("Belum ada desil dari BPS untuk keluarga ini. Desil "
                                        "datang bersama snapshot atau sinkronisasi, dengan "
                                        "tanggalnya; Tepat tidak menghitung desil sendiri."));
    m_tabs->addTab(desilTab, tr("Desil"));
    m_disbursements = new DisbursementTimeline(context.db, context.clock);
    m_tabs->addTab(m_disbursements, tr("Penyaluran"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_fieldTab) {
            showFieldWork();
        }
    });
    layout->addWidget(m_tabs, 1);

    auto *actions = new QHBoxLayout;
    const auto action = [&](const QString &text, RequestKind kind, bool member) {
        auto *b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, [this, kind, member] { propose(kind, member); });
        actions->addWidget(b);
    };
    action(tr("Tambah anggota"), RequestKind::NewMember, false);
    action(tr("Perbaiki data…"), RequestKind::Correction, true);
    action(tr("Usulkan program…"), RequestKind::ProgramProposal, true);
    action(tr("Hapus/hentikan…"), RequestKind::Removal, true);
    action(tr("Pindah kelurahan…"), RequestKind::Relocation, false);
    actions->addStretch();
    layout->addLayout(actions);

    connect(backButton, &QPushButton::clicked, this, &HouseholdDetailView::back);
    // Whatever has the focus in the window (the navigation list too) while the family is shown.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    escape->setWhatsThis(tr("Kembali dari rincian keluarga ke daftar"));
    connect(escape, &QShortcut::activated, this, &HouseholdDetailView::back);
    const auto tabKeys = [this](const QList<QKeySequence> &keys, int step) {
        auto *shortcut = new QShortcut(this);
        shortcut->setKeys(keys);
        shortcut->setWhatsThis(step > 0 ? tr("Tab berikutnya pada rincian keluarga")
                                        : tr("Tab sebelumnya pada rincian keluarga"));
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step] {
            const int count = m_tabs->count();
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
        });
    };
    tabKeys({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)}, 1);
    tabKeys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
             QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
            -1);
    connect(m_requests, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (m_dossier && row >= 0 && row < m_dossier->requests.size()) {
            Q_EMIT requestOpened(m_dossier->requests[row].request);
        }
    });
}

QString HouseholdDetailView::selectedPersonId() const
{
    const int row = m_members->currentRow();
    if (row < 0 || !m_members->item(row, 0) || m_members->selectedItems().isEmpty()) {
        return {};
    }
    return m_members->item(row, 0)->data(Qt::UserRole).toString();
}

void HouseholdDetailView::propose(RequestKind kind, bool forSelectedMember)
{
    if (!m_dossier) {
        return;
    }
    ChangeRequest r;
    r.kind = kind;
    r.householdId = m_dossier->household.id;
    r.baseVersion = m_dossier->household.serverVersion;
    if (forSelectedMember) {
        r.personId = selectedPersonId();
    }
    Q_EMIT requestOpened(r);
}

bool HouseholdDetailView::showHousehold(const QString &householdId,
                                        const QString &highlightPersonId)
{
    Result<HouseholdDossier> loaded =
        HouseholdDossier::load(m_context.db, m_context.clock, householdId);
    if (!loaded) {
        m_problem->setText(loaded.error().message);
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_dossier = std::move(loaded.value());
    m_highlight = highlightPersonId;
    fill();
    return true;
}

void HouseholdDetailView::reload()
{
    if (m_dossier) {
        showHousehold(m_dossier->household.id, selectedPersonId());
    }
}

// The photo and location panels are built the first time their tab opens: the village plot
// reads every household's point, which the other tabs never need.
void HouseholdDetailView::showFieldWork()
{
    if (!m_dossier) {
        return;
    }
    const QString id = m_dossier->household.id;
    if (!m_photos) {
        // Photos and the location boxes keep their natural height and scroll together, so
        // the tab fits a 1366×768 screen without squashing "Titik lokasi" or "Rekam titik".
        auto *layout = new QHBoxLayout(m_fieldTab);
        auto *scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("fieldScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto *column = new QWidget;
        auto *left = new QVBoxLayout(column);
        left->setContentsMargins(0, 0, 0, 0);
        m_photos = new HouseholdPhotosPanel(m_context, id);
        m_location = new HouseholdLocationPanel(m_context, id);
        m_plot = new VillagePlot(m_context);
        left->addWidget(m_photos, 3);
        left->addWidget(m_location, 2);
        scroll->setWidget(column);
        layout->addWidget(scroll, 3);
        layout->addWidget(m_plot, 2);
        connect(m_location, &HouseholdLocationPanel::locationChanged, m_plot, &VillagePlot::reload);
        connect(m_plot, &VillagePlot::householdClicked, this,
                [this](const QString &household) { showHousehold(household); });
    } else if (m_photos->householdId() != id) {
        // Only for another family: a refresh of the same one must not cancel an import or
        // a live GPS reading under way.
        m_photos->setHouseholdId(id);
        m_location->setHouseholdId(id);
    }
    m_plot->showHousehold(id);
}

void HouseholdDetailView::fill()
{
    if (m_photos && m_tabs->currentWidget() == m_fieldTab) {
        showFieldWork();
    }
    const HouseholdDossier &d = *m_dossier;
    const Household &h = d.household;
    const QDate today = m_context.clock.today();
    const std::optional<Village> village = RegionDirectory::instance().village(h.villageCode);
    m_header->setText(
        tr("<b>%1</b> — ID DTSEN %2, No KK %3<br>%4, RT %5/RW %6, %7 · %8 · %9")
            .arg(h.headName.toHtmlEscaped(), h.id.toHtmlEscaped(),
                 h.kkNumber.isEmpty() ? tr("(belum ada)") : h.kkNumber.toHtmlEscaped(),
                 h.address.toHtmlEscaped(), h.rt, h.rw,
                 village ? village->name.toHtmlEscaped() : h.villageCode,
                 DesilText::describe(h.desil, h.desilAsOf).toHtmlEscaped(),
                 vocabulary::label(h.status)));

    m_members->setRowCount(int(d.members.size()));
    for (int row = 0; row < d.members.size(); ++row) {
        const Person &p = d.members[row];
        set(m_members, row, 0, p.name, p.id);
        set(m_members, row, 1, p.nik);
        set(m_members, row, 2, vocabulary::label(p.relationship));
        const int age = ageOn(p.birthDate, today);
        set(m_members, row, 3, age >= 0 ? tr("%1 th").arg(age) : QStringLiteral("–"));
        set(m_members, row, 4,
            p.sex == Sex::Unknown ? QStringLiteral("–") : vocabulary::code(p.sex));
        QString status = vocabulary::label(p.status);
        if (p.status != PersonStatus::Active && p.statusDate.isValid()) {
            status += QStringLiteral(" (%1)").arg(Language::formatDate(p.statusDate));
        }
        set(m_members, row, 5, status);
        QStringList programs;
        QStringList flags;
        for (Program program : p.programs) {
            programs << vocabulary::label(program);
            const EligibilityFlag flag =
                ProgrammeEligibility::assess(program, h.desil, h.desilAsOf);
            if (flag.needsAttention()) {
                flags << flag.message;
            }
        }
        set(m_members, row, 6,
            programs.join(QStringLiteral(", ")) +
                (flags.isEmpty() ? QString() : QStringLiteral(" ⚠")));
        if (!flags.isEmpty()) {
            m_members->item(row, 6)->setToolTip(flags.join(u'\n'));
        }
        if (p.status != PersonStatus::Active) {
            for (int c = 0; c < m_members->columnCount(); ++c) {
                m_members->item(row, c)->setForeground(QColor(0x70, 0x70, 0x70));
            }
        }
        if (p.id == m_highlight) {
            m_members->selectRow(row);
        }
    }
    m_members->resizeColumnsToContents();

    m_programs->setRowCount(int(d.programs.size()));
    QHash<QString, QString> names;
    for (const Person &p : d.members) {
        names.insert(p.id, p.name);
    }
    for (int row = 0; row < d.programs.size(); ++row) {
        const ProgramMembership &m = d.programs[row];
        set(m_programs, row, 0, vocabulary::label(m.program));
        set(m_programs, row, 1, names.value(m.personId, m.personId));
        set(m_programs, row, 2,
            m.since.isValid() ? Language::formatDate(m.since) : tr("(tidak tercatat)"));
        set(m_programs, row, 3,
            m.until.isValid() ? Language::formatDate(m.until) : tr("masih berjalan"));
        const EligibilityFlag flag = ProgrammeEligibility::assess(m.program, h.desil, h.desilAsOf);
        set(m_programs, row, 4,
            !m.until.isValid() && flag.needsAttention() ? flag.message : QString());
    }
    m_programs->resizeColumnsToContents();

    m_history->setRowCount(int(d.statusHistory.size()));
    for (int row = 0; row < d.statusHistory.size(); ++row) {
        const StatusEvent &e = d.statusHistory[row];
        set(m_history, row, 0,
            e.effectiveDate.isValid() ? Language::formatDate(e.effectiveDate)
                                      : Language::formatDateTime(e.recordedAt));
        set(m_history, row, 1,
            e.personId.isEmpty() ? tr("Keluarga") : names.value(e.personId, e.personId));
        const auto status = vocabulary::parse<PersonStatus>(e.status);
        set(m_history, row, 2, status ? vocabulary::label(*status) : e.status);
        set(m_history, row, 3, e.reason);
        set(m_history, row, 4, e.actor);
        set(m_history, row, 5, e.source);
    }
    m_history->resizeColumnsToContents();

    m_requests->setRowCount(int(d.requests.size()));
    for (int row = 0; row < d.requests.size(); ++row) {
        const RequestSummary &s = d.requests[row];
        set(m_requests, row, 0, RequestLifecycle::label(s.request.kind));
        set(m_requests, row, 1, RequestLifecycle::label(s.request.state));
        set(m_requests, row, 2, s.request.createdBy);
        set(m_requests, row, 3, Language::formatDate(s.request.createdAt.toLocalTime().date()));
        if (!s.history.isEmpty()) {
            const RequestEvent &last = s.history.last();
            set(m_requests, row, 4,
                tr("%1 oleh %2, %3")
                        .arg(RequestLifecycle::label(last.to), last.actor,
                             Language::formatDateTime(last.at)) +
                    (last.reason.isEmpty() ? QString() : QStringLiteral(" — ") + last.reason));
        }
    }
    m_requests->resizeColumnsToContents();
    m_tabs->setTabText(m_tabs->indexOf(m_requests), tr("Usulan (%1)").arg(d.requests.size()));
    fillDesil();
    const int paid = m_disbursements->showHousehold(h.id);
    m_tabs->setTabText(m_tabs->indexOf(m_disbursements), tr("Penyaluran (%1)").arg(paid));
}

void HouseholdDetailView::fillDesil()
{
    const HouseholdDossier &d = *m_dossier;
    const Household &h = d.household;
    QStringList lines{
        QStringLiteral("<b>%1</b>").arg(DesilText::describe(h.desil, h.desilAsOf).toHtmlEscaped())};
    QList<Program> current;
    for (const ProgramMembership &m : d.programs) {
        if (!m.until.isValid() && !current.contains(m.program)) {
            current << m.program;
        }
    }
    for (Program program : std::as_const(current)) {
        const EligibilityFlag flag = ProgrammeEligibility::assess(program, h.desil, h.desilAsOf);
        if (flag.verdict == EligibilityVerdict::NoRule) {
            continue;
        }
        lines << (flag.needsAttention() ? QStringLiteral("⚠ ") : QStringLiteral("✓ ")) +
                     QStringLiteral("%1: %2").arg(vocabulary::label(program).toHtmlEscaped(),
                                                  flag.message.toHtmlEscaped());
    }
    m_eligibility->setText(lines.join(QStringLiteral("<br>")));
    m_desils->setRowCount(int(d.desilHistory.size()));
    // Newest first: the one in force on top.
    for (int row = 0; row < d.desilHistory.size(); ++row) {
        const DesilRecord &r = d.desilHistory[d.desilHistory.size() - 1 - row];
        set(m_desils, row, 0, r.desil > 0 ? QString::number(r.desil) : tr("tidak ada"));
        set(m_desils, row, 1,
            r.asOf.isValid() ? Language::formatDate(r.asOf) : tr("(tidak tercatat)"));
        set(m_desils, row, 2, Language::formatDateTime(r.recordedAt));
        set(m_desils, row, 3,
            r.source == QLatin1String("pull")       ? tr("Sinkronisasi")
            : r.source == QLatin1String("snapshot") ? tr("Snapshot")
                                                    : tr("Data lama (sebelum tanggal dicatat)"));
    }
    m_desils->resizeColumnsToContents();
    m_tabs->setTabText(m_tabs->indexOf(m_desils->parentWidget()),
                       tr("Desil (%1)").arg(d.desilHistory.size()));
}

} // namespace tepat
