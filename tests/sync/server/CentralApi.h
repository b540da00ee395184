#pragma once

// An in-process tepat-central with two villages' registers and an HTTP client for it, shared by
// the server's tests.

#include "core/outbox/RequestEnvelope.h"
#include "sync/client/Transport.h"
#include "sync/protocol/Protocol.h"
#include "tests/sync/SyncFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace tepat::test {

using sync::HttpResult;

inline const QString kDevice = QStringLiteral("5b0d6c54-5e0e-4f55-9a57-3c1f0f3e9a10");

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject body(const HttpResult &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

inline QString errorCode(const HttpResult &r)
{
    return body(r).value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

struct CentralApi
{
    FixedClock clock{referenceNow()};
    CentralFixture central{clock};
    sync::Transport http{central.url(), 5000, nullptr};
    QString token;

    CentralApi()
    {
        central.addOperator();
        central.addOperator(QStringLiteral("op.lain"), QStringLiteral("35.71.03.1002"));
        central.addSupervisor();
        central.seedRegister(6);
        central.seedRegister(3, QStringLiteral("35.71.03.1002"));
    }
    HttpResult post(const char *path, const QJsonObject &o)
    {
        return http.send("POST", sync::apiPath(path), {}, compact(o));
    }
    HttpResult get(const QString &path, const QUrlQuery &q = {})
    {
        return http.send("GET", path, q);
    }
    QString login(const QString &user = QStringLiteral("op.bangsal"))
    {
        // A device id belongs to one account: each account signs in from its own.
        const QString device =
            user == QLatin1String("op.bangsal")
                ? kDevice
                : QUuid::createUuidV5(QUuid(kDevice), user).toString(QUuid::WithoutBraces);
        const HttpResult r =
            post("login", {{QStringLiteral("username"), user},
                           {QStringLiteral("password"), QString::fromLatin1(kPassword)},
                           {QStringLiteral("device_id"), device},
                           {QStringLiteral("device_name"), QStringLiteral("uji")}});
        token = body(r).value(QLatin1String("access_token")).toString();
        http.setAccessToken(token);
        return token;
    }
    QJsonObject pushItem(const QString &householdId, const QString &kind,
                         const QJsonObject &payload, const QString &personId = {},
                         const QJsonArray &attachments = {})
    {
        const QJsonObject request{
            {QStringLiteral("kind"), kind},
            {QStringLiteral("household_id"), householdId},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("base_version"), 1},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("attachments"), attachments},
            {QStringLiteral("warnings"), QJsonArray()},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-20T02:11:09.120Z")},
            {QStringLiteral("created_by"), QStringLiteral("rina")}};
        return {{QStringLiteral("key"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("payload_sha256"), RequestEnvelope::hash(request)},
                {QStringLiteral("request"), request}};
    }
    HttpResult push(const QJsonArray &items)
    {
        return post("push", {{QStringLiteral("items"), items}});
    }
    QString household(const QString &village = kVillage) const
    {
        auto q = central.server->database().query(
            QStringLiteral("SELECT id FROM record WHERE entity = 'household' AND "
                           "village_code = ? ORDER BY id LIMIT 1"),
            {village});
        return q && q->next() ? q->value(0).toString() : QString();
    }
};

} // namespace tepat::test
