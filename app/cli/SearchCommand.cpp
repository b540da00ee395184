#include "app/cli/Commands.h"

#include "core/domain/Household.h"
#include "core/search/PersonSearch.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tepat::cli {

int search(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Pencarian yang sama dengan aplikasi: angka mencari NIK lalu No KK (awalan); teks "
               "mencari nama (ejaan lama/baru dianggap sama, awalan kata boleh). Satu hasil per "
               "baris: ID orang, NIK, nama, ID keluarga, RT, RW (dipisah tab)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data."),
                                QStringLiteral("FILE"));
    const QCommandLineOption rt(QStringLiteral("rt"),
                                QCoreApplication::translate("cli", "Hanya RT ini."),
                                QStringLiteral("RT"));
    const QCommandLineOption rw(QStringLiteral("rw"),
                                QCoreApplication::translate("cli", "Hanya RW ini."),
                                QStringLiteral("RW"));
    const QCommandLineOption program(
        QStringLiteral("program"),
        QCoreApplication::translate(
            "cli", "Hanya penerima program ini (PKH, BPNT, PBI-JK, BLT-DD, BERAS, APBD)."),
        QStringLiteral("KODE"));
    const QCommandLineOption desil(QStringLiteral("desil"),
                                   QCoreApplication::translate("cli", "Hanya desil ini (1–10)."),
                                   QStringLiteral("N"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        QCoreApplication::translate("cli", "Hanya status ini (active, deceased, moved, excluded)."),
        QStringLiteral("STATUS"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), QCoreApplication::translate("cli", "Paling banyak sekian hasil."),
        QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({db, rt, rw, program, desil, status, limit});
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 QCoreApplication::translate("cli", "NIK, No KK atau nama."));
    if (const auto stop = parseArguments(parser, QStringLiteral("search"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(db) || parser.positionalArguments().isEmpty()) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli search --db FILE [OPSI] QUERY"));
        return CannotRun;
    }
    SearchFilter filter;
    if (parser.isSet(rt)) {
        const auto value = normalizeNeighbourhoodUnit(parser.value(rt));
        if (!value) {
            console.err(QCoreApplication::translate("cli", "--rt harus angka 1–999."));
            return CannotRun;
        }
        filter.rt = *value;
    }
    if (parser.isSet(rw)) {
        const auto value = normalizeNeighbourhoodUnit(parser.value(rw));
        if (!value) {
            console.err(QCoreApplication::translate("cli", "--rw harus angka 1–999."));
            return CannotRun;
        }
        filter.rw = *value;
    }
    if (parser.isSet(program)) {
        filter.program = vocabulary::parse<Program>(parser.value(program));
        if (!filter.program) {
            console.err(QCoreApplication::translate("cli", "Kode program tidak dikenal: %1")
                            .arg(parser.value(program)));
            return CannotRun;
        }
    }
    if (parser.isSet(desil)) {
        filter.desil = parser.value(desil).toInt();
        if (filter.desil < 1 || filter.desil > 10) {
            console.err(QCoreApplication::translate("cli", "--desil harus 1–10."));
            return CannotRun;
        }
    }
    if (parser.isSet(status)) {
        filter.status = vocabulary::parse<PersonStatus>(parser.value(status));
        if (!filter.status) {
            console.err(QCoreApplication::translate("cli", "Status tidak dikenal: %1")
                            .arg(parser.value(status)));
            return CannotRun;
        }
    }
    const int max = parser.value(limit).toInt();
    if (max <= 0) {
        console.err(QCoreApplication::translate("cli", "--limit harus bilangan bulat positif."));
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
    const PersonSearch searcher(*store.value());
    const Result<SearchPage> page =
        searcher.find(parser.positionalArguments().join(u' '), filter, {}, max);
    if (!page) {
        console.err(page.error().message);
        return CannotRun;
    }
    for (const SearchHit &hit : page->hits) {
        console.out(
            QStringList{hit.personId, hit.nik, hit.name, hit.householdId, hit.rt, hit.rw}.join(
                u'\t'));
    }
    return Success;
}

} // namespace tepat::cli
