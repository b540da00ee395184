#include "app/cli/Commands.h"

#include "core/audit/AuditVerifier.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tepat::cli {

int auditVerify(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Memeriksa seluruh rantai jejak audit. Hasil: \"intact\", jumlah catatan dan hash "
               "terakhir; atau \"broken\", nomor catatan pertama yang rusak, jenisnya (changed, "
               "removed, inserted, relinked, truncated) dan penjelasannya (dipisah tab). Status "
               "keluar 1 bila rantai rusak."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data."),
                                QStringLiteral("FILE"));
    const QCommandLineOption anchor(
        QStringLiteral("anchor"),
        QCoreApplication::translate("cli", "Catatan yang diketahui dari tempat lain (mis. server "
                                           "pusat): NOMOR:HASH. Memeriksa juga bahwa jejak tidak "
                                           "dipotong atau ditulis ulang sampai catatan itu."),
        QStringLiteral("ID:HASH"));
    parser.addOptions({db, anchor});
    if (const auto stop =
            parseArguments(parser, QStringLiteral("audit verify"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(db) || !parser.positionalArguments().isEmpty()) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli audit verify --db FILE [--anchor ID:HASH]"));
        return CannotRun;
    }
    std::optional<AuditAnchor> known;
    if (parser.isSet(anchor)) {
        const QStringList parts = parser.value(anchor).split(u':');
        const qint64 id = parts.value(0).toLongLong();
        if (parts.size() != 2 || id <= 0 || parts[1].size() != 64) {
            console.err(QCoreApplication::translate(
                "cli", "--anchor harus NOMOR:HASH (hash SHA-256, 64 digit heksadesimal)."));
            return CannotRun;
        }
        known = AuditAnchor{id, parts[1].toLower()};
    }
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.migrate = false;
    Result<std::unique_ptr<Database>> store = Database::open(parser.value(db), readOnly);
    if (!store) {
        console.err(store.error().message);
        return CannotRun;
    }
    const Result<AuditVerification> result =
        AuditVerifier(*store.value())
            .verify(
                [&console](qint64 done, qint64 total) {
                    console.progress(QCoreApplication::translate("cli", "Memeriksa…"), done, total);
                    return true;
                },
                known);
    console.endProgress();
    if (!result) {
        console.err(result.error().message);
        return CannotRun;
    }
    if (result->intact()) {
        console.out(
            QStringList{QStringLiteral("intact"), QString::number(result->checked), result->head}
                .join(u'\t'));
        return Success;
    }
    const AuditBreak &broken = *result->broken;
    console.out(QStringList{QStringLiteral("broken"), QString::number(broken.entryId),
                            AuditBreak::code(broken.kind), broken.message}
                    .join(u'\t'));
    return SomeRefused;
}

} // namespace tepat::cli
