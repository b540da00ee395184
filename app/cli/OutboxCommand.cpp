#include "app/cli/Commands.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "core/outbox/Outbox.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tepat::cli {

namespace {

Result<std::unique_ptr<Database>> openExisting(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        return Error{QStringLiteral("cli.no_store"),
                     QCoreApplication::translate("cli", "Berkas data %1 tidak ada.").arg(path)};
    }
    return Database::open(path);
}

QString oneLine(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace

int outboxList(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Isi kotak keluar, satu usulan per baris: kunci, jenis, status (queued, sent, "
               "parked, …), masalah."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data."),
                                QStringLiteral("FILE"));
    const QCommandLineOption all(
        QStringLiteral("all"),
        QCoreApplication::translate("cli", "Termasuk yang sudah diterima server."));
    parser.addOptions({db, all});
    if (const auto stop =
            parseArguments(parser, QStringLiteral("outbox list"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(db)) {
        console.err(
            QCoreApplication::translate("cli", "Pemakaian: tepat-cli outbox list --db FILE"));
        return CannotRun;
    }
    Result<std::unique_ptr<Database>> store = openExisting(parser.value(db));
    if (!store) {
        console.err(store.error().message);
        return CannotRun;
    }
    const Outbox outbox(*store.value(), Clock::system(), ContentStore::rootFor(parser.value(db)));
    qint64 after = 0;
    for (;;) {
        Result<QList<OutboxEntry>> page = outbox.list(parser.isSet(all), 500, after);
        if (!page) {
            console.err(page.error().message);
            return CannotRun;
        }
        if (page->isEmpty()) {
            break;
        }
        for (const OutboxEntry &e : *page) {
            after = e.requestId;
            const QString state =
                e.isParked() ? QStringLiteral("parked") : RequestLifecycle::code(e.state);
            console.out(QStringLiteral("%1\t%2\t%3\t%4")
                            .arg(e.key, RequestLifecycle::code(e.kind), state,
                                 oneLine(e.isParked() ? e.parkedMessage : e.lastError)));
        }
    }
    return Success;
}

int outboxAdd(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Memasukkan usulan yang disetujui musyawarah ke kotak keluar (semua, atau satu "
               "dengan --request)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data."),
                                QStringLiteral("FILE"));
    const QCommandLineOption request(QStringLiteral("request"),
                                     QCoreApplication::translate("cli", "Nomor usulan."),
                                     QStringLiteral("ID"));
    const QCommandLineOption actor(
        QStringLiteral("actor"),
        QCoreApplication::translate("cli", "Siapa yang memasukkan (bawaan: pengguna sistem)."),
        QStringLiteral("NAME"), qEnvironmentVariable("USER", QStringLiteral("operator")));
    parser.addOptions({db, request, actor});
    if (const auto stop =
            parseArguments(parser, QStringLiteral("outbox add"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(db)) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli outbox add --db FILE [--request ID]"));
        return CannotRun;
    }
    Result<std::unique_ptr<Database>> store = openExisting(parser.value(db));
    if (!store) {
        console.err(store.error().message);
        return CannotRun;
    }
    const Outbox outbox(*store.value(), Clock::system(), ContentStore::rootFor(parser.value(db)));
    if (parser.isSet(request)) {
        bool ok = false;
        const qint64 id = parser.value(request).toLongLong(&ok);
        const Status s =
            ok ? outbox.enqueue(id, Session::localAdministrator(parser.value(actor)))
               : Status(Error{QStringLiteral("cli.usage"),
                              QCoreApplication::translate("cli", "--request harus nomor usulan.")});
        if (!s) {
            console.err(s.error().message);
            return SomeRefused;
        }
        console.out(QCoreApplication::translate("cli", "diantrekan\t1"));
        return Success;
    }
    const Result<int> added =
        outbox.enqueueApproved(Session::localAdministrator(parser.value(actor)));
    if (!added) {
        console.err(added.error().message);
        return SomeRefused;
    }
    console.out(QCoreApplication::translate("cli", "diantrekan\t%1").arg(*added));
    return Success;
}

} // namespace tepat::cli
