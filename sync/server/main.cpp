// tepat-central: the reference central server and its administration commands
// (docs/sync-protocol.md, docs/cli.md).

#include "Accounts.h"
#include "CentralDatabase.h"
#include "CentralRegister.h"
#include "CentralServer.h"
#include "RequestDesk.h"
#include "cli/ReadSecret.h"
#include "common/Clock.h"
#include "common/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

#include <cstdio>

using namespace tepat;
using namespace tepat::central;

namespace {

enum Exit
{
    Success = 0,
    SomeRefused = 1,
    CannotRun = 2
};

void out(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void err(const QString &line)
{
    std::fflush(stdout);
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

// The commands, as one class so their strings have a translation context.
class CentralCli
{
    Q_DECLARE_TR_FUNCTIONS(CentralCli)

public:
    static int serve(const QStringList &args);
    static int userAdd(const QStringList &args);
    static int requestsList(const QStringList &args);
    static int civilEventsImport(const QStringList &args);
    static int registerImport(const QStringList &args);
    static QString unknownCommand(const QStringList &args);
};

struct Common
{
    Q_DECLARE_TR_FUNCTIONS(CentralCli)

public:
    QCommandLineOption data{QStringLiteral("data"), tr("Folder data server."),
                            QStringLiteral("DIR")};
    QCommandLineOption database{QStringLiteral("database"),
                                tr("PostgreSQL: postgresql://pengguna:sandi@host:port/nama "
                                   "(bawaan: SQLite di folder data)."),
                                QStringLiteral("URL")};
};

// Parses; returns an exit code when the command must stop (help, usage error).
std::optional<int> parse(QCommandLineParser &parser, const QString &command,
                         const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("tepat-central ") + command} + args)) {
        err(parser.errorText());
        return CannotRun;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText().replace(QStringLiteral("Usage: "), CentralCli::tr("Pemakaian: ")));
        return Success;
    }
    return std::nullopt;
}

Result<std::unique_ptr<CentralServer>> openServer(const QCommandLineParser &parser,
                                                  const Common &common)
{
    if (!parser.isSet(common.data)) {
        return Error{QStringLiteral("usage"), CentralCli::tr("--data DIR wajib diisi.")};
    }
    ServerConfig config;
    config.dataDir = parser.value(common.data);
    config.databaseUrl = parser.value(common.database);
    return CentralServer::create(config, Clock::system());
}

int CentralCli::serve(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Menjalankan server pusat Tepat."));
    Common common;
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Alamat dan port, misalnya 127.0.0.1:8080."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("Sertifikat TLS (PEM)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), tr("Kunci privat TLS (PEM)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption quota(QStringLiteral("quota-mb"),
                                   tr("Ruang simpan berkas per kelurahan/desa dalam MB (0: tanpa "
                                      "batas; bawaan 5120)."),
                                   QStringLiteral("MB"), QStringLiteral("5120"));
    parser.addOptions({listen, common.data, common.database, cert, key, quota});
    if (const auto stop = parse(parser, {}, args)) {
        return *stop;
    }
    if (!parser.isSet(common.data) || parser.isSet(cert) != parser.isSet(key)) {
        err(tr("Pemakaian: tepat-central --listen ADDR:PORT --data DIR [--database URL] "
               "[--cert C --key K]"));
        return CannotRun;
    }
    const QString where = parser.value(listen);
    const qsizetype colon = where.lastIndexOf(u':');
    bool ok = false;
    const int port = where.mid(colon + 1).toInt(&ok);
    const QHostAddress address(where.left(colon));
    if (colon < 0 || !ok || port < 0 || port > 65535 || address.isNull()) {
        err(tr("--listen harus berbentuk ALAMAT:PORT, misalnya 127.0.0.1:8080."));
        return CannotRun;
    }
    ServerConfig config;
    config.dataDir = parser.value(common.data);
    config.databaseUrl = parser.value(common.database);
    config.certificateFile = parser.value(cert);
    config.keyFile = parser.value(key);
    config.logRequests = true;
    bool quotaOk = false;
    config.villageQuotaBytes = parser.value(quota).toLongLong(&quotaOk) * 1024 * 1024;
    if (!quotaOk || config.villageQuotaBytes < 0) {
        err(tr("--quota-mb harus bilangan bulat 0 atau lebih."));
        return CannotRun;
    }
    Result<std::unique_ptr<CentralServer>> server = CentralServer::create(config, Clock::system());
    if (!server) {
        err(server.error().message);
        return CannotRun;
    }
    Result<quint16> bound = server.value()->listenOn(address, quint16(port));
    if (!bound) {
        err(bound.error().message);
        return CannotRun;
    }
    if (!address.isLoopback() && config.certificateFile.isEmpty()) {
        err(tr("Peringatan: tanpa TLS; gunakan --cert dan --key untuk selain loopback."));
    }
    err(tr("tepat-central mendengarkan di %1:%2 (%3)")
            .arg(address.toString())
            .arg(*bound)
            .arg(config.databaseUrl.isEmpty() ? QStringLiteral("SQLite")
                                              : QStringLiteral("PostgreSQL")));
    return QCoreApplication::exec();
}

