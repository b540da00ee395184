#include "tests/ui/UiSupport.h"
#include "ui/search/PersonSearchModel.h"
#include "ui/search/SearchWorker.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace tepat;
using namespace tepat::test;

class TestPersonSearchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchResultsArriveFromTheWorkerThread()
    {
        UiFixture f(300);
        PersonSearchModel model(f.clock.today());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The worker thread ends with the test, whatever happens in it.
        struct Worker
        {
            QThread thread;
            ~Worker()
            {
                thread.quit();
                thread.wait();
            }
        } worker;
        auto *searcher = new SearchWorker(f.path());
        searcher->moveToThread(&worker.thread);
        connect(&worker.thread, &QThread::finished, searcher, &QObject::deleteLater);
        connect(&model, &PersonSearchModel::requested, searcher, &SearchWorker::run,
                Qt::QueuedConnection);
        connect(searcher, &SearchWorker::finished, &model, &PersonSearchModel::accept,
                Qt::QueuedConnection);
        worker.thread.start();

        model.setQuery(QStringLiteral("357103"), {});
        QVERIFY(model.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(
            !model.isBusy() && model.rowCount() >= PersonSearchModel::kPageSize, 5000);
        if (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(!model.canFetchMore({})); // one request at a time
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            !model.isBusy() && model.rowCount() >= 2 * PersonSearchModel::kPageSize, 5000);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.hit(row)->nik.startsWith(QStringLiteral("357103")) ||
                    model.hit(row)->kkNumber.startsWith(QStringLiteral("357103")));
        }

        // A newer query wins; the answer to the older one is dropped.
        model.setQuery(QStringLiteral("zzzz"), {});
        model.setQuery(QStringLiteral("siti"), {});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 5000);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.hit(row)->name.contains(QStringLiteral("Siti"), Qt::CaseInsensitive));
        }
        QVERIFY(model.lastSearchMilliseconds() > 0);
    }
};

QTEST_MAIN(TestPersonSearchModel)
#include "TestPersonSearchModel.moc"
