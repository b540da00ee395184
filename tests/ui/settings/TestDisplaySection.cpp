#include "ui/settings/DisplaySection.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace tepat;

class TestDisplaySection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup() { DisplaySection::applyScale(100); }

    void aLargerTextSizeAppliesAtOnceAndIsKept()
    {
        const qreal base = QApplication::font().pointSizeF();
        QVERIFY(base > 0);
        DisplaySection section;
        QCOMPARE(section.scaleBox()->currentData().toInt(), 100);
        section.scaleBox()->setCurrentIndex(section.scaleBox()->findData(130));
        QCOMPARE(QApplication::font().pointSizeF(), base * 1.3);
        QCOMPARE(DisplaySection::savedScale(), 130);

        DisplaySection again; // the next start shows what was chosen
        QCOMPARE(again.scaleBox()->currentData().toInt(), 130);
        // Scales are of the system's font, not of the last scale.
        again.scaleBox()->setCurrentIndex(again.scaleBox()->findData(115));
        QCOMPARE(QApplication::font().pointSizeF(), base * 1.15);
        again.scaleBox()->setCurrentIndex(again.scaleBox()->findData(100));
        QCOMPARE(QApplication::font().pointSizeF(), base);
    }

    void aTamperedSettingFallsBackToNormal()
    {
        QSettings().setValue(QStringLiteral("ui/textScale"), 900);
        QCOMPARE(DisplaySection::savedScale(), 100);
        const qreal base = QApplication::font().pointSizeF();
        DisplaySection::applySaved();
        QCOMPARE(QApplication::font().pointSizeF(), base);
    }
};

QTEST_MAIN(TestDisplaySection)
#include "TestDisplaySection.moc"
