#include "tests/support/FieldImages.h"
#include "tests/support/FieldUi.h"
#include "ui/common/Prompts.h"
#include "ui/field/FamilyCardPanel.h"

#include <QDialog>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The kartu keluarga slot offscreen: the cards are a text list (no icon, no thumbnail), a card
// opens at full size, and the village head sees the service's refusal instead of the slot.
class TestFamilyCardPanel : public QObject
{
    Q_OBJECT

    static QString card(ScreenStore &s)
    {
        const QString path = s.store.file(QStringLiteral("kk.jpg"));
        writeFile(path, jpegOf(houseScene(QSize(800, 600), 9)));
        return path;
    }

    static const QString &hh()
    {
        static const QString id = QStringLiteral("3571031001.000007");
        return id;
    }

private Q_SLOTS:
    void cardsAreListedWithoutThumbnailsAndOpenFull()
    {
        ScreenStore s;
        s.session = as(QStringLiteral("budi"), Role::FieldStaff);
        FamilyCardPanel panel(s.context, hh());
        QVERIFY2(panel.addFile(card(s)), qPrintable(panel.message()));
        QCOMPARE(panel.cardCount(), 1);
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("cards"));
        QVERIFY(list);
        QVERIFY(list->item(0)->icon().isNull());
        QVERIFY(list->item(0)->text().contains(QStringLiteral("budi")));
        list->setCurrentRow(0);
        QVERIFY(panel.openSelected());
        auto *viewer = panel.findChild<QDialog *>(QStringLiteral("familyCardViewer"));
        QVERIFY(viewer);
        viewer->close();

        Prompts::setAnswer([](const Prompts::Question &) { return true; });
        list->setCurrentRow(0);
        QVERIFY(panel.findChild<QListWidget *>(QStringLiteral("cards")));
        QMetaObject::invokeMethod(&panel, [&] {
            for (QPushButton *b : panel.findChildren<QPushButton *>()) {
                if (b->text() == QStringLiteral("Le&pas")) {
                    b->click();
                }
            }
        });
        Prompts::setAnswer({});
        QCOMPARE(panel.cardCount(), 0);
    }

    void theVillageHeadSeesOnlyTheRefusal()
    {
        ScreenStore s;
        // A card is there, added by an operator.
        {
            s.session = as(QStringLiteral("rina"), Role::Operator);
            FamilyCardPanel operatorPanel(s.context, hh());
            QVERIFY(operatorPanel.addFile(card(s)));
        }
        s.session = as(QStringLiteral("lurah"), Role::VillageHead);
        FamilyCardPanel panel(s.context, hh());
        QCOMPARE(panel.cardCount(), 0);
        QVERIFY(!panel.findChild<QListWidget *>(QStringLiteral("cards")));
        QVERIFY(panel.message().contains(QStringLiteral("kartu keluarga")));
        QVERIFY(!panel.openSelected());
    }
};

QTEST_MAIN(TestFamilyCardPanel)
#include "TestFamilyCardPanel.moc"
