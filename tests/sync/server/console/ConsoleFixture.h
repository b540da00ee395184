#pragma once

// The server of CentralApi with requests pushed by the village's operator, and a browser for
// the supervisor.

#include "tests/sync/server/CentralApi.h"
#include "tests/sync/server/console/ConsoleClient.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>

namespace tepat::test {

struct ConsoleFixture
{
    CentralApi api;
    ConsoleClient browser{api.central.url()};

    ConsoleFixture() { api.login(); }

    // A pushed request; its key.
    QString push(const QString &kind, const QJsonObject &payload, const QJsonArray &files = {},
                 const QJsonObject &extra = {}, const QString &household = {})
    {
        QJsonObject item = api.pushItem(household.isEmpty() ? api.household() : household, kind,
                                        payload, {}, files);
        if (!extra.isEmpty()) {
            QJsonObject request = item.value(QLatin1String("request")).toObject();
            for (auto it = extra.begin(); it != extra.end(); ++it) {
                request.insert(it.key(), it.value());
            }
            item.insert(QStringLiteral("request"), request);
            item.insert(QStringLiteral("payload_sha256"), RequestEnvelope::hash(request));
        }
        const auto reply = sync::PushReply::fromJson(body(api.push(QJsonArray{item})));
        if (!reply || reply->results.value(0).outcome != sync::PushOutcome::Accepted) {
            qFatal("push refused: %s", reply ? qPrintable(reply->results.value(0).code) : "?");
        }
        return item.value(QLatin1String("key")).toString();
    }
    // A small PNG uploaded as the operator; its SHA-256.
    QString upload(const QColor &colour = Qt::darkGreen)
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(colour);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
        q.addQueryItem(QStringLiteral("total"), QString::number(bytes.size()));
        const HttpResult put = api.http.send("PUT", sync::apiPath("attachments/") + sha, q, bytes,
                                             "application/octet-stream");
        if (put.status != 200) {
            qFatal("upload refused");
        }
        photos.insert(sha, bytes);
        return sha;
    }
    QString state(const QString &key) const
    {
        auto q = api.central.server->database().query(
            QStringLiteral("SELECT state, state_reason, state_actor FROM request WHERE key = ?"),
            {key});
        if (!q || !q->next()) {
            return {};
        }
        const QString s =
            q->value(0).toString() + u'|' + q->value(1).toString() + u'|' + q->value(2).toString();
        q->finish();
        return s;
    }
    void signIn()
    {
        const ConsolePage r = browser.signIn(QStringLiteral("dinsos.kediri"), kPassword);
        if (r.status != 303) {
            qFatal("console sign-in failed: %d", r.status);
        }
        browser.get(QStringLiteral("/console/queue")); // for the CSRF token
    }

    QHash<QString, QByteArray> photos;
};

} // namespace tepat::test
