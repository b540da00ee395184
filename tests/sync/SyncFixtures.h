#pragma once

#include "core/demo/DemoVillage.h"
#include "core/files/ContentStore.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/RequestEnvelope.h"
#include "core/replica/RecordJson.h"
#include "core/requests/ChangeRequestRepository.h"
#include "sync/client/SyncSession.h"
#include "sync/client/Transport.h"
#include "sync/demo/DemoRequests.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/BlobStore.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/CentralRegister.h"
#include "sync/server/CentralServer.h"
#include "sync/server/RequestDesk.h"
#include "tests/support/TestSupport.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace tepat::test {

inline const QString kVillage = QStringLiteral("35.71.03.1001");
inline const QByteArray kPassword = QByteArrayLiteral("rahasia-bangsal");

// tepat-central in this process, on a free loopback port, with its own data folder and the
// test's clock. restart() stops it and starts it again on the same data and port.
struct CentralFixture
{
    QTemporaryDir dir;
    const Clock &clock;
    std::unique_ptr<central::CentralServer> server;
    quint16 port = 0;
    QString databaseUrl;
    qint64 quota = 0;

    explicit CentralFixture(const Clock &c, QString url = {}, qint64 villageQuota = 0)
        : clock(c)
        , databaseUrl(std::move(url))
        , quota(villageQuota)
    {
        start();
    }

    void start()
    {
        central::ServerConfig config;
        config.dataDir = dir.path();
        config.databaseUrl = databaseUrl;
        config.hashStrength = central::Accounts::HashStrength::Minimal;
        config.villageQuotaBytes = quota;
        auto created = central::CentralServer::create(config, clock);
        if (!created) {
            qFatal("server: %s", qPrintable(created.error().message));
        }
        server = std::move(created.value());
        auto bound = server->listenOn(QHostAddress::LocalHost, port);
        if (!bound) {
            qFatal("listen: %s", qPrintable(bound.error().message));
        }
        port = *bound;
    }
    void stop() { server.reset(); }
    void restart()
    {
        stop();
        start();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)); }

    void addOperator(const QString &username = QStringLiteral("op.bangsal"),
                     const QString &village = kVillage) const
    {
        auto added = server->accounts().add(
            {username, QStringLiteral("Operator Uji"), QStringLiteral("operator"), village},
            kPassword);
        if (!added) {
            qFatal("account: %s", qPrintable(added.error().message));
        }
    }
    void addSupervisor(const QString &username = QStringLiteral("dinsos.kediri")) const
    {
        auto added = server->accounts().add({username, QStringLiteral("Supervisor Uji"),
                                             QStringLiteral("supervisor"), QStringLiteral("35.71")},
                                            kPassword);
        if (!added) {
            qFatal("account: %s", qPrintable(added.error().message));
        }
    }

    // A synthetic village in the server's register.
    void seedRegister(int households, const QString &village = kVillage) const
    {
        DemoOptions options;
        options.villageCodes = {village};
        options.households = households;
        options.today = clock.today();
        DemoVillage demo(options);
        DemoHousehold h;
        central::CentralDatabase &db = server->database();
        if (!db.begin()) {
            qFatal("begin");
        }
        while (demo.next(h)) {
            auto put =
                server->registry().put({QStringLiteral("household"), h.household.id, village,
                                        h.household.id, 0, RecordJson::fromHousehold(h.household)},
                                       {}, QStringLiteral("register"));
            if (!put) {
                qFatal("seed: %s", qPrintable(put.error().message));
            }
            for (const Person &p : std::as_const(h.members)) {
                PersonRecord record{p, {}};
                for (Program program : p.programs) {
                    record.programs.append({p.id, program, clock.today().addYears(-1), {}});
                }
                auto person =
                    server->registry().put({QStringLiteral("person"), p.id, village, h.household.id,
                                            0, RecordJson::fromPerson(record)},
                                           p.nik, QStringLiteral("register"));
                if (!person) {
                    qFatal("seed: %s", qPrintable(person.error().message));
                }
            }
        }
        if (!db.commit()) {
            qFatal("commit");
        }
    }

    central::Caller supervisor() const
    {
        central::Caller c;
        c.username = QStringLiteral("dinsos.kediri");
        c.role = QStringLiteral("supervisor");
        c.regencyCode = QStringLiteral("35.71");
        return c;
    }
    qint64 serverCount(const QString &sql) const
    {
        auto q = server->database().query(sql);
        if (!q || !q->next()) {
            qFatal("count failed: %s", qPrintable(sql));
        }
        return q->value(0).toLongLong();
    }
};

