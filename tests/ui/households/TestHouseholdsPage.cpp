#include "core/register/RegisterRepository.h"
#include "core/requests/ChangeRequestRepository.h"
#include "tests/ui/UiSupport.h"
#include "ui/common/EmptyTableHint.h"
#include "ui/field/HouseholdLocationPanel.h"
#include "ui/field/HouseholdPhotosPanel.h"
#include "ui/field/VillagePlot.h"
#include "ui/households/HouseholdDetailView.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/search/PersonSearchModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// Keluarga by keyboard alone: Ctrl+F, type, arrows, Enter opens, Esc goes back.
class TestHouseholdsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyboardOnly()
    {
        UiFixture f(200);
        HouseholdsPage page(f.context);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.householdModel()->rowCount() > 0);

        page.focusSearch(); // Ctrl+F, a shortcut of the window (TestWindowShortcuts)
        QTRY_VERIFY(page.searchBox()->hasFocus());
        QTest::keyClicks(page.searchBox(), QStringLiteral("siti"));
        QVERIFY(!page.isSearching()); // debounced: nothing yet
        QTRY_VERIFY_WITH_TIMEOUT(page.isSearching() && !page.searchModel()->isBusy(), 5000);
        QVERIFY(page.searchModel()->rowCount() > 0);

        QTest::keyClick(page.searchBox(), Qt::Key_Down);
        QTRY_VERIFY(page.searchTable()->hasFocus());
        QCOMPARE(page.searchTable()->currentIndex().row(), 0);
        QTest::keyClick(page.searchTable(), Qt::Key_Down);
        const int row = page.searchTable()->currentIndex().row();
        const SearchHit hit = *page.searchModel()->hit(row);
        QTest::keyClick(page.searchTable(), Qt::Key_Return);
        QTRY_VERIFY(page.detail()->isVisible());
        QCOMPARE(page.detail()->dossier()->household.id, hit.householdId);
        QCOMPARE(page.detail()->selectedPersonId(), hit.personId);

        QTest::keyClick(page.detail(), Qt::Key_Escape);
        QTRY_VERIFY(!page.detail()->isVisible());
        QTRY_VERIFY(page.searchTable()->hasFocus());
        QCOMPARE(page.searchBox()->text(), QStringLiteral("siti"));
    }

    void enterInTheSearchBoxOpensTheHighlightedPerson()
    {
        UiFixture f(200);
        HouseholdsPage page(f.context);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.focusSearch();
        // Enter straight after typing, before the search has run: the first person found.
        QTest::keyClicks(page.searchBox(), QStringLiteral("siti"));
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page.detail()->isVisible(), 5000);
        QCOMPARE(page.detail()->selectedPersonId(), page.searchModel()->hit(0)->personId);

        // Back in the search box with another row highlighted: Enter opens that one.
        QTest::keyClick(page.detail(), Qt::Key_Escape);
        QTRY_VERIFY(!page.detail()->isVisible());
        QVERIFY(page.searchModel()->rowCount() > 2);
        page.searchTable()->setCurrentIndex(page.searchModel()->index(2, 0));
        page.searchBox()->setFocus();
        QTest::keyClick(page.searchBox(), Qt::Key_Enter);
        QTRY_VERIFY(page.detail()->isVisible());
        QCOMPARE(page.detail()->selectedPersonId(), page.searchModel()->hit(2)->personId);
    }

    void escapeClearsTheSearchWhereverTheFocusIs()
    {
        UiFixture f(60);
        HouseholdsPage page(f.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::keyClicks(page.searchBox(), QStringLiteral("siti"));
        QTRY_VERIFY_WITH_TIMEOUT(page.isSearching() && !page.searchModel()->isBusy(), 5000);
        page.searchTable()->setFocus();
        QTest::keyClick(page.searchTable(), Qt::Key_Escape);
        QCOMPARE(page.searchBox()->text(), QString());
        QVERIFY(!page.isSearching());
        QTRY_VERIFY(page.searchBox()->hasFocus());
        QTest::keyClick(page.searchBox(), Qt::Key_Escape); // empty: on to the list
        QTRY_VERIFY(page.householdTable()->hasFocus());
    }

    void ctrlTabAndCtrlPageKeysSwitchTheFamilysTabs()
    {
        UiFixture f(40);
        HouseholdsPage page(f.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.householdModel()->rowCount() > 0);
        page.openHousehold(page.householdModel()->householdId(0));
        QTabWidget *tabs = page.detail()->tabs();
        auto *members = qobject_cast<QTableWidget *>(tabs->widget(0));
        members->setFocus();
        QTest::keyClick(members, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(tabs->currentWidget(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        QTest::keyClick(tabs->currentWidget(), Qt::Key_Backtab,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(tabs->currentWidget(), Qt::Key_Tab,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(tabs->currentWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), tabs->count() - 1); // round to the last
        QTest::keyClick(tabs->currentWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void clearingTheSearchGoesBackToTheList()
    {
        UiFixture f(50);
        HouseholdsPage page(f.context);
        page.show();
        QTest::keyClicks(page.searchBox(), QStringLiteral("3571"));
        QTRY_VERIFY_WITH_TIMEOUT(page.isSearching(), 5000);
        page.searchBox()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isSearching(), 5000);
        QTRY_VERIFY(page.householdModel()->rowCount() > 0);
        page.householdTable()->setFocus();
        page.householdTable()->setCurrentIndex(page.householdModel()->index(3, 0));
        QTest::keyClick(page.householdTable(), Qt::Key_Return);
        QTRY_VERIFY(page.detail()->isVisible());
        QCOMPARE(page.detail()->dossier()->household.id, page.householdModel()->householdId(3));
    }

    void detailShowsMembersProgrammesHistoryAndRequests()
    {
        UiFixture f(80);
        HouseholdsPage page(f.context);
        page.show();
        // A household with a deceased member has a status history line.
        auto q = f.db->query(
            QStringLiteral("SELECT household_id, person_id FROM status_history LIMIT 1"));
        QVERIFY(q && q->next());
        const QString household = q->value(0).toString();
        QSignalSpy opened(&page, &HouseholdsPage::requestOpened);
        page.openHousehold(household);
        HouseholdDetailView *detail = page.detail();
        QVERIFY(detail->isVisible());
        QTabWidget *tabs = detail->tabs();
        QCOMPARE(tabs->count(), 7);
        auto *members = qobject_cast<QTableWidget *>(tabs->widget(0));
        QCOMPARE(members->rowCount(), detail->dossier()->members.size());
        auto *history = qobject_cast<QTableWidget *>(tabs->widget(2));
        QVERIFY(history->rowCount() >= 1);
        QVERIFY(!history->item(0, 3)->text().isEmpty()); // the reason
        members->selectRow(0);
        for (QPushButton *b : detail->findChildren<QPushButton *>()) {
            if (b->text().startsWith(QStringLiteral("Hapus"))) {
                b->click();
            }
        }
        QCOMPARE(opened.count(), 1);
        const ChangeRequest r = opened.first().first().value<ChangeRequest>();
        QCOMPARE(r.kind, RequestKind::Removal);
        QCOMPARE(r.householdId, household);
        QCOMPARE(r.personId, detail->dossier()->members.first().id);
    }

    // The header says the desil with BPS's date; the Desil tab keeps its history and what it
    // means for each programme, with the rule.
    void desilWithItsDateHistoryAndProgrammeFlags()
    {
        UiFixture f(40);
        // A PBI-JK recipient whose family BPS ranked again, into desil 7.
        auto q = f.db->query(QStringLiteral(
            "SELECT p.household_id FROM program_membership m JOIN person p ON p.pk = "
            "m.person_pk WHERE m.program = 'PBI-JK' AND m.until IS NULL AND p.status = 'active' "
            "ORDER BY p.household_id LIMIT 1"));
        QVERIFY(q && q->next());
        const QString household = q->value(0).toString();
        QVERIFY(f.db->execute(QStringLiteral("UPDATE household SET desil = 7, desil_as_of = "
                                             "'2026-10-20' WHERE id = '%1'")
                                  .arg(household)
                                  .toUtf8()
                                  .constData()));
        QVERIFY(RegisterRepository(*f.db, f.clock)
                    .recordDesil(household, 7, QDate(2026, 10, 20), QStringLiteral("pull")));
        HouseholdsPage page(f.context);
        page.resize(1366, 700);
        page.show();
        page.openHousehold(household);
        HouseholdDetailView *detail = page.detail();
        bool headerSaysDate = false;
        for (QLabel *label : detail->findChildren<QLabel *>()) {
            headerSaysDate = headerSaysDate ||
                             label->text().contains(QStringLiteral("desil 7 per 20 Oktober 2026"));
        }
        QVERIFY(headerSaysDate);
        QTabWidget *tabs = detail->tabs();
        QCOMPARE(tabs->tabText(tabs->count() - 2), QStringLiteral("Desil (2)")); // then Penyaluran
        QTableWidget *desils = nullptr;
        for (QTableWidget *t : detail->findChildren<QTableWidget *>()) {
            if (t->columnCount() == 4 &&
                t->horizontalHeaderItem(1)->text().contains(QStringLiteral("BPS"))) {
                desils = t;
            }
        }
        QVERIFY(desils);
        QCOMPARE(desils->rowCount(), 2);
        QCOMPARE(desils->item(0, 0)->text(), QStringLiteral("7"));
        QCOMPARE(desils->item(0, 1)->text(), QStringLiteral("20 Oktober 2026"));
        QCOMPARE(desils->item(0, 3)->text(), QStringLiteral("Sinkronisasi"));
        const QString flags = detail->findChild<QLabel *>(QStringLiteral("eligibility"))->text();
        QVERIFY(flags.contains(QStringLiteral("PBI-JK dinonaktifkan untuk desil 7 per 20 Oktober "
                                              "2026")));
        QVERIFY(flags.contains(QStringLiteral("SK Mensos 03/HUK/2026")));
    }

    void photosAndLocationFollowTheOpenHousehold()
    {
        UiFixture f(40);
        HouseholdsPage page(f.context);
        page.show();
        auto q = f.db->query(QStringLiteral("SELECT id FROM household ORDER BY id LIMIT 2"));
        QVERIFY(q && q->next());
        const QString first = q->value(0).toString();
        QVERIFY(q->next());
        const QString second = q->value(0).toString();
        page.openHousehold(first);
        HouseholdDetailView *detail = page.detail();
        // Built only when the tab opens.
        QVERIFY(!detail->findChild<HouseholdPhotosPanel *>());
        detail->tabs()->setCurrentIndex(4);
        auto *photos = detail->findChild<HouseholdPhotosPanel *>();
        auto *location = detail->findChild<HouseholdLocationPanel *>();
        auto *plot = detail->findChild<VillagePlot *>();
        QVERIFY(photos && location && plot);
        QCOMPARE(photos->householdId(), first);
        QCOMPARE(plot->selectedHousehold(), first);
        page.openHousehold(second);
        detail->tabs()->setCurrentIndex(4);
        QCOMPARE(photos->householdId(), second);
        QCOMPARE(location->householdId(), second);
        QCOMPARE(plot->selectedHousehold(), second);
    }

    // The list and the open family follow the store (one change signal, no reload button).
    void listAndOpenFamilyFollowTheStore()
    {
        UiFixture f(30);
        HouseholdsPage page(f.context);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.householdModel()->rowCount() > 0);
        const QString id = page.householdModel()->householdId(0);
        QVERIFY(f.db->query(QStringLiteral("UPDATE household SET address = 'Jl. Segar 7' "
                                           "WHERE id = ?"),
                            {id}));
        QTRY_COMPARE(page.householdModel()
                         ->data(page.householdModel()->index(0, HouseholdListModel::Address))
                         .toString(),
                     QStringLiteral("Jl. Segar 7"));

        page.openHousehold(id);
        QTabWidget *tabs = page.detail()->tabs();
        QCOMPARE(tabs->tabText(3), QStringLiteral("Usulan (0)"));
        ChangeRequest r;
        r.kind = RequestKind::Correction;
        r.householdId = id;
        QVERIFY(ChangeRequestRepository(*f.db, f.clock).createDraft(r, as(QStringLiteral("rina"))));
        QTRY_COMPARE(tabs->tabText(3), QStringLiteral("Usulan (1)"));
        QCOMPARE(page.detail()->dossier()->household.id, id);
    }

    void emptyTablesSayWhatWouldAppear()
    {
        UiFixture f(30);
        HouseholdsPage page(f.context);
        page.resize(1200, 700);
        page.show();
        auto q = f.db->query(QStringLiteral(
            "SELECT id FROM household WHERE id NOT IN (SELECT household_id FROM status_history "
            "WHERE household_id IS NOT NULL) ORDER BY id LIMIT 1"));
        QVERIFY(q && q->next());
        page.openHousehold(q->value(0).toString());
        QTabWidget *tabs = page.detail()->tabs();
        tabs->setCurrentIndex(2);
        auto *history = qobject_cast<QTableWidget *>(tabs->widget(2));
        QCOMPARE(history->rowCount(), 0);
        auto *hint = history->findChild<EmptyTableHint *>();
        QVERIFY(hint);
        QTRY_VERIFY(hint->label()->isVisible());
        QVERIFY(hint->label()->text().startsWith(QStringLiteral("Belum ada perubahan status")));
        tabs->setCurrentIndex(0);
        auto *members = qobject_cast<QTableWidget *>(tabs->widget(0));
        QVERIFY(members->rowCount() > 0);
        QVERIFY(!members->findChild<EmptyTableHint *>()->label()->isVisible());
    }

    // Beranda's "Penerima tidak sesuai desil" opens exactly those families.
    void programMisfitsList()
    {
        UiFixture f(200);
        HouseholdsPage page(f.context);
        page.show();
        const qint64 expected = f.count(QStringLiteral(
            "SELECT count(DISTINCT h.id) FROM program_membership m JOIN person p ON "
            "p.pk = m.person_pk JOIN household h ON h.id = p.household_id WHERE m.until IS NULL "
            "AND p.status = 'active' AND ((m.program = 'PKH' AND h.desil > 4) OR "
            "(m.program IN ('BPNT', 'PBI-JK') AND h.desil > 5))"));
        QVERIFY(expected > 0);
        page.searchBox()->setText(QStringLiteral("siti"));
        page.showProgramMisfits();
        QVERIFY(page.searchBox()->text().isEmpty());
        QVERIFY(!page.isSearching());
        QCOMPARE(page.programFilter()->currentText(), QStringLiteral("Program tidak sesuai desil"));
        while (page.householdModel()->canFetchMore({})) {
            page.householdModel()->fetchMore({});
        }
        QTRY_COMPARE(qint64(page.householdModel()->rowCount()), expected);
    }
};

QTEST_MAIN(TestHouseholdsPage)
#include "TestHouseholdsPage.moc"
