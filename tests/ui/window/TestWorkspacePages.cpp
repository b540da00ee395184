#include "tests/ui/UiSupport.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/field/HouseholdLocationPanel.h"
#include "ui/households/HouseholdDetailView.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WorkspacePages.h"

#include <QComboBox>
#include <QGroupBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The whole workspace as the app builds it, on a laptop screen (1366×768 less the taskbar).
class TestWorkspacePages : public QObject
{
    Q_OBJECT

    static constexpr QSize kScreen{1366, 740};

    static QString tooBig(const QString &what, QSize need)
    {
        return QStringLiteral("%1 needs %2×%3").arg(what).arg(need.width()).arg(need.height());
    }

    static void fits(MainWindow &window, const QString &what)
    {
        QCoreApplication::processEvents();
        const QSize need = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(need.width() <= kScreen.width() && need.height() <= kScreen.height(),
                 qPrintable(tooBig(what, need)));
    }

private Q_SLOTS:
    void firstStartLandsOnBeranda()
    {
        UiFixture f(20);
        MainWindow window(f.context);
        addWorkspacePages(window, f.context);
        QCOMPARE(window.currentPageKey(), QStringLiteral("beranda"));
    }

    // No page and no tab of the family needs more than 1366×740.
    void everyPageAndFamilyTabFitsALaptopScreen()
    {
        UiFixture f(40);
        MainWindow window(f.context);
        addWorkspacePages(window, f.context);
        window.resize(kScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList keys{QStringLiteral("beranda"),   QStringLiteral("kalender"),
                               QStringLiteral("keluarga"),  QStringLiteral("usulan"),
                               QStringLiteral("ganda"),     QStringLiteral("musyawarah"),
                               QStringLiteral("kunjungan"), QStringLiteral("surat"),
                               QStringLiteral("pengaduan"), QStringLiteral("sinkronisasi"),
                               QStringLiteral("pengaturan")};
        for (const QString &key : keys) {
            QVERIFY2(window.page(key), qPrintable(key));
            window.showPage(key);
            fits(window, key);
        }
        auto *settings = qobject_cast<SettingsPage *>(window.page(QStringLiteral("pengaturan")));
        QVERIFY(settings);
        window.showPage(QStringLiteral("pengaturan"));
        auto *sections = settings->findChild<QTabWidget *>();
        QVERIFY(sections && sections->count() >= 5);
        for (int i = 0; i < sections->count(); ++i) {
            sections->setCurrentIndex(i);
            fits(window, QStringLiteral("Pengaturan › ") + sections->tabText(i));
        }

        auto *households = qobject_cast<HouseholdsPage *>(window.page(QStringLiteral("keluarga")));
        window.showPage(QStringLiteral("keluarga"));
        QTRY_VERIFY(households->householdModel()->rowCount() > 0);
        households->openHousehold(households->householdModel()->householdId(0));
        QTabWidget *tabs = households->detail()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            fits(window, QStringLiteral("Keluarga › ") + tabs->tabText(i));
        }
        // At 1366×740 the location boxes keep the height they need (were squashed to nothing).
        QCOMPARE(window.size(), kScreen);
        auto *location = households->detail()->findChild<HouseholdLocationPanel *>();
        QVERIFY(location);
        const auto boxes = location->findChildren<QGroupBox *>();
        QVERIFY(boxes.size() >= 2);
        for (QGroupBox *box : boxes) {
            QVERIFY2(
                box->height() >= box->minimumSizeHint().height(),
                qPrintable(box->title() + QStringLiteral(": ") + QString::number(box->height())));
        }
    }

    void misfitsOnBerandaOpenTheFamilies()
    {
        UiFixture f(60);
        MainWindow window(f.context);
        addWorkspacePages(window, f.context);
        auto *dashboard = qobject_cast<DashboardPage *>(window.page(QStringLiteral("beranda")));
        auto *households = qobject_cast<HouseholdsPage *>(window.page(QStringLiteral("keluarga")));
        dashboard->findChild<QPushButton *>(QStringLiteral("showMisfits"))->click();
        QCOMPARE(window.currentPageKey(), QStringLiteral("keluarga"));
        QCOMPARE(households->programFilter()->currentText(),
                 QStringLiteral("Program tidak sesuai desil"));
    }
};

QTEST_MAIN(TestWorkspacePages)
#include "TestWorkspacePages.moc"
