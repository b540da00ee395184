#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/questionnaire/QuestionnaireRules.h"

#include <QTest>

using namespace tepat;

namespace {

const QuestionnaireDefinition &dtsen()
{
    return *QuestionnaireCatalog::builtin().find(QLatin1String(QuestionnaireCatalog::kDtsen), 1);
}

// Every household question answered the simple way: rented, earth floor, no electricity …
QuestionnaireAnswers completeHousehold()
{
    QuestionnaireAnswers a;
    a.definitionId = QLatin1String(QuestionnaireCatalog::kDtsen);
    a.version = 1;
    a.household = QJsonObject{{"status_kepemilikan_rumah", "2"},
                              {"luas_lantai", 36},
                              {"jenis_lantai_terluas", "8"},
                              {"jenis_dinding_terluas", "4"},
                              {"jenis_atap_terluas", "3"},
                              {"sumber_air_minum_utama", "2"},
                              {"sumber_penerangan_utama", "4"},
                              {"bahan_bakar_utama_memasak", "10"},
                              {"fasilitas_bab", "6"}};
    for (const QuestionnaireBlock &b : dtsen().blocks()) {
        if (b.id == QLatin1String("aset")) {
            for (const QuestionnaireQuestion &q : b.questions) {
                a.household.insert(q.id, q.type == QuestionType::Number ? QJsonValue(0)
                                                                        : QJsonValue("2"));
            }
        }
    }
    return a;
}

QStringList codes(const Findings &findings, Severity severity)
{
    QStringList list;
    for (const Finding &f : findings) {
        if (f.severity == severity) {
            list << f.code + QLatin1Char('@') + f.field;
        }
    }
    return list;
}

} // namespace

class TestQuestionnaireRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeHouseholdHasNoFindings()
    {
        const QuestionnaireRules rules(dtsen());
        QCOMPARE(rules.validate(completeHousehold(), {}), Findings{});
    }

    void skipRulesFollowTheAnswers()
    {
        const QuestionnaireRules rules(dtsen());
        const QuestionnaireQuestion &proof =
            *dtsen().question(QStringLiteral("bukti_kepemilikan_tanah"));
        const QuestionnaireQuestion &power = *dtsen().question(QStringLiteral("daya_terpasang"));
        const QuestionnaireQuestion &closet = *dtsen().question(QStringLiteral("jenis_kloset"));
        QuestionnaireAnswers a = completeHousehold();
        QVERIFY(!rules.asked(proof, a.household));
        QVERIFY(!rules.asked(power, a.household));
        QVERIFY(!rules.asked(closet, a.household));
        a.household[QStringLiteral("status_kepemilikan_rumah")] = QStringLiteral("1");
        a.household[QStringLiteral("sumber_penerangan_utama")] = QStringLiteral("1");
        a.household[QStringLiteral("fasilitas_bab")] = QStringLiteral("3");
        QVERIFY(rules.asked(proof, a.household));
        QVERIFY(rules.asked(power, a.household));
        QVERIFY(rules.asked(closet, a.household));
        // Now asked and required: hard errors until they are answered.
        QCOMPARE(codes(rules.validate(a, {}), Severity::Error),
                 (QStringList{"questionnaire.required@household/bukti_kepemilikan_tanah",
                              "questionnaire.required@household/daya_terpasang",
                              "questionnaire.required@household/jenis_kloset",
                              "questionnaire.required@household/pembuangan_akhir_tinja"}));
    }

    void skippedAnswersAreDropped()
    {
        const QuestionnaireRules rules(dtsen());
        QuestionnaireAnswers a = completeHousehold();
        a.household[QStringLiteral("daya_terpasang")] = QStringLiteral("2"); // no PLN meter
        a.persons[QStringLiteral("P1")] =
            QJsonObject{{"partisipasi_sekolah", "1"}, {"jenjang_pendidikan", "7"}};
        const QList<QuestionnairePerson> people{{QStringLiteral("P1"), QStringLiteral("A"), 30}};
        const QuestionnaireAnswers kept = rules.withoutSkipped(a, people);
        QVERIFY(!kept.household.contains(QStringLiteral("daya_terpasang")));
        QVERIFY(kept.household.contains(QStringLiteral("luas_lantai")));
        QCOMPARE(kept.persons.value(QStringLiteral("P1")),
                 (QJsonObject{{"partisipasi_sekolah", "1"}}));
    }

    void personBlocksFollowAge()
    {
        const QuestionnaireRules rules(dtsen());
        QuestionnaireAnswers a = completeHousehold();
        const QList<QuestionnairePerson> people{{QStringLiteral("bayi"), QStringLiteral("B"), 1},
                                                {QStringLiteral("anak"), QStringLiteral("C"), 7},
                                                {QStringLiteral("umur?"), QStringLiteral("D"), {}}};
        const QStringList errors = codes(rules.validate(a, people), Severity::Error);
        // A one-year-old: only the chronic-illness block.
        QCOMPARE(errors.filter(QStringLiteral("person/bayi/")),
                 QStringList{"questionnaire.required@person/bayi/penyakit_kronis"});
        // A seven-year-old: education and functioning, not work.
        QVERIFY(errors.contains("questionnaire.required@person/anak/partisipasi_sekolah"));
        QVERIFY(errors.contains("questionnaire.required@person/anak/wg_melihat"));
        QVERIFY(!errors.contains("questionnaire.required@person/anak/bekerja_seminggu"));
        // Unknown age: every block is asked.
        QVERIFY(errors.contains("questionnaire.required@person/umur?/bekerja_seminggu"));
    }

    void hardErrorsAndWarnings()
    {
        const QuestionnaireRules rules(dtsen());
        QuestionnaireAnswers a = completeHousehold();
        a.household[QStringLiteral("luas_lantai")] = 0; // below the range: error
        a.household[QStringLiteral("jenis_atap_terluas")] = QStringLiteral("42"); // no such code
        a.household[QStringLiteral("ternak_sapi")] = 80;                          // unusual
        QCOMPARE(codes(rules.validate(a, {}), Severity::Error),
                 (QStringList{"questionnaire.out_of_range@household/luas_lantai",
                              "questionnaire.unknown_code@household/jenis_atap_terluas"}));
        QCOMPARE(codes(rules.validate(a, {}), Severity::Warning),
                 QStringList{"questionnaire.unusual@household/ternak_sapi"});
        a.household[QStringLiteral("luas_lantai")] = 800; // inside the range, outside expected
        a.household[QStringLiteral("jenis_atap_terluas")] = QStringLiteral("3");
        const Findings f = rules.validate(a, {});
        QVERIFY(!hasErrors(f));
        QCOMPARE(codes(f, Severity::Warning),
                 (QStringList{"questionnaire.unusual@household/luas_lantai",
                              "questionnaire.unusual@household/ternak_sapi"}));
        QVERIFY(f.first().message.contains(QStringLiteral("Luas lantai")));
        a.household[QStringLiteral("luas_lantai")] = 36.5; // whole square metres only
        QCOMPARE(codes(rules.validate(a, {}), Severity::Error),
                 QStringList{"questionnaire.decimals@household/luas_lantai"});
        a.household[QStringLiteral("luas_lantai")] = QStringLiteral("luas");
        QCOMPARE(codes(rules.validate(a, {}), Severity::Error),
                 QStringList{"questionnaire.not_a_number@household/luas_lantai"});
    }

    void crossCheckIsAWarning()
    {
        const QuestionnaireRules rules(dtsen());
        QuestionnaireAnswers a = completeHousehold();
        a.household[QStringLiteral("sumber_penerangan_utama")] = QStringLiteral("1");
        a.household[QStringLiteral("daya_terpasang")] = QStringLiteral("1");
        a.household[QStringLiteral("bahan_bakar_utama_memasak")] = QStringLiteral("1");
        const Findings f = rules.validate(a, {});
        QVERIFY(!hasErrors(f));
        QCOMPARE(codes(f, Severity::Warning),
                 QStringList{"questionnaire.check.masak_listrik_450@household/daya_terpasang"});
    }

    void textPattern()
    {
        const QuestionnaireRules rules(dtsen());
        const QuestionnaireQuestion &meter = *dtsen().question(QStringLiteral("id_pelanggan_pln"));
        QCOMPARE(codes(rules.check(meter, QStringLiteral("12345"), QStringLiteral("x")),
                       Severity::Error),
                 QStringList{"questionnaire.pattern@x"});
        QVERIFY(rules.check(meter, QStringLiteral("512345678901"), QStringLiteral("x")).isEmpty());
        QVERIFY(rules.check(meter, QJsonValue(), QStringLiteral("x")).isEmpty()); // optional
    }

    void answersOfAnotherVersionAreRefused()
    {
        const QuestionnaireRules rules(dtsen());
        QuestionnaireAnswers a = completeHousehold();
        a.version = 2;
        QCOMPARE(codes(rules.validate(a, {}), Severity::Error),
                 QStringList{"questionnaire.version@"});
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaireRules)
#include "TestQuestionnaireRules.moc"
