#include "core/complaints/ComplaintRegister.h"
#include "core/matching/NewDuplicates.h"
#include "core/requests/ChangeRequestRepository.h"
#include "tests/ui/UiSupport.h"
#include "ui/dashboard/DashboardPage.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

#include <cmath>

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

    // After an import or a pull Beranda counts the likely duplicate pairs it brought in, off
    // the UI thread, and shows the count.
    void countsNewLikelyDuplicatesAfterAnImport()
    {
        TempStore f;
        DemoOptions o;
        o.households = 200;
        o.today = QDate(2026, 11, 23);
        o.duplicatesPermille = 80; // some people and families twice
        QVERIFY(DemoVillage::populate(*f.db, f.clock, o));
        Session session{Actor{QStringLiteral("rina"), QStringLiteral("Rina"), Role::Operator}};
        AppContext context{*f.db, f.clock, session, f.dir.filePath(QStringLiteral("files"))};
        QVERIFY(NewDuplicates::markRegisterChanged(*f.db));
        DashboardPage page(context);
        QSignalSpy updated(&page, &DashboardPage::updated);
        page.show();
        QVERIFY(updated.wait(20000));
        QTRY_VERIFY(!page.isComputing());
        QVERIFY(!NewDuplicates::pending(*f.db));
        const qint64 fresh = NewDuplicates::lastCount(*f.db);
        QVERIFY(fresh > 0);
        QCOMPARE(page.summary()->newLikelyDuplicates, fresh);
        auto *label = page.findChild<QLabel *>(QStringLiteral("newDuplicates"));
        QVERIFY(label);
        QCOMPARE(label->text(), QString::number(fresh));
    }

    // Beranda's figures stayed at their first computation; a new draft now counts at once.
    void figuresFollowTheStore()
    {
        UiFixture f(40);
        DashboardPage page(f.context);
        QSignalSpy updated(&page, &DashboardPage::updated);
        page.show();
        QVERIFY(updated.wait(10000));
        QTRY_VERIFY(!page.isComputing());
        const qint64 before = page.summary()->draftsAwaitingMusyawarah;
        ChangeRequest r;
        r.kind = RequestKind::Correction;
        auto first = f.db->query(QStringLiteral("SELECT id FROM household ORDER BY id LIMIT 1"));
        QVERIFY(first && first->next());
        r.householdId = first->value(0).toString();
        QVERIFY(ChangeRequestRepository(*f.db, f.clock).createDraft(r, as(QStringLiteral("rina"))));
        QTRY_VERIFY_WITH_TIMEOUT(page.summary()->draftsAwaitingMusyawarah == before + 1, 10000);

        // Hidden: counted again when shown.
        page.hide();
        QVERIFY(ChangeRequestRepository(*f.db, f.clock).createDraft(r, as(QStringLiteral("rina"))));
        QCoreApplication::processEvents();
        QVERIFY(!page.isComputing());
        QCOMPARE(page.summary()->draftsAwaitingMusyawarah, before + 1);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.summary()->draftsAwaitingMusyawarah == before + 2, 10000);
    }

    // The value axes step by 1, 2 or 5 × 10^n and end on a step.
    void axisStepsAreRoundNumbers()
    {
        UiFixture f(120);
        DashboardPage page(f.context);
        QSignalSpy updated(&page, &DashboardPage::updated);
        page.show();
        QVERIFY(updated.wait(10000));
        for (QChartView *view : page.findChildren<QChartView *>()) {
            const auto axes = view->chart()->axes(Qt::Vertical);
            QCOMPARE(axes.size(), 1);
            auto *axis = qobject_cast<QValueAxis *>(axes.first());
            QVERIFY(axis);
            QVERIFY(axis->tickCount() >= 2);
            const qreal step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
            const qreal magnitude = std::pow(10.0, std::floor(std::log10(step)));
            const qreal mantissa = step / magnitude;
            QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) ||
                         qFuzzyCompare(mantissa, 5.0),
                     qPrintable(QString::number(step)));
            QCOMPARE(axis->min(), 0.0);
            qreal tallest = 0;
            for (QAbstractSeries *series : view->chart()->series()) {
                for (QBarSet *set : static_cast<QBarSeries *>(series)->barSets()) {
                    for (int i = 0; i < set->count(); ++i) {
                        tallest = qMax(tallest, set->at(i));
                    }
                }
            }
            QVERIFY(axis->max() >= tallest);
            QVERIFY(axis->max() - step < tallest); // no empty step on top
        }
    }

    // Beranda counts the open complaints and the objections past their 14 days, and follows
    // the register; an account that may not read complaints sees a dash.
    void countsOpenComplaintsAndLapsingObjections()
    {
        UiFixture f(20);
        const ComplaintRegister reg(*f.db, f.clock);
        Complaint objection;
        objection.kind = ComplaintKind::Objection;
        objection.complainantName = QStringLiteral("Warga RT 02");
        objection.subject = QStringLiteral("Penerima BPNT sudah pindah");
        const qint64 old = reg.record(f.session, objection)->id;
        f.clock.advanceDays(ComplaintRegister::kLapseDays + 1);
        Complaint fresh = objection;
        fresh.kind = ComplaintKind::Complaint;
        QVERIFY(reg.record(f.session, fresh));
        const qint64 done = reg.record(f.session, fresh)->id;
        QVERIFY(reg.answer(f.session, done, QStringLiteral("Sudah cair minggu ini")));

        DashboardPage page(f.context);
        QSignalSpy updated(&page, &DashboardPage::updated);
        page.show();
        QVERIFY(updated.wait(10000));
        QVERIFY(page.complaintCounts());
        QCOMPARE(page.complaintCounts()->open, 2);
        QCOMPARE(page.complaintCounts()->lapsing, 1);
        auto *open = page.findChild<QLabel *>(QStringLiteral("openComplaints"));
        auto *lapsing = page.findChild<QLabel *>(QStringLiteral("lapsingObjections"));
        QVERIFY(open && lapsing);
        QCOMPARE(open->text(), QStringLiteral("2"));
        QCOMPARE(lapsing->text(), QStringLiteral("1"));

        QVERIFY(reg.markVerified(f.session, old));
        QTRY_COMPARE_WITH_TIMEOUT(lapsing->text(), QStringLiteral("0"), 10000);
        QCOMPARE(open->text(), QStringLiteral("2"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), 10000);

        Session field{Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff}};
        AppContext fieldContext{*f.db, f.clock, field, f.context.filesFolder};
        DashboardPage fieldPage(fieldContext);
        fieldPage.show();
        QTRY_VERIFY_WITH_TIMEOUT(fieldPage.summary().has_value(), 10000);
        QVERIFY(!fieldPage.complaintCounts());
        QCOMPARE(fieldPage.findChild<QLabel *>(QStringLiteral("openComplaints"))->text(),
                 QStringLiteral("—"));
        QTRY_VERIFY_WITH_TIMEOUT(!fieldPage.isComputing(), 10000);
    }

    void misfitsOpenTheirList()
    {
        UiFixture f(20);
        DashboardPage page(f.context);
        QSignalSpy asked(&page, &DashboardPage::programMisfitsRequested);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("showMisfits"));
        QVERIFY(button);
        button->click();
        QCOMPARE(asked.size(), 1);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
