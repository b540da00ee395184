#include "WorkspacePages.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "common/EmptyStatePage.h"
#include "deliberation/MeetingsPage.h"
#include "households/HouseholdListPage.h"
#include "letters/LetterSettingsSection.h"
#include "letters/LettersPage.h"
#include "settings/SettingsPage.h"

#include <QCoreApplication>

namespace tepat {

void addWorkspacePages(MainWindow &window, AppContext &context)
{
    window.addPage(QStringLiteral("beranda"),
                   QCoreApplication::translate("WorkspacePages", "Beranda"),
                   new EmptyStatePage(
                       QCoreApplication::translate("WorkspacePages", "Beranda"),
                       QCoreApplication::translate(
                           "WorkspacePages", "Ringkasan kelurahan belum tersedia di versi ini.")));
    window.addPage(QStringLiteral("keluarga"),
                   QCoreApplication::translate("WorkspacePages", "Keluarga"),
                   new HouseholdListPage(context));
    const auto later = [&window](const char *key, const char *title, const char *explanation) {
        window.addPage(
            QLatin1String(key), QCoreApplication::translate("WorkspacePages", title),
            new EmptyStatePage(QCoreApplication::translate("WorkspacePages", title),
                               QCoreApplication::translate("WorkspacePages", explanation)));
    };
    later("usulan", QT_TRANSLATE_NOOP("WorkspacePages", "Usulan"),
          QT_TRANSLATE_NOOP("WorkspacePages",
                            "Daftar usulan dan statusnya belum tersedia di versi ini."));
    window.addPage(QStringLiteral("musyawarah"),
                   QCoreApplication::translate("WorkspacePages", "Musyawarah"),
                   new MeetingsPage(context));
    window.addPage(QStringLiteral("surat"), QCoreApplication::translate("WorkspacePages", "Surat"),
                   new LettersPage(context));
    later("sinkronisasi", QT_TRANSLATE_NOOP("WorkspacePages", "Sinkronisasi"),
          QT_TRANSLATE_NOOP("WorkspacePages",
                            "Pengiriman ke server pusat belum tersedia di versi ini."));
    auto *settings = new SettingsPage();
    window.addPage(QStringLiteral("pengaturan"),
                   QCoreApplication::translate("WorkspacePages", "Pengaturan"), settings);
    settings->addSection(QCoreApplication::translate("WorkspacePages", "Surat & kop"),
                         new LetterSettingsSection(context));
}

} // namespace tepat
