// One scenario of tepat-bench-central: seed, serve, run, check, print.
#include "bench/central/BenchVillage.h"
#include "core/common/Clock.h"
#include "core/demo/DemoVillage.h"
#include "core/domain/RegionDirectory.h"
#include "core/replica/RecordJson.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/CentralRegister.h"
#include "sync/server/CentralServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace tepat::bench {

namespace {

const QString kRegency = QStringLiteral("11.08"); // Aceh Utara: 852 villages, the most of any
const QString kSupervisor = QStringLiteral("dinsos.bench");
const QByteArray kPassword = QByteArrayLiteral("bench-sandi-rahasia");

void print(const QString &name, double value)
{
    std::printf("%s=%.1f\n", qPrintable(name), value);
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype at = qMin(values.size() - 1, qsizetype(p * double(values.size())));
    return values[at];
}

// utime + stime (+ the children's once reaped) in seconds, from /proc/<pid>/stat.
double cpuSeconds(qint64 pid, bool withChildren)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray text = stat.readAll();
    const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // Fields from 3 (state) on: utime is field 14, stime 15, cutime 16, cstime 17.
    double ticks = f.value(11).toDouble() + f.value(12).toDouble();
    if (withChildren) {
        ticks += f.value(13).toDouble() + f.value(14).toDouble();
    }
    return ticks / double(::sysconf(_SC_CLK_TCK));
}

double peakRssMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

// PostgreSQL's CPU: the postmaster, its children reaped so far and those still running.
double postgresCpu(qint64 postmaster)
{
    double total = cpuSeconds(postmaster, true);
    const QStringList procs = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &p : procs) {
        bool numeric = false;
        const qint64 pid = p.toLongLong(&numeric);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(p));
        if (!numeric || !stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray text = stat.readAll();
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (f.value(1).toLongLong() == postmaster) {
            total += cpuSeconds(pid, false);
        }
    }
    return total;
}

