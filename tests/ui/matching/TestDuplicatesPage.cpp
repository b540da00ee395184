#include "core/demo/DemoVillage.h"
#include "core/requests/ChangeRequestRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/common/AppContext.h"
#include "ui/matching/DuplicateComparison.h"
#include "ui/matching/DuplicatesPage.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

namespace {

// The demo village as `tepat-cli demo` makes it, with its planted duplicates.
struct PageFixture : TempStore
{
    Session session{Actor{QStringLiteral("rina"), QStringLiteral("Rina"), Role::Operator}};
    AppContext context{*db, clock, session, dir.filePath(QStringLiteral("tepat-files"))};

    PageFixture()
    {
        DemoOptions o;
        o.households = 400;
        o.today = QDate(2026, 11, 23);
        o.duplicatesPermille = DemoVillage::kDemoDuplicatesPermille * 4;
        if (!DemoVillage::populate(*db, clock, o)) {
            qFatal("demo village failed");
        }
    }
};

void scanned(DuplicatesPage &page)
{
    QSignalSpy finished(&page, &DuplicatesPage::scanFinished);
    page.findChild<QPushButton *>(QStringLiteral("scan"))->click();
    QVERIFY(page.scanning());
    QVERIFY(finished.wait(60000));
    QVERIFY(!page.scanning());
}

} // namespace

class TestDuplicatesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsPairsBestFirstAndComparesThem()
    {
        PageFixture f;
        DuplicatesPage page(f.context);
        page.resize(1366, 768);
        page.show();
        scanned(page);
        QVERIFY2(page.pairCount() > 0, qPrintable(page.statusText()));
        QCOMPARE(page.pairList()->rowCount(), page.pairCount());
        int previous = 101;
        for (int row = 0; row < page.pairList()->rowCount(); ++row) {
            const int score = page.pairList()->item(row, 0)->text().chopped(1).toInt();
            QVERIFY(score <= previous);
            previous = score;
        }
        // The first pair is selected and shown; the two ids always differ, so at least that
        // row is highlighted.
        QVERIFY(page.comparison()->differingFields().contains(QStringLiteral("ID orang")));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("dismiss"))->isEnabled());
        QVERIFY(page.statusText().contains(QStringLiteral("pasangan")));

        const QString grab = qEnvironmentVariable("TEPAT_MATCHER_SCREENSHOT");
        if (!grab.isEmpty()) {
            QCoreApplication::processEvents(); // let the layout take the new table height
            page.grab().save(grab);
        }
    }

    void dismissRemembersAndConfirmDrafts()
    {
        PageFixture f;
        DuplicatesPage page(f.context);
        scanned(page);
        const int before = page.pairCount();
        QVERIFY(before >= 2);
        QVERIFY(!page.dismissSelected(QString())); // a reason is required
        QVERIFY(page.dismissSelected(QStringLiteral("Kembar, sudah dicek")));
        QCOMPARE(page.pairCount(), before - 1);

        const Result<ChangeRequest> draft = page.confirmSelected(true);
        QVERIFY(draft);
        QCOMPARE(draft->kind, RequestKind::Removal);
        QCOMPARE(page.pairCount(), before - 2);

        // A new pass does not bring either pair back.
        scanned(page);
        QCOMPARE(page.pairCount(), before - 2);
    }

    void cancels()
    {
        PageFixture f;
        DuplicatesPage page(f.context);
        QSignalSpy finished(&page, &DuplicatesPage::scanFinished);
        page.scan();
        page.cancelScan();
        QVERIFY(finished.wait(60000));
        QVERIFY(page.statusText().contains(QStringLiteral("dibatalkan")));
        QCOMPARE(page.pairCount(), 0);
    }
};

QTEST_MAIN(TestDuplicatesPage)
#include "TestDuplicatesPage.moc"
