#include "core/common/Language.h"
#include "ui/settings/LanguageSection.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace tepat;

// Pengaturan → Bahasa shows the language in use, and the one saved for the next start.
class TestLanguageSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("TepatTest"));
        QApplication::setApplicationName(QStringLiteral("TestLanguageSection"));
    }

    void init() { QSettings().clear(); }

    void showsTheLanguageInUseWhenNothingIsSaved()
    {
        Language::install(QStringLiteral("en")); // as with --lang en
        LanguageSection section;
        QCOMPARE(section.currentChoice(), QStringLiteral("en"));
        QVERIFY2(section.note().contains(QStringLiteral("English")), qPrintable(section.note()));
        QVERIFY(!section.note().contains(QStringLiteral("Bahasa Indonesia")));
        Language::install(QStringLiteral("id"));
    }

    void aChoiceForTheNextStartIsShownBesideTheLanguageInUse()
    {
        Language::install(QStringLiteral("id"));
        LanguageSection section;
        QCOMPARE(section.currentChoice(), QStringLiteral("id"));
        section.findChild<QComboBox *>()->setCurrentIndex(1);
        QCOMPARE(LanguageSection::savedLanguage(), QStringLiteral("en"));
        QVERIFY(section.note().contains(QStringLiteral("Bahasa Indonesia")));
        QVERIFY(section.note().contains(QStringLiteral("English")));

        LanguageSection again; // Pengaturan opened again before the restart
        QCOMPARE(again.currentChoice(), QStringLiteral("en"));
        QVERIFY(again.note().startsWith(
            QStringLiteral("Bahasa yang dipakai sekarang: Bahasa Indonesia.")));
    }
};

QTEST_MAIN(TestLanguageSection)
#include "TestLanguageSection.moc"
