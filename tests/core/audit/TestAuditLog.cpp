#include "core/audit/AuditLog.h"
#include "core/domain/Vocabulary.h"
#include "core/requests/ChangeRequest.h"
#include "core/storage/AuditTrail.h"
#include "tests/support/TestSupport.h"

#include <QSet>
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

    // Every action the app records reads as words, and so do its details: no "letter.issue",
    // no "target: printer".
    void everyRecordedActionInWords()
    {
        const QStringList recorded{QStringLiteral("login"),
                                   QStringLiteral("login.failed"),
                                   QStringLiteral("session.unlock"),
                                   QStringLiteral("account.create"),
                                   QStringLiteral("account.role"),
                                   QStringLiteral("account.disable"),
                                   QStringLiteral("account.enable"),
                                   QStringLiteral("account.password_reset"),
                                   QStringLiteral("account.password_change"),
                                   QStringLiteral("settings.idle_lock"),
                                   QStringLiteral("settings.letters"),
                                   QStringLiteral("settings.deliberation"),
                                   QStringLiteral("backup.create"),
                                   QStringLiteral("backup.restore"),
                                   QStringLiteral("backup.configure"),
                                   QStringLiteral("backup.passphrase"),
                                   QStringLiteral("request.create"),
                                   QStringLiteral("request.edit"),
                                   QStringLiteral("request.attachments"),
                                   QStringLiteral("request.transition"),
                                   QStringLiteral("status.change"),
                                   QStringLiteral("letter.issue"),
                                   QStringLiteral("letter.print"),
                                   QStringLiteral("letter.reprint"),
                                   QStringLiteral("letter.key_rotate"),
                                   QStringLiteral("location.record"),
                                   QStringLiteral("photo.attach"),
                                   QStringLiteral("photo.view"),
                                   QStringLiteral("photo.detach"),
                                   QStringLiteral("meeting.plan"),
                                   QStringLiteral("meeting.update"),
                                   QStringLiteral("meeting.cancel"),
                                   QStringLiteral("meeting.agenda_add"),
                                   QStringLiteral("meeting.agenda_remove"),
                                   QStringLiteral("meeting.attendee_add"),
                                   QStringLiteral("meeting.attendee_remove"),
                                   QStringLiteral("meeting.photo_add"),
                                   QStringLiteral("meeting.decide"),
                                   QStringLiteral("meeting.finalise"),
                                   QStringLiteral("meeting.addendum"),
                                   QStringLiteral("outbox.park"),
                                   QStringLiteral("outbox.edit"),
                                   QStringLiteral("outbox.resend"),
                                   QStringLiteral("outbox.resend_all"),
                                   QStringLiteral("sync.accept_server")};
        QSet<QString> labels;
        for (const QString &code : recorded) {
            const QString label = AuditLog::actionLabel(code);
            QVERIFY2(label != code && !label.contains(u'.') && !label.contains(u'_'),
                     qPrintable(code));
            labels.insert(label);
        }
        QCOMPARE(labels.size(), recorded.size()); // each tells its own story
        QCOMPARE(AuditLog::actionLabel(QStringLiteral("letter.issue")),
                 QStringLiteral("Surat diterbitkan"));

        AuditEntry printed;
        printed.action = QStringLiteral("letter.print");
        printed.objectType = QStringLiteral("letter");
        printed.objectId = QStringLiteral("3");
        printed.details = {{QStringLiteral("number"), QStringLiteral("400.9/0003")},
                           {QStringLiteral("copy"), false},
                           {QStringLiteral("paper"), QStringLiteral("A4")},
                           {QStringLiteral("target"), QStringLiteral("printer")}};
        QCOMPARE(AuditLog::describe(printed),
                 QStringLiteral("asli; nomor: 400.9/0003; kertas: A4; ke printer"));
        QCOMPARE(AuditLog::objectLabel(printed), QStringLiteral("Surat #3"));
        printed.details = {{QStringLiteral("copy"), true},
                           {QStringLiteral("target"), QStringLiteral("pdf")}};
        QCOMPARE(AuditLog::describe(printed), QStringLiteral("salinan; ke berkas PDF"));

        AuditEntry issued;
        issued.details = {{QStringLiteral("kind"), QStringLiteral("certificate")},
                          {QStringLiteral("person_id"), 17}};
        QCOMPARE(AuditLog::describe(issued),
                 QStringLiteral("jenis: surat keterangan DTKS; orang: #17"));

        AuditEntry moved;
        moved.objectType = QStringLiteral("change_request");
        moved.objectId = QStringLiteral("12");
        moved.details = {{QStringLiteral("from"), QStringLiteral("draft")},
                         {QStringLiteral("to"), QStringLiteral("on_agenda")}};
        QCOMPARE(AuditLog::describe(moved),
                 QStringLiteral("dari: %1; menjadi: %2")
                     .arg(RequestLifecycle::label(RequestState::Draft),
                          RequestLifecycle::label(RequestState::OnAgenda)));
        QCOMPARE(AuditLog::objectLabel(moved), QStringLiteral("Usulan #12"));

        AuditEntry died;
        died.details = {{QStringLiteral("status"), QStringLiteral("deceased")},
                        {QStringLiteral("source"), QStringLiteral("request")}};
        QCOMPARE(AuditLog::describe(died), QStringLiteral("sumber: usulan; status: %1")
                                               .arg(vocabulary::label(PersonStatus::Deceased)));
        AuditEntry located;
        located.details = {{QStringLiteral("source"), QStringLiteral("nmea")}};
        QCOMPARE(AuditLog::describe(located), QStringLiteral("sumber: penerima GPS"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
