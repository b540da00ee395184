#include "core/requests/ChangeRequestRepository.h"
#include "tests/ui/UiSupport.h"
#include "ui/common/EmptyTableHint.h"
#include "ui/requests/RequestListModel.h"
#include "ui/requests/RequestsPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestRequestsPage : public QObject
{
    Q_OBJECT

    static QString firstHousehold(UiFixture &f)
    {
        auto q = f.db->query(QStringLiteral("SELECT id FROM household ORDER BY id LIMIT 1"));
        return q && q->next() ? q->value(0).toString() : QString();
    }

    static QString stateShown(RequestsPage &page, int row)
    {
        return page.model()->data(page.model()->index(row, RequestListModel::State)).toString();
    }

private Q_SLOTS:
    // Usulan said "Draf" after the musyawarah was finalised: the list follows every change.
    void followsStateChanges()
    {
        UiFixture f(10);
        const ChangeRequestRepository repository(*f.db, f.clock);
        ChangeRequest r;
        r.kind = RequestKind::Correction;
        r.householdId = firstHousehold(f);
        const Result<ChangeRequest> draft = repository.createDraft(r, as(QStringLiteral("rina")));
        QVERIFY(draft);
        RequestsPage page(f.context);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(stateShown(page, 0), RequestLifecycle::label(RequestState::Draft));

        QVERIFY(repository.transition(draft->id, RequestState::OnAgenda, QStringLiteral("rina")));
        QTRY_COMPARE(stateShown(page, 0), RequestLifecycle::label(RequestState::OnAgenda));

        page.hide();
        QVERIFY(repository.createDraft(r, as(QStringLiteral("rina"))));
        QCoreApplication::processEvents();
        QCOMPARE(page.model()->rowCount(), 1); // hidden: read when shown
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 2);
    }

    void anEmptyListSaysWhatWouldBeThere()
    {
        UiFixture f(5);
        RequestsPage page(f.context);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *hint = page.table()->findChild<EmptyTableHint *>();
        QVERIFY(hint);
        QVERIFY(hint->label()->isVisible());
        QVERIFY(hint->label()->text().contains(QStringLiteral("Usulan")));
        ChangeRequest r;
        r.kind = RequestKind::Correction;
        r.householdId = firstHousehold(f);
        QVERIFY(ChangeRequestRepository(*f.db, f.clock).createDraft(r, as(QStringLiteral("rina"))));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY(!hint->label()->isVisible());
    }

    void numberColumnIsNotCutOff()
    {
        UiFixture f(5);
        const ChangeRequestRepository repository(*f.db, f.clock);
        ChangeRequest r;
        r.kind = RequestKind::Correction;
        r.householdId = firstHousehold(f);
        for (int i = 0; i < 12; ++i) {
            QVERIFY(repository.createDraft(r, as(QStringLiteral("rina"))));
        }
        RequestsPage page(f.context);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QHeaderView *header = page.table()->horizontalHeader();
        const int width = header->sectionSize(RequestListModel::Number);
        QVERIFY(width >= header->sectionSizeHint(RequestListModel::Number));
        QVERIFY(width >= static_cast<QAbstractItemView *>(page.table())
                             ->sizeHintForColumn(RequestListModel::Number));
    }
};

QTEST_MAIN(TestRequestsPage)
#include "TestRequestsPage.moc"
