#include "app/cli/Commands.h"
#include "core/matching/RegisterRecords.h"
#include "core/matching/RegisterScan.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tepat::cli {

// tepat-cli duplicates --db FILE [--min-score S] [--households]: the likely duplicate pairs of
// the whole register, best first, that nobody has decided about yet (docs/duplicates.md).
int duplicates(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Pasangan data yang kemungkinan orang yang sama, dari seluruh data, skor "
               "tertinggi dulu. Satu pasangan per baris: ID orang, ID orang, skor (0–1), alasan "
               "(dipisah tab). Pasangan yang sudah diputuskan di halaman Kemungkinan ganda tidak "
               "ditampilkan lagi."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data."),
                                QStringLiteral("FILE"));
    const QCommandLineOption minScore(
        QStringLiteral("min-score"),
        QCoreApplication::translate("cli", "Skor terendah yang ditampilkan (0–1, bawaan %1).")
            .arg(MatchModel::kDefaultThreshold),
        QStringLiteral("S"), QString::number(MatchModel::kDefaultThreshold));
    const QCommandLineOption households(
        QStringLiteral("households"),
        QCoreApplication::translate(
            "cli", "Keluarga yang terdaftar dua kali: ID keluarga, ID keluarga, jumlah anggota "
                   "yang cocok, kepala keluarga sama (yes/no)."));
    parser.addOptions({db, minScore, households});
    if (const auto stop =
            parseArguments(parser, QStringLiteral("duplicates"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(db)) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli duplicates --db FILE [--min-score S] [--households]"));
        return CannotRun;
    }
    bool ok = false;
    const double threshold = parser.value(minScore).toDouble(&ok);
    if (!ok || threshold <= 0 || threshold >= 1) {
        console.err(QCoreApplication::translate("cli", "--min-score harus angka antara 0 dan 1, "
                                                       "misalnya 0.6."));
        return CannotRun;
    }
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.migrate = false;
    Result<std::unique_ptr<Database>> store = Database::open(parser.value(db), readOnly);
    if (!store) {
        console.err(store.error().message);
        return CannotRun;
    }
    ScanOptions options;
    options.threshold = threshold;
    options.model = RegisterRecords::savedModel(*store.value());
    const QString label = QCoreApplication::translate("cli", "Membandingkan");
    options.progress = [&console, &label](qint64 done, qint64 total) {
        console.progress(label, done, total);
    };
    const Result<RegisterScanResult> result = RegisterScan::run(*store.value(), options);
    console.endProgress();
    if (!result) {
        console.err(result.error().message);
        return CannotRun;
    }
    if (parser.isSet(households)) {
        for (const LikelyHouseholdPair &h : result->households) {
            console.out(QStringList{h.householdA, h.householdB, QString::number(h.matchedMembers),
                                    h.sameHead ? QStringLiteral("yes") : QStringLiteral("no")}
                            .join(u'\t'));
        }
        return Success;
    }
    for (const LikelyDuplicate &p : result->pairs) {
        console.out(QStringList{p.personA, p.personB, QString::number(p.score.probability, 'f', 3),
                                MatchModel::reasonCodes(p.score)}
                        .join(u'\t'));
    }
    return Success;
}

} // namespace tepat::cli
