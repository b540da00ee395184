#include "core/complaints/ComplaintRegister.h"

#include "tests/support/TestSupport.h"

#include <QSqlQuery>

using namespace tepat;
using namespace tepat::test;

class TestComplaintRegister : public QObject
{
    Q_OBJECT

    static Complaint objection()
    {
        Complaint c;
        c.kind = ComplaintKind::Objection;
        c.channel = ComplaintChannel::CekBansos;
        c.complainantName = QStringLiteral("Siti Aminah");
        c.complainantContact = QStringLiteral("0812 0000 1111");
        c.householdId = QStringLiteral("hh-17");
        c.program = QStringLiteral("PKH");
        c.subject = QStringLiteral("Penerima PKH di RT 03 sudah mampu");
        return c;
    }

private slots:
    void lifecycleRecordsHandlesAndAnswers()
    {
        TempStore store;
        const ComplaintRegister reg(*store.db, store.clock);
        const Session op = as(QStringLiteral("rina"));
        Result<Complaint> made = reg.record(op, objection());
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QCOMPARE(made->status, ComplaintStatus::Received);
        QCOMPARE(made->recordedBy, QStringLiteral("rina"));
        QCOMPARE(made->receivedAt, store.clock.now());

        store.clock.advanceDays(1);
        QVERIFY(reg.startHandling(op, made->id));
        QCOMPARE(reg.find(op, made->id)->status, ComplaintStatus::Handling);
        QVERIFY(reg.answer(op, made->id, QStringLiteral("Sudah dicek, diusulkan keluar")));
        const Complaint done = *reg.find(op, made->id);
        QCOMPARE(done.status, ComplaintStatus::Answered);
        QCOMPARE(done.handledBy, QStringLiteral("rina"));
        QCOMPARE(done.answer, QStringLiteral("Sudah dicek, diusulkan keluar"));
        QCOMPARE(*done.closedAt, store.clock.now());

        // An answered complaint does not go back.
        const Status again = reg.startHandling(op, made->id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("complaint.bad_transition"));
        QCOMPARE(reg.forward(op, made->id, QStringLiteral("x")).error().code,
                 QStringLiteral("complaint.bad_transition"));
    }

    void forwardAndCloseNeedAText()
    {
        TempStore store;
        const ComplaintRegister reg(*store.db, store.clock);
        const Session op = as(QStringLiteral("rina"));
        Complaint c;
        c.anonymous = true;
        c.complainantName = QStringLiteral("dibuang");
        c.channel = ComplaintChannel::Phone;
        c.subject = QStringLiteral("Bantuan BPNT bulan ini belum cair");
        const Complaint made = *reg.record(op, c);
        QVERIFY(made.complainantName.isEmpty());
        QCOMPARE(reg.forward(op, made.id, QStringLiteral("  ")).error().code,
                 QStringLiteral("complaint.no_answer"));
        QVERIFY(reg.forward(op, made.id, QStringLiteral("Wewenang Dinsos kabupaten")));
        QCOMPARE(reg.find(op, made.id)->status, ComplaintStatus::Forwarded);
        QCOMPARE(reg.list(op, ComplaintStatus::Forwarded)->size(), 1);
        QCOMPARE(reg.list(op, ComplaintStatus::Received)->size(), 0);
    }