int CentralCli::userAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Membuat akun operator (satu kelurahan/desa) atau supervisor (satu kabupaten/kota). "
           "Kata sandi dibaca dari standard input."));
    Common common;
    const QCommandLineOption role(QStringLiteral("role"), tr("operator atau supervisor."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption village(QStringLiteral("village"), tr("Kode kelurahan/desa."),
                                     QStringLiteral("CODE"));
    const QCommandLineOption regency(QStringLiteral("regency"), tr("Kode kabupaten/kota."),
                                     QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Nama pengguna untuk masuk."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption display(QStringLiteral("display-name"),
                                     tr("Nama lengkap (bawaan: nama pengguna)."),
                                     QStringLiteral("TEXT"));
    parser.addOptions({common.data, common.database, role, village, regency, name, display});
    if (const auto stop = parse(parser, QStringLiteral("user add"), args)) {
        return *stop;
    }
    if (!parser.isSet(name) || !parser.isSet(role) ||
        parser.isSet(village) == parser.isSet(regency)) {
        err(tr("Pemakaian: tepat-central user add --data DIR --role operator|supervisor "
               "(--village KODE|--regency KODE) --name NAMA"));
        return CannotRun;
    }
    Result<std::unique_ptr<CentralServer>> server = openServer(parser, common);
    if (!server) {
        err(server.error().message);
        return CannotRun;
    }
    const std::optional<QByteArray> password = sync::readSecretLine(tr("Kata sandi: "));
    if (!password) {
        err(tr("Kata sandi harus diberikan lewat standard input."));
        return CannotRun;
    }
    NewAccount account;
    account.username = parser.value(name);
    account.displayName = parser.isSet(display) ? parser.value(display) : parser.value(name);
    account.role = parser.value(role);
    account.regionCode = parser.isSet(village) ? parser.value(village) : parser.value(regency);
    Result<sync::AccountInfo> added = server.value()->accounts().add(account, *password);
    if (!added) {
        err(added.error().message);
        return SomeRefused;
    }
    out(QStringLiteral("%1\t%2\t%3\t%4")
            .arg(added->username, added->role,
                 added->villageCode.isEmpty() ? added->regencyCode : added->villageCode,
                 added->displayName));
    return Success;
}

int CentralCli::requestsList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Usulan yang diterima server, satu per baris: kunci, "
                                        "kelurahan, jenis, status."));
    Common common;
    const QCommandLineOption village(QStringLiteral("village"), tr("Hanya kelurahan/desa ini."),
                                     QStringLiteral("CODE"));
    parser.addOptions({common.data, common.database, village});
    if (const auto stop = parse(parser, QStringLiteral("requests list"), args)) {
        return *stop;
    }
    Result<std::unique_ptr<CentralServer>> server = openServer(parser, common);
    if (!server) {
        err(server.error().message);
        return CannotRun;
    }
    Result<QList<QStringList>> rows = server.value()->desk().listAll(parser.value(village));
    if (!rows) {
        err(rows.error().message);
        return CannotRun;
    }
    for (const QStringList &row : *rows) {
        out(row.join(u'\t'));
    }
    return Success;
}

