#include "app/cli/Commands.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/workbook/ProposalImport.h"
#include "core/workbook/ProposalLayout.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tepat::cli {

namespace {

QString oneLine(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace

int proposalsTemplate(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Menyimpan templat usulan massal Tepat (.xlsx): satu lembar per jenis usulan, "
               "daftar pilihan untuk setiap kolom berkode. Mencetak nama berkasnya."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("cli", "Buku kerja yang dibuat."),
                                 QStringLiteral("FILE.xlsx"));
    parser.addOption(out);
    if (const auto stop =
            parseArguments(parser, QStringLiteral("proposals template"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(out) || !parser.positionalArguments().isEmpty()) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli proposals template --out FILE.xlsx"));
        return CannotRun;
    }
    if (Status s = ProposalLayout::writeTemplate(parser.value(out)); !s) {
        console.err(s.error().message);
        return CannotRun;
    }
    console.out(parser.value(out));
    return Success;
}

int proposalsImport(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Memeriksa setiap baris buku kerja usulan massal, lalu membuat semua draf usulan "
               "dalam satu transaksi (tidak ada yang dibuat bila satu baris saja ditolak). Per "
               "baris, dipisah tab: lembar, baris, status (ok/warning/error), pesan. Status "
               "keluar 1 bila ada baris yang ditolak."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data."),
                                QStringLiteral("FILE"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("cli", "Hanya periksa; tidak membuat apa pun."));
    parser.addOptions({db, dryRun});
    parser.addPositionalArgument(QStringLiteral("BOOK.xlsx"),
                                 QCoreApplication::translate("cli", "Buku kerja usulan."));
    if (const auto stop =
            parseArguments(parser, QStringLiteral("proposals import"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(db) || parser.positionalArguments().size() != 1) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli proposals import --db FILE BOOK.xlsx [--dry-run]"));
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
    const Session session = Session::localAdministrator();
    const ProposalImport importer(*store.value(), Clock::system(), session);
    Result<ProposalCheck> checked =
        importer.check(parser.positionalArguments().constFirst(), [&console](qint64 d, qint64 t) {
            console.progress(QCoreApplication::translate("cli", "Membaca…"), d, t);
            return true;
        });
    console.endProgress();
    if (!checked) {
        console.err(checked.error().message);
        return CannotRun;
    }
    Status created;
    if (!parser.isSet(dryRun) && checked->refused() == 0) {
        created = importer.create(*checked);
    }
    for (const ProposalRow &row : checked->rows) {
        QStringList messages;
        for (const ProposalIssue &issue : row.issues) {
            messages << (issue.column.isEmpty()
                             ? issue.message
                             : QStringLiteral("%1: %2").arg(issue.column, issue.message));
        }
        if (row.createdId > 0) {
            messages << QCoreApplication::translate("cli", "draf usulan #%1").arg(row.createdId);
        }
        console.out(QStringList{row.sheet, QString::number(row.row), severityCode(row.worst()),
                                oneLine(messages.join(QStringLiteral("; ")))}
                        .join(u'\t'));
    }
    if (!created) {
        console.err(created.error().message);
        return CannotRun;
    }
    if (const int refused = checked->refused(); refused > 0) {
        console.err(QCoreApplication::translate(
            "cli", "%n baris ditolak; tidak ada usulan yang dibuat.", nullptr, refused));
        return SomeRefused;
    }
    return Success;
}

} // namespace tepat::cli
