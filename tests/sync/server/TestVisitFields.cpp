#include "sync/server/VisitFields.h"
#include "tests/sync/SyncFixtures.h"
#include "tests/sync/server/CentralApi.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The `visit` of a pushed request, checked by the server (docs/sync-protocol.md, "Visit
// results"): malformed ones are refused with a clear code and nothing is stored.
class TestVisitFields : public QObject
{
    Q_OBJECT

    static constexpr const char *kPhoto =
        "5f1d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d";

    static QJsonObject visit()
    {
        return {
            {QStringLiteral("uuid"), QStringLiteral("7f0c8f5e-77b4-4a8d-9a3e-2f4c9b1e7d20")},
            {QStringLiteral("revision"), 1},
            {QStringLiteral("visited_on"), QStringLiteral("2026-11-20")},
            {QStringLiteral("outcome"), QStringLiteral("visited")},
            {QStringLiteral("field_worker"), QStringLiteral("budi.lapangan")},
            {QStringLiteral("photos"), QJsonArray()},
            {QStringLiteral("location"), QJsonObject{{QStringLiteral("latitude"), -7.8166},
                                                     {QStringLiteral("longitude"), 112.0119},
                                                     {QStringLiteral("accuracy_m"), 8},
                                                     {QStringLiteral("recorded_at"),
                                                      QStringLiteral("2026-11-20T02:40:00.000Z")}}},
            {QStringLiteral("questionnaire"),
             QJsonObject{{QStringLiteral("definition_id"), QStringLiteral("regsosek-dtsen")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("answers"),
                          QJsonObject{{QStringLiteral("household"),
                                       QJsonObject{{QStringLiteral("status_kepemilikan_rumah"),
                                                    QStringLiteral("1")},
                                                   {QStringLiteral("luas_lantai"), 36}}},
                                      {QStringLiteral("persons"), QJsonObject()}}}}}};
    }
    static QJsonObject answers(const QJsonObject &household, const QJsonObject &persons = {})
    {
        QJsonObject v = visit();
        QJsonObject q = v.value(QLatin1String("questionnaire")).toObject();
        q.insert(QStringLiteral("answers"), QJsonObject{{QStringLiteral("household"), household},
                                                        {QStringLiteral("persons"), persons}});
        v.insert(QStringLiteral("questionnaire"), q);
        return v;
    }
    static QJsonObject with(QJsonObject v, const QString &key, const QJsonValue &value)
    {
        v.insert(key, value);
        return v;
    }

    // The result of pushing one request of `kind` with `v` as its visit (none when undefined).
    static sync::PushResult pushed(CentralApi &api, const QJsonValue &v,
                                   const QString &kind = QStringLiteral("program_proposal"),
                                   const QJsonObject &payload = {
                                       {QStringLiteral("program"), QStringLiteral("PKH")}})
    {
        QJsonObject item = api.pushItem(api.household(), kind, payload);
        QJsonObject request = item.value(QLatin1String("request")).toObject();
        if (!v.isUndefined()) {
            request.insert(QStringLiteral("visit"), v);
        }
        item.insert(QStringLiteral("request"), request);
        item.insert(QStringLiteral("payload_sha256"), RequestEnvelope::hash(request));
        const HttpResult r = api.push(QJsonArray{item});
        if (r.status != 200) {
            sync::PushResult refused;
            refused.status = r.status;
            refused.code = errorCode(r);
            return refused;
        }
        return sync::PushReply::fromJson(body(r))->results.first();
    }

private Q_SLOTS:
    void aWellFormedVisitIsStoredWithTheRequest()
    {
        CentralApi api;
        api.login();
        const sync::PushResult r = pushed(api, visit());
        QCOMPARE(r.outcome, sync::PushOutcome::Accepted);
        QCOMPARE(api.central.serverCount(QStringLiteral(
                     "SELECT count(*) FROM request WHERE envelope LIKE '%budi.lapangan%'")),
                 1);
        // A form version this server does not know: kept as it came, codes unchecked.
        QJsonObject unknown = answers({{QStringLiteral("pertanyaan_baru"), QStringLiteral("7")}});
        QJsonObject q = unknown.value(QLatin1String("questionnaire")).toObject();
        q.insert(QStringLiteral("version"), 99);
        unknown.insert(QStringLiteral("questionnaire"), q);
        QCOMPARE(pushed(api, unknown).outcome, sync::PushOutcome::Accepted);
        // No point, no questionnaire: fine.
        QJsonObject bare = visit();
        bare.remove(QStringLiteral("location"));
        bare.remove(QStringLiteral("questionnaire"));
        QCOMPARE(pushed(api, bare).outcome, sync::PushOutcome::Accepted);
    }

