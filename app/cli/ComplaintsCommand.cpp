#include "app/cli/Commands.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tepat::cli {

namespace {

QString cell(QString text)
{
    text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    text = text.trimmed();
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

int complaintsList(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Daftar pengaduan dan sanggah, yang terbaru dulu, satu per baris (dipisah tab): "
               "nomor, diterima (UTC), jenis, saluran, status, lewat 14 hari (lapsed/-), ID "
               "keluarga, program, ditangani oleh, isi. Tanpa nama dan kontak pengadu."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Berkas data."),
                                QStringLiteral("FILE"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        QCoreApplication::translate("cli", "Hanya status ini: open (received dan handling), "
                                           "received, handling, answered, closed, forwarded."),
        QStringLiteral("S"));
    parser.addOptions({db, status});
    if (const auto stop =
            parseArguments(parser, QStringLiteral("complaints list"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(db)) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli complaints list --db FILE [--status S]"));
        return CannotRun;
    }
    ComplaintQuery query;
    if (parser.isSet(status)) {
        const QString code = parser.value(status).trimmed().toLower();
        if (code == QLatin1String("open")) {
            query = ComplaintQuery::open();
        } else if (const std::optional<ComplaintStatus> s = ComplaintText::statusFromCode(code)) {
            query.statuses = {*s};
        } else {
            console.err(QCoreApplication::translate(
                            "cli", "--status %1 tidak dikenal: open, received, handling, "
                                   "answered, closed atau forwarded.")
                            .arg(parser.value(status)));
            return CannotRun;
        }
    }
    const QString path = parser.value(db);
    if (!QFileInfo::exists(path)) {
        console.err(QCoreApplication::translate("cli", "Berkas data %1 tidak ada.").arg(path));
        return CannotRun;
    }
    Result<std::unique_ptr<Database>> store = Database::open(path);
    if (!store) {
        console.err(store.error().message);
        return CannotRun;
    }
    const Clock &clock = Clock::system();
    const ComplaintRegister reg(*store.value(), clock);
    const Session session = Session::localAdministrator();
    const QDateTime now = clock.now();
    query.limit = 500;
    for (;;) {
        Result<QList<Complaint>> page = reg.list(session, query);
        if (!page) {
            console.err(page.error().message);
            return CannotRun;
        }
        for (const Complaint &c : *page) {
            console.out(QStringList{
                QString::number(c.id), storedTime(c.receivedAt), ComplaintText::code(c.kind),
                ComplaintText::code(c.channel), ComplaintText::code(c.status),
                ComplaintRegister::lapsed(c, now) ? QStringLiteral("lapsed") : QStringLiteral("-"),
                cell(c.householdId), cell(c.program), cell(c.handledBy), cell(c.subject)}
                            .join(u'\t'));
        }
        if (page->size() < query.limit) {
            break;
        }
        query.afterReceivedAt = page->last().receivedAt;
        query.afterId = page->last().id;
    }
    return Success;
}

} // namespace tepat::cli
