#include "core/outbox/VerificationOutbox.h"
#include "core/outbox/VisitEnvelope.h"
#include "tests/core/outbox/VisitRows.h"
#include "tests/sync/SyncFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tepat;
using namespace tepat::test;
using S = RequestState;

namespace {

QByteArray why(const sync::SyncReport &r)
{
    return r.error ? (r.error->code + QStringLiteral(": ") + r.error->message).toUtf8()
                   : QByteArray("no error");
}

} // namespace

// Visit results reach tepat-central (issue 13 §3): with the request drafted from the visit, and
// as a verification result on its own, through the desktop's outbox to a real in-process
// server; the decision of Dinsos comes back.
class TestVisitSync : public QObject
{
    Q_OBJECT

    struct World
    {
        ClientFixture client;
        CentralFixture central{client.store.clock};
        VisitRows rows{*client.store.db, client.filesRoot()};
        QString household;

        World()
        {
            central.addOperator();
            central.addSupervisor();
            central.seedRegister(4);
            const sync::SyncReport first = client.sync(central.url());
            if (first.error) {
                qFatal("first sync: %s", why(first).constData());
            }
            auto q = client.store.db->query(
                QStringLiteral("SELECT id FROM household ORDER BY id LIMIT 1"));
            q->next();
            household = q->value(0).toString();
        }
        QJsonObject stored(const QString &key) const
        {
            auto q = central.server->database().query(
                QStringLiteral("SELECT envelope FROM request WHERE key = ?"), {key});
            if (!q || !q->next()) {
                return {};
            }
            return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        }
        void sync()
        {
            const sync::SyncReport r = client.sync(central.url());
            QVERIFY2(!r.error, why(r).constData());
        }
    };

private Q_SLOTS:
    void aRequestFromAVisitArrivesWithItsVisit()
    {
        World w;
        const QString visit = w.rows.visit(w.household);
        w.rows.point(w.household, -7.8166, 112.0119, 8.0);
        w.rows.answers(w.household,
                       {{QStringLiteral("status_kepemilikan_rumah"), QStringLiteral("1")}});
        const QString front = w.rows.photo(w.household, "front of the house");
        ChangeRequestRepository requests(*w.client.store.db, w.client.store.clock);
        ChangeRequest r;
        r.kind = RequestKind::ProgramProposal;
        r.householdId = w.household;
        r.payload = {{QStringLiteral("program"), QStringLiteral("PKH")},
                     {QStringLiteral("field_visit"), visit}};
        const qint64 id = requests.createDraft(r, as(QStringLiteral("rina")))->id;
        QVERIFY(requests.setAttachments(id, QStringLiteral("house_photo"), {front},
                                        as(QStringLiteral("rina"))));
        QVERIFY(requests.transition(id, S::OnAgenda, QStringLiteral("rina")));
        QVERIFY(requests.transition(id, S::Approved, QStringLiteral("rina")));
        QVERIFY(w.client.outbox().enqueue(id, as(QStringLiteral("rina"))));
        w.sync();
        QCOMPARE(w.client.state(id), S::Received);
        const QJsonObject v =
            w.stored(requests.get(id)->uuid).value(QLatin1String("visit")).toObject();
        QCOMPARE(v.value(QLatin1String("uuid")).toString(), visit);
        QCOMPARE(v.value(QLatin1String("field_worker")).toString(),
                 QStringLiteral("budi.lapangan"));
        QCOMPARE(v.value(QLatin1String("photos"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("sha256"))
                     .toString(),
                 front);
        QCOMPARE(v.value(QLatin1String("questionnaire"))
                     .toObject()
                     .value(QLatin1String("definition_id"))
                     .toString(),
                 QStringLiteral("regsosek-dtsen"));
    }

    // Queued on the desktop, pushed by the sync, stored once at central whatever repeats it;
    // Dinsos verifies it and the decision comes back with the next pull.
    void aVerificationResultReachesCentralOnce()
    {
        World w;
        const QString visit = w.rows.visit(w.household);
        w.rows.point(w.household, -7.8166, 112.0119, 5.0);
        w.rows.photo(w.household, "front of the house");
        const VerificationOutbox box(*w.client.store.db, w.client.store.clock,
                                     w.client.filesRoot());
        const Result<VerificationItem> item = box.enqueue(as(QStringLiteral("rina")), visit);
        QVERIFY2(item, qPrintable(item ? QString() : item.error().message));

        const sync::SyncReport report = w.client.sync(w.central.url());
        QVERIFY2(!report.error, why(report).constData());
        QCOMPARE(report.acknowledged, 1);
        QCOMPARE(report.uploadedFiles, 1);
        QVERIFY(box.byKey(item->key)->value().acknowledgedAt.isValid());
        QVERIFY(box.waiting()->isEmpty());
        QCOMPARE(w.central.serverCount(
                     QStringLiteral("SELECT count(*) FROM request WHERE kind = 'verification'")),
                 1);
        QCOMPARE(w.stored(item->key), item->envelope);

        // The same item replayed twice (a lost acknowledgement, a restored PC): still one.
        auto http = signedIn(w.central);
        sync::PushRequest push;
        push.items.append({item->key, item->payloadSha256, item->envelope});
        for (int i = 0; i < 2; ++i) {
            const sync::HttpResult r =
                http->send("POST", sync::apiPath("push"), {},
                           QJsonDocument(push.toJson()).toJson(QJsonDocument::Compact));
            QCOMPARE(r.status, 200);
            const QJsonObject result = QJsonDocument::fromJson(r.body)
                                           .object()
                                           .value(QLatin1String("results"))
                                           .toArray()
                                           .first()
                                           .toObject();
            QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("accepted"));
            QVERIFY(result.value(QLatin1String("replay")).toBool());
        }
        QCOMPARE(w.central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 1);
        // A second sync sends nothing again.
        const sync::SyncReport again = w.client.sync(w.central.url());
        QVERIFY2(!again.error, why(again).constData());
        QCOMPARE(again.sent, 0);

        const auto &desk = w.central.server->desk();
        QVERIFY(desk.decide(w.central.supervisor(), item->key, QStringLiteral("verify"), {}));
        // Nothing to ratify: it changes nothing in the register.
        QCOMPARE(desk.decide(w.central.supervisor(), item->key, QStringLiteral("ratify"), {})
                     .error()
                     .code,
                 QStringLiteral("review.illegal_transition"));
        const sync::SyncReport pulled = w.client.sync(w.central.url());
        QVERIFY2(!pulled.error, why(pulled).constData());
        QCOMPARE(pulled.decisions, 1);
        QCOMPARE(box.byKey(item->key)->value().decision, QStringLiteral("verified"));
    }

    // A verification the server refuses (here: a household of another village's register is not
    // this one's) is parked with the server's reason; the sync goes on.
    void aRefusedVerificationIsParked()
    {
        World w;
        w.rows.exec(QStringLiteral("INSERT OR IGNORE INTO village(code, name) VALUES "
                                   "('35.71.03.1002', 'Lain')"));
        w.rows.exec(QStringLiteral("INSERT INTO household(id, village_code) VALUES "
                                   "('LUAR-1', '35.71.03.1002')"));
        const QString visit = w.rows.visit(QStringLiteral("LUAR-1"));
        const VerificationOutbox box(*w.client.store.db, w.client.store.clock,
                                     w.client.filesRoot());
        const VerificationItem item = *box.enqueue(as(QStringLiteral("rina")), visit);
        const sync::SyncReport report = w.client.sync(w.central.url());
        QVERIFY2(!report.error, why(report).constData());
        QCOMPARE(report.parked, 1);
        QCOMPARE(box.byKey(item.key)->value().parkedCode,
                 QStringLiteral("request.unknown_household"));
        QCOMPARE(w.central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 0);
    }
};

QTEST_GUILESS_MAIN(TestVisitSync)
#include "TestVisitSync.moc"
