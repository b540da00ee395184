#include "core/requests/ChangeRequestRepository.h"
#include "tests/ui/UiSupport.h"
#include "ui/calendar/CalendarPage.h"

#include <QLabel>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// Kalender with the suite's clock (23 November 2026): the 17th has passed, the next BPS release
// is 20 January, no musyawarah is recorded yet.
class TestCalendarPage : public QObject
{
    Q_OBJECT

    static QString text(const CalendarPage &page, const char *name)
    {
        auto *label = page.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void showsTheMonthWithDaysLeftAndWarnings()
    {
        UiFixture f(20);
        ChangeRequest r;
        r.kind = RequestKind::CitizenProposal;
        QVERIFY(ChangeRequestRepository(*f.db, f.clock).createDraft(r, as(QStringLiteral("rina"))));
        CalendarPage page(f.context);
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.calendar());
        QVERIFY(text(page, "cutoff").contains(QStringLiteral("17 November 2026")));
        QVERIFY(text(page, "cutoff").contains(QStringLiteral("17 Desember 2026")));
        QVERIFY(text(page, "cutoff").contains(QStringLiteral("24 hari lagi")));
        QVERIFY(text(page, "bpsRelease").contains(QStringLiteral("20 Januari 2027")));
        QVERIFY(text(page, "bpsRelease").contains(QStringLiteral("58 hari lagi")));
        QVERIFY(text(page, "drafts").contains(QStringLiteral("1")));
        const QString warnings = page.warningsText();
        QVERIFY(warnings.contains(QStringLiteral("sudah lewat")));
        QVERIFY(warnings.contains(QStringLiteral("Belum ada musyawarah")));
    }

    void followsTheStore()
    {
        UiFixture f(20);
        CalendarPage page(f.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.calendar()->counts.drafts, 0);
        ChangeRequest r;
        r.kind = RequestKind::Objection;
        QVERIFY(ChangeRequestRepository(*f.db, f.clock).createDraft(r, as(QStringLiteral("rina"))));
        QTRY_COMPARE(page.calendar()->counts.drafts, 1);
    }
};

QTEST_MAIN(TestCalendarPage)
#include "TestCalendarPage.moc"
