#include "tests/ui/UiSupport.h"
#include "ui/households/HouseholdDetailView.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WorkspacePages.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The window's keys work wherever the focus is, the navigation list included.
class TestWindowShortcuts : public QObject
{
    Q_OBJECT

    struct Desk
    {
        UiFixture fixture{40};
        MainWindow window{fixture.context};
        HouseholdsPage *households = nullptr;
        QListWidget *navigation = nullptr;

        Desk()
        {
            addWorkspacePages(window, fixture.context);
            households = qobject_cast<HouseholdsPage *>(window.page(QStringLiteral("keluarga")));
            navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            window.resize(1366, 740);
            window.show();
        }

        // A click on a page's entry in the navigation list, which then has the focus.
        void clickNavigation(const QString &title)
        {
            const QList<QListWidgetItem *> items = navigation->findItems(title, Qt::MatchExactly);
            QVERIFY(!items.isEmpty());
            const QRect rect = navigation->visualItemRect(items.first());
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
            QTRY_VERIFY(navigation->hasFocus());
        }
    };

private Q_SLOTS:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }

    void ctrlFFromTheNavigationSearchesPeople()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        desk.clickNavigation(QStringLiteral("Beranda"));
        QCOMPARE(desk.window.currentPageKey(), QStringLiteral("beranda"));
        QTest::keyClick(desk.navigation, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(desk.window.currentPageKey(), QStringLiteral("keluarga"));
        QTRY_VERIFY(desk.households->searchBox()->hasFocus());
    }

    void typingInTheNavigationDoesNotChangeThePage()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        desk.clickNavigation(QStringLiteral("Keluarga"));
        // "s" would jump to "Surat" by Qt's type-ahead search; "u" to "Usulan".
        QTest::keyClicks(desk.navigation, QStringLiteral("su"));
        QCOMPARE(desk.window.currentPageKey(), QStringLiteral("keluarga"));
        QTest::keyClick(desk.navigation, Qt::Key_Down); // the arrows still move between pages
        QCOMPARE(desk.window.currentPageKey(), QStringLiteral("usulan"));
    }

    void escFromTheNavigationClosesTheFamily()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        QTRY_VERIFY(desk.households->householdModel()->rowCount() > 0);
        desk.window.showPage(QStringLiteral("keluarga")); // the first start shows Beranda
        desk.households->openHousehold(desk.households->householdModel()->householdId(0));
        QVERIFY(desk.households->detail()->isVisible());
        desk.clickNavigation(QStringLiteral("Keluarga"));
        QTest::keyClick(desk.navigation, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(desk.households->detail()->tabs()->currentIndex(), 1);
        QTest::keyClick(desk.navigation, Qt::Key_Escape);
        QTRY_VERIFY(!desk.households->detail()->isVisible());
        QVERIFY(desk.households->householdTable()->isVisible());
    }

    void ctrlQClosesTheWindowAfterTheOpenForms()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        // A form that cannot be closed yet (as a draft that failed to save) keeps Tepat open.
        class StubbornForm : public QDialog
        {
        public:
            using QDialog::QDialog;
            bool mayClose = false;

        protected:
            void closeEvent(QCloseEvent *event) override { event->setAccepted(mayClose); }
        };
        auto *form = new StubbornForm(&desk.window);
        form->show();
        QVERIFY(QTest::qWaitForWindowExposed(form));
        // From the form itself: the shortcut is the application's.
        QTest::keyClick(form, Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(desk.window.isVisible());
        QVERIFY(form->isVisible());

        form->mayClose = true;
        QTest::keyClick(form, Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(!form->isVisible());
        QVERIFY(!desk.window.isVisible());
    }
};

QTEST_MAIN(TestWindowShortcuts)
#include "TestWindowShortcuts.moc"