    void malformedVisitsAreRefused_data()
    {
        QTest::addColumn<QJsonValue>("visit");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QJsonObject v = visit();
        QTest::newRow("not an object")
            << QJsonValue(QStringLiteral("visited")) << 400 << QStringLiteral("request.invalid");
        QTest::newRow("unknown outcome")
            << QJsonValue(with(v, QStringLiteral("outcome"), QStringLiteral("pindah"))) << 400
            << QStringLiteral("visit.outcome");
        QTest::newRow("revision as text")
            << QJsonValue(with(v, QStringLiteral("revision"), QStringLiteral("2"))) << 400
            << QStringLiteral("visit.invalid");
        QTest::newRow("date not ISO")
            << QJsonValue(with(v, QStringLiteral("visited_on"), QStringLiteral("20-11-2026")))
            << 400 << QStringLiteral("visit.invalid");
        QTest::newRow("no field worker")
            << QJsonValue(with(v, QStringLiteral("field_worker"), QJsonValue())) << 400
            << QStringLiteral("visit.invalid");
        QTest::newRow("uuid not a uuid")
            << QJsonValue(with(v, QStringLiteral("uuid"), QStringLiteral("kunjungan-1"))) << 400
            << QStringLiteral("visit.invalid");
        QTest::newRow("latitude out of range")
            << QJsonValue(with(v, QStringLiteral("location"),
                               QJsonObject{{QStringLiteral("latitude"), 100},
                                           {QStringLiteral("longitude"), 112.0}}))
            << 400 << QStringLiteral("visit.location");
        QTest::newRow("accuracy as text")
            << QJsonValue(with(v, QStringLiteral("location"),
                               QJsonObject{{QStringLiteral("latitude"), -7.8},
                                           {QStringLiteral("longitude"), 112.0},
                                           {QStringLiteral("accuracy_m"), QStringLiteral("8")}}))
            << 400 << QStringLiteral("visit.location");
        QTest::newRow("photo not among the attachments")
            << QJsonValue(
                   with(v, QStringLiteral("photos"),
                        QJsonArray{QJsonObject{{QStringLiteral("sha256"), QLatin1String(kPhoto)},
                                               {QStringLiteral("view"), QStringLiteral("front")}}}))
            << 400 << QStringLiteral("visit.photo_not_attached");
        QTest::newRow("photo view unknown")
            << QJsonValue(
                   with(v, QStringLiteral("photos"),
                        QJsonArray{QJsonObject{{QStringLiteral("sha256"), QLatin1String(kPhoto)},
                                               {QStringLiteral("view"), QStringLiteral("atap")}}}))
            << 400 << QStringLiteral("visit.photo");
        QTest::newRow("choice code unknown")
            << QJsonValue(
                   answers({{QStringLiteral("status_kepemilikan_rumah"), QStringLiteral("9")}}))
            << 400 << QStringLiteral("visit.answer_code");
        QTest::newRow("choice as a number")
            << QJsonValue(answers({{QStringLiteral("status_kepemilikan_rumah"), 1}})) << 400
            << QStringLiteral("visit.answer_code");
        QTest::newRow("question unknown")
            << QJsonValue(answers({{QStringLiteral("warna_pintu"), QStringLiteral("1")}})) << 400
            << QStringLiteral("visit.answer_question");
        QTest::newRow("person question for the household")
            << QJsonValue(answers({{QStringLiteral("partisipasi_sekolah"), QStringLiteral("1")}}))
            << 400 << QStringLiteral("visit.answer_question");
        QTest::newRow("person code unknown")
            << QJsonValue(answers(
                   {}, {{QStringLiteral("P1"), QJsonObject{{QStringLiteral("partisipasi_sekolah"),
                                                            QStringLiteral("8")}}}}))
            << 400 << QStringLiteral("visit.answer_code");
        QTest::newRow("number outside the form's range")
            << QJsonValue(answers({{QStringLiteral("luas_lantai"), 0}})) << 400
            << QStringLiteral("visit.answer_number");
        QTest::newRow("answer nested")
            << QJsonValue(answers({{QStringLiteral("luas_lantai"), QJsonArray{36}}})) << 400
            << QStringLiteral("visit.answer");
        QTest::newRow("answer too long")
            << QJsonValue(answers({{QStringLiteral("luas_lantai"), QString(501, u'x')}})) << 400
            << QStringLiteral("visit.answer");
        QJsonObject big;
        for (int i = 0; i < 8; ++i) {
            big.insert(QStringLiteral("catatan_%1").arg(i), QString(9000, u'x'));
        }
        QJsonObject large = visit();
        large.insert(QStringLiteral("catatan"), big);
        QTest::newRow("too large") << QJsonValue(large) << 413 << QStringLiteral("visit.too_large");
        QTest::newRow("control character")
            << QJsonValue(with(v, QStringLiteral("field_worker"), QStringLiteral("budi\u0007")))
            << 400 << QStringLiteral("json.control_character");
    }

