#include "app/cli/Commands.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/deliberation/DeliberationService.h"
#include "core/documents/BnbaDocument.h"
#include "core/files/AtomicFile.h"
#include "core/files/ContentStore.h"
#include "core/matching/MatchModel.h"
#include "core/matching/RegisterScan.h"
#include "core/storage/Database.h"
#include "core/workbook/ListExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tepat::cli {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "cli", "Pemakaian: tepat-cli export --db FILE --list "
               "households|requests|letters|bnba|duplicates [saringan] --out FILE.xlsx (bnba "
               "juga FILE.pdf)");
}

struct Filters
{
    QCommandLineOption rt{QStringLiteral("rt"),
                          QCoreApplication::translate("cli", "households: hanya RT ini."),
                          QStringLiteral("RT")};
    QCommandLineOption rw{QStringLiteral("rw"),
                          QCoreApplication::translate("cli", "households: hanya RW ini."),
                          QStringLiteral("RW")};
    QCommandLineOption desil{QStringLiteral("desil"),
                             QCoreApplication::translate("cli", "households: hanya desil 1–10."),
                             QStringLiteral("N")};
    QCommandLineOption status{
        QStringLiteral("status"),
        QCoreApplication::translate("cli", "households: status keluarga (kode atau label)."),
        QStringLiteral("STATUS")};
    QCommandLineOption program{
        QStringLiteral("program"),
        QCoreApplication::translate("cli", "households: ada anggota penerima program ini."),
        QStringLiteral("PROGRAM")};
    QCommandLineOption misfit{
        QStringLiteral("program-misfit"),
        QCoreApplication::translate("cli", "households: penerima tidak sesuai desil.")};
    QCommandLineOption state{
        QStringLiteral("state"),
        QCoreApplication::translate("cli", "requests: hanya usulan dengan status ini (kode)."),
        QStringLiteral("STATE")};
    QCommandLineOption kind{
        QStringLiteral("kind"),
        QCoreApplication::translate("cli", "requests, letters: hanya jenis ini (kode)."),
        QStringLiteral("KIND")};
    QCommandLineOption household{
        QStringLiteral("household"),
        QCoreApplication::translate("cli", "requests: hanya usulan untuk keluarga ini."),
        QStringLiteral("ID")};
    QCommandLineOption text{
        QStringLiteral("text"),
        QCoreApplication::translate("cli", "letters: bagian nomor surat atau nama."),
        QStringLiteral("TEXT")};
    QCommandLineOption year{QStringLiteral("year"),
                            QCoreApplication::translate("cli", "letters: hanya tahun ini."),
                            QStringLiteral("YYYY")};
    QCommandLineOption meeting{
        QStringLiteral("meeting"),
        QCoreApplication::translate("cli", "bnba: nomor musyawarah (wajib)."),
        QStringLiteral("ID")};
    QCommandLineOption minScore{
        QStringLiteral("min-score"),
        QCoreApplication::translate("cli", "duplicates: skor terendah (0–1, bawaan %1).")
            .arg(MatchModel::kDefaultThreshold),
        QStringLiteral("S")};
};

// Reads a coded option into target through parse (text → std::optional); an unknown value
// is said with message (the value in %1, marked with QT_TRANSLATE_NOOP("cli", …)).
template<typename T, typename Parse>
bool readCode(const QCommandLineParser &parser, const QCommandLineOption &option, Parse parse,
              const char *message, std::optional<T> &target, Console &console)
{
    if (!parser.isSet(option)) {
        return true;
    }
    target = parse(parser.value(option));
    if (!target) {
        console.err(QCoreApplication::translate("cli", message).arg(parser.value(option)));
        return false;
    }
    return true;
}

