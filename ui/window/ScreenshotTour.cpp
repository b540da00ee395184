#include "ui/window/ScreenshotTour.h"

#include "ui/common/AppContext.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/fieldwork/FieldConflictsDialog.h"
#include "ui/fieldwork/VisitsPage.h"
#include "ui/households/HouseholdDetailView.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/matching/DuplicatesPage.h"
#include "ui/requests/RequestFormDialog.h"
#include "ui/search/PersonSearchModel.h"
#include "ui/window/MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace tepat {

namespace {

// Lets queued work (worker threads, charts, lazy loads) land before a picture is taken.
void settle(int ms, const std::function<bool()> &until = {})
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms || (until && !until() && timer.elapsed() < 20000)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, AppContext &context, QString folder,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
    , m_folder(std::move(folder))
{}

void ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = m_folder + u'/' + name + QStringLiteral(".png");
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return;
    }
    std::printf("%s\n", qPrintable(path));
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    // The most common office screen.
    m_window.resize(1366, 768);
    m_window.show();
    for (const char *key : {"beranda", "kalender", "keluarga", "usulan", "ganda", "musyawarah",
                            "kunjungan", "surat", "pengaduan", "sinkronisasi", "pengaturan"}) {
        m_window.showPage(QLatin1String(key));
        if (auto *dashboard = qobject_cast<DashboardPage *>(m_window.page(QLatin1String(key)))) {
            settle(300, [dashboard] {
                return dashboard->summary().has_value() && !dashboard->isComputing();
            });
        }
        settle(300);
        // A store without a work package has an empty Kunjungan page: that picture comes from
        // tepat-fieldwork-screenshots (a laptop after a field day) instead.
        if (auto *visits = qobject_cast<VisitsPage *>(m_window.page(QLatin1String(key)));
            visits && visits->table()->rowCount() == 0) {
            continue;
        }
        save(&m_window, QStringLiteral("page-") + QLatin1String(key));
    }
    // Kemungkinan ganda after a whole-register pass: the best pair side by side.
    if (auto *duplicates = qobject_cast<DuplicatesPage *>(m_window.page(QStringLiteral("ganda")))) {
        m_window.showPage(QStringLiteral("ganda"));
        duplicates->scan();
        settle(300, [duplicates] { return !duplicates->scanning(); });
        settle(300);
        if (duplicates->pairList()->rowCount() > 0) {
            save(&m_window, QStringLiteral("ganda-pasangan"));
        }
    }
    if (auto *households =
            qobject_cast<HouseholdsPage *>(m_window.page(QStringLiteral("keluarga")))) {
        m_window.showPage(QStringLiteral("keluarga"));
        QStringList listed; // the first page of the list, before the search
        for (int row = 0; row < households->householdModel()->rowCount(); ++row) {
            listed << households->householdModel()->householdId(row);
        }
        households->searchBox()->setText(QStringLiteral("siti rah"));
        settle(HouseholdsPage::kDebounceMs + 200, [households] {
            return households->searchModel()->rowCount() > 0 &&
                   !households->searchModel()->isBusy();
        });
        save(&m_window, QStringLiteral("keluarga-search"));
        const QString id = households->householdModel()->householdId(2);
        households->searchBox()->clear();
        households->openHousehold(id);
        settle(300);
        save(&m_window, QStringLiteral("keluarga-detail"));
        QTabWidget *tabs = households->detail()->tabs();
        const auto showTab = [tabs](const QString &prefix) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).startsWith(prefix)) {
                    tabs->setCurrentIndex(i);
                }
            }
        };
        // The DTSEN month's tabs from a family BPS ranked otherwise last quarter and that has
        // BPNT and PKH disbursements ("Desil (2)", "Penyaluran (5)"), when the store has one.
        const QString desilTab = QCoreApplication::translate("HouseholdDetailView", "Desil");
        const QString disbursementTab =
            QCoreApplication::translate("HouseholdDetailView", "Penyaluran");
        const auto tabCount = [tabs](const QString &prefix) {
            for (int i = 0; i < tabs->count(); ++i) {
                const QString text = tabs->tabText(i);
                if (text.startsWith(prefix)) {
                    const qsizetype open = text.lastIndexOf(u'(');
                    return text.mid(open + 1, text.size() - open - 2).toInt();
                }
            }
            return 0;
        };
        const auto withHistory = [&](const QString &candidate) {
            households->openHousehold(candidate);
            settle(20);
            return tabCount(desilTab) >= 2 && tabCount(disbursementTab) >= 5;
        };
        if (std::none_of(listed.cbegin(), listed.cend(), withHistory)) {
            households->openHousehold(id);
            settle(300);
        }
        showTab(desilTab);
        settle(300);
        save(&m_window, QStringLiteral("keluarga-desil"));
        showTab(disbursementTab);
        settle(300);
        save(&m_window, QStringLiteral("keluarga-penyaluran"));
        households->openHousehold(id);
        settle(300);
        showTab(QCoreApplication::translate("HouseholdDetailView", "Foto"));
        settle(300);
        save(&m_window, QStringLiteral("keluarga-foto-lokasi"));
        households->detail()->tabs()->setCurrentIndex(0);
        const auto *dossier = &households->detail()->dossier();
        if (dossier->has_value() && (*dossier)->members.size() > 1) {
            ChangeRequest removal;
            removal.kind = RequestKind::Removal;
            removal.householdId = (*dossier)->household.id;
            removal.personId = (*dossier)->members.last().id;
            RequestFormDialog form(m_context, removal, &m_window);
            form.resize(760, 640);
            form.show();
            settle(300);
            save(&form, QStringLiteral("form-removal"));
            form.hide();
        }
        ChangeRequest family;
        family.kind = RequestKind::NewHousehold;
        RequestFormDialog form(m_context, family, &m_window);
        form.resize(760, 720);
        form.show();
        settle(300);
        save(&form, QStringLiteral("form-new-household"));
        form.hide();
    }
    // The conflicts a results bundle left, when the store has any (a store that merged one).
    if (auto *visits = qobject_cast<VisitsPage *>(m_window.page(QStringLiteral("kunjungan")));
        visits && !visits->conflictsButton()->isHidden()) {
        m_window.showPage(QStringLiteral("kunjungan"));
        FieldConflictsDialog conflicts(m_context, &m_window);
        conflicts.show();
        settle(300);
        save(&conflicts, QStringLiteral("kunjungan-konflik"));
        conflicts.hide();
    }
    QCoreApplication::exit(0);
}

} // namespace tepat
