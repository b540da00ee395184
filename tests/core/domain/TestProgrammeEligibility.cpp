#include "core/common/Language.h"
#include "core/domain/ProgrammeEligibility.h"

#include <QTest>

using namespace tepat;

class TestProgrammeEligibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Language::install(QStringLiteral("id")); }

    void pkhFitsDesilOneToFourAndIsSuspendedInFive()
    {
        const QDate asOf(2026, 10, 20);
        const EligibilityFlag fits = ProgrammeEligibility::assess(Program::Pkh, 4, asOf);
        QCOMPARE(fits.verdict, EligibilityVerdict::Fits);
        QCOMPARE(fits.ruleCode, QStringLiteral("dtsen.pkh_1_4"));
        QVERIFY(fits.message.contains(QStringLiteral("desil 4 per 20 Oktober 2026")));
        QVERIFY(!fits.needsAttention());
        const EligibilityFlag five = ProgrammeEligibility::assess(Program::Pkh, 5, asOf);
        QCOMPARE(five.verdict, EligibilityVerdict::Suspended);
        QVERIFY(five.needsAttention());
        QVERIFY(five.message.contains(QStringLiteral("pengecekan lapangan")));
        QVERIFY(five.message.contains(QStringLiteral("PKH untuk desil 1–4")));
        QCOMPARE(ProgrammeEligibility::assess(Program::Pkh, 6, asOf).verdict,
                 EligibilityVerdict::Misfit);
    }

    void sembakoAndPbiJkFitDesilOneToFive()
    {
        const QDate asOf(2026, 7, 20);
        QCOMPARE(ProgrammeEligibility::assess(Program::Bpnt, 5, asOf).verdict,
                 EligibilityVerdict::Fits);
        const EligibilityFlag bpnt = ProgrammeEligibility::assess(Program::Bpnt, 6, asOf);
        QCOMPARE(bpnt.verdict, EligibilityVerdict::Misfit);
        QCOMPARE(bpnt.ruleCode, QStringLiteral("dtsen.sembako_1_5"));
        QVERIFY(bpnt.message.contains(QStringLiteral("desil 6 per 20 Juli 2026")));
        const EligibilityFlag pbi = ProgrammeEligibility::assess(Program::PbiJk, 7, asOf);
        QCOMPARE(pbi.verdict, EligibilityVerdict::SwitchedOff);
        QVERIFY(pbi.message.contains(QStringLiteral("SK Mensos 03/HUK/2026")));
        QVERIFY(pbi.message.contains(QStringLiteral("surat rekomendasi reaktivasi")));
    }

    void withoutDesilOrRuleNothingIsJudged()
    {
        const EligibilityFlag unranked = ProgrammeEligibility::assess(Program::Pkh, 0, {});
        QCOMPARE(unranked.verdict, EligibilityVerdict::Unranked);
        QVERIFY(!unranked.needsAttention());
        QCOMPARE(ProgrammeEligibility::assess(Program::BltDd, 9, {}).verdict,
                 EligibilityVerdict::NoRule);
    }

    // Beranda's count and the household filter use the same boundaries in SQL.
    void agreesWithTheMisfitRuleOfTheFigures()
    {
        for (Program p : vocabulary::all<Program>()) {
            for (int desil = 0; desil <= 10; ++desil) {
                QCOMPARE(ProgrammeEligibility::assess(p, desil, {}).needsAttention(),
                         programMismatchesDesil(p, desil));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestProgrammeEligibility)
#include "TestProgrammeEligibility.moc"
