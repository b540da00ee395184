#include "core/demo/DemoHistory.h"

#include "core/demo/DemoRandom.h"
#include "core/demo/DemoVillage.h"

#include <QSet>

namespace tepat {

namespace {

QSet<Program> programsOf(const DemoHousehold &household)
{
    QSet<Program> programs;
    for (const Person &p : household.members) {
        for (Program program : p.programs) {
            programs.insert(program);
        }
    }
    return programs;
}

Disbursement event(const DemoHousehold &household, Program program, const QString &period,
                   DisbursementStatus status, QDate date)
{
    Disbursement d;
    d.id = QStringLiteral("demo-%1-%2-%3")
               .arg(household.household.id, vocabulary::code(program), period);
    d.householdId = household.household.id;
    d.program = program;
    d.period = period;
    d.status = status;
    d.date = date;
    d.version = 1;
    return d;
}

} // namespace

DemoHistory::DemoHistory(quint64 seed, QDate today)
    : m_seed(seed)
    , m_today(today)
{}

DemoHistory::EarlierDesil DemoHistory::earlierDesil(const DemoHousehold &household) const
{
    const Household &h = household.household;
    DemoRandom draw = DemoRandom::forKey(m_seed, h.id, 0xDE51);
    if (h.desil <= 0 || !h.desilAsOf.isValid() || draw.below(3) != 0) {
        return {};
    }
    // One step up or down the ranking, within 1..10.
    const int step = draw.below(2) == 0 ? -1 : 1;
    const int earlier = h.desil + (h.desil == 1 ? 1 : h.desil == 10 ? -1 : step);
    return {earlier, h.desilAsOf.addMonths(-3)};
}

QList<Disbursement> DemoHistory::disbursements(const DemoHousehold &household) const
{
    const QSet<Program> programs = programsOf(household);
    DemoRandom draw = DemoRandom::forKey(m_seed, household.household.id, 0xD15B);
    QList<Disbursement> events;
    if (programs.contains(Program::Bpnt)) {
        // BPNT: the last three months, paid around the 12th; a failure one time in twelve.
        for (int back = 3; back >= 1; --back) {
            const QDate month = m_today.addMonths(-back);
            const QString period = month.toString(QStringLiteral("yyyy-MM"));
            const QDate paid(month.year(), month.month(), 10 + draw.below(6));
            const int roll = draw.below(24);
            const DisbursementStatus status = roll == 0   ? DisbursementStatus::GagalOmspan
                                              : roll == 1 ? DisbursementStatus::TidakTransaksi
                                                          : DisbursementStatus::Si;
            events.append(event(household, Program::Bpnt, period, status, paid));
        }
    }
    if (programs.contains(Program::Pkh)) {
        // PKH: the last two tahap that were paid, in the middle month of each quarter.
        QDate quarter(m_today.year(), ((m_today.month() - 1) / 3) * 3 + 1, 1);
        if (m_today < quarter.addMonths(1).addDays(14)) {
            quarter = quarter.addMonths(-3);
        }
        for (const QDate q : {quarter.addMonths(-3), quarter}) {
            const QString period =
                QStringLiteral("%1-T%2").arg(q.year()).arg((q.month() - 1) / 3 + 1);
            const QDate paid = q.addMonths(1).addDays(9 + draw.below(5));
            const DisbursementStatus status = draw.below(15) == 0 ? DisbursementStatus::GagalOmspan
                                                                  : DisbursementStatus::SuksesSpm;
            events.append(event(household, Program::Pkh, period, status, paid.addDays(-3)));
            if (status == DisbursementStatus::SuksesSpm) {
                events.append(event(household, Program::Pkh, period, DisbursementStatus::Si, paid));
                events.last().id += QStringLiteral("-si");
            }
        }
    }
    return events;
}

} // namespace tepat
