// tepat-central: the reference central server and its administration commands
// (docs/sync-protocol.md, docs/cli.md).

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "sync/cli/ReadSecret.h"
#include "sync/server/Accounts.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/CentralRegister.h"
#include "sync/server/CentralServer.h"
#include "sync/server/DisbursementImport.h"
#include "sync/server/RequestDesk.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

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
    static int userDisable(const QStringList &args) { return userSwitch(args, false); }
    static int userEnable(const QStringList &args) { return userSwitch(args, true); }
    static int userSwitch(const QStringList &args, bool enable);
    static int userPassword(const QStringList &args);
    static int deviceList(const QStringList &args);
    static int deviceRevoke(const QStringList &args);
    static int requestsList(const QStringList &args);
    static int civilEventsImport(const QStringList &args);
    static int registerImport(const QStringList &args);
    static int disbursementsImport(const QStringList &args);
    static QString unknownCommand(const QStringList &args);
};

struct Common
{
    Q_DECLARE_TR_FUNCTIONS(CentralCli)

public:
    QCommandLineOption data{QStringLiteral("data"), tr("Folder data server."),
                            QStringLiteral("DIR")};
    QCommandLineOption database{QStringLiteral("database"),
                                tr("PostgreSQL: postgresql://pengguna@host:port/nama, tanpa kata "
                                   "sandi (bawaan: SQLite di folder data)."),
                                QStringLiteral("URL")};
    QCommandLineOption passwordFile{QStringLiteral("database-password-file"),
                                    tr("Berkas berisi kata sandi PostgreSQL (baris pertama); "
                                       "atau PGPASSWORD / PGPASSFILE."),
                                    QStringLiteral("FILE")};
};

// The PostgreSQL address from --database, with the password from --database-password-file
// (else libpq takes PGPASSWORD or PGPASSFILE itself). A password inside the address is
// refused: the command line is visible to every user of the machine.
Result<QString> databaseUrl(const QCommandLineParser &parser, const Common &common)
{
    if (!parser.isSet(common.database)) {
        if (parser.isSet(common.passwordFile)) {
            return Error{QStringLiteral("usage"),
                         CentralCli::tr("--database-password-file hanya berlaku dengan "
                                        "--database.")};
        }
        return QString();
    }
    QUrl url(parser.value(common.database));
    if (!url.password().isEmpty()) {
        return Error{QStringLiteral("usage"),
                     CentralCli::tr("Kata sandi PostgreSQL di dalam --database terlihat oleh "
                                    "semua pengguna komputer ini (daftar proses). Hapus dari "
                                    "alamat dan pakai --database-password-file FILE, PGPASSFILE "
                                    "atau PGPASSWORD.")};
    }
    if (parser.isSet(common.passwordFile)) {
        QFile file(parser.value(common.passwordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{
                QStringLiteral("usage"),
                CentralCli::tr("Berkas kata sandi %1 tidak bisa dibaca.").arg(file.fileName())};
        }
        const QByteArray line = file.readLine(4096).trimmed();
        if (line.isEmpty()) {
            return Error{QStringLiteral("usage"),
                         CentralCli::tr("Berkas kata sandi %1 kosong.").arg(file.fileName())};
        }
        url.setPassword(QString::fromUtf8(line), QUrl::DecodedMode);
    }
    return url.toString(QUrl::FullyEncoded);
}

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
    Result<QString> url = databaseUrl(parser, common);
    if (!url) {
        return url.error();
    }
    ServerConfig config;
    config.dataDir = parser.value(common.data);
    config.databaseUrl = *url;
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
    parser.addOptions(
        {listen, common.data, common.database, common.passwordFile, cert, key, quota});
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
    if (!address.isLoopback() && !parser.isSet(cert)) {
        err(tr("Tanpa TLS tepat-central hanya mendengarkan di loopback (127.0.0.1 atau ::1): "
               "kata sandi, token dan data warga akan terkirim terbuka. Berikan --cert dan --key "
               "untuk %1.")
                .arg(address.toString()));
        return CannotRun;
    }
    Result<QString> url = databaseUrl(parser, common);
    if (!url) {
        err(url.error().message);
        return CannotRun;
    }
    ServerConfig config;
    config.dataDir = parser.value(common.data);
    config.databaseUrl = *url;
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
    parser.addOptions(
        {common.data, common.database, common.passwordFile, role, village, regency, name, display});
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

int CentralCli::userSwitch(const QStringList &args, bool enable)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        enable ? tr("Mengaktifkan lagi akun yang dinonaktifkan.")
               : tr("Menonaktifkan akun: semua sesinya berakhir dan akun tidak bisa masuk lagi "
                    "sampai diaktifkan."));
    Common common;
    const QCommandLineOption name(QStringLiteral("name"), tr("Nama pengguna."),
                                  QStringLiteral("NAME"));
    parser.addOptions({common.data, common.database, common.passwordFile, name});
    const QString command = enable ? QStringLiteral("user enable") : QStringLiteral("user disable");
    if (const auto stop = parse(parser, command, args)) {
        return *stop;
    }
    if (!parser.isSet(name)) {
        err(tr("Pemakaian: tepat-central %1 --data DIR --name NAMA").arg(command));
        return CannotRun;
    }
    Result<std::unique_ptr<CentralServer>> server = openServer(parser, common);
    if (!server) {
        err(server.error().message);
        return CannotRun;
    }
    if (const Status s = server.value()->accounts().setEnabled(parser.value(name), enable); !s) {
        err(s.error().message);
        return s.error().code.startsWith(QLatin1String("storage")) ? CannotRun : SomeRefused;
    }
    out(QStringLiteral("%1\t%2").arg(parser.value(name), enable ? QStringLiteral("aktif")
                                                                : QStringLiteral("nonaktif")));
    return Success;
}

