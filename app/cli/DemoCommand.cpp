#include "app/cli/Commands.h"

#include "core/common/Clock.h"
#include "core/demo/DemoVillage.h"
#include "core/domain/RegionDirectory.h"
#include "core/files/ContentStore.h"
#include "core/storage/Database.h"
#include "sync/demo/DemoRequests.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace tepat::cli {

int demo(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Membuat kelurahan contoh yang deterministik dan sepenuhnya sintetis (nama, NIK, "
               "No KK, RT/RW, desil, program). Tidak ada orang sungguhan di dalamnya."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data baru."),
                                QStringLiteral("FILE"));
    const QCommandLineOption csv(
        QStringLiteral("csv"),
        QCoreApplication::translate(
            "cli", "Tulis sebagai snapshot CSV ke folder ini, bukan ke berkas data."),
        QStringLiteral("DIR"));
    const QCommandLineOption village(
        QStringLiteral("village"),
        QCoreApplication::translate("cli",
                                    "Kode kelurahan/desa (PP.RR.DD.VVVV), atau kode kabupaten/"
                                    "kota (PP.RR) untuk menyebar ke semua kelurahannya."),
        QStringLiteral("CODE"), QStringLiteral("35.71.03.1001"));
    const QCommandLineOption households(
        QStringLiteral("households"),
        QCoreApplication::translate("cli",
                                    "Jumlah keluarga (bawaan: 2000, ukuran kelurahan nyata)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("cli", "Benih acak (hasil sama untuk benih sama)."),
        QStringLiteral("S"), QStringLiteral("20261123"));
    const QCommandLineOption requests(
        QStringLiteral("requests"),
        QCoreApplication::translate("cli", "Juga buat N usulan yang disetujui dan siap dikirim, "
                                           "masing-masing dengan foto JPEG sintetis."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({db, csv, village, households, seed, requests});
    if (const auto stop = parseArguments(parser, QStringLiteral("demo"), arguments, console)) {
        return *stop;
    }
    if (parser.isSet(db) == parser.isSet(csv)) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli demo (--db FILE | --csv DIR) [--village KODE] "
                   "[--households N] [--seed S] [--requests N]"));
        return CannotRun;
    }
    DemoOptions options;
    bool ok = false;
    options.households = parser.value(households).toInt(&ok);
    if (!ok || options.households < 0) {
        console.err(
            QCoreApplication::translate("cli", "--households harus bilangan bulat positif."));
        return CannotRun;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        console.err(QCoreApplication::translate("cli", "--seed harus bilangan bulat."));
        return CannotRun;
    }
    // A few people registered twice, for the Kemungkinan ganda page to show.
    options.duplicatesPermille = DemoVillage::kDemoDuplicatesPermille;
    // A store, as a village's looks after a few pulls: desil history and disbursements.
    options.pastQuarter = true;
    const int requestCount = parser.value(requests).toInt(&ok);
    if (!ok || requestCount < 0 || (requestCount > 0 && parser.isSet(csv))) {
        console.err(QCoreApplication::translate(
            "cli", "--requests harus bilangan bulat positif dan hanya berlaku dengan --db."));
        return CannotRun;
    }
    const QString code = parser.value(village);
    const RegionDirectory &regions = RegionDirectory::instance();
    if (RegionDirectory::isVillageCode(code) && regions.village(code)) {
        options.villageCodes = {code};
    } else {
        options.villageCodes.clear();
        for (const Village &v : regions.villagesIn(code)) {
            options.villageCodes << v.code;
        }
        if (options.villageCodes.isEmpty()) {
            console.err(
                QCoreApplication::translate("cli", "Kode wilayah tidak dikenal: %1").arg(code));
            return CannotRun;
        }
    }
    options.progress = [&console](qint64 done, qint64 total) {
        console.progress(QCoreApplication::translate("cli", "Membuat data contoh…"), done, total);
    };

    Result<DemoReport> report = Error{};
    if (parser.isSet(csv)) {
        const QDir dir(parser.value(csv));
        if (!QDir().mkpath(dir.path())) {
            console.err(
                QCoreApplication::translate("cli", "Folder %1 tidak bisa dibuat.").arg(dir.path()));
            return CannotRun;
        }
        QSaveFile householdFile(dir.filePath(QStringLiteral("households.csv")));
        QSaveFile personFile(dir.filePath(QStringLiteral("persons.csv")));
        if (!householdFile.open(QIODevice::WriteOnly) || !personFile.open(QIODevice::WriteOnly)) {
            console.err(QCoreApplication::translate("cli", "Berkas CSV di %1 tidak bisa ditulis.")
                            .arg(dir.path()));
            return CannotRun;
        }
        report = DemoVillage::writeSnapshot(options, householdFile, personFile);
        if (report && (!householdFile.commit() || !personFile.commit())) {
            report = Error{QStringLiteral("demo.write"),
                           QCoreApplication::translate("cli", "Berkas CSV gagal disimpan.")};
        }
    } else {
        Result<std::unique_ptr<Database>> store = Database::open(parser.value(db));
        if (!store) {
            console.err(store.error().message);
            return CannotRun;
        }
        report = DemoVillage::populate(*store.value(), Clock::system(), options);
        if (report && requestCount > 0) {
            sync::DemoRequestOptions demoRequests;
            demoRequests.count = requestCount;
            demoRequests.seed = options.seed;
            const Result<int> made =
                sync::DemoRequests::create(*store.value(), Clock::system(),
                                           ContentStore::rootFor(parser.value(db)), demoRequests);
            if (!made) {
                report = made.error();
            }
        }
    }
    console.endProgress();
    if (!report) {
        console.err(report.error().message);
        return CannotRun;
    }
    console.out(QCoreApplication::translate("cli", "keluarga\t%1").arg(report->households));
    console.out(QCoreApplication::translate("cli", "orang\t%1").arg(report->persons));
    if (requestCount > 0) {
        console.out(QCoreApplication::translate("cli", "usulan\t%1").arg(requestCount));
    }
    return Success;
}

} // namespace tepat::cli