// Signs `http` in as `username` from `deviceId`: the login's answer; when it succeeds, `http`
// carries its access token.
inline sync::HttpResult
signIn(sync::Transport &http, const QString &username = QStringLiteral("op.bangsal"),
       const QString &deviceId = QStringLiteral("5b0d6c54-5e0e-4f55-9a57-3c1f0f3e9a10"))
{
    const QJsonObject login{{QStringLiteral("username"), username},
                            {QStringLiteral("password"), QString::fromLatin1(kPassword)},
                            {QStringLiteral("device_id"), deviceId}};
    const sync::HttpResult r = http.send("POST", sync::apiPath("login"), {},
                                         QJsonDocument(login).toJson(QJsonDocument::Compact));
    http.setAccessToken(
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("access_token")).toString());
    return r;
}

// HTTP to the fixture's server, signed in as `username` (an operator by default).
inline std::unique_ptr<sync::Transport>
signedIn(const CentralFixture &central, const QString &username = QStringLiteral("op.bangsal"))
{
    auto http = std::make_unique<sync::Transport>(central.url(), 5000, nullptr);
    signIn(*http, username);
    return http;
}

// A push body of one program proposal for `householdId` whose payload note is `note`, as raw
// JSON text (so it can carry any escape).
inline QByteArray pushWithNote(const QString &householdId, const QByteArray &noteJson)
{
    const QJsonObject request{
        {QStringLiteral("kind"), QStringLiteral("program_proposal")},
        {QStringLiteral("household_id"), householdId},
        {QStringLiteral("person_id"), QString()},
        {QStringLiteral("base_version"), 1},
        {QStringLiteral("payload"), QJsonObject{{QStringLiteral("note"), QStringLiteral("@")}}},
        {QStringLiteral("attachments"), QJsonArray()},
        {QStringLiteral("warnings"), QJsonArray()},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-20T02:11:09.120Z")},
        {QStringLiteral("created_by"), QStringLiteral("rina")}};
    QByteArray text = QJsonDocument(request).toJson(QJsonDocument::Compact);
    text.replace("\"@\"", noteJson);
    const QJsonObject parsed = QJsonDocument::fromJson(text).object();
    return "{\"items\": [{\"key\": \"" +
           QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() +
           "\", \"payload_sha256\": \"" + RequestEnvelope::hash(parsed).toLatin1() +
           "\", \"request\": " + text + "}]}";
}

// An installation of the village: a store, its file folder and sync options for the fixture.
struct ClientFixture
{
    TempStore store;
    QString deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString refreshToken;

    ClientFixture()
    {
        if (!store.db->setSetting(QStringLiteral("village_code"), kVillage)) {
            qFatal("setting");
        }
    }
    QString filesRoot() const { return ContentStore::rootFor(store.path()); }
    sync::SyncOptions options(const QUrl &server) const
    {
        sync::SyncOptions o;
        o.server = server;
        o.username = QStringLiteral("op.bangsal");
        o.deviceId = deviceId;
        o.deviceName = QStringLiteral("PC uji");
        o.actor = QStringLiteral("rina");
        o.filesRoot = filesRoot();
        o.timeoutMs = 3000;
        return o;
    }
    sync::SyncReport sync(const QUrl &server,
                          const std::function<void(sync::SyncOptions &)> &tweak = {},
                          const std::function<void(sync::SyncSession &)> &setup = {})
    {
        sync::SyncOptions o = options(server);
        if (tweak) {
            tweak(o);
        }
        sync::SyncSession session(*store.db, store.clock, o);
        session.setRefreshToken(refreshToken);
        session.setPassword(kPassword);
        if (setup) {
            setup(session);
        }
        sync::SyncReport report = session.run();
        if (!report.refreshToken.isEmpty()) {
            refreshToken = report.refreshToken;
        }
        return report;
    }
    int demoRequests(int count, int photoBytes = 2048, quint64 seed = 7)
    {
        sync::DemoRequestOptions o;
        o.count = count;
        o.photoBytes = photoBytes;
        o.seed = seed;
        o.actor = QStringLiteral("rina");
        auto made = sync::DemoRequests::create(*store.db, store.clock, filesRoot(), o);
        if (!made) {
            qFatal("demo requests: %s", qPrintable(made.error().message));
        }
        return *made;
    }
    Outbox outbox() const { return Outbox(*store.db, store.clock, filesRoot()); }
    RequestState state(qint64 id) const
    {
        return ChangeRequestRepository(*store.db, store.clock).get(id)->state;
    }
};

} // namespace tepat::test