int CentralCli::userPassword(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Mengganti kata sandi akun (dibaca dari standard input); semua sesinya berakhir."));
    Common common;
    const QCommandLineOption name(QStringLiteral("name"), tr("Nama pengguna."),
                                  QStringLiteral("NAME"));
    parser.addOptions({common.data, common.database, common.passwordFile, name});
    if (const auto stop = parse(parser, QStringLiteral("user password"), args)) {
        return *stop;
    }
    if (!parser.isSet(name)) {
        err(tr("Pemakaian: tepat-central user password --data DIR --name NAMA"));
        return CannotRun;
    }
    Result<std::unique_ptr<CentralServer>> server = openServer(parser, common);
    if (!server) {
        err(server.error().message);
        return CannotRun;
    }
    const std::optional<QByteArray> password = sync::readSecretLine(tr("Kata sandi baru: "));
    if (!password) {
        err(tr("Kata sandi harus diberikan lewat standard input."));
        return CannotRun;
    }
    if (const Status s = server.value()->accounts().setPassword(parser.value(name), *password);
        !s) {
        err(s.error().message);
        return s.error().code.startsWith(QLatin1String("storage")) ? CannotRun : SomeRefused;
    }
    err(tr("Kata sandi %1 diganti; sesi yang ada berakhir.").arg(parser.value(name)));
    return Success;
}

int CentralCli::deviceList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Perangkat (instalasi Tepat) yang pernah masuk, satu per baris: id perangkat, akun, "
           "kelurahan, nama perangkat, kiriman terakhir, status (aktif/dicabut)."));
    Common common;
    const QCommandLineOption name(QStringLiteral("name"), tr("Hanya perangkat akun ini."),
                                  QStringLiteral("NAME"));
    parser.addOptions({common.data, common.database, common.passwordFile, name});
    if (const auto stop = parse(parser, QStringLiteral("device list"), args)) {
        return *stop;
    }
    Result<std::unique_ptr<CentralServer>> server = openServer(parser, common);
    if (!server) {
        err(server.error().message);
        return CannotRun;
    }
    Result<QList<DeviceInfo>> devices = server.value()->accounts().devices(parser.value(name));
    if (!devices) {
        err(devices.error().message);
        return CannotRun;
    }
    for (const DeviceInfo &d : *devices) {
        // Tabs and line breaks in a device's name (sent by the client) cannot split a line.
        QString deviceName = d.deviceName;
        deviceName.replace(QRegularExpression(QStringLiteral("[\\t\\r\\n]")), QStringLiteral(" "));
        out(QStringList{d.deviceId, d.username, d.villageCode, deviceName,
                        d.lastPushAt.isEmpty() ? QStringLiteral("-") : d.lastPushAt,
                        d.revokedAt.isEmpty() ? QStringLiteral("aktif")
                                              : QStringLiteral("dicabut ") + d.revokedAt}
                .join(u'\t'));
    }
    return Success;
}

int CentralCli::deviceRevoke(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Mencabut akses satu perangkat (misalnya laptop yang hilang): sesinya berakhir dan "
           "perangkat itu tidak bisa masuk lagi."));
    Common common;
    const QCommandLineOption device(QStringLiteral("device"),
                                    tr("Id perangkat (lihat device list)."), QStringLiteral("ID"));
    parser.addOptions({common.data, common.database, common.passwordFile, device});
    if (const auto stop = parse(parser, QStringLiteral("device revoke"), args)) {
        return *stop;
    }
    if (!parser.isSet(device)) {
        err(tr("Pemakaian: tepat-central device revoke --data DIR --device ID"));
        return CannotRun;
    }
    Result<std::unique_ptr<CentralServer>> server = openServer(parser, common);
    if (!server) {
        err(server.error().message);
        return CannotRun;
    }
    if (const Status s = server.value()->accounts().revokeDevice(parser.value(device)); !s) {
        err(s.error().message);
        return s.error().code.startsWith(QLatin1String("storage")) ? CannotRun : SomeRefused;
    }
    out(QStringLiteral("%1\tdicabut").arg(parser.value(device)));
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
    parser.addOptions({common.data, common.database, common.passwordFile, village});
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
    parser.addOptions({common.data, common.database, common.passwordFile});
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
    const QCommandLineOption rejectsOption(
        QStringLiteral("rejects"),
        tr("Berkas baris yang ditolak (berisi NIK dan nama; bawaan: register-rejects.csv di "
           "samping HOUSEHOLDS.csv, di luar folder data)."),
        QStringLiteral("FILE"));
    parser.addOptions({common.data, common.database, common.passwordFile, rejectsOption});
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
    // The rejected lines hold NIKs and names: they go beside the input (which holds the same),
    // never into the data folder the server keeps and backs up.
    const QString rejects = QFileInfo(parser.isSet(rejectsOption)
                                          ? parser.value(rejectsOption)
                                          : QFileInfo(parser.positionalArguments()[0])
                                                .absoluteDir()
                                                .filePath(QStringLiteral("register-rejects.csv")))
                                .absoluteFilePath();
    const QString dataDir = QFileInfo(parser.value(common.data)).absoluteFilePath() + u'/';
    if (rejects.startsWith(dataDir)) {
        err(tr("Berkas baris yang ditolak (%1) tidak boleh di dalam folder data; pilih tempat "
               "lain dengan --rejects FILE.")
                .arg(rejects));
        return CannotRun;
    }
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

