#include "tests/sync/SyncFixtures.h"
#include "tests/sync/server/CentralApi.h"

#include <QFileInfo>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// RequestDesk through the push endpoint: keys, replays and the checks of each item.
class TestRequestDesk : public QObject
{
    Q_OBJECT

    using Api = CentralApi;

private Q_SLOTS:
    // Keys are one UUID whatever their letter case; a replay is judged by the server's own hash.
    void aKeyIsOneKeyAndAChangedPayloadIsNeverAReplay()
    {
        Api api;
        api.login();
        const QJsonObject item = api.pushItem(api.household(), QStringLiteral("program_proposal"),
                                              {{QStringLiteral("program"), QStringLiteral("PKH")}});
        QCOMPARE(api.push(QJsonArray{item}).status, 200);
        const QString key = item.value(QStringLiteral("key")).toString();
        QJsonObject upper = item;
        upper.insert(QStringLiteral("key"), key.toUpper());
        const auto again = sync::PushReply::fromJson(body(api.push(QJsonArray{upper})));
        QVERIFY(again);
        QVERIFY(again->results[0].replay);
        QCOMPARE(again->results[0].key, key.toUpper());
        QCOMPARE(api.central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 1);
        QCOMPARE(api.get(sync::apiPath("requests/") + key.toUpper()).status, 200);
        // The same key, another payload, the old hash: refused, not a replay.
        QJsonObject changed = item;
        QJsonObject request = item.value(QStringLiteral("request")).toObject();
        request.insert(QStringLiteral("payload"),
                       QJsonObject{{QStringLiteral("program"), QStringLiteral("BPNT")}});
        changed.insert(QStringLiteral("request"), request);
        const auto reused = sync::PushReply::fromJson(body(api.push(QJsonArray{changed})));
        QVERIFY(reused);
        QCOMPARE(reused->results[0].outcome, sync::PushOutcome::Rejected);
        QCOMPARE(reused->results[0].status, 422);
        QCOMPARE(reused->results[0].code, QStringLiteral("push.key_reused"));
        QJsonObject notUuid = api.pushItem(api.household(), QStringLiteral("program_proposal"), {});
        notUuid.insert(QStringLiteral("key"), QStringLiteral("kunci-saya"));
        QCOMPARE(sync::PushReply::fromJson(body(api.push(QJsonArray{notUuid})))->results[0].code,
                 QStringLiteral("push.bad_key"));
        // Another village's key gets the same answer as a changed payload: nothing told.
        api.login(QStringLiteral("op.lain"));
        QJsonObject theirs = api.pushItem(api.household(QStringLiteral("35.71.03.1002")),
                                          QStringLiteral("program_proposal"), {});
        theirs.insert(QStringLiteral("key"), key);
        const auto taken = sync::PushReply::fromJson(body(api.push(QJsonArray{theirs})));
        QCOMPARE(taken->results[0].code, reused->results[0].code);
        QCOMPARE(taken->results[0].status, reused->results[0].status);
        QCOMPARE(taken->results[0].message, reused->results[0].message);
    }