std::optional<HouseholdFilter> householdFilter(const QCommandLineParser &parser, const Filters &f,
                                               Console &console)
{
    HouseholdFilter filter;
    for (const auto &[option, target] :
         {std::pair{&f.rt, &filter.rt}, std::pair{&f.rw, &filter.rw}}) {
        if (parser.isSet(*option)) {
            const std::optional<QString> unit = normalizeNeighbourhoodUnit(parser.value(*option));
            if (!unit) {
                console.err(QCoreApplication::translate("cli", "--%1 harus angka 1–999.")
                                .arg(option->names().constFirst()));
                return std::nullopt;
            }
            *target = *unit;
        }
    }
    if (parser.isSet(f.desil)) {
        bool ok = false;
        filter.desil = parser.value(f.desil).toInt(&ok);
        if (!ok || filter.desil < 1 || filter.desil > 10) {
            console.err(QCoreApplication::translate("cli", "--desil harus angka 1–10."));
            return std::nullopt;
        }
    }
    if (!readCode(parser, f.status, vocabulary::parse<HouseholdStatus>,
                  QT_TRANSLATE_NOOP("cli", "Status keluarga \"%1\" tidak dikenal."), filter.status,
                  console) ||
        !readCode(parser, f.program, vocabulary::parse<Program>,
                  QT_TRANSLATE_NOOP("cli", "Program \"%1\" tidak dikenal."), filter.program,
                  console)) {
        return std::nullopt;
    }
    filter.programMisfit = parser.isSet(f.misfit);
    return filter;
}

std::optional<RequestFilter> requestFilter(const QCommandLineParser &parser, const Filters &f,
                                           Console &console)
{
    RequestFilter filter;
    if (!readCode(parser, f.state, RequestLifecycle::stateFromCode,
                  QT_TRANSLATE_NOOP("cli", "Status usulan \"%1\" tidak dikenal."), filter.state,
                  console) ||
        !readCode(parser, f.kind, RequestLifecycle::kindFromCode,
                  QT_TRANSLATE_NOOP("cli", "Jenis usulan \"%1\" tidak dikenal."), filter.kind,
                  console)) {
        return std::nullopt;
    }
    filter.householdId = parser.value(f.household);
    return filter;
}

std::optional<LetterQuery> letterQuery(const QCommandLineParser &parser, const Filters &f,
                                       Console &console)
{
    LetterQuery query;
    query.text = parser.value(f.text);
    if (parser.isSet(f.year)) {
        bool ok = false;
        query.year = parser.value(f.year).toInt(&ok);
        if (!ok || query.year < 1900) {
            console.err(QCoreApplication::translate("cli", "--year harus tahun, mis. 2026."));
            return std::nullopt;
        }
    }
    if (!readCode(parser, f.kind, LetterRegister::kindFromCode,
                  QT_TRANSLATE_NOOP("cli", "Jenis surat \"%1\" tidak dikenal."), query.kind,
                  console)) {
        return std::nullopt;
    }
    return query;
}

} // namespace

