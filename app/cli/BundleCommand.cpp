#include "app/cli/Commands.h"
#include "app/cli/Passphrase.h"

#include "core/common/Clock.h"
#include "core/fieldwork/FieldEnvelope.h"
#include "core/fieldwork/FieldKeys.h"
#include "core/fieldwork/ResultsBundleMerger.h"
#include "core/fieldwork/ResultsBundleWriter.h"
#include "core/fieldwork/WorkPackageReader.h"
#include "core/fieldwork/WorkPackageWriter.h"
#include "core/files/ContentStore.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tepat::cli {

namespace {

// A refusal of the file itself (exit 1, nothing changed), as opposed to a command that could
// not run (exit 2).
bool refused(const Error &error)
{
    static const QStringList codes{
        QStringLiteral("fieldwork.not_a_package"),    QStringLiteral("fieldwork.newer_format"),
        QStringLiteral("fieldwork.truncated"),        QStringLiteral("fieldwork.forged"),
        QStringLiteral("fieldwork.damaged"),          QStringLiteral("fieldwork.foreign_village"),
        QStringLiteral("fieldwork.foreign_signer"),   QStringLiteral("fieldwork.foreign_key"),
        QStringLiteral("fieldwork.wrong_passphrase"), QStringLiteral("fieldwork.wrong_kind"),
        QStringLiteral("fieldwork.office_store"),     QStringLiteral("fieldwork.not_a_laptop"),
        QStringLiteral("fieldwork.not_office")};
    return codes.contains(error.code);
}

void line(Console &console, const char *key, qint64 value)
{
    console.out(QLatin1String(key) + u'\t' + QString::number(value));
}

int exportPackage(const QCommandLineParser &parser, const QCommandLineOption &out,
                  const QCommandLineOption &rw, const QCommandLineOption &rt,
                  const QCommandLineOption &households, const QCommandLineOption &assignee,
                  const QCommandLineOption &fd, const Database &db, Console &console)
{
    WorkPackageWriter::Request request;
    request.selection.rw = parser.value(rw);
    request.selection.rt = parser.value(rt);
    if (parser.isSet(households)) {
        QFile list(parser.value(households));
        if (!list.open(QIODevice::ReadOnly | QIODevice::Text)) {
            console.err(QCoreApplication::translate("cli", "Daftar keluarga %1 tidak bisa "
                                                           "dibaca: %2")
                            .arg(parser.value(households), list.errorString()));
            return CannotRun;
        }
        for (const QByteArray &id : list.readAll().split('\n')) {
            if (!id.trimmed().isEmpty()) {
                request.selection.householdIds << QString::fromUtf8(id.trimmed());
            }
        }
    }
    request.assignee = parser.value(assignee);
    request.outputPath = parser.value(out);
    const std::optional<QString> phrase = readPassphrase(
        parser, fd, QCoreApplication::translate("cli", "Frasa sandi paket kerja:"), console);
    if (!phrase) {
        return CannotRun;
    }
    request.passphrase = *phrase;
    const Result<WorkPackageReport> report =
        WorkPackageWriter(db, Clock::system(), ContentStore::rootFor(db.path()))
            .write(Session::localAdministrator(), request);
    if (!report) {
        console.err(report.error().message);
        return CannotRun;
    }
    console.out(QStringLiteral("kind\twork_package"));
    console.out(QStringLiteral("file\t") + report->file);
    line(console, "size", report->bytes);
    line(console, "households", report->households);
    line(console, "persons", report->persons);
    line(console, "photos", report->photos);
    line(console, "locations", report->locations);
    line(console, "answers", report->answers);
    return Success;
}

int exportBundle(const QCommandLineParser &parser, const QCommandLineOption &out,
                 const QCommandLineOption &all, const Database &db, Console &console)
{
    const Result<BundleExportReport> report =
        ResultsBundleWriter(db, Clock::system(), ContentStore::rootFor(db.path()))
            .write(Session::localAdministrator(), {parser.value(out), parser.isSet(all)});
    if (!report) {
        console.err(report.error().message);
        return CannotRun;
    }
    console.out(QStringLiteral("kind\tresults_bundle"));
    console.out(QStringLiteral("file\t") + report->file);
    line(console, "size", report->bytes);
    line(console, "visits", report->visits);
    line(console, "photos", report->photos);
    line(console, "locations", report->locations);
    line(console, "answers", report->answers);
    line(console, "audit", report->auditEntries);
    return Success;
}

} // namespace

