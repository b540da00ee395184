#include "core/requests/ChangeRequestRepository.h"
#include "tests/ui/UiSupport.h"
#include "ui/requests/RequestListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace tepat;
using namespace tepat::test;

class TestRequestListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsNewestFirst()
    {
        UiFixture f(10);
        const ChangeRequestRepository repository(*f.db, f.clock);
        for (int i = 0; i < 250; ++i) {
            ChangeRequest r;
            r.kind = i % 2 ? RequestKind::Removal : RequestKind::Correction;
            r.householdId = QStringLiteral("3571031001.000001");
            QVERIFY(repository.createDraft(r, as(QStringLiteral("rina"))));
        }
        RequestListModel model(repository);
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
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.request(0)->id, 250);
        QCOMPARE(model.data(model.index(0, RequestListModel::State)).toString(),
                 QStringLiteral("Draf"));
        QCOMPARE(model.data(model.index(0, RequestListModel::Channel)).toString(),
                 QStringLiteral("Loket kelurahan/desa"));
        QCOMPARE(model.headerData(RequestListModel::Channel, Qt::Horizontal).toString(),
                 QStringLiteral("Saluran"));
        QVERIFY(model.data(model.index(0, RequestListModel::Family))
                    .toString()
                    .contains(QStringLiteral("3571031001.000001")));
        RequestFilter removals;
        removals.kind = RequestKind::Removal;
        model.setFilter(removals);
        drain();
        QCOMPARE(model.rowCount(), 125);
    }
};

QTEST_MAIN(TestRequestListModel)
#include "TestRequestListModel.moc"
