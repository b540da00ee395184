#include "ui/settings/SettingsPage.h"

#include <QApplication>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace tepat;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sectionTitlesShowTheirAmpersand()
    {
        SettingsPage page;
        page.addSection(QStringLiteral("Surat & kop"), new QWidget);
        page.addSection(QStringLiteral("Server"), new QWidget);
        auto *tabs = page.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        // "&&" is how a tab shows one "&"; a single one would underline the next character.
        QCOMPARE(tabs->tabText(0), QStringLiteral("Surat && kop"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Server"));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