    // The supervisor's list shows each request's channel and approval basis as the village
    // sent them; a request from before they were recorded shows null for both.
    void theReviewListShowsChannelAndApproval()
    {
        Api api;
        api.login();
        QJsonObject decided = api.pushItem(api.household(), QStringLiteral("program_proposal"),
                                           {{QStringLiteral("program"), QStringLiteral("PKH")}});
        QJsonObject request = decided.value(QStringLiteral("request")).toObject();
        request.insert(QStringLiteral("channel"), QStringLiteral("musyawarah"));
        request.insert(QStringLiteral("approval"),
                       QJsonObject{{QStringLiteral("basis"), QStringLiteral("sptjm")},
                                   {QStringLiteral("number"), QStringLiteral("SPTJM/07/XI/2026")}});
        decided.insert(QStringLiteral("request"), request);
        decided.insert(QStringLiteral("payload_sha256"), RequestEnvelope::hash(request));
        const QJsonObject older =
            api.pushItem(api.household(), QStringLiteral("program_proposal"),
                         {{QStringLiteral("program"), QStringLiteral("BPNT")}});
        QCOMPARE(api.push(QJsonArray{decided, older}).status, 200);
        const auto list = api.central.server->desk().reviewList(api.central.supervisor(), {});
        QVERIFY(list);
        const QJsonArray requests = list->value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 2);
        const QJsonObject first = requests.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("key")), decided.value(QStringLiteral("key")));
        QCOMPARE(first.value(QStringLiteral("channel")).toString(), QStringLiteral("musyawarah"));
        QCOMPARE(first.value(QStringLiteral("approval"))
                     .toObject()
                     .value(QStringLiteral("basis"))
                     .toString(),
                 QStringLiteral("sptjm"));
        QCOMPARE(first.value(QStringLiteral("approval"))
                     .toObject()
                     .value(QStringLiteral("number"))
                     .toString(),
                 QStringLiteral("SPTJM/07/XI/2026"));
        const QJsonObject second = requests.at(1).toObject();
        QVERIFY(second.contains(QStringLiteral("channel")));
        QVERIFY(second.value(QStringLiteral("channel")).isNull());
        QVERIFY(second.value(QStringLiteral("approval")).isNull());
        // The names the console reads are all still there.
        for (const char *name :
             {"id", "key", "village_code", "kind", "state", "household_id", "person_id", "payload",
              "attachments", "conflict", "device_history_rewritten", "received_at"}) {
            QVERIFY2(first.contains(QLatin1String(name)), name);
        }
    }

    // A new member's id and a counter report's household are checked like every other id.
    void newMemberIdsAndNamedHouseholdsAreChecked()
    {
        Api api;
        api.login();
        const QString mine = api.household();
        auto q = api.central.server->database().query(
            QStringLiteral("SELECT id FROM record WHERE entity = 'person' AND household_id = ? "
                           "LIMIT 1"),
            {mine});
        QVERIFY(q && q->next());
        const QString existing = q->value(0).toString();
        q->finish(); // the server's workers write through connections of their own
        const QString theirs = api.household(QStringLiteral("35.71.03.1002"));
        const QJsonObject member{{QStringLiteral("reason"), QStringLiteral("lahir")}};
        const QJsonArray items{
            api.pushItem(mine, QStringLiteral("new_member"), member, mine + QStringLiteral(".09")),
            api.pushItem(mine, QStringLiteral("new_member"), member, existing),
            api.pushItem(mine, QStringLiteral("new_member"), member,
                         theirs + QStringLiteral(".09")),
            api.pushItem(mine, QStringLiteral("new_member"), member, mine + QStringLiteral(".0'9")),
            api.pushItem(mine, QStringLiteral("new_member"), member),
            api.pushItem(QStringLiteral("3571031001.999999"), QStringLiteral("citizen_proposal"),
                         {{QStringLiteral("text"), QStringLiteral("usul warga")}}),
            api.pushItem(QStringLiteral("3571031001.999999"), QStringLiteral("objection"),
                         {{QStringLiteral("text"), QStringLiteral("sanggah")}}),
        };
        const auto reply = sync::PushReply::fromJson(body(api.push(items)));
        QVERIFY(reply);
        const auto &res = reply->results;
        QCOMPARE(res[0].outcome, sync::PushOutcome::Accepted);
        QCOMPARE(res[1].code, QStringLiteral("request.new_member_exists"));
        QCOMPARE(res[2].code, QStringLiteral("request.new_member_id"));
        QCOMPARE(res[3].code, QStringLiteral("request.new_member_id"));
        QCOMPARE(res[4].outcome, sync::PushOutcome::Accepted); // the id comes later
        QCOMPARE(res[5].code, QStringLiteral("request.unknown_household"));
        QCOMPARE(res[6].code, QStringLiteral("request.unknown_household"));
        QCOMPARE(api.central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 2);
    }
};

QTEST_GUILESS_MAIN(TestRequestDesk)
#include "TestRequestDesk.moc"
