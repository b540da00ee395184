#include "core/files/ContentStore.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/VisitEnvelope.h"
#include "core/requests/ChangeRequestRepository.h"
#include "tests/core/outbox/VisitRows.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace tepat;
using namespace tepat::test;
using S = RequestState;

// A request drafted from a field visit carries the visit in its push envelope (issue 13 §3):
// date, outcome, field worker, point, the photos among its files, the answers as codes with
// the form's id and version; a request without a visit carries none.
class TestVisitEnvelope : public QObject
{
    Q_OBJECT

    struct Box
    {
        TempStore store;
        QString files = ContentStore::rootFor(store.path());
        ChangeRequestRepository requests{*store.db, store.clock};
        Outbox outbox{*store.db, store.clock, files};
        VisitRows rows{*store.db, files};

        // An approved removal of H1 (from `visitUuid` when given) carrying `attached` files.
        qint64 approved(const QString &visitUuid, const QStringList &attached = {})
        {
            ChangeRequest r;
            r.kind = RequestKind::Removal;
            r.householdId = QStringLiteral("H1");
            r.payload = {{QStringLiteral("reason"), QStringLiteral("not_found")},
                         {QStringLiteral("date"), QStringLiteral("2026-11-20")}};
            if (!visitUuid.isEmpty()) {
                r.payload.insert(QStringLiteral("field_visit"), visitUuid);
                r.payload.insert(QStringLiteral("field_member"), QStringLiteral("keluarga"));
            }
            const qint64 id = requests.createDraft(r, as(QStringLiteral("rina")))->id;
            if (!attached.isEmpty() &&
                !requests.setAttachments(id, QStringLiteral("house_photo"), attached,
                                         as(QStringLiteral("rina")))) {
                qFatal("attach");
            }
            for (S s : {S::OnAgenda, S::Approved}) {
                if (!requests.transition(id, s, QStringLiteral("rina"))) {
                    qFatal("setup");
                }
            }
            return id;
        }
        OutboxBatchItem queued(qint64 id)
        {
            if (!outbox.enqueue(id, as(QStringLiteral("rina")))) {
                qFatal("enqueue");
            }
            const Result<QList<OutboxBatchItem>> batch = outbox.nextBatch(10, 1 << 20);
            for (const OutboxBatchItem &item : *batch) {
                if (item.requestId == id) {
                    return item;
                }
            }
            qFatal("not in the batch");
        }
    };

private Q_SLOTS:
    void aRequestDraftedFromAVisitCarriesTheVisit()
    {
        Box b;
        const QString visit = b.rows.visit(QStringLiteral("H1"), QStringLiteral("not_found"));
        b.rows.point(QStringLiteral("H1"), -7.8166, 112.0119, 8.0);
        b.rows.point(QStringLiteral("H1"), -7.9, 112.1, 3.0, QStringLiteral("rina")); // office's
        b.rows.answers(
            QStringLiteral("H1"),
            {{QStringLiteral("status_kepemilikan_rumah"), QStringLiteral("1")},
             {QStringLiteral("luas_lantai"), 36}},
            {{QStringLiteral("H1.01"),
              QJsonObject{{QStringLiteral("partisipasi_sekolah"), QStringLiteral("3")}}}});
        const QString front = b.rows.photo(QStringLiteral("H1"), "front");
        const QString inside =
            b.rows.photo(QStringLiteral("H1"), "inside", QStringLiteral("inside"));
        b.rows.photo(QStringLiteral("H1"), "side, not sent", QStringLiteral("side"));
        b.rows.familyCard(QStringLiteral("H1"), "kartu keluarga");

        const OutboxBatchItem item = b.queued(b.approved(visit, {front, inside}));
        const QJsonObject v = item.envelope.value(QLatin1String("visit")).toObject();
        QCOMPARE(v.value(QLatin1String("uuid")).toString(), visit);
        QCOMPARE(v.value(QLatin1String("visited_on")).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(v.value(QLatin1String("outcome")).toString(), QStringLiteral("not_found"));
        QCOMPARE(v.value(QLatin1String("field_worker")).toString(),
                 QStringLiteral("budi.lapangan"));
        QCOMPARE(v.value(QLatin1String("revision")).toInt(), 1);
        // The field worker's point, not the office's newer one.
        const QJsonObject point = v.value(QLatin1String("location")).toObject();
        QCOMPARE(point.value(QLatin1String("latitude")).toDouble(), -7.8166);
        QCOMPARE(point.value(QLatin1String("longitude")).toDouble(), 112.0119);
        QCOMPARE(point.value(QLatin1String("accuracy_m")).toDouble(), 8.0);
        // The photos among the request's files, with their view; the family card is not one.
        QJsonArray photos = v.value(QLatin1String("photos")).toArray();
        QCOMPARE(photos.size(), 2);
        QStringList views;
        for (const QJsonValue &p : photos) {
            views << p.toObject().value(QLatin1String("view")).toString();
            QVERIFY(QStringList({front, inside})
                        .contains(p.toObject().value(QLatin1String("sha256")).toString()));
        }
        views.sort();
        QCOMPARE(views, QStringList({QStringLiteral("front"), QStringLiteral("inside")}));
        const QJsonObject q = v.value(QLatin1String("questionnaire")).toObject();
        QCOMPARE(q.value(QLatin1String("definition_id")).toString(),
                 QStringLiteral("regsosek-dtsen"));
        QCOMPARE(q.value(QLatin1String("version")).toInt(), 1);
        const QJsonObject answers = q.value(QLatin1String("answers")).toObject();
        QCOMPARE(answers.value(QLatin1String("household"))
                     .toObject()
                     .value(QLatin1String("status_kepemilikan_rumah"))
                     .toString(),
                 QStringLiteral("1"));
        QCOMPARE(answers.value(QLatin1String("persons"))
                     .toObject()
                     .value(QLatin1String("H1.01"))
                     .toObject()
                     .value(QLatin1String("partisipasi_sekolah"))
                     .toString(),
                 QStringLiteral("3"));
        // The hash sent with the key covers the visit.
        QCOMPARE(item.payloadSha256, RequestEnvelope::hash(item.envelope));
        QCOMPARE(b.outbox.entry(item.requestId)->payloadSha256, item.payloadSha256);
    }

    void aRequestWithoutAVisitCarriesNone()
    {
        Box b;
        b.rows.visit(QStringLiteral("H1")); // a visit of the household, but not this request's
        const OutboxBatchItem item = b.queued(b.approved({}));
        QVERIFY(!item.envelope.contains(QLatin1String("visit")));
        QVERIFY(item.visit.isEmpty());
        // Byte for byte the envelope it had before visits travelled.
        const ChangeRequest request = *b.requests.get(item.requestId);
        QCOMPARE(RequestEnvelope::canonical(item.envelope),
                 RequestEnvelope::canonical(RequestEnvelope::build(request, {})));
    }

    void theFamilyCardIsListedOnlyWhenTheRequestCarriesIt()
    {
        Box b;
        const QString visit = b.rows.visit(QStringLiteral("H1"));
        const QString card = b.rows.familyCard(QStringLiteral("H1"), "kartu keluarga");
        const OutboxBatchItem item = b.queued(b.approved(visit, {card}));
        const QJsonArray photos = item.envelope.value(QLatin1String("visit"))
                                      .toObject()
                                      .value(QLatin1String("photos"))
                                      .toArray();
        QCOMPARE(photos.size(), 1);
        QCOMPARE(photos.at(0).toObject().value(QLatin1String("view")).toString(),
                 QStringLiteral("family_card"));
        QCOMPARE(photos.at(0).toObject().value(QLatin1String("sha256")).toString(), card);
    }

    // The visit travels as it stood when the request entered the outbox: a later revision or
    // new answers do not change the envelope, so a resend is a replay, not a reused key.
    void theVisitIsKeptAsItWasWhenQueued()
    {
        Box b;
        const QString visit = b.rows.visit(QStringLiteral("H1"));
        const OutboxBatchItem before = b.queued(b.approved(visit));
        QVERIFY(!before.envelope.value(QLatin1String("visit"))
                     .toObject()
                     .contains(QLatin1String("questionnaire")));
        b.rows.revise(visit);
        b.rows.answers(QStringLiteral("H1"), {{QStringLiteral("luas_lantai"), 40}});
        b.rows.point(QStringLiteral("H1"), -7.8, 112.0);
        const OutboxBatchItem after = *b.outbox.nextBatch(10, 1 << 20)->begin();
        QCOMPARE(RequestEnvelope::canonical(after.envelope),
                 RequestEnvelope::canonical(before.envelope));
        QCOMPARE(after.payloadSha256, b.outbox.entry(after.requestId)->payloadSha256);
    }

    void aVisitThisStoreDoesNotHaveIsLeftOut()
    {
        Box b;
        const OutboxBatchItem item =
            b.queued(b.approved(QStringLiteral("0c4b8f5e-77b4-4a8d-9a3e-2f4c9b1e7d20")));
        QVERIFY(!item.envelope.contains(QLatin1String("visit")));
    }
};

QTEST_GUILESS_MAIN(TestVisitEnvelope)
#include "TestVisitEnvelope.moc"
