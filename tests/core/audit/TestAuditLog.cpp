#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesNewestFirstAndSearches()
    {
        TempStore store;
        const AuditTrail trail(*store.db, store.clock);
        for (int i = 1; i <= 30; ++i) {
            QVERIFY(trail.record(i % 3 ? QStringLiteral("rina") : QStringLiteral("budi"),
                                 i % 5 ? QStringLiteral("request.create") : QStringLiteral("login"),
                                 QStringLiteral("change_request"), QString::number(i),
                                 {{QStringLiteral("note"),
                                   i == 7 ? QStringLiteral("100%_x") : QStringLiteral("biasa")}}));
        }
        const AuditLog log(*store.db);
        const auto first = log.page({}, 0, 10);
        QCOMPARE(first->size(), 10);
        QCOMPARE(first->first().id, 30);
        const auto next = log.page({}, first->last().id, 10);
        QCOMPARE(next->first().id, 20);

        QCOMPARE(log.page(QStringLiteral("budi"), 0, 100)->size(), 10);
        // Indonesian label of the action.
        QCOMPARE(log.page(QStringLiteral("masuk"), 0, 100)->size(), 6);
        // LIKE wildcards in the text are taken literally.
        const auto literal = log.page(QStringLiteral("100%_"), 0, 100);
        QCOMPARE(literal->size(), 1);
        QCOMPARE(literal->first().id, 7);
        QCOMPARE(log.page(QStringLiteral("#12"), 0, 100)->first().objectId, QStringLiteral("12"));
    }

    void everythingAboutOneObject()
    {
        TempStore store;
        const AuditTrail trail(*store.db, store.clock);
        QVERIFY(trail.record(QStringLiteral("rina"), QStringLiteral("request.create"),
                             QStringLiteral("change_request"), QStringLiteral("5")));
        QVERIFY(trail.record(QStringLiteral("rina"), QStringLiteral("request.create"),
                             QStringLiteral("change_request"), QStringLiteral("6")));
        QVERIFY(trail.record(QStringLiteral("kades"), QStringLiteral("request.transition"),
                             QStringLiteral("change_request"), QStringLiteral("5"),
                             {{QStringLiteral("to"), QStringLiteral("approved")}}));
        const auto history =
            AuditLog(*store.db).forObject(QStringLiteral("change_request"), QStringLiteral("5"));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).actor, QStringLiteral("rina"));
        QCOMPARE(history->at(1).actor, QStringLiteral("kades"));
    }

    void labels()
    {
        QCOMPARE(AuditLog::actionLabel(QStringLiteral("login.failed")),
                 QStringLiteral("Gagal masuk"));
        QCOMPARE(AuditLog::actionLabel(QStringLiteral("sesuatu.baru")),
                 QStringLiteral("sesuatu.baru"));
        AuditEntry e;
        e.details = {{QStringLiteral("from"), QStringLiteral("operator")},
                     {QStringLiteral("to"), QStringLiteral("village_head")},
                     {QStringLiteral("n"), 3}};
        QCOMPARE(AuditLog::describe(e),
                 QStringLiteral("dari: Operator; n: 3; menjadi: Kepala desa/lurah"));
        e.details = {{QStringLiteral("reason"), QStringLiteral("wrong_password")}};
        QCOMPARE(AuditLog::describe(e), QStringLiteral("alasan: kata sandi salah"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