int CentralCli::disbursementsImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Mengimpor riwayat penyaluran bansos dari CSV household_id,program,period,status,"
           "date,note ke aliran perubahan desa masing-masing keluarga."));
    Common common;
    const QCommandLineOption rejectsOption(
        QStringLiteral("rejects"),
        tr("Berkas baris yang ditolak (bawaan: disbursement-rejects.csv di samping FILE.csv, di "
           "luar folder data)."),
        QStringLiteral("FILE"));
    parser.addOptions({common.data, common.database, common.passwordFile, rejectsOption});
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), tr("Berkas penyaluran."));
    if (const auto stop = parse(parser, QStringLiteral("disbursements import"), args)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1) {
        err(tr("Pemakaian: tepat-central disbursements import --data DIR FILE.csv"));
        return CannotRun;
    }
    const QString input = parser.positionalArguments().first();
    const QString rejects =
        QFileInfo(parser.isSet(rejectsOption) ? parser.value(rejectsOption)
                                              : QFileInfo(input).absoluteDir().filePath(
                                                    QStringLiteral("disbursement-rejects.csv")))
            .absoluteFilePath();
    const QString dataDir = QFileInfo(parser.value(common.data)).absoluteFilePath() + u'/';
    if (rejects.startsWith(dataDir)) {
        err(tr("Berkas baris yang ditolak (%1) tidak boleh di dalam folder data; pilih tempat "
               "lain dengan --rejects FILE.")
                .arg(rejects));
        return CannotRun;
    }
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        err(tr("Berkas %1 tidak bisa dibaca.").arg(file.fileName()));
        return CannotRun;
    }
    Result<std::unique_ptr<CentralServer>> server = openServer(parser, common);
    if (!server) {
        err(server.error().message);
        return CannotRun;
    }
    QBuffer refused;
    refused.open(QIODevice::WriteOnly);
    const DisbursementImport import(server.value()->database(), server.value()->registry(),
                                    Clock::system());
    Result<DisbursementImportReport> report = import.run(file, {}, &refused);
    if (!report) {
        err(report.error().message);
        return CannotRun;
    }
    for (const auto &[line, message] : report->refusals) {
        err(tr("baris %1: %2").arg(line).arg(message));
    }
    if (report->invalid > 0) {
        QFile rejectsFile(rejects);
        if (!rejectsFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !rejectsFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            rejectsFile.write(refused.data()) != refused.data().size()) {
            err(tr("Berkas baris yang ditolak %1 tidak bisa ditulis.").arg(rejects));
        } else {
            err(tr("Baris yang ditolak: %1").arg(rejects));
        }
    }
    out(tr("diterapkan\t%1").arg(report->applied));
    out(tr("sudah tercatat\t%1").arg(report->unchanged));
    out(tr("keluarga tidak dikenal\t%1").arg(report->unknown));
    out(tr("ditolak\t%1").arg(report->invalid));
    return report->invalid > 0 ? SomeRefused : Success;
}

QString CentralCli::unknownCommand(const QStringList &args)
{
    return tr("Perintah tidak dikenal: %1\nPerintah: user add|disable|enable|password, device "
              "list|revoke, requests list, civil-events import, register import, disbursements "
              "import; tanpa "
              "perintah: jalankan server (--help).")
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
        {{QStringLiteral("user"), QStringLiteral("disable")}, CentralCli::userDisable},
        {{QStringLiteral("user"), QStringLiteral("enable")}, CentralCli::userEnable},
        {{QStringLiteral("user"), QStringLiteral("password")}, CentralCli::userPassword},
        {{QStringLiteral("device"), QStringLiteral("list")}, CentralCli::deviceList},
        {{QStringLiteral("device"), QStringLiteral("revoke")}, CentralCli::deviceRevoke},
        {{QStringLiteral("requests"), QStringLiteral("list")}, CentralCli::requestsList},
        {{QStringLiteral("civil-events"), QStringLiteral("import")}, CentralCli::civilEventsImport},
        {{QStringLiteral("register"), QStringLiteral("import")}, CentralCli::registerImport},
        {{QStringLiteral("disbursements"), QStringLiteral("import")},
         CentralCli::disbursementsImport},
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
