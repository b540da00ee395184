#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/questionnaire/QuestionnaireRules.h"

#include <QTest>

using namespace tepat;

// A second version of the DTSEN definition (tests/data/questionnaire) is only data: it loads,
// is the latest, validates its new questions, and answers of version 1 stay valid under 1.
class TestQuestionnaireCatalog : public QObject
{
    Q_OBJECT

    QuestionnaireCatalog both() const
    {
        Result<QuestionnaireCatalog> c =
            QuestionnaireCatalog::fromFolder(QStringLiteral(":/questionnaire"));
        if (!c) {
            qFatal("%s", qPrintable(c.error().message));
        }
        const Result<QuestionnaireCatalog> extra =
            QuestionnaireCatalog::fromFolder(QStringLiteral(TEPAT_TEST_DATA "/questionnaire"));
        if (!extra || extra->size() != 1) {
            qFatal("no test definition");
        }
        QFile f(QStringLiteral(TEPAT_TEST_DATA "/questionnaire/regsosek-dtsen-v2.json"));
        f.open(QIODevice::ReadOnly);
        if (const Status s = c->add(f.readAll()); !s) {
            qFatal("%s", qPrintable(s.error().message));
        }
        return *c;
    }

private Q_SLOTS:
    void builtInIsVersionOne()
    {
        QCOMPARE(QuestionnaireCatalog::builtin().size(), 1);
        QVERIFY(QuestionnaireCatalog::builtin().find(QStringLiteral("regsosek-dtsen"), 1));
        QVERIFY(!QuestionnaireCatalog::builtin().find(QStringLiteral("regsosek-dtsen"), 2));
    }

    void secondVersionIsTheLatest()
    {
        const QuestionnaireCatalog c = both();
        QCOMPARE(c.size(), 2);
        QCOMPARE(c.latest(QStringLiteral("regsosek-dtsen"))->version(), 2);
        QVERIFY(
            c.latest(QStringLiteral("regsosek-dtsen"))->question(QStringLiteral("rekening_bank")));
        QVERIFY(!c.find(QStringLiteral("regsosek-dtsen"), 1)
                     ->question(QStringLiteral("rekening_bank")));
    }

    void eachVersionValidatesItsOwnAnswers()
    {
        const QuestionnaireCatalog c = both();
        const QuestionnaireRules v1(*c.find(QStringLiteral("regsosek-dtsen"), 1));
        const QuestionnaireRules v2(*c.find(QStringLiteral("regsosek-dtsen"), 2));
        QuestionnaireAnswers a;
        a.definitionId = QStringLiteral("regsosek-dtsen");
        a.version = 2;
        a.household = QJsonObject{{"akses_internet", "1"}, {"luas_lantai", 7}};
        const Findings f2 = v2.validate(a, {});
        const auto has = [](const Findings &f, const char *code, const char *field) {
            for (const Finding &x : f) {
                if (x.code == QLatin1String(code) && x.field == QLatin1String(field)) {
                    return true;
                }
            }
            return false;
        };
        QVERIFY(has(f2, "questionnaire.required", "household/rekening_bank"));
        QVERIFY(has(f2, "questionnaire.unusual", "household/luas_lantai")); // expected 8–400 in v2
        a.version = 1;
        const Findings f1 = v1.validate(a, {});
        QVERIFY(!has(f1, "questionnaire.required", "household/rekening_bank"));
        QVERIFY(!has(f1, "questionnaire.unusual", "household/luas_lantai")); // 6–500 in v1
    }

    void unknownVersionIsExplained()
    {
        const Result<const QuestionnaireDefinition *> d =
            QuestionnaireCatalog::builtin().require(QStringLiteral("regsosek-dtsen"), 7);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QStringLiteral("questionnaire.unknown_version"));
        QVERIFY(d.error().message.contains(QStringLiteral("Perbarui Tepat")));
    }

    void sameVersionTwiceIsRefused()
    {
        QuestionnaireCatalog c = both();
        QFile f(QStringLiteral(TEPAT_TEST_DATA "/questionnaire/regsosek-dtsen-v2.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(c.add(f.readAll()).error().code,
                 QStringLiteral("questionnaire.duplicate_version"));
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaireCatalog)
#include "TestQuestionnaireCatalog.moc"