int exportList(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Menyimpan daftar sebagai buku kerja Excel (.xlsx): keluarga (dengan saringan "
               "halaman Keluarga), usulan, register surat, atau BNBA musyawarah. NIK dan No KK "
               "ditulis sebagai teks, tanggal sebagai tanggal. Mencetak berkas dan jumlah baris "
               "(dipisah tab)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data."),
                                QStringLiteral("FILE"));
    const QCommandLineOption list(
        QStringLiteral("list"),
        QCoreApplication::translate("cli",
                                    "Daftar: households, requests, letters, bnba atau duplicates."),
        QStringLiteral("LIST"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("cli", "Buku kerja yang dibuat (bnba: .pdf untuk dicetak)."),
        QStringLiteral("FILE.xlsx"));
    const Filters f;
    parser.addOptions({db, list, out, f.rt, f.rw, f.desil, f.status, f.program, f.misfit, f.state,
                       f.kind, f.household, f.text, f.year, f.meeting, f.minScore});
    if (const auto stop = parseArguments(parser, QStringLiteral("export"), arguments, console)) {
        return *stop;
    }
    const QString which = parser.value(list);
    static const QStringList lists{QStringLiteral("households"), QStringLiteral("requests"),
                                   QStringLiteral("letters"), QStringLiteral("bnba"),
                                   QStringLiteral("duplicates")};
    if (!parser.isSet(db) || !parser.isSet(out) || !lists.contains(which) ||
        !parser.positionalArguments().isEmpty() ||
        (which == QLatin1String("bnba") && !parser.isSet(f.meeting))) {
        console.err(usage());
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
    const Database &database = *store.value();
    const Session session = Session::localAdministrator();
    const ListExport exporter(database, session);
    const QString target = parser.value(out);
    const ExportProgress progress = [&console](qint64 done, qint64 total) {
        console.progress(QCoreApplication::translate("cli", "Menulis…"), done, total);
        return true;
    };
    Result<qint64> rows = qint64(0);
    if (which == QLatin1String("households")) {
        const std::optional<HouseholdFilter> filter = householdFilter(parser, f, console);
        if (!filter) {
            return CannotRun;
        }
        rows = exporter.households(*filter, target, progress);
    } else if (which == QLatin1String("requests")) {
        const std::optional<RequestFilter> filter = requestFilter(parser, f, console);
        if (!filter) {
            return CannotRun;
        }
        rows = exporter.requests(*filter, Clock::system(), target, progress);
    } else if (which == QLatin1String("letters")) {
        const std::optional<LetterQuery> query = letterQuery(parser, f, console);
        if (!query) {
            return CannotRun;
        }
        rows = exporter.letters(*query, Clock::system(), target, progress);
    } else if (which == QLatin1String("duplicates")) {
        ScanOptions options;
        if (parser.isSet(f.minScore)) {
            bool ok = false;
            options.threshold = parser.value(f.minScore).toDouble(&ok);
            if (!ok || options.threshold <= 0 || options.threshold >= 1) {
                console.err(QCoreApplication::translate(
                    "cli", "--min-score harus angka antara 0 dan 1, misalnya 0.9."));
                return CannotRun;
            }
        }
        options.progress = [&console](qint64 done, qint64 total) {
            console.progress(QCoreApplication::translate("cli", "Memeriksa…"), done, total);
        };
        const Result<RegisterScanResult> scan = RegisterScan::run(database, options);
        console.endProgress();
        if (!scan) {
            console.err(scan.error().message);
            return CannotRun;
        }
        rows = exporter.duplicates(scan->pairs, target, options.threshold, progress);
    } else {
        bool ok = false;
        const qint64 meeting = parser.value(f.meeting).toLongLong(&ok);
        if (!ok || meeting <= 0) {
            console.err(QCoreApplication::translate("cli", "--meeting harus nomor musyawarah."));
            return CannotRun;
        }
        const DeliberationService deliberation(database, Clock::system(), session,
                                               ContentStore::rootFor(parser.value(db)));
        const Result<MinutesContent> content =
            deliberation.content(meeting, MeetingDocument::Minutes);
        if (!content) {
            console.err(content.error().message);
            return CannotRun;
        }
        if (target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            // The printable BNBA per RT/RW, on the paper of the letter settings.
            const Result<QByteArray> pdf =
                BnbaDocument::pdf(*content, LetterSettings::load(database).paper);
            if (!pdf) {
                console.err(pdf.error().message);
                return CannotRun;
            }
            if (const Status written = AtomicFile::write(target, *pdf); !written) {
                console.err(written.error().message);
                return CannotRun;
            }
            // Names and NIKs: readable by the operator only, like the workbooks.
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            qint64 approved = 0;
            for (const BnbaGroup &group : BnbaDocument::groups(*content)) {
                approved += group.rows.size();
            }
            rows = approved;
        } else {
            rows = exporter.bnba(*content, target);
        }
    }
    console.endProgress();
    if (!rows) {
        console.err(rows.error().message);
        return CannotRun;
    }
    console.out(QStringList{target, QString::number(*rows)}.join(u'\t'));
    return Success;
}

} // namespace tepat::cli
