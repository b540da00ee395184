#include "app/cli/Commands.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/importing/SnapshotImporter.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tepat::cli {

int importSnapshot(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Memuat snapshot register (format: docs/snapshot-format.md). Baris yang sah masuk "
        "dalam satu transaksi; baris yang ditolak ditulis ke berkas penolakan CSV di samping "
        "berkas data."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("cli", "Berkas data (dibuat bila belum ada)."),
        QStringLiteral("FILE"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        QCoreApplication::translate("cli", "Tanggal data snapshot (YYYY-MM-DD); bawaan: hari ini."),
        QStringLiteral("DATE"));
    parser.addOptions({db, asOf});
    parser.addPositionalArgument(QStringLiteral("HOUSEHOLDS.csv"),
                                 QCoreApplication::translate("cli", "Berkas keluarga."));
    parser.addPositionalArgument(QStringLiteral("PERSONS.csv"),
                                 QCoreApplication::translate("cli", "Berkas anggota keluarga."));
    if (const auto stop = parseArguments(parser, QStringLiteral("import"), arguments, console)) {
        return *stop;
    }
    const QStringList files = parser.positionalArguments();
    if (!parser.isSet(db) || files.size() != 2) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli import --db FILE HOUSEHOLDS.csv PERSONS.csv"));
        return CannotRun;
    }
    ImportOptions options;
    if (parser.isSet(asOf)) {
        options.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!options.asOf.isValid()) {
            console.err(QCoreApplication::translate("cli", "--as-of harus tanggal YYYY-MM-DD."));
            return CannotRun;
        }
    }
    options.progress = [&console](qint64 done, qint64 total) {
        console.progress(QCoreApplication::translate("cli", "Memuat…"), done, total);
    };

    Result<std::unique_ptr<Database>> store = Database::open(parser.value(db));
    if (!store) {
        console.err(store.error().message);
        return CannotRun;
    }
    const SnapshotImporter importer(*store.value(), Clock::system());
    const Result<ImportReport> report = importer.run(files[0], files[1], options);
    console.endProgress();
    if (!report) {
        console.err(report.error().message);
        return CannotRun;
    }
    const ImportReport &r = report.value();
    console.out(QCoreApplication::translate("cli", "keluarga\tbaru %1\tdiperbarui %2\tditolak %3")
                    .arg(r.householdsInserted)
                    .arg(r.householdsUpdated)
                    .arg(r.householdsRejected));
    console.out(QCoreApplication::translate("cli", "orang\tbaru %1\tdiperbarui %2\tditolak %3")
                    .arg(r.personsInserted)
                    .arg(r.personsUpdated)
                    .arg(r.personsRejected));
    console.out(QCoreApplication::translate("cli", "peringatan\t%1").arg(r.warnings));
    console.out(r.bulk
                    ? QCoreApplication::translate(
                          "cli", "jalur\tmassal (indeks nama dan daftar dibangun sekali di akhir)")
                    : QCoreApplication::translate(
                          "cli", "jalur\tbertahap (indeks diperbarui baris demi baris)"));
    if (!r.rejectsFile.isEmpty()) {
        console.err(
            QCoreApplication::translate(
                "cli", "Baris yang ditolak dan peringatan, dengan nomor baris dan alasannya: %1")
                .arg(r.rejectsFile));
    }
    return r.householdsRejected + r.personsRejected > 0 ? SomeRefused : Success;
}

} // namespace tepat::cli
