#include "core/questionnaire/QuestionnaireResponses.h"

#include "tests/support/TestSupport.h"

using namespace tepat;
using namespace tepat::test;

namespace {

QuestionnaireAnswers answers(const QString &tenure)
{
    QuestionnaireAnswers a;
    a.definitionId = QStringLiteral("regsosek-dtsen");
    a.version = 1;
    a.household = QJsonObject{{"status_kepemilikan_rumah", tenure}, {"luas_lantai", 36}};
    a.persons.insert(QStringLiteral("P1"), QJsonObject{{"wg_melihat", "1"}});
    return a;
}

} // namespace

class TestQuestionnaireResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedAsCodedAnswersWithTheVersion()
    {
        TempStore store;
        const QuestionnaireResponses responses(*store.db, store.clock);
        const Result<QuestionnaireResponse> saved = responses.save(
            as(QStringLiteral("sari"), Role::FieldStaff), QStringLiteral("H1"),
            QStringLiteral("abcd"), ResponseOrigin::Field, answers(QStringLiteral("1")));
        QVERIFY(saved.ok());
        QCOMPARE(saved->revision, 1);
        auto q = store.db->query(QStringLiteral("SELECT definition_id, version, answers FROM "
                                                "questionnaire_response"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("regsosek-dtsen"));
        QCOMPARE(q->value(1).toInt(), 1);
        QCOMPARE(q->value(2).toString(),
                 QStringLiteral("{\"household\":{\"luas_lantai\":36,\"status_kepemilikan_rumah\":"
                                "\"1\"},\"persons\":{\"P1\":{\"wg_melihat\":\"1\"}}}"));
        const auto latest = responses.latest(QStringLiteral("H1"));
        QVERIFY(latest && *latest);
        QCOMPARE((*latest)->answers, answers(QStringLiteral("1")));
        QCOMPARE((*latest)->recordedBy, QStringLiteral("sari"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action = "
                                            "'questionnaire.save'")),
                 1);
    }

    void revisedInPlaceAndUnchangedSaveIsQuiet()
    {
        TempStore store;
        const QuestionnaireResponses responses(*store.db, store.clock);
        const Session sari = as(QStringLiteral("sari"), Role::FieldStaff);
        const auto first = responses.save(sari, QStringLiteral("H1"), QStringLiteral("abcd"),
                                          ResponseOrigin::Field, answers(QStringLiteral("1")));
        const auto same = responses.save(sari, QStringLiteral("H1"), QStringLiteral("abcd"),
                                         ResponseOrigin::Field, answers(QStringLiteral("1")));
        const auto second = responses.save(sari, QStringLiteral("H1"), QStringLiteral("abcd"),
                                           ResponseOrigin::Field, answers(QStringLiteral("2")));
        QVERIFY(first && same && second);
        QCOMPARE(same->revision, 1);
        QCOMPARE(second->revision, 2);
        QCOMPARE(second->uuid, first->uuid);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM questionnaire_response")), 1);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action = "
                                            "'questionnaire.save'")),
                 2);
        // The details name the response, never an answer.
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE details LIKE "
                                            "'%status_kepemilikan%'")),
                 0);
    }

    void villageHeadMayNotRecordAnswers()
    {
        TempStore store;
        const auto refused =
            QuestionnaireResponses(*store.db, store.clock)
                .save(as(QStringLiteral("lurah"), Role::VillageHead), QStringLiteral("H1"), {},
                      ResponseOrigin::Office, answers(QStringLiteral("1")));
        QVERIFY(!refused.ok());
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM questionnaire_response")), 0);
    }

    void putKeepsTheNewestRevision()
    {
        TempStore store;
        const QuestionnaireResponses responses(*store.db, store.clock);
        QuestionnaireResponse r;
        r.uuid = QStringLiteral("u-1");
        r.householdId = QStringLiteral("H1");
        r.answers = answers(QStringLiteral("2"));
        r.revision = 2;
        r.recordedBy = QStringLiteral("sari");
        r.updatedAt = store.clock.now().toUTC();
        QVERIFY(*responses.put(r));
        QVERIFY(!*responses.put(r)); // the same revision again
        QuestionnaireResponse older = r;
        older.revision = 1;
        older.answers = answers(QStringLiteral("1"));
        QVERIFY(!*responses.put(older));
        QCOMPARE((*responses.byUuid(QStringLiteral("u-1")))->answers, answers(QStringLiteral("2")));
        // Through JSON (the bundle form) nothing is lost.
        const QuestionnaireResponse back =
            QuestionnaireResponses::fromJson(QuestionnaireResponses::toJson(r));
        QCOMPARE(back.answers, r.answers);
        QCOMPARE(back.revision, 2);
        QCOMPARE(back.updatedAt, r.updatedAt);
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaireResponses)
#include "TestQuestionnaireResponses.moc"
