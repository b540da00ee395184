#include "app/cli/Commands.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "core/storage/Database.h"
#include "sync/cli/ReadSecret.h"
#include "sync/client/SyncSession.h"
#include "sync/client/SyncSettings.h"
#include "sync/client/TokenStore.h"

#include <QCoreApplication>

namespace tepat::cli {

namespace {

QString stageLabel(sync::SyncStage stage)
{
    switch (stage) {
    case sync::SyncStage::Connecting:
        return QCoreApplication::translate("cli", "Menghubungi server…");
    case sync::SyncStage::Uploading:
        return QCoreApplication::translate("cli", "Mengunggah berkas…");
    case sync::SyncStage::Sending:
        return QCoreApplication::translate("cli", "Mengirim usulan…");
    case sync::SyncStage::Receiving:
        return QCoreApplication::translate("cli", "Menerima perubahan…");
    case sync::SyncStage::Finished:
        break;
    }
    return {};
}

} // namespace

int sync(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Mengirim usulan di kotak keluar ke server pusat dan menerima perubahan serta "
               "keputusan Dinsos, sekali jalan. Kata sandi dibaca dari standard input bila "
               "diperlukan (pertama kali, atau tanpa keychain)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data."),
                                QStringLiteral("FILE"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("cli", "Alamat server pusat (disimpan untuk berikutnya)."),
        QStringLiteral("URL"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("cli", "Nama pengguna di server (disimpan untuk berikutnya)."),
        QStringLiteral("U"));
    const QCommandLineOption noKeychain(
        QStringLiteral("no-keychain"),
        QCoreApplication::translate("cli", "Jangan pakai keychain; selalu minta kata sandi."));
    const QCommandLineOption acceptServer(
        QStringLiteral("accept-server"),
        QCoreApplication::translate("cli", "Konfirmasi server yang dipulihkan atau diganti: "
                                           "tarik ulang snapshot dan kirim ulang usulan yang "
                                           "belum diputuskan."));
    const QCommandLineOption caCert(
        QStringLiteral("ca-cert"),
        QCoreApplication::translate("cli", "Sertifikat CA (PEM): hanya CA ini yang dipercaya untuk "
                                           "server ini, bukan CA sistem (disimpan untuk "
                                           "berikutnya)."),
        QStringLiteral("FILE"));
    parser.addOptions({db, server, user, noKeychain, acceptServer, caCert});
    if (const auto stop = parseArguments(parser, QStringLiteral("sync"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(db)) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli sync --db FILE --server URL [--user U]"));
        return CannotRun;
    }
    Result<std::unique_ptr<Database>> store = Database::open(parser.value(db));
    if (!store) {
        console.err(store.error().message);
        return CannotRun;
    }
    Database &database = *store.value();
    const sync::SyncSettings settings(database);
    for (const auto &[option, save] : {std::pair{&server, &sync::SyncSettings::setServerUrl},
                                       std::pair{&user, &sync::SyncSettings::setUsername},
                                       std::pair{&caCert, &sync::SyncSettings::setCaFile}}) {
        if (parser.isSet(*option)) {
            if (const Status s = (settings.*save)(parser.value(*option)); !s) {
                console.err(s.error().message);
                return CannotRun;
            }
        }
    }
    if (settings.serverUrl().isEmpty()) {
        console.err(QCoreApplication::translate(
            "cli", "Alamat server belum diatur atau tidak sah; berikan --server URL."));
        return CannotRun;
    }
    if (const Status s = sync::SyncSettings::checkServerUrl(settings.serverUrl()); !s) {
        console.err(s.error().message);
        return CannotRun;
    }
    if (settings.username().isEmpty()) {
        console.err(
            QCoreApplication::translate("cli", "Nama pengguna belum diatur; berikan --user."));
        return CannotRun;
    }
    Result<sync::SyncOptions> prepared = settings.sessionOptions();
    if (!prepared) {
        console.err(prepared.error().message);
        return CannotRun;
    }
    if (parser.isSet(acceptServer)) {
        if (const Status s = sync::SyncSession::acceptServer(
                database, Clock::system(), Session::localAdministrator(settings.username()));
            !s) {
            console.err(s.error().message);
            return CannotRun;
        }
        console.err(QCoreApplication::translate(
            "cli", "Server dikonfirmasi: snapshot ditarik ulang dan usulan yang belum diputuskan "
                   "dikirim ulang."));
    }

    sync::SyncOptions options = *prepared;
    options.actor = options.username;
    options.filesRoot = ContentStore::rootFor(parser.value(db));
    sync::SyncSession session(database, Clock::system(), options);

    sync::KeychainTokenStore keychain(QStringLiteral("Tepat"), 3000);
    const QString account = sync::TokenStore::accountKey(settings.serverUrl(), options.username);
    bool keychainUsable = !parser.isSet(noKeychain);
    if (keychainUsable) {
        const sync::TokenLookup found = keychain.readNow(account);
        keychainUsable = found.status != sync::TokenLookup::Status::Unavailable;
        if (found.status == sync::TokenLookup::Status::Found) {
            session.setRefreshToken(found.token);
        }
    }
    session.setPasswordProvider([&] {
        return sync::readSecretLine(QCoreApplication::translate("cli", "Kata sandi %1 di %2: ")
                                        .arg(options.username, options.server.host()));
    });
    session.setProgress([&console](sync::SyncStage stage, qint64 done, qint64 total) {
        if (stage != sync::SyncStage::Finished) {
            console.progress(stageLabel(stage), done, total);
        }
    });
    const sync::SyncReport report = session.run();
    console.endProgress();

    if (keychainUsable && !report.refreshToken.isEmpty()) {
        if (keychain.writeNow(account, report.refreshToken).status !=
            sync::TokenLookup::Status::Found) {
            console.err(QCoreApplication::translate(
                "cli", "Keychain tidak bisa menyimpan sesi masuk; kata sandi akan ditanyakan "
                       "lagi lain kali."));
        }
    } else if (keychainUsable && report.refreshTokenRejected) {
        (void)keychain.removeNow(account);
    }
    console.out(QCoreApplication::translate("cli", "terkirim\t%1").arg(report.sent));
    console.out(QCoreApplication::translate("cli", "diterima\t%1").arg(report.acknowledged));
    console.out(QCoreApplication::translate("cli", "bermasalah\t%1").arg(report.parked));
    console.out(QCoreApplication::translate("cli", "menunggu\t%1").arg(report.waiting));
    console.out(QCoreApplication::translate("cli", "perubahan\t%1").arg(report.pulled));
    console.out(QCoreApplication::translate("cli", "keputusan\t%1").arg(report.decisions));
    if (report.auditRewritten) {
        console.err(QCoreApplication::translate(
            "cli", "Peringatan: server mencatat bahwa riwayat audit komputer ini pernah diubah."));
    }
    if (report.error) {
        console.err(report.error->message);
        return CannotRun;
    }
    if (report.parked > 0) {
        console.err(
            QCoreApplication::translate(
                "cli", "Ada usulan yang ditolak server; lihat: tepat-cli outbox list --db %1")
                .arg(parser.value(db)));
        return SomeRefused;
    }
    return Success;
}

} // namespace tepat::cli
