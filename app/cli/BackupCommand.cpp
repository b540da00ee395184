#include "app/cli/Commands.h"
#include "app/cli/Passphrase.h"

#include "core/backup/BackupRestorer.h"
#include "core/backup/BackupService.h"
#include "core/backup/BackupWriter.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tepat::cli {

namespace {

QString cliActor()
{
    return QStringLiteral("cli:") + qEnvironmentVariable("USER", QStringLiteral("?"));
}

} // namespace

int backup(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Membuat satu berkas cadangan terenkripsi dari berkas data dan folder foto/"
               "dokumennya, juga saat Tepat sedang dipakai. Frasa sandi (minimal 10 karakter) "
               "dibaca dari standard input. Hasil: file, size, sha256, files (kunci dan nilai "
               "dipisah tab)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data."),
                                QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("cli", "Berkas cadangan yang dibuat "
                                                                    "(diganti bila sudah ada)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption fd = passphraseFdOption();
    parser.addOptions({db, out, fd});
    if (const auto stop = parseArguments(parser, QStringLiteral("backup"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(db) || !parser.isSet(out) || !parser.positionalArguments().isEmpty()) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli backup --db FILE --out FILE [--passphrase-fd N]"));
        return CannotRun;
    }
    if (!QFileInfo::exists(parser.value(db))) {
        console.err(
            QCoreApplication::translate("cli", "Berkas data %1 tidak ada.").arg(parser.value(db)));
        return CannotRun;
    }
    const std::optional<QString> phrase = readPassphrase(
        parser, fd, QCoreApplication::translate("cli", "Frasa sandi cadangan:"), console);
    if (!phrase) {
        return CannotRun;
    }
    if (const Status rules = BackupKey::checkPassphraseRules(*phrase); !rules) {
        console.err(rules.error().message);
        return CannotRun;
    }
    const Result<BackupKey> key = BackupKey::derive(*phrase, BackupKey::freshKdf());
    if (!key) {
        console.err(key.error().message);
        return CannotRun;
    }
    const Result<BackupReport> report =
        BackupWriter(key.value(), Clock::system())
            .write({parser.value(db), {}, parser.value(out)}, [&console](qint64 done,
                                                                         qint64 total) {
                console.progress(QCoreApplication::translate("cli", "Mencadangkan…"), done, total);
                return true;
            });
    console.endProgress();
    if (!report) {
        console.err(report.error().message);
        return CannotRun;
    }
    // The backup is made; failing to note it in the trail is reported but does not undo it.
    Result<std::unique_ptr<Database>> store = Database::open(parser.value(db));
    const Status noted = store ? BackupService(*store.value(), Clock::system())
                                     .recordBackup(cliActor(), report.value())
                               : Status(store.error());
    if (!noted) {
        console.err(QCoreApplication::translate("cli", "Cadangan dibuat, tetapi tidak tercatat "
                                                       "di jejak audit: %1")
                        .arg(noted.error().message));
    }
    console.out(QStringLiteral("file\t") + report->file);
    console.out(QStringLiteral("size\t") + QString::number(report->bytes));
    console.out(QStringLiteral("sha256\t") + report->sha256);
    console.out(QStringLiteral("files\t") + QString::number(report->files));
    return Success;
}

int restore(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Memulihkan berkas cadangan setelah seluruh isinya diperiksa. Frasa sandi dibaca "
               "dari standard input. Frasa sandi yang salah atau berkas yang rusak/terpotong "
               "tidak mengubah apa pun (status keluar 1). Hasil: database, created, village, "
               "schema, files (kunci dan nilai dipisah tab)."));
    const QCommandLineOption in(QStringLiteral("in"),
                                QCoreApplication::translate("cli", "Berkas cadangan."),
                                QStringLiteral("FILE"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("cli", "Berkas data yang dipulihkan (dibuat bila belum ada)."),
        QStringLiteral("FILE"));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        QCoreApplication::translate("cli", "Ganti isi berkas data yang sudah ada."));
    const QCommandLineOption fd = passphraseFdOption();
    parser.addOptions({in, db, replace, fd});
    if (const auto stop = parseArguments(parser, QStringLiteral("restore"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(in) || !parser.isSet(db) || !parser.positionalArguments().isEmpty()) {
        console.err(QCoreApplication::translate(
            "cli",
            "Pemakaian: tepat-cli restore --in FILE --db FILE [--replace] [--passphrase-fd N]"));
        return CannotRun;
    }
    if (!QFileInfo::exists(parser.value(in))) {
        console.err(QCoreApplication::translate("cli", "Berkas cadangan %1 tidak ada.")
                        .arg(parser.value(in)));
        return CannotRun;
    }
    if (QFileInfo::exists(parser.value(db)) && !parser.isSet(replace)) {
        console.err(QCoreApplication::translate(
                        "cli", "Berkas data %1 sudah ada. Tambahkan --replace untuk mengganti "
                               "isinya dengan cadangan.")
                        .arg(parser.value(db)));
        return CannotRun;
    }
    const std::optional<QString> phrase = readPassphrase(
        parser, fd, QCoreApplication::translate("cli", "Frasa sandi cadangan:"), console);
    if (!phrase) {
        return CannotRun;
    }
    const Result<RestoreReport> report = BackupRestorer().restore(
        {parser.value(in), *phrase, parser.value(db), {}}, [&console](qint64 done, qint64 total) {
            console.progress(QCoreApplication::translate("cli", "Memulihkan…"), done, total);
            return true;
        });
    console.endProgress();
    if (!report) {
        console.err(report.error().message);
        console.err(QCoreApplication::translate("cli", "Data tidak diubah."));
        // The backup itself was refused (exit 1), as opposed to the command not being able to
        // run at all (exit 2: unreadable file, no room, no memory).
        static const QStringList refusedCodes{
            QStringLiteral("backup.not_a_backup"),     QStringLiteral("backup.damaged"),
            QStringLiteral("backup.wrong_passphrase"), QStringLiteral("backup.newer_format"),
            QStringLiteral("backup.newer_schema"),     QStringLiteral("backup.bad_kdf")};
        const bool refused = refusedCodes.contains(report.error().code);
        return refused ? SomeRefused : CannotRun;
    }
    // Opening upgrades an older schema; the restore is then recorded in the restored trail.
    Result<std::unique_ptr<Database>> store = Database::open(report->databasePath);
    const Status noted = store ? BackupService(*store.value(), Clock::system())
                                     .recordRestore(cliActor(), parser.value(in), report.value())
                               : Status(store.error());
    if (!noted) {
        console.err(QCoreApplication::translate("cli", "Data dipulihkan, tetapi tidak bisa "
                                                       "dibuka atau dicatat: %1")
                        .arg(noted.error().message));
    }
    console.out(QStringLiteral("database\t") + report->databasePath);
    console.out(QStringLiteral("created\t") + storedTime(report->backupCreatedAt));
    console.out(QStringLiteral("village\t") + report->village);
    console.out(QStringLiteral("schema\t") + QString::number(report->schemaVersion));
    console.out(QStringLiteral("files\t") +
                QString::number(report->filesRestored + report->filesPresent));
    return noted ? Success : CannotRun;
}

} // namespace tepat::cli