    void malformedVisitsAreRefused()
    {
        QFETCH(QJsonValue, visit);
        QFETCH(int, status);
        QFETCH(QString, code);
        CentralApi api;
        api.login();
        const sync::PushResult r = pushed(api, visit);
        QCOMPARE(r.code, code);
        QCOMPARE(r.status, status);
        QVERIFY(r.outcome != sync::PushOutcome::Accepted);
        QCOMPARE(api.central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 0);
    }

    // A verification result on its own: a household of the register, a visit, no change.
    void aVerificationNeedsItsVisitAndProposesNothing()
    {
        CentralApi api;
        api.login();
        QCOMPARE(pushed(api, visit(), QStringLiteral("verification"), {}).outcome,
                 sync::PushOutcome::Accepted);
        QCOMPARE(api.central.serverCount(
                     QStringLiteral("SELECT count(*) FROM request WHERE kind = 'verification' AND "
                                    "state = 'received'")),
                 1);
        QCOMPARE(pushed(api, QJsonValue::Undefined, QStringLiteral("verification"), {}).code,
                 QStringLiteral("visit.required"));
        QCOMPARE(pushed(api, visit(), QStringLiteral("verification"),
                        {{QStringLiteral("program"), QStringLiteral("PKH")}})
                     .code,
                 QStringLiteral("verification.not_empty"));
        QCOMPARE(pushed(api, with(visit(), QStringLiteral("outcome"), QStringLiteral("x")),
                        QStringLiteral("verification"), {})
                     .code,
                 QStringLiteral("visit.outcome"));
        QCOMPARE(api.central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 1);
    }

    // The same checks without the server, for what the push does not reach.
    void theCheckNamesTheFirstProblem()
    {
        QVERIFY(central::VisitFields::check(visit(), {}));
        const Status s = central::VisitFields::check(
            answers({{QStringLiteral("status_kepemilikan_rumah"), QStringLiteral("9")}}), {});
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("status_kepemilikan_rumah")));
        QVERIFY(s.error().message.contains(QStringLiteral("regsosek-dtsen")));
    }
};

QTEST_GUILESS_MAIN(TestVisitFields)
#include "TestVisitFields.moc"