int bundleExport(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Di komputer kantor: menulis paket kerja untuk laptop lapangan (keluarga menurut "
               "RW/RT atau daftar ID, untuk satu akun petugas), terenkripsi dengan frasa sandi "
               "dari standard input dan ditandatangani kantor. Di laptop lapangan: menulis berkas "
               "hasil kunjungan sejak berkas hasil terakhir (tanpa frasa sandi), atau semuanya "
               "dengan --all. Hasil: kunci dan nilai dipisah tab."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data."),
                                QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("cli", "Berkas yang ditulis."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption rw(QStringLiteral("rw"),
                                QCoreApplication::translate("cli", "Hanya keluarga RW ini."),
                                QStringLiteral("N"));
    const QCommandLineOption rt(QStringLiteral("rt"),
                                QCoreApplication::translate("cli", "Hanya keluarga RT ini."),
                                QStringLiteral("N"));
    const QCommandLineOption households(
        QStringLiteral("households"),
        QCoreApplication::translate("cli", "Berkas berisi ID keluarga, satu per baris."),
        QStringLiteral("FILE"));
    const QCommandLineOption assignee(
        QStringLiteral("assignee"),
        QCoreApplication::translate("cli", "Akun petugas lapangan penerima paket kerja."),
        QStringLiteral("USER"));
    const QCommandLineOption all(
        QStringLiteral("all"),
        QCoreApplication::translate("cli", "Laptop: semua hasil kunjungan lagi, bukan hanya yang "
                                           "belum dikirim (pengganti flashdisk yang hilang). "
                                           "Kantor: semua keluarga aktif (sama dengan tanpa "
                                           "--rw, --rt dan --households)."));
    const QCommandLineOption fd = passphraseFdOption();
    parser.addOptions({db, out, rw, rt, households, assignee, all, fd});
    if (const auto stop =
            parseArguments(parser, QStringLiteral("bundle export"), arguments, console)) {
        return *stop;
    }
    const bool narrowed = parser.isSet(rw) || parser.isSet(rt) || parser.isSet(households);
    if (!parser.isSet(db) || !parser.isSet(out) || !parser.positionalArguments().isEmpty() ||
        (parser.isSet(all) && narrowed)) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli bundle export --db FILE --out FILE [--all | [--rw N] "
                   "[--rt N] [--households FILE]] [--assignee USER] [--passphrase-fd N]"));
        return CannotRun;
    }
    if (!QFileInfo::exists(parser.value(db))) {
        console.err(
            QCoreApplication::translate("cli", "Berkas data %1 tidak ada.").arg(parser.value(db)));
        return CannotRun;
    }
    Result<std::unique_ptr<Database>> store = Database::open(parser.value(db));
    if (!store) {
        console.err(store.error().message);
        return CannotRun;
    }
    const Result<FieldRole> role = FieldKeys(**store, Clock::system()).role();
    if (!role) {
        console.err(role.error().message);
        return CannotRun;
    }
    if (*role == FieldRole::Laptop) {
        return exportBundle(parser, out, all, **store, console);
    }
    return exportPackage(parser, out, rw, rt, households, assignee, fd, **store, console);
}

int bundleImport(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Menerima paket kerja di laptop lapangan (berkas data dibuat bila belum ada; frasa "
               "sandi dari standard input) atau menggabungkan berkas hasil kunjungan di komputer "
               "kantor. Berkas yang ditolak tidak mengubah apa pun (status keluar 1). Hasil: "
               "households, visits, photos, locations, answers, drafts, unchanged, conflicts, "
               "audit (kunci dan nilai dipisah tab)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data."),
                                QStringLiteral("FILE"));
    const QCommandLineOption fd = passphraseFdOption();
    parser.addOptions({db, fd});
    parser.addPositionalArgument(QStringLiteral("BUNDLE"),
                                 QCoreApplication::translate("cli", "Paket kerja atau berkas "
                                                                    "hasil."));
    if (const auto stop =
            parseArguments(parser, QStringLiteral("bundle import"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(db) || parser.positionalArguments().size() != 1) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli bundle import --db FILE [--passphrase-fd N] BUNDLE"));
        return CannotRun;
    }
    const QString file = parser.positionalArguments().first();
    if (!QFileInfo::exists(file)) {
        console.err(QCoreApplication::translate("cli", "Berkas %1 tidak ada.").arg(file));
        return CannotRun;
    }
    const auto refuse = [&console](const Error &error) {
        console.err(error.message);
        if (refused(error)) {
            console.err(QCoreApplication::translate("cli", "Data tidak diubah."));
            return int(SomeRefused);
        }
        return int(CannotRun);
    };
    const Result<FieldEnvelope> envelope = FieldEnvelopeReader::readFile(file);
    if (!envelope) {
        return refuse(envelope.error());
    }
    if (envelope->kind == FieldFileKind::WorkPackage) {
        const std::optional<QString> phrase = readPassphrase(
            parser, fd, QCoreApplication::translate("cli", "Frasa sandi paket kerja:"), console);
        if (!phrase) {
            return CannotRun;
        }
        const Result<PackageImportReport> report =
            WorkPackageReader(Clock::system())
                .import(*envelope, {file,
                                    *phrase,
                                    parser.value(db),
                                    {},
                                    Session::localAdministrator().username()});
        if (!report) {
            return refuse(report.error());
        }
        line(console, "households", report->households);
        line(console, "visits", 0);
        line(console, "photos", report->photos);
        line(console, "locations", report->locations);
        line(console, "answers", report->answers);
        line(console, "drafts", 0);
        line(console, "unchanged", report->unchanged);
        line(console, "conflicts", 0);
        line(console, "audit", 0);
        return Success;
    }
    if (!QFileInfo::exists(parser.value(db))) {
        console.err(
            QCoreApplication::translate("cli", "Berkas data %1 tidak ada.").arg(parser.value(db)));
        return CannotRun;
    }
    Result<std::unique_ptr<Database>> store = Database::open(parser.value(db));
    if (!store) {
        console.err(store.error().message);
        return CannotRun;
    }
    const Result<BundleMergeReport> report =
        ResultsBundleMerger(**store, Clock::system(), ContentStore::rootFor(parser.value(db)))
            .merge(Session::localAdministrator(), *envelope);
    if (!report) {
        return refuse(report.error());
    }
    line(console, "households", 0);
    line(console, "visits", report->visits);
    line(console, "photos", report->photos);
    line(console, "locations", report->locations);
    line(console, "answers", report->answers);
    line(console, "drafts", report->drafts);
    line(console, "unchanged", report->unchanged);
    line(console, "conflicts", report->conflicts);
    line(console, "audit", report->auditEntries);
    return Success;
}

} // namespace tepat::cli