int CentralCli::civilEventsImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Mengimpor peristiwa Dukcapil (kematian, pindah) dari CSV event,nik,date,note ke "
           "aliran perubahan."));
    Common common;
    parser.addOptions({common.data, common.database});
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), tr("Berkas peristiwa."));
    if (const auto stop = parse(parser, QStringLiteral("civil-events import"), args)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1) {
        err(tr("Pemakaian: tepat-central civil-events import --data DIR FILE.csv"));
        return CannotRun;
    }
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        err(tr("Berkas %1 tidak bisa dibaca.").arg(file.fileName()));
        return CannotRun;
    }
    Result<std::unique_ptr<CentralServer>> server = openServer(parser, common);
    if (!server) {
        err(server.error().message);
        return CannotRun;
    }
    Result<CivilEventReport> report = server.value()->registry().importCivilEvents(file, {});
    if (!report) {
        err(report.error().message);
        return CannotRun;
    }
    for (const auto &[line, message] : report->refusals) {
        err(tr("baris %1: %2").arg(line).arg(message));
    }
    out(tr("diterapkan\t%1").arg(report->applied));
    out(tr("sudah tercatat\t%1").arg(report->unchanged));
    out(tr("NIK tidak dikenal\t%1").arg(report->unknown));
    out(tr("ditolak\t%1").arg(report->invalid));
    return report->invalid > 0 ? SomeRefused : Success;
}

int CentralCli::registerImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Memuat data DTKS (snapshot CSV, docs/snapshot-format.md) ke server; hanya baris "
           "yang berubah masuk aliran perubahan."));
    Common common;
    parser.addOptions({common.data, common.database});
    parser.addPositionalArgument(QStringLiteral("HOUSEHOLDS.csv"), tr("Berkas keluarga."));
    parser.addPositionalArgument(QStringLiteral("PERSONS.csv"), tr("Berkas anggota."));
    if (const auto stop = parse(parser, QStringLiteral("register import"), args)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 2) {
        err(tr("Pemakaian: tepat-central register import --data DIR HOUSEHOLDS.csv "
               "PERSONS.csv"));
        return CannotRun;
    }
    Result<std::unique_ptr<CentralServer>> server = openServer(parser, common);
    if (!server) {
        err(server.error().message);
        return CannotRun;
    }
    const QString rejects = parser.value(common.data) + QStringLiteral("/register-rejects.csv");
    Result<RegisterImportReport> report = server.value()->registry().importSnapshot(
        parser.positionalArguments()[0], parser.positionalArguments()[1], rejects);
    if (!report) {
        err(report.error().message);
        return CannotRun;
    }
    out(tr("keluarga\t%1").arg(report->households));
    out(tr("orang\t%1").arg(report->persons));
    out(tr("berubah\t%1").arg(report->changed));
    out(tr("ditolak\t%1").arg(report->rejected));
    if (!report->rejectsFile.isEmpty()) {
        err(tr("Baris yang ditolak: %1").arg(report->rejectsFile));
    }
    return report->rejected > 0 ? SomeRefused : Success;
}

QString CentralCli::unknownCommand(const QStringList &args)
{
    return tr("Perintah tidak dikenal: %1\nPerintah: user add, requests list, civil-events "
              "import, register import; tanpa perintah: jalankan server (--help).")
        .arg(args.join(u' '));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tepat-central"));
    QStringList args = QCoreApplication::arguments().mid(1);
    QString lang = QStringLiteral("id");
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang")) {
            lang = args[i + 1];
            args.remove(i, 2);
            break;
        }
    }
    Language::install(lang);

    const struct
    {
        QStringList words;
        int (*run)(const QStringList &);
    } commands[] = {
        {{QStringLiteral("user"), QStringLiteral("add")}, CentralCli::userAdd},
        {{QStringLiteral("requests"), QStringLiteral("list")}, CentralCli::requestsList},
        {{QStringLiteral("civil-events"), QStringLiteral("import")}, CentralCli::civilEventsImport},
        {{QStringLiteral("register"), QStringLiteral("import")}, CentralCli::registerImport},
    };
    for (const auto &command : commands) {
        if (args.mid(0, command.words.size()) == command.words) {
            const int code = command.run(args.mid(command.words.size()));
            std::fflush(stdout);
            return code;
        }
    }
    if (!args.isEmpty() && !args.first().startsWith(u'-')) {
        err(CentralCli::unknownCommand(args));
        return CannotRun;
    }
    return CentralCli::serve(args);
}
