#include "core/questionnaire/QuestionnaireCatalog.h"
#include "ui/questionnaire/QuestionnaireForm.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace tepat;

namespace {

const QuestionnaireDefinition &v1()
{
    return *QuestionnaireCatalog::builtin().find(QStringLiteral("regsosek-dtsen"), 1);
}

const QList<QuestionnairePerson> people{{QStringLiteral("P1"), QStringLiteral("Sari"), 34},
                                        {QStringLiteral("P2"), QStringLiteral("Bayu"), 1}};

} // namespace

// The one generic form, offscreen: built from the definition, skip rules hide questions, each
// field shows its verdict, answers come out coded, and a second definition version renders
// and validates with the same code.
class TestQuestionnaireForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sectionsFromTheDefinition()
    {
        QuestionnaireForm form(v1(), people);
        // Perumahan, Aset, then one section per member.
        QCOMPARE(form.sectionCount(), 4);
        QVERIFY(form.editor(QStringLiteral("household/luas_lantai")));
        QVERIFY(form.editor(QStringLiteral("person/P1/wg_melihat")));
        QVERIFY(!form.editor(QStringLiteral("household/rekening_bank")));
    }

    void skipRulesHideQuestions()
    {
        QuestionnaireForm form(v1(), people);
        form.show();
        QVERIFY(!form.isAsked(QStringLiteral("household/bukti_kepemilikan_tanah")));
        QVERIFY(form.setAnswer(QStringLiteral("household/status_kepemilikan_rumah"),
                               QStringLiteral("1")));
        QVERIFY(form.isAsked(QStringLiteral("household/bukti_kepemilikan_tanah")));
        form.setAnswer(QStringLiteral("household/bukti_kepemilikan_tanah"), QStringLiteral("4"));
        QCOMPARE(form.answers().household.value(QLatin1String("bukti_kepemilikan_tanah")),
                 QJsonValue(QStringLiteral("4")));
        form.setAnswer(QStringLiteral("household/status_kepemilikan_rumah"), QStringLiteral("2"));
        QVERIFY(!form.isAsked(QStringLiteral("household/bukti_kepemilikan_tanah")));
        // A hidden question's answer is left out.
        QVERIFY(!form.answers().household.contains(QLatin1String("bukti_kepemilikan_tanah")));
        // The one-year-old is not asked about school or work.
        form.showSection(3);
        QVERIFY(!form.isAsked(QStringLiteral("person/P2/partisipasi_sekolah")));
        QVERIFY(form.isAsked(QStringLiteral("person/P2/penyakit_kronis")));
        QVERIFY(form.isAsked(QStringLiteral("person/P1/bekerja_seminggu")));
    }

    void fieldsShowErrorsAndWarnings()
    {
        QuestionnaireForm form(v1(), people);
        QSignalSpy changed(&form, &QuestionnaireForm::answersChanged);
        form.setAnswer(QStringLiteral("household/luas_lantai"), 9000);
        QCOMPARE(changed.count(), 1);
        QVERIFY(form.markText(QStringLiteral("household/luas_lantai"))
                    .contains(QStringLiteral("harus antara")));
        const int errors = form.errorCount();
        form.setAnswer(QStringLiteral("household/luas_lantai"), 700);
        QCOMPARE(form.errorCount(), errors - 1);
        QVERIFY(form.markText(QStringLiteral("household/luas_lantai"))
                    .contains(QStringLiteral("tidak biasa")));
        QCOMPARE(form.warningCount(), 1);
        QCOMPARE(form.answers().household.value(QLatin1String("luas_lantai")), QJsonValue(700));
    }

    // A question label that needs two (or more) lines gets the height of all of them, on every
    // section, at the width the form has on a 1366x768 screen and in the visit dialog.
    void longLabelsAreNotClipped_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("visit dialog") << QSize(960, 560);
    }

    void longLabelsAreNotClipped()
    {
        QFETCH(QSize, size);
        QuestionnaireForm form(v1(), people);
        form.resize(size);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *pages = form.findChild<QStackedWidget *>();
        QVERIFY(pages);
        int wrapped = 0;
        int checked = 0;
        for (int section = 0; section < form.sectionCount(); ++section) {
            form.showSection(section);
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            // The question labels: each names its editor.
            const QList<QLabel *> labels = pages->currentWidget()->findChildren<QLabel *>();
            for (QLabel *label : labels) {
                if (!label->buddy() || !label->isVisible()) {
                    continue;
                }
                ++checked;
                const int needed = label->heightForWidth(label->width());
                const int oneLine = label->fontMetrics().height();
                wrapped += needed > oneLine + 1 ? 1 : 0;
                QVERIFY2(label->height() >= needed,
                         qPrintable(QStringLiteral("%1: %2 px tall, needs %3 at %4 px")
                                        .arg(label->text())
                                        .arg(label->height())
                                        .arg(needed)
                                        .arg(label->width())));
                // Not squeezed to a word per line either.
                QVERIFY2(label->width() >= size.width() / 6, qPrintable(label->text()));
            }
        }
        QVERIFY(checked > 20);
        // The definition has labels long enough to wrap: the check above is not vacuous.
        QVERIFY(wrapped > 0);
    }

    void keyboardChoosesByCode()
    {
        QuestionnaireForm form(v1(), people);
        form.show();
        auto *floor = qobject_cast<QComboBox *>(
            form.editor(QStringLiteral("household/jenis_lantai_terluas")));
        QVERIFY(floor);
        floor->setFocus();
        QTest::keyClicks(floor, QStringLiteral("8"));
        QCOMPARE(floor->currentData().toString(), QStringLiteral("8"));
        auto *area =
            qobject_cast<QLineEdit *>(form.editor(QStringLiteral("household/luas_lantai")));
        QTest::keyClicks(area, QStringLiteral("36"));
        QCOMPARE(form.answers().household.value(QLatin1String("luas_lantai")), QJsonValue(36));
        QCOMPARE(form.answers().household.value(QLatin1String("jenis_lantai_terluas")),
                 QJsonValue(QStringLiteral("8")));
        QTest::keyClicks(area, QStringLiteral("x")); // letters are not accepted
        QCOMPARE(area->text(), QStringLiteral("36"));
    }

    void answersRoundTrip()
    {
        QuestionnaireForm form(v1(), people);
        QuestionnaireAnswers a;
        a.definitionId = QStringLiteral("regsosek-dtsen");
        a.version = 1;
        a.household = QJsonObject{{"status_kepemilikan_rumah", "1"},
                                  {"bukti_kepemilikan_tanah", "3"},
                                  {"luas_lantai", 42}};
        a.persons.insert(QStringLiteral("P1"),
                         QJsonObject{{"penyakit_kronis", "1"}, {"jenis_penyakit_kronis", "5"}});
        QSignalSpy changed(&form, &QuestionnaireForm::answersChanged);
        form.setAnswers(a);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(form.answers(), a);
    }

    void secondVersionRendersWithoutCodeChanges()
    {
        QFile file(QStringLiteral(TEPAT_TEST_DATA "/questionnaire/regsosek-dtsen-v2.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<QuestionnaireDefinition> v2 = QuestionnaireDefinition::parse(file.readAll());
        QVERIFY(v2.ok());
        QuestionnaireForm form(*v2, people);
        form.show();
        QVERIFY(form.editor(QStringLiteral("household/akses_internet")));
        QVERIFY(!form.isAsked(QStringLiteral("household/rekening_bank")));
        form.setAnswer(QStringLiteral("household/akses_internet"), QStringLiteral("1"));
        QVERIFY(form.isAsked(QStringLiteral("household/rekening_bank")));
        form.setAnswer(QStringLiteral("household/rekening_bank"), QStringLiteral("2"));
        form.setAnswer(QStringLiteral("household/luas_lantai"), 7); // expected 8–400 in v2
        QVERIFY(form.markText(QStringLiteral("household/luas_lantai"))
                    .contains(QStringLiteral("tidak biasa")));
        const QuestionnaireAnswers a = form.answers();
        QCOMPARE(a.version, 2);
        QCOMPARE(a.household.value(QLatin1String("rekening_bank")),
                 QJsonValue(QStringLiteral("2")));
    }
};

QTEST_MAIN(TestQuestionnaireForm)
#include "TestQuestionnaireForm.moc"
