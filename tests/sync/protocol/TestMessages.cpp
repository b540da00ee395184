#include "sync/protocol/Json.h"
#include "sync/protocol/Messages.h"
#include "sync/protocol/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace tepat;
using namespace tepat::sync;

class TestMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonIsReadWithinItsLimits()
    {
        const JsonLimits small{64, 3, 8};
        QCOMPARE(parseJsonObject("{\"a\": 1}", small)->value(QStringLiteral("a")).toInt(), 1);
        QCOMPARE(parseJsonObject(QByteArray(65, ' '), small).error().code,
                 QStringLiteral("json.too_large"));
        QCOMPARE(parseJsonObject("[1]", small).error().code, QStringLiteral("json.invalid"));
        QCOMPARE(parseJsonObject("{\"a\": ", small).error().code, QStringLiteral("json.invalid"));
        QCOMPARE(parseJsonObject("{\"a\":{\"b\":{\"c\":{}}}}", small).error().code,
                 QStringLiteral("json.too_deep"));
        QVERIFY(parseJsonObject("{\"a\":{\"b\":{}}}", small));
        QCOMPARE(parseJsonObject("{\"a\": \"123456789\"}", small).error().code,
                 QStringLiteral("json.string_too_long"));
        QCOMPARE(parseJsonObject("{\"123456789\": 1}", small).error().code,
                 QStringLiteral("json.string_too_long"));
    }

    void aReaderNamesTheFieldThatIsWrong()
    {
        JsonReader r(QJsonObject{{QStringLiteral("n"), 1.5}, {QStringLiteral("s"), 3}},
                     QStringLiteral("items[2]"));
        QVERIFY(!r.integer("n", 0, 10));
        QVERIFY(r.error().message.contains(QStringLiteral("items[2].n")));
        JsonReader missing(QJsonObject{});
        QVERIFY(missing.string("key", 5).isEmpty());
        QVERIFY(missing.error().message.contains(QStringLiteral("key")));
        QVERIFY(missing.error().message.contains(QStringLiteral("wajib")));
        JsonReader optional(QJsonObject{});
        QVERIFY(optional.string("key", 5, false).isEmpty());
        QVERIFY(optional.ok());
    }

    void pushResultsRoundTrip()
    {
        PushResult accepted;
        accepted.key = QStringLiteral("0c4b8f5e-77b4-4a8d-9a3e-2f4c9b1e7d20");
        accepted.outcome = PushOutcome::Accepted;
        accepted.state = QStringLiteral("received");
        accepted.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC);
        accepted.conflict = {{QStringLiteral("entity"), QStringLiteral("person")}};
        const auto back = PushResult::fromJson(accepted.toJson());
        QVERIFY(back);
        QCOMPARE(back->receivedAt, accepted.receivedAt);
        QCOMPARE(back->conflict, accepted.conflict);
        QVERIFY(accepted.toJson().value(QStringLiteral("replay")).isUndefined());

        PushResult incomplete;
        incomplete.key = accepted.key;
        incomplete.outcome = PushOutcome::Incomplete;
        incomplete.missing = {QStringLiteral("nope")};
        QVERIFY(!PushResult::fromJson(incomplete.toJson())); // not a SHA-256
        QJsonObject odd = accepted.toJson();
        odd.insert(QStringLiteral("outcome"), QStringLiteral("maybe"));
        QVERIFY(!PushResult::fromJson(odd));
    }

    void aChangePageMustBeInOrderAndWithinTheLatestSequence()
    {
        const auto change = [](qint64 seq) {
            return QJsonObject{{QStringLiteral("seq"), seq},
                               {QStringLiteral("entity"), QStringLiteral("household")},
                               {QStringLiteral("id"), QStringLiteral("H1")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("data"), QJsonObject()}};
        };
        QJsonObject page{{QStringLiteral("server_id"), QStringLiteral("s")},
                         {QStringLiteral("latest_sequence"), 10},
                         {QStringLiteral("has_more"), false},
                         {QStringLiteral("changes"), QJsonArray{change(3), change(7)}}};
        QVERIFY(ChangePage::fromJson(page));
        page.insert(QStringLiteral("changes"), QJsonArray{change(7), change(3)});
        QCOMPARE(ChangePage::fromJson(page).error().code, QStringLiteral("sync.bad_sequence"));
        page.insert(QStringLiteral("changes"), QJsonArray{change(11)});
        QVERIFY(!ChangePage::fromJson(page));
        page.insert(QStringLiteral("changes"), QJsonArray{QJsonObject{{QStringLiteral("seq"), 1}}});
        QVERIFY(!ChangePage::fromJson(page));
    }

    void uploadStatesAndErrorBodies()
    {
        QVERIFY(!UploadState::fromJson({{QStringLiteral("sha256"), QStringLiteral("a")},
                                        {QStringLiteral("total"), 5},
                                        {QStringLiteral("received"), 6},
                                        {QStringLiteral("complete"), false}}));
        QVERIFY(
            !UploadState::fromJson({{QStringLiteral("sha256"), QStringLiteral("a")},
                                    {QStringLiteral("received"), double(limits::kAttachment) + 1},
                                    {QStringLiteral("complete"), false}}));
        const Error e{QStringLiteral("push.key_reused"), QStringLiteral("Sudah diterima")};
        const auto back = errorFromBody(errorBody(e));
        QCOMPARE(back->code, e.code);
        QCOMPARE(back->message, e.message);
        QVERIFY(!errorFromBody(QJsonObject{{QStringLiteral("error"), QStringLiteral("x")}}));
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "TestMessages.moc"
