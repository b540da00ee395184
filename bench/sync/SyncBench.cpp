// Sync figures, one per line (Release build: cmake --workflow --preset bench &&
// build/bench/bin/tepat-bench-sync [requests] [photos]).
//
//   push_requests / push_photos / push_mb     what the client pushed to tepat-central on loopback
//   push_s, push_mb_per_s                     Tepat's SyncSession (push only), login excluded
//   curl_s, curl_mb_per_s                     curl sending the same requests (the recorded
//                                             method, URL, content type and body, one connection)
//                                             to a fresh server of the same kind with the same
//                                             register, so it does the same work
//   throughput_vs_curl_pct                    push_mb_per_s / curl_mb_per_s (target >= 50)
//   push_bytes_per_request                    bytes of push bodies on the wire (gzip when the
//                                             server takes it) per change request, photos and
//                                             headers excluded (target <= 2048)
//   pull_bytes_per_change                     bytes of pull answers on the wire per change
//   resume_chunks_total / resume_chunks_resent  a photo of 200 chunks cut half-way, then resumed:
//                                             chunks sent again beyond the ones never received

#include "tests/sync/SyncFixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <cstdio>

using namespace tepat;
using namespace tepat::test;

namespace {

void print(const char *name, double value)
{
    std::printf("%s=%.1f\n", name, value);
    std::fflush(stdout);
}

struct Recorded
{
    QByteArray method;
    QString target;
    QByteArray contentType;
    QString bodyFile;
    qint64 bytes = 0;
};

// Runs curl while this thread keeps serving the in-process server.
QByteArray runCurl(const QStringList &args, const QByteArray &input = {})
{
    QProcess curl;
    QEventLoop loop;
    QObject::connect(&curl, &QProcess::finished, &loop, &QEventLoop::quit);
    curl.start(QStringLiteral("curl"), args);
    if (!curl.waitForStarted()) {
        qFatal("curl not found");
    }
    curl.write(input);
    curl.closeWriteChannel();
    loop.exec();
    if (curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0) {
        qFatal("curl failed: %s", curl.readAllStandardError().constData());
    }
    return curl.readAllStandardOutput();
}

void prepareVillage(ClientFixture &client, CentralFixture &central, int households)
{
    central.addOperator();
    central.seedRegister(households);
    DemoOptions village;
    village.villageCodes = {kVillage};
    village.households = households;
    village.today = client.store.clock.today();
    if (!DemoVillage::populate(*client.store.db, client.store.clock, village)) {
        qFatal("demo village");
    }
}

void throughput(int requests, int photos)
{
    constexpr int kHouseholds = 300;
    ClientFixture client;
    CentralFixture central(client.store.clock);
    prepareVillage(client, central, kHouseholds);
    sync::DemoRequestOptions demo;
    demo.count = requests;
    demo.photoBytes = 200 * 1024;
    demo.photoEvery = qMax(1, requests / qMax(1, photos));
    demo.actor = QStringLiteral("rina");
    if (!sync::DemoRequests::create(*client.store.db, client.store.clock, client.filesRoot(),
                                    demo)) {
        qFatal("demo requests");
    }

    QTemporaryDir bodies;
    QList<Recorded> recorded;
    central.server->setRecorder([&](const QByteArray &method, const QString &target,
                                    const QByteArray &contentType, const QByteArray &body) {
        if (target.startsWith(QLatin1String("/api/v1/login"))) {
            return; // curl signs in before the clock starts
        }
        Recorded r{method, target, contentType,
                   bodies.filePath(QStringLiteral("%1.bin").arg(recorded.size())), body.size()};
        writeFile(r.bodyFile, body);
        recorded.append(r);
    });
    // Sign in first so that only the push is timed.
    auto pushOnly = [](sync::SyncOptions &o) {
        o.pull = false;
        o.timeoutMs = 120000;
    };
    {
        sync::SyncOptions o = client.options(central.url());
        o.push = false;
        o.pull = false;
        sync::SyncSession login(*client.store.db, client.store.clock, o);
        login.setPassword(kPassword);
        client.refreshToken = login.run().refreshToken;
    }
    recorded.clear();
    QElapsedTimer timer;
    timer.start();
    const sync::SyncReport report = client.sync(central.url(), pushOnly);
    const double pushSeconds = timer.nsecsElapsed() / 1e9;
    central.server->setRecorder({});
    if (report.error || report.acknowledged + report.parked != requests) {
        qFatal("push incomplete: %s", report.error ? qPrintable(report.error->message) : "");
    }
    qint64 bytes = 0;
    qint64 pushBodyBytes = 0;
    for (const Recorded &r : std::as_const(recorded)) {
        bytes += r.bytes + r.target.size();
        if (r.target == QLatin1String("/api/v1/push")) {
            pushBodyBytes += r.bytes;
        }
    }

    // The same requests through curl, against a fresh server with the same register.
    CentralFixture fresh(client.store.clock);
    fresh.addOperator();
    fresh.seedRegister(kHouseholds);
    const QJsonObject login{{QStringLiteral("username"), QStringLiteral("op.bangsal")},
                            {QStringLiteral("password"), QString::fromUtf8(kPassword)},
                            {QStringLiteral("device_id"), client.deviceId},
                            {QStringLiteral("device_name"), QStringLiteral("PC uji")}};
    const QByteArray answer =
        runCurl({QStringLiteral("-sS"), QStringLiteral("-H"),
                 QStringLiteral("Content-Type: application/json"), QStringLiteral("--data-binary"),
                 QStringLiteral("@-"), fresh.url().toString() + QStringLiteral("/api/v1/login")},
                QJsonDocument(login).toJson(QJsonDocument::Compact));
    const QString token =
        QJsonDocument::fromJson(answer).object().value(QStringLiteral("access_token")).toString();
    if (token.isEmpty()) {
        qFatal("curl login failed: %s", answer.constData());
    }
    QByteArray config;
    for (const Recorded &r : std::as_const(recorded)) {
        if (r.target.startsWith(QLatin1String("/api/v1/token/"))) {
            continue;
        }
        config += "url = \"" + fresh.url().toString().toUtf8() + r.target.toUtf8() + "\"\n";
        config += "request = \"" + r.method + "\"\n";
        config += "header = \"Authorization: Bearer " + token.toUtf8() + "\"\n";
        config += "header = \"Expect:\"\n";
        if (!r.contentType.isEmpty()) {
            config += "header = \"Content-Type: " + r.contentType + "\"\n";
        }
        if (r.contentType.startsWith("application/json") &&
            readFile(r.bodyFile).startsWith("\x1f\x8b")) {
            config += "header = \"Content-Encoding: gzip\"\n";
        }
        if (r.bytes > 0) {
            config += "data-binary = \"@" + r.bodyFile.toUtf8() + "\"\n";
        }
        config += "output = \"/dev/null\"\nwrite-out = \"%{http_code}\\n\"\n";
        config += "next\n";
    }
    config.chop(int(qstrlen("next\n"))); // no empty transfer after the last one
    const QString configFile = bodies.filePath(QStringLiteral("curl.cfg"));
    writeFile(configFile, config);
    timer.restart();
    const QByteArray codes = runCurl({QStringLiteral("-sS"), QStringLiteral("-K"), configFile});
    const double curlSeconds = timer.nsecsElapsed() / 1e9;
    for (const QByteArray &code : codes.split('\n')) {
        if (!code.isEmpty() && !code.startsWith('2')) {
            qFatal("curl got HTTP %s", code.constData());
        }
    }
    // One page of 1,000 changes as it crosses the wire (curl does not unpack it).
    const QByteArray pulled = runCurl(
        {QStringLiteral("-sS"), QStringLiteral("-H"),
         QStringLiteral("Authorization: Bearer ") + token, QStringLiteral("-H"),
         QStringLiteral("Accept-Encoding: gzip"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
         QStringLiteral("-w"), QStringLiteral("%{size_download}"),
         fresh.url().toString() + QStringLiteral("/api/v1/changes?after=0&limit=1000")});
    const qint64 onFresh =
        fresh.serverCount(QStringLiteral("SELECT count(*) FROM request_event WHERE to_state = "
                                         "'received'"));

    const double mb = bytes / 1e6;
    print("push_requests", requests);
    print("push_photos", report.uploadedFiles);
    print("push_http_requests", recorded.size());
    print("push_mb", mb);
    print("push_bytes_per_request", double(pushBodyBytes) / requests);
    print("pull_bytes_per_change", pulled.toDouble() / 1000);
    print("push_s", pushSeconds);
    print("push_mb_per_s", mb / pushSeconds);
    print("curl_requests_received_on_server", onFresh);
    print("curl_s", curlSeconds);
    print("curl_mb_per_s", mb / curlSeconds);
    print("throughput_vs_curl_pct", 100.0 * curlSeconds / pushSeconds);
}

void resume()
{
    constexpr qint64 kChunk = 16 * 1024;
    ClientFixture client;
    CentralFixture central(client.store.clock);
    prepareVillage(client, central, 5);
    client.demoRequests(1, 200 * int(kChunk)); // roughly 200 chunks
    const auto chunks = [](sync::SyncOptions &o) { o.chunkBytes = kChunk; };
    // The photo's chunk count, from the file the demo stored.
    const QString sha =
        client.outbox().attachments(client.outbox().list(true)->first().requestId)->first().sha256;
    const qint64 count =
        (QFileInfo(ContentStore(client.filesRoot()).pathOf(sha)).size() + kChunk - 1) / kChunk;
    int puts = 0;
    central.server->setBodyCutPlan([&](const QByteArray &method, const QString &path) {
        if (method == "PUT" && path.startsWith(QLatin1String("/api/v1/attachments/")) &&
            ++puts == count / 2 + 1) {
            central::FaultDecision d;
            d.fault = central::Fault::CutBody;
            d.cutAfterBytes = kChunk / 2;
            return d;
        }
        return central::FaultDecision{};
    });
    const sync::SyncReport cut = client.sync(central.url(), chunks);
    const sync::SyncReport resumed = client.sync(central.url(), chunks);
    // The session may retry the cut chunk itself; either way the request arrives once.
    if (resumed.error || cut.acknowledged + resumed.acknowledged != 1) {
        qFatal("resume failed: %d acknowledged, %s", resumed.acknowledged,
               resumed.error ? qPrintable(resumed.error->message) : "");
    }
    print("resume_chunks_total", double(count));
    // Every chunk request that reached the server, the cut one included (the client may retry
    // within the same sync or in the next one).
    print("resume_chunk_requests", puts);
    print("resume_chunks_resent", double(puts - count));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int requests = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int photos = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;
    resume();
    throughput(requests, photos);
    return 0;
}
