#include "ui/window/WorkspacePages.h"

#include "ui/accounts/SecurityFeatures.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/CalendarSettingsSection.h"
#include "ui/common/AppContext.h"
#include "ui/complaints/ComplaintsPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/deliberation/MeetingsPage.h"
#include "ui/field/FieldSettingsSection.h"
#include "ui/fieldwork/VisitsPage.h"
#include "ui/households/HouseholdDetailView.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/letters/LetterSettingsSection.h"
#include "ui/letters/LettersPage.h"
#include "ui/matching/DuplicatesPage.h"
#include "ui/requests/RequestFormDialog.h"
#include "ui/requests/RequestsPage.h"
#include "ui/settings/DisplaySection.h"
#include "ui/settings/LanguageSection.h"
#include "ui/settings/SettingsPage.h"
#include "ui/sync/SyncPage.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowShortcuts.h"

#include <QCoreApplication>

namespace tepat {

void addWorkspacePages(MainWindow &window, AppContext &context)
{
    auto *dashboard = new DashboardPage(context);
    auto *households = new HouseholdsPage(context);
    auto *requests = new RequestsPage(context);
    window.addPage(QStringLiteral("beranda"),
                   QCoreApplication::translate("WorkspacePages", "Beranda"), dashboard);
    window.addPage(QStringLiteral("kalender"),
                   QCoreApplication::translate("WorkspacePages", "Kalender"),
                   new CalendarPage(context));
    window.addPage(QStringLiteral("keluarga"),
                   QCoreApplication::translate("WorkspacePages", "Keluarga"), households);
    window.addPage(QStringLiteral("usulan"),
                   QCoreApplication::translate("WorkspacePages", "Usulan"), requests);

    // Every change-request form opens in its own window; what it saves reaches the lists
    // through the store's change signal (StoreWatch on each page).
    const auto openRequest = [&context, &window](const ChangeRequest &request) {
        RequestFormDialog::open(context, request, &window);
    };
    QObject::connect(dashboard, &DashboardPage::programMisfitsRequested, &window,
                     [&window, households] {
                         households->showProgramMisfits();
                         window.showPage(QStringLiteral("keluarga"));
                     });
    QObject::connect(households, &HouseholdsPage::requestOpened, &window, openRequest);
    QObject::connect(requests, &RequestsPage::requestOpened, &window, openRequest);

    auto *duplicates = new DuplicatesPage(context);
    window.addPage(QStringLiteral("ganda"),
                   QCoreApplication::translate("WorkspacePages", "Kemungkinan ganda"), duplicates);
    QObject::connect(duplicates, &DuplicatesPage::requestOpened, &window, openRequest);

    window.addPage(QStringLiteral("musyawarah"),
                   QCoreApplication::translate("WorkspacePages", "Musyawarah"),
                   new MeetingsPage(context));
    window.addPage(QStringLiteral("kunjungan"),
                   QCoreApplication::translate("WorkspacePages", "Kunjungan"),
                   new VisitsPage(context));
    window.addPage(QStringLiteral("surat"), QCoreApplication::translate("WorkspacePages", "Surat"),
                   new LettersPage(context));
    window.addPage(QStringLiteral("pengaduan"),
                   QCoreApplication::translate("WorkspacePages", "Pengaduan"),
                   new ComplaintsPage(context));
    auto *settings = new SettingsPage();
    settings->addSection(QCoreApplication::translate("WorkspacePages", "Bahasa"),
                         new LanguageSection());
    settings->addSection(QCoreApplication::translate("WorkspacePages", "Tampilan"),
                         new DisplaySection());
    settings->addSection(QCoreApplication::translate("WorkspacePages", "Lapangan"),
                         new FieldSettingsSection(context));
    settings->addSection(QCoreApplication::translate("WorkspacePages", "Surat & kop"),
                         new LetterSettingsSection(context));
    settings->addSection(QCoreApplication::translate("WorkspacePages", "Kalender"),
                         new CalendarSettingsSection(context));
    addSyncPage(window, context, *settings);
    window.addPage(QStringLiteral("pengaturan"),
                   QCoreApplication::translate("WorkspacePages", "Pengaturan"), settings);
    addSecurityFeatures(window, context, *settings);
    installWindowShortcuts(window, *households);
    window.showPage(QStringLiteral("beranda"));
}

} // namespace tepat
