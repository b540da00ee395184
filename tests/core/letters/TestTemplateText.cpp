#include "core/letters/TemplateText.h"

#include <QTest>

using namespace tepat;

class TestTemplateText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsPlaceholders()
    {
        QCOMPARE(TemplateText::fill(QStringLiteral("Nama {nama}, desil {desil}."),
                                    {{QStringLiteral("nama"), QStringLiteral("Siti")},
                                     {QStringLiteral("desil"), QStringLiteral("3")}}),
                 QStringLiteral("Nama Siti, desil 3."));
    }

    void missingValueNeverLeavesAHole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dash") << QStringLiteral("Agama: {agama}") << QStringLiteral("Agama: -");
        QTest::newRow("blank is missing")
            << QStringLiteral("Agama: {agama}.") << QStringLiteral("Agama: -.");
        QTest::newRow("fallback") << QStringLiteral("Program: {program|tidak ada}.")
                                  << QStringLiteral("Program: tidak ada.");
        QTest::newRow("optional part dropped")
            << QStringLiteral("menerangkan[[, berdasarkan surat Nomor {nomor_pengantar}]], bahwa")
            << QStringLiteral("menerangkan, bahwa");
        QTest::newRow("inner part dropped, outer kept")
            << QStringLiteral("RT {rt}[[ tanggal {tanggal_pengantar}]] ada")
            << QStringLiteral("RT 003 ada");
        QTest::newRow("fallback keeps the optional part")
            << QStringLiteral("[[Program {program|tidak ada}.]]")
            << QStringLiteral("Program tidak ada.");
        QTest::newRow("no double spaces")
            << QStringLiteral("A [[{agama}]] B") << QStringLiteral("A B");
    }

    void missingValueNeverLeavesAHole()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const TemplateText::Values values{{QStringLiteral("rt"), QStringLiteral("003")},
                                          {QStringLiteral("agama"), QStringLiteral("  ")}};
        QCOMPARE(TemplateText::fill(text, values), expected);
    }

    void nestedOptionalParts()
    {
        const QString text = QStringLiteral(
            "x[[, pengantar Nomor {nomor_pengantar}[[ tanggal {tanggal_pengantar}]]]], y");
        QCOMPARE(
            TemplateText::fill(text, {{QStringLiteral("nomor_pengantar"), QStringLiteral("12")}}),
            QStringLiteral("x, pengantar Nomor 12, y"));
        QCOMPARE(TemplateText::fill(
                     text, {{QStringLiteral("nomor_pengantar"), QStringLiteral("12")},
                            {QStringLiteral("tanggal_pengantar"), QStringLiteral("1 Mei 2026")}}),
                 QStringLiteral("x, pengantar Nomor 12 tanggal 1 Mei 2026, y"));
        QCOMPARE(TemplateText::fill(
                     text, {{QStringLiteral("tanggal_pengantar"), QStringLiteral("1 Mei 2026")}}),
                 QStringLiteral("x, y"));
    }

    void validationNamesTheProblem()
    {
        const QStringList known{QStringLiteral("nama"), QStringLiteral("nik")};
        QVERIFY(TemplateText::validate(QStringLiteral("{nama} {nik|-} [[{nama}]]"), known));
        const Status typo = TemplateText::validate(QStringLiteral("{namaa}"), known);
        QVERIFY(!typo);
        QCOMPARE(typo.error().code, QStringLiteral("template.unknown_placeholder"));
        QVERIFY(typo.error().message.contains(QStringLiteral("{namaa}")));
        QVERIFY(typo.error().message.contains(QStringLiteral("{nik}")));
        QCOMPARE(TemplateText::validate(QStringLiteral("[[{nama}"), known).error().code,
                 QStringLiteral("template.syntax"));
        QCOMPARE(TemplateText::validate(QStringLiteral("{nama}]]"), known).error().code,
                 QStringLiteral("template.syntax"));
        QCOMPARE(TemplateText::validate(QStringLiteral("{nama"), known).error().code,
                 QStringLiteral("template.syntax"));
        QCOMPARE(TemplateText::validate(QStringLiteral("{Nama Lengkap}"), known).error().code,
                 QStringLiteral("template.syntax"));
    }

    void listsPlaceholdersInOrder()
    {
        QCOMPARE(TemplateText::placeholders(QStringLiteral("{b} {a|x} [[{c}]] {b}")),
                 (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    }
};

QTEST_GUILESS_MAIN(TestTemplateText)
#include "TestTemplateText.moc"