// Accounts and register slices for the villages, through the server's own classes, before the
// server process starts. Returns the villages with their households.
QList<VillageSeed> seed(const BenchPlan &plan, const QString &dataDir)
{
    central::ServerConfig config;
    config.dataDir = dataDir;
    config.databaseUrl = plan.databaseUrl;
    config.hashStrength = central::Accounts::HashStrength::Minimal;
    auto created = central::CentralServer::create(config, Clock::system());
    if (!created) {
        qFatal("seed: %s", qPrintable(created.error().message));
    }
    central::CentralServer &server = **created;
    const QList<Village> villages = RegionDirectory::instance().villagesIn(kRegency);
    if (villages.size() < plan.villages) {
        qFatal("only %d villages in %s", int(villages.size()), qPrintable(kRegency));
    }
    QList<VillageSeed> seeds;
    QStringList codes;
    for (int i = 0; i < plan.villages; ++i) {
        VillageSeed s;
        s.code = villages[i].code;
        s.username = QStringLiteral("op.%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        codes << s.code;
        seeds << s;
        if (!server.accounts().add({s.username, QStringLiteral("Operator %1").arg(i + 1),
                                    QStringLiteral("operator"), s.code},
                                   kPassword)) {
            qFatal("account %s", qPrintable(s.username));
        }
    }
    if (!server.accounts().add(
            {kSupervisor, QStringLiteral("Dinsos"), QStringLiteral("supervisor"), kRegency},
            kPassword)) {
        qFatal("supervisor");
    }
    // Every account gets a password hash of the real (interactive) strength: logins cost what
    // they cost in production.
    {
        central::Accounts real(server.database(), Clock::system());
        if (!real.add({QStringLiteral("op.template"), QStringLiteral("-"),
                       QStringLiteral("operator"), codes.first()},
                      kPassword) ||
            !server.database().query(
                QStringLiteral("UPDATE account SET password_hash = (SELECT password_hash FROM "
                               "account WHERE username = 'op.template')"))) {
            qFatal("password hashes");
        }
    }
    DemoOptions options;
    options.villageCodes = codes;
    options.households = plan.villages * plan.householdsPerVillage;
    options.today = Clock::system().today();
    DemoVillage demo(options);
    DemoHousehold h;
    QHash<QString, int> index;
    for (int i = 0; i < seeds.size(); ++i) {
        index.insert(seeds[i].code, i);
    }
    if (!server.database().begin()) {
        qFatal("begin");
    }
    while (demo.next(h)) {
        const QString village = h.household.villageCode;
        seeds[index.value(village)].households << h.household.id;
        if (!server.registry().put({QStringLiteral("household"), h.household.id, village,
                                    h.household.id, 0, RecordJson::fromHousehold(h.household)},
                                   {}, QStringLiteral("register"))) {
            qFatal("seed household");
        }
        for (const Person &p : std::as_const(h.members)) {
            if (!server.registry().put({QStringLiteral("person"), p.id, village, h.household.id, 0,
                                        RecordJson::fromPerson(PersonRecord{p, {}})},
                                       p.nik, QStringLiteral("register"))) {
                qFatal("seed person");
            }
        }
    }
    if (!server.database().commit()) {
        qFatal("commit");
    }
    return seeds;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Waits (serving nothing else) until the server answers its status.
bool waitForServer(quint16 port)
{
    BenchConnection probe(QHostAddress::LocalHost, port);
    for (int i = 0; i < 300; ++i) {
        QEventLoop loop;
        int status = 0;
        probe.send("GET", "/api/v1/status", {}, [&](const BenchAnswer &a) {
            status = a.status;
            loop.quit();
        });
        loop.exec();
        if (status == 200) {
            return true;
        }
        QEventLoop pause;
        QTimer::singleShot(100, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return false;
}

// A call and its answer, waiting in a local loop (for the few calls outside the simulation).
BenchAnswer callNow(BenchConnection &c, const QByteArray &method, const QByteArray &target,
                    const QByteArray &body = {})
{
    QEventLoop loop;
    BenchAnswer answer;
    c.send(method, target, body, [&](const BenchAnswer &a) {
        answer = a;
        loop.quit();
    });
    loop.exec();
    return answer;
}

QByteArray supervisorToken(quint16 port)
{
    BenchConnection c(QHostAddress(QStringLiteral("127.0.0.9")), port);
    const QJsonObject login{
        {QStringLiteral("username"), kSupervisor},
        {QStringLiteral("password"), QString::fromLatin1(kPassword)},
        {QStringLiteral("device_id"), QStringLiteral("7f1d2c3b-4a5e-4f60-8b71-9c8d7e6f5a41")},
        {QStringLiteral("device_name"), QStringLiteral("Dinsos")}};
    const BenchAnswer a =
        callNow(c, "POST", "/api/v1/login", QJsonDocument(login).toJson(QJsonDocument::Compact));
    return QJsonDocument::fromJson(a.body)
        .object()
        .value(QLatin1String("access_token"))
        .toString()
        .toLatin1();
}

// Every request key the server lists, with how many times.
QHash<QString, int> serverKeys(quint16 port, const QByteArray &token)
{
    BenchConnection c(QHostAddress(QStringLiteral("127.0.0.9")), port);
    c.setToken(token);
    QHash<QString, int> keys;
    qint64 after = 0;
    for (;;) {
        const BenchAnswer a = callNow(
            c, "GET", "/api/v1/review/requests?limit=1000&after=" + QByteArray::number(after));
        const QJsonObject o = QJsonDocument::fromJson(a.body).object();
        const QJsonArray list = o.value(QLatin1String("requests")).toArray();
        if (a.status != 200 || list.isEmpty()) {
            break;
        }
        for (const QJsonValue &v : list) {
            ++keys[v.toObject().value(QLatin1String("key")).toString()];
        }
        after = o.value(QLatin1String("next")).toInteger();
    }
    return keys;
}

} // namespace

bool runScenario(const BenchPlan &plan)
{
    QTemporaryDir data;
    const QList<VillageSeed> seeds = seed(plan, data.path());
    const quint16 port = freePort();
    QProcess server;
    server.setStandardOutputFile(QProcess::nullDevice());
    server.setStandardErrorFile(data.filePath(QStringLiteral("server.log")));
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                     QStringLiteral("--data"), data.path()};
    if (!plan.databaseUrl.isEmpty()) {
        args << QStringLiteral("--database") << plan.databaseUrl;
    }
    server.start(plan.serverBinary, args);
    if (!server.waitForStarted() || !waitForServer(port)) {
        qFatal("tepat-central did not start: %s", qPrintable(plan.serverBinary));
    }
    const double serverCpu0 = cpuSeconds(server.processId(), false);
    const double pgCpu0 = plan.postgresPid ? postgresCpu(plan.postgresPid) : 0;
    const QByteArray token = supervisorToken(port);
    if (token.isEmpty()) {
        qFatal("supervisor login failed");
    }

    BenchStats stats;
    QEventLoop loop;
    int villagesLeft = plan.villages;
    int supervisorsLeft = plan.supervisors;
    const auto maybeQuit = [&] {
        if (villagesLeft == 0 && supervisorsLeft == 0) {
            loop.quit();
        }
    };
    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<BenchVillage>> villages;
    const int ramp = plan.rampMs > 0 ? plan.rampMs : 40 * plan.villages;
    for (int i = 0; i < plan.villages; ++i) {
        villages.push_back(std::make_unique<BenchVillage>(i, seeds[i], port, stats, plan, [&] {
            --villagesLeft;
            maybeQuit();
        }));
        villages.back()->start(ramp * i / plan.villages);
    }
    std::vector<std::unique_ptr<BenchSupervisor>> supervisors;
    for (int s = 0; s < plan.supervisors; ++s) {
        supervisors.push_back(std::make_unique<BenchSupervisor>(
            s, plan.supervisors, port, stats, plan, [&] { return villagesLeft == 0; },
            [&] {
                --supervisorsLeft;
                maybeQuit();
            }));
        supervisors.back()->start(token);
    }
    loop.exec();
    const double wallSeconds = wall.nsecsElapsed() / 1e9;

    // The checks: every accepted request is on the server once and its decision came back once.
    const QHash<QString, int> listed = serverKeys(port, token);
    int lost = 0;
    int duplicated = 0;
    for (const auto &v : villages) {
        duplicated += v->acceptedTwice + v->changesPulledTwice;
        for (const QString &key : std::as_const(v->accepted)) {
            const int times = listed.value(key);
            lost += times == 0;
            duplicated += times > 1 ? times - 1 : 0;
            const int decisions = v->decisionsSeen.value(key);
            lost += decisions == 0;
            duplicated += decisions > 1 ? decisions - 1 : 0;
        }
    }
    const double serverCpu = cpuSeconds(server.processId(), false) - serverCpu0;
    const double rss = peakRssMb(server.processId());
    server.terminate();
    server.waitForFinished(30000);
    const double pgCpu = plan.postgresPid ? postgresCpu(plan.postgresPid) - pgCpu0 : 0;

    const QString &p = plan.prefix;
    for (const QString &kind :
         {QStringLiteral("login"), QStringLiteral("upload_state"), QStringLiteral("upload"),
          QStringLiteral("push"), QStringLiteral("pull"), QStringLiteral("review"),
          QStringLiteral("decide")}) {
        print(p + kind + QStringLiteral("_p50_ms"), percentile(stats.ms.value(kind), 0.50));
        print(p + kind + QStringLiteral("_p99_ms"), percentile(stats.ms.value(kind), 0.99));
    }
    int pushed = 0;
    for (const auto &v : villages) {
        pushed += int(v->accepted.size());
    }
    print(p + QStringLiteral("requests_accepted"), pushed);
    print(p + QStringLiteral("calls"), stats.calls);
    print(p + QStringLiteral("errors"), stats.errors);
    print(p + QStringLiteral("busy_retries"), stats.busyRetries);
    print(p + QStringLiteral("lost"), lost);
    print(p + QStringLiteral("duplicated"), duplicated);
    print(p + QStringLiteral("wall_s"), wallSeconds);
    print(p + QStringLiteral("calls_per_s"), stats.calls / wallSeconds);
    print(p + QStringLiteral("server_cpu_s"), serverCpu);
    print(p + QStringLiteral("server_cpu_pct"), 100.0 * serverCpu / wallSeconds);
    print(p + QStringLiteral("server_rss_mb"), rss);
    if (plan.postgresPid) {
        print(p + QStringLiteral("postgres_cpu_s"), pgCpu);
    }
    for (const QString &e : std::as_const(stats.errorSamples)) {
        std::fprintf(stderr, "error: %s\n", qPrintable(e));
    }
    return true;
}

} // namespace tepat::bench
