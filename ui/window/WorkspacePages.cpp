#include "WorkspacePages.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "common/EmptyStatePage.h"
#include "households/HouseholdListPage.h"
#include "settings/SettingsPage.h"
#include "sync/SyncPage.h"

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
    later("musyawarah", QT_TRANSLATE_NOOP("WorkspacePages", "Musyawarah"),
          QT_TRANSLATE_NOOP("WorkspacePages",
                            "Musyawarah desa/kelurahan belum tersedia di versi ini."));
    later(
        "surat", QT_TRANSLATE_NOOP("WorkspacePages", "Surat"),
        QT_TRANSLATE_NOOP("WorkspacePages", "Surat keterangan DTKS belum tersedia di versi ini."));
    auto *settings = new SettingsPage();
    addSyncPage(window, context, *settings);
    window.addPage(QStringLiteral("pengaturan"),
                   QCoreApplication::translate("WorkspacePages", "Pengaturan"), settings);
}

} // namespace tepat
