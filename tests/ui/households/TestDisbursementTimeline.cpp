#include "core/disbursements/DisbursementHistory.h"
#include "tests/ui/UiSupport.h"
#include "ui/households/DisbursementTimeline.h"
#include "ui/households/HouseholdDetailView.h"
#include "ui/households/HouseholdsPage.h"

#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The household's disbursement timeline: newest first, the upstream word and its meaning in
// Indonesian, failures marked, on its own tab of the family.
class TestDisbursementTimeline : public QObject
{
    Q_OBJECT

    static QString firstHousehold(const Database &db)
    {
        auto q = db.query(QStringLiteral("SELECT id FROM household ORDER BY id LIMIT 1"));
        return q && q->next() ? q->value(0).toString() : QString();
    }

private Q_SLOTS:
    void eventsNewestFirstWithTheirMeaning()
    {
        UiFixture f(5);
        const QString h = firstHousehold(*f.db);
        const DisbursementHistory history(*f.db, f.clock);
        QVERIFY(history.store({QStringLiteral("a"), h, Program::Pkh, QStringLiteral("2026-T3"),
                               DisbursementStatus::GagalOmspan, QDate(2026, 8, 20),
                               QStringLiteral("NIK tidak padan"), 1}));
        QVERIFY(history.store({QStringLiteral("b"),
                               h,
                               Program::Pkh,
                               QStringLiteral("2026-T4"),
                               DisbursementStatus::SuksesSpm,
                               QDate(2026, 11, 5),
                               {},
                               1}));
        QVERIFY(history.store({QStringLiteral("c"),
                               h,
                               Program::Bpnt,
                               QStringLiteral("2026-10"),
                               DisbursementStatus::TidakTransaksi,
                               QDate(2026, 10, 28),
                               {},
                               1}));
        DisbursementTimeline timeline(*f.db, f.clock);
        QCOMPARE(timeline.showHousehold(h), 3);
        QTableWidget *t = timeline.table();
        QCOMPARE(t->rowCount(), 3);
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("5 November 2026"));
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("Tahap 4 tahun 2026"));
        QCOMPARE(t->item(0, 3)->text(), QStringLiteral("SUKSES SPM"));
        QVERIFY(t->item(0, 4)->text().contains(QStringLiteral("bank penyalur")));
        QCOMPARE(t->item(1, 2)->text(), QStringLiteral("Oktober 2026"));
        QCOMPARE(t->item(1, 3)->text(), QStringLiteral("TIDAK TRANSAKSI"));
        QVERIFY(t->item(1, 4)->text().contains(QStringLiteral("belum diambil")));
        QCOMPARE(t->item(2, 3)->text(), QStringLiteral("GAGAL OMSPAN"));
        QCOMPARE(t->item(2, 5)->text(), QStringLiteral("NIK tidak padan"));
        // Failures in red, a success not.
        QCOMPARE(t->item(2, 3)->foreground().color(), QColor(0xb0, 0x00, 0x20));
        QVERIFY(t->item(0, 3)->foreground().color() != QColor(0xb0, 0x00, 0x20));
        QVERIFY(timeline.summary()->text().contains(QStringLiteral("SUKSES SPM")));

        // Another family has none: the table is empty and says so.
        auto q = f.db->query(QStringLiteral("SELECT id FROM household WHERE id <> ? LIMIT 1"), {h});
        QVERIFY(q && q->next());
        QCOMPARE(timeline.showHousehold(q->value(0).toString()), 0);
        QCOMPARE(t->rowCount(), 0);
    }

    void theFamilyHasAPenyaluranTab()
    {
        UiFixture f(5);
        const QString h = firstHousehold(*f.db);
        QVERIFY(DisbursementHistory(*f.db, f.clock)
                    .store({QStringLiteral("a"),
                            h,
                            Program::PbiJk,
                            QStringLiteral("2026-11"),
                            DisbursementStatus::Si,
                            QDate(2026, 11, 10),
                            {},
                            1}));
        HouseholdsPage page(f.context);
        page.resize(1366, 700);
        page.show();
        page.openHousehold(h);
        QTabWidget *tabs = page.detail()->tabs();
        auto *timeline = page.detail()->findChild<DisbursementTimeline *>();
        QVERIFY(timeline);
        const int index = tabs->indexOf(timeline);
        QCOMPARE(tabs->tabText(index), QStringLiteral("Penyaluran (1)"));
        tabs->setCurrentIndex(index);
        QCOMPARE(timeline->table()->item(0, 3)->text(), QStringLiteral("SI"));
        QCOMPARE(timeline->table()->item(0, 1)->text(), QStringLiteral("PBI-JK"));
    }
};

QTEST_MAIN(TestDisbursementTimeline)
#include "TestDisbursementTimeline.moc"
