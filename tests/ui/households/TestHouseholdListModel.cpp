#include "core/register/HouseholdBrowser.h"
#include "tests/ui/UiSupport.h"
#include "ui/households/HouseholdListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace tepat;
using namespace tepat::test;

class TestHouseholdListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesOfTwoHundred()
    {
        UiFixture f(450);
        const HouseholdBrowser browser(*f.db);
        HouseholdListModel model(browser);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), HouseholdListModel::kPageSize);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.householdId(0), QStringLiteral("3571031001.000001"));
        QCOMPARE(model.headerData(HouseholdListModel::Head, Qt::Horizontal).toString(),
                 QStringLiteral("Kepala keluarga"));
    }

    void sortAndFilterUnderTheModelTester()
    {
        UiFixture f(450);
        const HouseholdBrowser browser(*f.db);
        HouseholdListModel model(browser);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto drain = [&model] {
            do {
                QCoreApplication::processEvents();
                while (model.canFetchMore({})) {
                    model.fetchMore({});
                }
                QCoreApplication::processEvents();
            } while (model.canFetchMore({}));
        };
        drain();
        QCOMPARE(model.rowCount(), 450);

        model.sort(HouseholdListModel::Members, Qt::DescendingOrder);
        drain();
        QCOMPARE(model.rowCount(), 450);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.data(model.index(row - 1, HouseholdListModel::Members)).toInt() >=
                    model.data(model.index(row, HouseholdListModel::Members)).toInt());
        }
        const QString first = model.householdId(0);
        model.sort(HouseholdListModel::Address, Qt::AscendingOrder); // not sortable: kept as it was
        QCOMPARE(model.householdId(0), first);

        HouseholdFilter rw;
        rw.rw = QStringLiteral("003");
        model.setFilter(rw);
        drain();
        QCOMPARE(qint64(model.rowCount()), browser.count(rw).value());
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.data(model.index(row, HouseholdListModel::RtRw))
                        .toString()
                        .endsWith(QStringLiteral("/003")));
        }
    }
};

QTEST_MAIN(TestHouseholdListModel)
#include "TestHouseholdListModel.moc"
