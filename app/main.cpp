// tepat: the operator's application. Parses arguments, opens the store, shows the window.

#include "core/accounts/AccountService.h"
#include "core/accounts/Authenticator.h"
#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/demo/DemoVillage.h"
#include "core/files/ContentStore.h"
#include "core/storage/Database.h"
#include "ui/accounts/SignInDialogs.h"
#include "ui/common/AppContext.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/settings/DisplaySection.h"
#include "ui/settings/LanguageSection.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ScreenshotTour.h"
#include "ui/window/StartupProbe.h"
#include "ui/window/WorkspacePages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <sys/stat.h>

using namespace tepat;

int main(int argc, char *argv[])
{
    // The register is specific personal data (UU PDP): everything Tepat writes (the store, its
    // photos, exports, backups, rejects) is for this account only.
    ::umask(077);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tepat"));
    QApplication::setOrganizationName(QStringLiteral("Tepat"));
    QApplication::setApplicationVersion(QStringLiteral(TEPAT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Tepat — pemutakhiran DTKS/DTSEN untuk kelurahan dan desa, bisa tanpa internet."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Berkas data (SQLite)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Buka data contoh (dibuat dulu bila belum ada)."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Bahasa: id atau en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption probeOption(
        QStringLiteral("startup-probe"),
        QApplication::translate(
            "main", "Tulis ready_ms dan rss_kb begitu baris pertama tampil, lalu keluar."));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Simpan gambar setiap halaman ke folder ini, lalu keluar."),
        QStringLiteral("DIR"));
    parser.addOptions({dbOption, demoOption, langOption, probeOption, screenshotsOption});
    parser.process(app);
    Language::install(parser.isSet(langOption) ? parser.value(langOption)
                                               : LanguageSection::savedLanguage());
    DisplaySection::applySaved();

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = dataDir + (parser.isSet(demoOption) ? QStringLiteral("/demo.sqlite")
                                                   : QStringLiteral("/tepat.sqlite"));
    }
    const bool createDemo = parser.isSet(demoOption) && !QFileInfo::exists(path);

    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tepat"),
                              db.error().message);
        return 2;
    }
    if (createDemo) {
        DemoOptions options;
        options.pastQuarter = true; // desil history and disbursements to show
        const Result<DemoReport> demo =
            DemoVillage::populate(*db.value(), Clock::system(), std::move(options));
        if (!demo) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Tepat"),
                                  demo.error().message);
            return 2;
        }
    }

    Authenticator authenticator(*db.value(), Clock::system());
    // The unattended modes (startup probe, screenshot tour) run on a store nobody has signed
    // up to yet, such as a fresh demo; once accounts exist they need a sign-in like any start.
    const bool unattended = parser.isSet(probeOption) || parser.isSet(screenshotsOption);
    const Result<bool> hasAccounts =
        AccountService(*db.value(), Clock::system(), authenticator.hasher()).hasAccounts();
    std::optional<Session> signedIn;
    if (unattended && hasAccounts && !hasAccounts.value()) {
        signedIn = Session::localAdministrator();
    } else {
        signedIn = signIn(*db.value(), Clock::system(), authenticator);
    }
    if (!signedIn) {
        return 0;
    }
    Session &session = *signedIn;
    AppContext context{*db.value(), Clock::system(), session, ContentStore::rootFor(path)};
    MainWindow window(context);
    addWorkspacePages(window, context);
    if (parser.isSet(probeOption)) {
        auto *households = qobject_cast<HouseholdsPage *>(window.page(QStringLiteral("keluarga")));
        new StartupProbe(households->householdTable(), &window);
    }
    if (parser.isSet(screenshotsOption)) {
        auto *tour = new ScreenshotTour(window, context, parser.value(screenshotsOption), &window);
        QTimer::singleShot(0, tour, &ScreenshotTour::start);
    } else {
        window.show();
    }
    return app.exec();
}
