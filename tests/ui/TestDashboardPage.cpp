#include "UiSupport.h"
#include "dashboard/DashboardPage.h"

#include <QChartView>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computesOffTheUiThreadWhenShown()
    {
        UiFixture f(120);
        DashboardPage page(f.context);
        QVERIFY(!page.summary());
        QSignalSpy updated(&page, &DashboardPage::updated);
        page.show();
        QVERIFY(updated.wait(10000));
        QVERIFY(page.summary());
        QCOMPARE(
            page.summary()->households +
                f.count(QStringLiteral("SELECT count(*) FROM household WHERE status <> 'active'")),
            120);
        bool shown = false;
        for (QLabel *label : page.findChildren<QLabel *>()) {
            shown = shown || label->text() == QString::number(page.summary()->households);
        }
        QVERIFY(shown);
        const auto charts = page.findChildren<QChartView *>();
        QCOMPARE(charts.size(), 2);
        for (QChartView *chart : charts) {
            QCOMPARE(chart->chart()->series().size(), 1);
        }
    }
};

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
