#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/questionnaire/QuestionnaireDefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tepat;

namespace {

QJsonObject minimal()
{
    return QJsonDocument::fromJson(R"({
      "format": 1, "id": "uji", "version": 1, "title": {"id": "Uji"},
      "blocks": [{"id": "rumah", "scope": "household", "title": {"id": "Rumah"},
        "questions": [
          {"id": "milik", "type": "choice", "label": {"id": "Milik"},
           "options": [{"code": "1", "label": {"id": "Sendiri"}}, {"code": "2", "label": {"id": "Sewa"}}]},
          {"id": "luas", "type": "number", "label": {"id": "Luas"}, "range": {"min": 1, "max": 10},
           "show_if": {"question": "milik", "in": ["1"]}}]}]})")
        .object();
}

QJsonObject questionOf(int i)
{
    return minimal()[QStringLiteral("blocks")]
        .toArray()[0]
        .toObject()[QStringLiteral("questions")]
        .toArray()[i]
        .toObject();
}

QJsonObject withQuestion(QJsonObject root, int i, const QJsonObject &q)
{
    QJsonArray blocks = root[QStringLiteral("blocks")].toArray();
    QJsonObject block = blocks[0].toObject();
    QJsonArray questions = block[QStringLiteral("questions")].toArray();
    questions[i] = q;
    block[QStringLiteral("questions")] = questions;
    blocks[0] = block;
    root[QStringLiteral("blocks")] = blocks;
    return root;
}

Result<QuestionnaireDefinition> parse(const QJsonObject &o)
{
    return QuestionnaireDefinition::parse(QJsonDocument(o).toJson());
}

} // namespace

class TestQuestionnaireDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInDefinitionHasTheRequiredBlocks()
    {
        const QuestionnaireDefinition *d =
            QuestionnaireCatalog::builtin().latest(QLatin1String(QuestionnaireCatalog::kDtsen));
        QVERIFY(d);
        QCOMPARE(d->version(), 1);
        for (const char *id : {"status_kepemilikan_rumah",
                               "luas_lantai",
                               "jenis_lantai_terluas",
                               "jenis_dinding_terluas",
                               "jenis_atap_terluas",
                               "sumber_air_minum_utama",
                               "sumber_penerangan_utama",
                               "daya_terpasang",
                               "bahan_bakar_utama_memasak",
                               "fasilitas_bab",
                               "pembuangan_akhir_tinja",
                               "aset_lemari_es",
                               "aset_mobil",
                               "aset_lahan_lain",
                               "aset_rumah_lain",
                               "ternak_sapi",
                               "jenjang_pendidikan",
                               "bekerja_seminggu",
                               "wg_melihat",
                               "wg_mendengar",
                               "wg_berjalan",
                               "wg_mengingat",
                               "wg_mengurus_diri",
                               "wg_berkomunikasi",
                               "penyakit_kronis"}) {
            QVERIFY2(d->question(QLatin1String(id)), id);
        }
        const QuestionnaireBlock *block = nullptr;
        QVERIFY(d->question(QStringLiteral("wg_melihat"), &block));
        QCOMPARE(block->scope, QuestionnaireScope::Person);
        const QuestionnaireQuestion *floor = d->question(QStringLiteral("jenis_lantai_terluas"));
        QCOMPARE(floor->option(QStringLiteral("8"))->label.id, QStringLiteral("Tanah"));
        QCOMPARE(floor->option(QStringLiteral("8"))->label.en, QStringLiteral("Earth"));
        // Options shared through option_sets are expanded.
        QCOMPARE(d->question(QStringLiteral("aset_mobil"))->options.size(), 2);
        QCOMPARE(d->question(QStringLiteral("wg_berjalan"))->options.size(), 4);
    }

    void minimalDefinitionParses()
    {
        const Result<QuestionnaireDefinition> d = parse(minimal());
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        QCOMPARE(d->blocks().size(), 1);
        QCOMPARE(d->question(QStringLiteral("luas"))->range->max, 10.0);
    }

    void malformedDefinitionsAreRefusedWithWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{\"format\": 1,") << QStringLiteral("JSON");
        QJsonObject root = minimal();
        root[QStringLiteral("format")] = 9;
        QTest::newRow("format") << QJsonDocument(root).toJson() << QStringLiteral("format 9");
        QJsonObject q = questionOf(0);
        q[QStringLiteral("type")] = QStringLiteral("slider");
        QTest::newRow("type") << QJsonDocument(withQuestion(minimal(), 0, q)).toJson()
                              << QStringLiteral("slider");
        q = questionOf(0);
        q[QStringLiteral("options")] =
            QJsonArray{QJsonObject{{"code", "1"}, {"label", QJsonObject{{"id", "A"}}}},
                       QJsonObject{{"code", "1"}, {"label", QJsonObject{{"id", "B"}}}}};
        QTest::newRow("duplicate code")
            << QJsonDocument(withQuestion(minimal(), 0, q)).toJson() << QStringLiteral("\"1\"");
        q = questionOf(1);
        q[QStringLiteral("show_if")] = QJsonObject{{"question", "atap"}, {"in", QJsonArray{"1"}}};
        QTest::newRow("unknown question") << QJsonDocument(withQuestion(minimal(), 1, q)).toJson()
                                          << QStringLiteral("blocks/rumah/luas");
        q = questionOf(1);
        q[QStringLiteral("show_if")] = QJsonObject{{"question", "milik"}, {"in", QJsonArray{"7"}}};
        QTest::newRow("unknown code in rule")
            << QJsonDocument(withQuestion(minimal(), 1, q)).toJson() << QStringLiteral("\"7\"");
        q = questionOf(1);
        q[QStringLiteral("range")] = QJsonObject{{"min", 5}, {"max", 1}};
        QTest::newRow("range order")
            << QJsonDocument(withQuestion(minimal(), 1, q)).toJson() << QStringLiteral("min ≤ max");
        q = questionOf(0);
        q[QStringLiteral("label")] = QJsonObject{{"en", "Tenure"}};
        QTest::newRow("no Indonesian label")
            << QJsonDocument(withQuestion(minimal(), 0, q)).toJson() << QStringLiteral("milik");
        q = questionOf(0);
        q[QStringLiteral("id")] = QStringLiteral("luas");
        QTest::newRow("duplicate id")
            << QJsonDocument(withQuestion(minimal(), 0, q)).toJson() << QStringLiteral("luas");
        // A rule may only name a question asked before it.
        QJsonObject first = questionOf(0);
        first[QStringLiteral("show_if")] = QJsonObject{{"question", "luas"}, {"gte", 2}};
        QTest::newRow("rule names a later question")
            << QJsonDocument(withQuestion(minimal(), 0, first)).toJson()
            << QStringLiteral("\"luas\"");
    }

    void malformedDefinitionsAreRefusedWithWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const Result<QuestionnaireDefinition> d = QuestionnaireDefinition::parse(json);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QStringLiteral("questionnaire.malformed"));
        QVERIFY2(d.error().message.contains(mentions), qPrintable(d.error().message));
        QVERIFY(d.error().message.startsWith(QStringLiteral("Definisi kuesioner tidak sah")));
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaireDefinition)
#include "TestQuestionnaireDefinition.moc"
