#include "core/deliberation/DeliberationSchedule.h"
#include "core/deliberation/DeliberationService.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestDeliberationSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeMonthRule()
    {
        const QDate last(2026, 8, 23);
        const ScheduleStatus onTime =
            DeliberationSchedule::evaluate(last, {}, QDate(2026, 11, 23), 3);
        QVERIFY(!onTime.overdue);
        QCOMPARE(onTime.due, QDate(2026, 11, 23));
        const ScheduleStatus late =
            DeliberationSchedule::evaluate(last, {}, QDate(2026, 11, 24), 3);
        QVERIFY(late.overdue);
        QVERIFY(late.needsAttention());
        QVERIFY(DeliberationSchedule::describe(late).contains(QStringLiteral("SPTJM")));
        QVERIFY(DeliberationSchedule::describe(late).contains(QStringLiteral("23 Agustus 2026")));
        // A monthly office sets the interval to one month.
        QVERIFY(DeliberationSchedule::evaluate(QDate(2026, 10, 20), {}, QDate(2026, 11, 23), 1)
                    .overdue);
        QVERIFY(!DeliberationSchedule::evaluate(QDate(2026, 10, 20), {}, QDate(2026, 11, 23), 2)
                     .overdue);
        // Never held: warn from the start.
        QVERIFY(DeliberationSchedule::evaluate({}, {}, QDate(2026, 11, 23), 3).needsAttention());
    }

    void sptjmCoversAnOverdueInterval()
    {
        const QDate last(2026, 6, 1);
        const ScheduleStatus covered =
            DeliberationSchedule::evaluate(last, QDate(2026, 10, 1), QDate(2026, 11, 23), 3);
        QVERIFY(covered.overdue);
        QVERIFY(covered.coveredBySptjm);
        QVERIFY(!covered.needsAttention());
        QVERIFY(DeliberationSchedule::describe(covered).contains(QStringLiteral("1 Oktober 2026")));
        // An SPTJM older than the interval covers nothing.
        QVERIFY(DeliberationSchedule::evaluate(last, QDate(2026, 7, 1), QDate(2026, 11, 23), 3)
                    .needsAttention());
        // An SPTJM before the last meeting is irrelevant.
        QVERIFY(DeliberationSchedule::evaluate(QDate(2026, 8, 1), QDate(2026, 7, 31),
                                               QDate(2026, 11, 23), 3)
                    .needsAttention());
    }

    void statusFromTheStore()
    {
        TempStore store;
        populateVillage(*store.db, store.clock);
        saveSettings(*store.db, store.clock, officeSettings(*store.db));
        QVERIFY(DeliberationSchedule::status(*store.db, store.clock.today())->needsAttention());
        QCOMPARE(DeliberationSchedule::intervalMonths(*store.db), 3);
        QCOMPARE(DeliberationSchedule::setIntervalMonths(*store.db, store.clock,
                                                         QStringLiteral("admin"), 13)
                     .error()
                     .code,
                 QStringLiteral("deliberation.interval"));
        QVERIFY(DeliberationSchedule::setIntervalMonths(*store.db, store.clock,
                                                        QStringLiteral("admin"), 1));
        QCOMPARE(DeliberationSchedule::intervalMonths(*store.db), 1);

        // A planned meeting does not count; a finalised one does.
        const Session head = headSession();
        const DeliberationService svc(*store.db, store.clock, head,
                                      store.file(QStringLiteral("files")));
        const QList<qint64> drafts = makeDrafts(*store.db, store.clock, 1);
        Meeting m;
        m.heldOn = store.clock.today().addDays(-10);
        m.place = QStringLiteral("Balai");
        const qint64 id = svc.plan(m)->id;
        QVERIFY(DeliberationSchedule::status(*store.db, store.clock.today())->needsAttention());
        QVERIFY(svc.addToAgenda(id, drafts));
        QVERIFY(svc.decide(id, drafts[0], Decision::Approved, {}));
        QVERIFY(svc.addAttendee(id, {0, QStringLiteral("Slamet"), {}, {}}));
        QVERIFY(svc.finalise(
            id, [](const MinutesContent &) -> Result<QByteArray> { return QByteArray("%PDF"); }));
        const ScheduleStatus s = *DeliberationSchedule::status(*store.db, store.clock.today());
        QVERIFY(!s.overdue);
        QCOMPARE(s.lastMeeting, store.clock.today().addDays(-10));
        QCOMPARE(s.intervalMonths, 1);
        QVERIFY(DeliberationSchedule::status(*store.db, store.clock.today().addDays(30))
                    ->needsAttention());
    }
};

QTEST_GUILESS_MAIN(TestDeliberationSchedule)
#include "TestDeliberationSchedule.moc"