    void refusesMissingFields()
    {
        TempStore store;
        const ComplaintRegister reg(*store.db, store.clock);
        Complaint c = objection();
        c.subject = QStringLiteral("   ");
        QCOMPARE(reg.record(as(QStringLiteral("rina")), c).error().code,
                 QStringLiteral("complaint.no_subject"));
        c = objection();
        c.complainantName.clear();
        QCOMPARE(reg.record(as(QStringLiteral("rina")), c).error().code,
                 QStringLiteral("complaint.no_name"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM complaint")), 0);
    }

    void permissions()
    {
        TempStore store;
        const ComplaintRegister reg(*store.db, store.clock);
        const Session head = as(QStringLiteral("lurah"), Role::VillageHead);
        const Session field = as(QStringLiteral("budi"), Role::FieldStaff);
        const Session admin = as(QStringLiteral("admin"), Role::Administrator);
        QCOMPARE(reg.record(head, objection()).error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(reg.record(field, objection()).error().code, QStringLiteral("auth.forbidden"));
        QVERIFY(!ComplaintRegister::permitted(head));
        const Complaint made = *reg.record(admin, objection());
        // The village head reads but does not handle; field staff do not read.
        QCOMPARE(reg.list(head)->size(), 1);
        QCOMPARE(reg.startHandling(head, made.id).error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(reg.list(field).error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(reg.find(admin, made.id)->status, ComplaintStatus::Received);
    }

    void objectionLapsesAfterFourteenDaysUnverified()
    {
        TempStore store;
        const ComplaintRegister reg(*store.db, store.clock);
        const Session op = as(QStringLiteral("rina"));
        const Complaint first = *reg.record(op, objection());
        Complaint plain = objection();
        plain.kind = ComplaintKind::Complaint;
        const Complaint complaint = *reg.record(op, plain);
        const Complaint second = *reg.record(op, objection());

        store.clock.advanceDays(ComplaintRegister::kLapseDays);
        QCOMPARE(reg.counts(op)->lapsing, 0); // on the 14th day it still stands
        store.clock.advanceSeconds(1);
        QVERIFY(reg.lapsed(*reg.find(op, first.id)));
        QVERIFY(!reg.lapsed(*reg.find(op, complaint.id))); // only objections lapse
        QCOMPARE(reg.counts(op)->open, 3);
        QCOMPARE(reg.counts(op)->lapsing, 2);

        QVERIFY(reg.markVerified(op, second.id));
        QVERIFY(!reg.lapsed(*reg.find(op, second.id)));
        QCOMPARE(reg.counts(op)->lapsing, 1);
        QCOMPARE(reg.markVerified(op, complaint.id).error().code,
                 QStringLiteral("complaint.not_verifiable"));

        QVERIFY(reg.close(op, first.id, QStringLiteral("Gugur: tidak diverifikasi 14 hari")));
        const ComplaintCounts after = *reg.counts(op);
        QCOMPARE(after.open, 2);
        QCOMPARE(after.lapsing, 0);
    }

    void auditEntriesWithoutPersonalData()
    {
        TempStore store;
        const ComplaintRegister reg(*store.db, store.clock);
        const Session op = as(QStringLiteral("rina"));
        const Complaint made = *reg.record(op, objection());
        QVERIFY(reg.startHandling(op, made.id));
        QVERIFY(reg.close(op, made.id, QStringLiteral("Selesai")));
        Result<QSqlQuery> q = store.db->query(
            QStringLiteral("SELECT action, actor, object_type, object_id, details FROM audit_entry "
                           "WHERE object_type = 'complaint' ORDER BY id"));
        QVERIFY(q);
        QStringList actions;
        while (q->next()) {
            actions << q->value(0).toString();
            QCOMPARE(q->value(1).toString(), QStringLiteral("rina"));
            QCOMPARE(q->value(3).toString(), QString::number(made.id));
            const QString details = q->value(4).toString();
            QVERIFY(!details.contains(QStringLiteral("Siti")));
            QVERIFY(!details.contains(QStringLiteral("0812")));
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("complaint.record"),
                                       QStringLiteral("complaint.handle"),
                                       QStringLiteral("complaint.close")}));
    }

    // Newest first a page at a time; every complaint once, filters by status across pages.
    void pagesByKeysetWithAStatusFilter()
    {
        TempStore store;
        const ComplaintRegister reg(*store.db, store.clock);
        const Session op = as(QStringLiteral("rina"));
        QList<qint64> made;
        for (int i = 0; i < 7; ++i) {
            Complaint c = objection();
            c.subject = QStringLiteral("Aduan %1").arg(i);
            made << reg.record(op, c)->id;
            if (i % 3 == 0) {
                store.clock.advanceSeconds(60); // some share a received time, some do not
            }
        }
        QVERIFY(reg.startHandling(op, made[1]));
        QVERIFY(reg.answer(op, made[2], QStringLiteral("Sudah dijawab")));

        ComplaintQuery query;
        query.limit = 3;
        QList<qint64> seen;
        for (int pages = 0; pages < 10; ++pages) {
            const Result<QList<Complaint>> page = reg.list(op, query);
            QVERIFY(page);
            if (page->isEmpty()) {
                break;
            }
            QVERIFY(page->size() <= 3);
            for (const Complaint &c : *page) {
                seen << c.id;
            }
            query.afterReceivedAt = page->last().receivedAt;
            query.afterId = page->last().id;
        }
        QList<qint64> newestFirst(made.rbegin(), made.rend());
        QCOMPARE(seen, newestFirst);

        ComplaintQuery open = ComplaintQuery::open();
        const QList<Complaint> stillOpen = *reg.list(op, open);
        QCOMPARE(stillOpen.size(), 6);
        for (const Complaint &c : stillOpen) {
            QVERIFY(c.isOpen());
        }
        open.limit = 4;
        const QList<Complaint> first = *reg.list(op, open);
        QCOMPARE(first.size(), 4);
        open.afterReceivedAt = first.last().receivedAt;
        open.afterId = first.last().id;
        QCOMPARE(reg.list(op, open)->size(), 2);
        QCOMPARE(reg.list(as(QStringLiteral("budi"), Role::FieldStaff), open).error().code,
                 QStringLiteral("auth.forbidden"));
    }

    // The counts say what lapsed() says of each complaint.
    void countsAgreeWithLapsed()
    {
        TempStore store;
        const ComplaintRegister reg(*store.db, store.clock);
        const Session op = as(QStringLiteral("rina"));
        for (int day = 0; day < 20; ++day) {
            Complaint c = objection();
            c.kind = day % 4 == 0 ? ComplaintKind::Complaint : ComplaintKind::Objection;
            const Complaint made = *reg.record(op, c);
            if (day % 5 == 1 && c.kind == ComplaintKind::Objection) {
                QVERIFY(reg.markVerified(op, made.id));
            }
            if (day % 7 == 2) {
                QVERIFY(reg.forward(op, made.id, QStringLiteral("Ke Dinsos")));
            }
            store.clock.advanceDays(1);
        }
        int open = 0;
        int lapsing = 0;
        const Result<QList<Complaint>> all = reg.list(op);
        QVERIFY(all);
        for (const Complaint &c : *all) {
            open += c.isOpen() ? 1 : 0;
            lapsing += reg.lapsed(c) ? 1 : 0;
        }
        QVERIFY(lapsing > 0);
        const ComplaintCounts counts = *reg.counts(op);
        QCOMPARE(counts.open, open);
        QCOMPARE(counts.lapsing, lapsing);
        QCOMPARE(reg.counts(as(QStringLiteral("budi"), Role::FieldStaff)).error().code,
                 QStringLiteral("auth.forbidden"));
    }

    void rowsAreNeverDeleted()
    {
        TempStore store;
        const ComplaintRegister reg(*store.db, store.clock);
        const Complaint made = *reg.record(as(QStringLiteral("rina")), objection());
        QVERIFY(!store.db->query(QStringLiteral("DELETE FROM complaint WHERE id = ?"), {made.id}));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM complaint")), 1);
    }
};

QTEST_GUILESS_MAIN(TestComplaintRegister)
#include "TestComplaintRegister.moc"
