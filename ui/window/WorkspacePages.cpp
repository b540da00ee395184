#include "WorkspacePages.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "accounts/SecurityFeatures.h"
#include "common/EmptyStatePage.h"
#include "dashboard/DashboardPage.h"
#include "households/HouseholdDetailView.h"
#include "households/HouseholdsPage.h"
#include "requests/RequestFormDialog.h"
#include "requests/RequestsPage.h"
#include "settings/LanguageSection.h"
#include "field/FieldSettingsSection.h"
#include "deliberation/MeetingsPage.h"
#include "letters/LetterSettingsSection.h"
#include "letters/LettersPage.h"
#include "settings/SettingsPage.h"

#include <QCoreApplication>

namespace tepat {

void addWorkspacePages(MainWindow &window, AppContext &context)
{
    auto *dashboard = new DashboardPage(context);
    auto *households = new HouseholdsPage(context);
    auto *requests = new RequestsPage(context);
    window.addPage(QStringLiteral("beranda"),
                   QCoreApplication::translate("WorkspacePages", "Beranda"), dashboard);
    window.addPage(QStringLiteral("keluarga"),
                   QCoreApplication::translate("WorkspacePages", "Keluarga"), households);
    window.addPage(QStringLiteral("usulan"),
                   QCoreApplication::translate("WorkspacePages", "Usulan"), requests);

    // Every change-request form opens in its own window; when it saves, the lists follow.
    const auto openRequest = [&context, &window, households, requests,
                              dashboard](const ChangeRequest &request) {
        RequestFormDialog *dialog = RequestFormDialog::open(context, request, &window);
        QObject::connect(dialog, &RequestFormDialog::requestChanged, households,
                         [households, requests] {
                             households->detail()->reload();
                             requests->reload();
                         });
        QObject::connect(dialog, &QObject::destroyed, dashboard, [dashboard] {
            if (dashboard->isVisible()) {
                dashboard->refresh();
            }
        });
    };
    QObject::connect(households, &HouseholdsPage::requestOpened, &window, openRequest);
    QObject::connect(requests, &RequestsPage::requestOpened, &window, openRequest);

    const auto later = [&window](const char *key, const char *title, const char *explanation) {
        window.addPage(
            QLatin1String(key), QCoreApplication::translate("WorkspacePages", title),
            new EmptyStatePage(QCoreApplication::translate("WorkspacePages", title),
                               QCoreApplication::translate("WorkspacePages", explanation)));
    };
    window.addPage(QStringLiteral("musyawarah"),
                   QCoreApplication::translate("WorkspacePages", "Musyawarah"),
                   new MeetingsPage(context));
    window.addPage(QStringLiteral("surat"), QCoreApplication::translate("WorkspacePages", "Surat"),
                   new LettersPage(context));
    later("sinkronisasi", QT_TRANSLATE_NOOP("WorkspacePages", "Sinkronisasi"),
          QT_TRANSLATE_NOOP("WorkspacePages",
                            "Pengiriman ke server pusat belum tersedia di versi ini."));
    auto *settings = new SettingsPage();
    settings->addSection(QCoreApplication::translate("WorkspacePages", "Bahasa"),
                         new LanguageSection());
    settings->addSection(QCoreApplication::translate("WorkspacePages", "Lapangan"),
                         new FieldSettingsSection(context));
    settings->addSection(QCoreApplication::translate("WorkspacePages", "Surat & kop"),
                         new LetterSettingsSection(context));
    window.addPage(QStringLiteral("pengaturan"),
                   QCoreApplication::translate("WorkspacePages", "Pengaturan"), settings);
    addSecurityFeatures(window, context, *settings);
    window.showPage(QStringLiteral("keluarga"));
}

} // namespace tepat
