#include "core/letters/LetterNumber.h"

#include <QTest>

using namespace tepat;

class TestLetterNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsThePattern()
    {
        const NumberingRule rule{LetterNumber::defaultPattern(), QStringLiteral("400.9.14.1"),
                                 QStringLiteral("Kel.Bangsal")};
        QCOMPARE(LetterNumber::format(rule, 128, QDate(2026, 11, 23)),
                 QStringLiteral("400.9.14.1/0128/Kel.Bangsal/XI/2026"));
        QCOMPARE(LetterNumber::format(rule, 12345, QDate(2027, 1, 2)),
                 QStringLiteral("400.9.14.1/12345/Kel.Bangsal/I/2027"));
        const NumberingRule other{
            QStringLiteral("{kode}/{nomor}/{tahun}"), QStringLiteral("460"), {}};
        QCOMPARE(LetterNumber::format(other, 7, QDate(2026, 4, 1)),
                 QStringLiteral("460/0007/2026"));
    }

    void romanMonths()
    {
        const NumberingRule rule{QStringLiteral("{bulan}-{nomor}-{tahun}"), {}, {}};
        const QStringList expected{"I",   "II",   "III", "IV", "V",  "VI",
                                   "VII", "VIII", "IX",  "X",  "XI", "XII"};
        for (int m = 1; m <= 12; ++m) {
            QCOMPARE(LetterNumber::format(rule, 1, QDate(2026, m, 1)).section(u'-', 0, 0),
                     expected[m - 1]);
        }
    }

    void patternMustNumberWithinTheYear()
    {
        NumberingRule rule{QStringLiteral("{kode}/{nomor}/{unit}/{bulan}"),
                           QStringLiteral("400.9.14.1"), QStringLiteral("Kel.Bangsal")};
        QCOMPARE(LetterNumber::validate(rule).error().code,
                 QStringLiteral("letter.pattern_incomplete"));
        rule.pattern = QStringLiteral("{kode}/{unit}/{tahun}");
        QCOMPARE(LetterNumber::validate(rule).error().code,
                 QStringLiteral("letter.pattern_incomplete"));
        rule.pattern = QStringLiteral("{kode}/{nomer}/{tahun}");
        QCOMPARE(LetterNumber::validate(rule).error().code,
                 QStringLiteral("template.unknown_placeholder"));
        rule.pattern = LetterNumber::defaultPattern();
        QVERIFY(LetterNumber::validate(rule));
        rule.classification.clear();
        QCOMPARE(LetterNumber::validate(rule).error().code,
                 QStringLiteral("letter.classification_missing"));
    }
};

QTEST_GUILESS_MAIN(TestLetterNumber)
#include "TestLetterNumber.moc"
