#include "core/letters/IndonesianText.h"

#include <QTest>

using namespace tepat;

class TestIndonesianText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersInWords_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("words");
        QTest::newRow("0") << qint64(0) << QStringLiteral("nol");
        QTest::newRow("1") << qint64(1) << QStringLiteral("satu");
        QTest::newRow("10") << qint64(10) << QStringLiteral("sepuluh");
        QTest::newRow("11") << qint64(11) << QStringLiteral("sebelas");
        QTest::newRow("12") << qint64(12) << QStringLiteral("dua belas");
        QTest::newRow("19") << qint64(19) << QStringLiteral("sembilan belas");
        QTest::newRow("20") << qint64(20) << QStringLiteral("dua puluh");
        QTest::newRow("23") << qint64(23) << QStringLiteral("dua puluh tiga");
        QTest::newRow("100") << qint64(100) << QStringLiteral("seratus");
        QTest::newRow("115") << qint64(115) << QStringLiteral("seratus lima belas");
        QTest::newRow("1000") << qint64(1000) << QStringLiteral("seribu");
        QTest::newRow("1999") << qint64(1999)
                              << QStringLiteral("seribu sembilan ratus sembilan puluh sembilan");
        QTest::newRow("2026") << qint64(2026) << QStringLiteral("dua ribu dua puluh enam");
        QTest::newRow("1000000") << qint64(1000000) << QStringLiteral("satu juta");
        QTest::newRow("21000") << qint64(21000) << QStringLiteral("dua puluh satu ribu");
    }

    void numbersInWords()
    {
        QFETCH(qint64, value);
        QFETCH(QString, words);
        QCOMPARE(indonesian::numberInWords(value), words);
    }

    void datesAreIndonesianWhateverTheInterfaceLanguage()
    {
        const QDate day(2026, 11, 23);
        QCOMPARE(indonesian::date(day), QStringLiteral("23 November 2026"));
        QCOMPARE(indonesian::date(QDate(2026, 8, 17)), QStringLiteral("17 Agustus 2026"));
        QCOMPARE(indonesian::dayName(day), QStringLiteral("Senin"));
        QCOMPARE(indonesian::dateInWords(day),
                 QStringLiteral("Senin tanggal dua puluh tiga bulan November tahun dua ribu dua "
                                "puluh enam"));
        QCOMPARE(indonesian::date(QDate()), QString());
        QCOMPARE(indonesian::romanMonth(4), QStringLiteral("IV"));
        QCOMPARE(indonesian::romanMonth(13), QString());
    }

    void titleCaseAndLists()
    {
        QCOMPARE(indonesian::titleCase(QStringLiteral("KOTA KEDIRI")),
                 QStringLiteral("Kota Kediri"));
        QCOMPARE(indonesian::titleCase(QStringLiteral("KABUPATEN KEPULAUAN SERIBU")),
                 QStringLiteral("Kabupaten Kepulauan Seribu"));
        QCOMPARE(indonesian::titleCase(QStringLiteral("DKI JAKARTA")),
                 QStringLiteral("DKI Jakarta"));
        QCOMPARE(indonesian::joinList({}), QString());
        QCOMPARE(indonesian::joinList({QStringLiteral("PKH")}), QStringLiteral("PKH"));
        QCOMPARE(indonesian::joinList({QStringLiteral("PKH"), QStringLiteral("BPNT")}),
                 QStringLiteral("PKH dan BPNT"));
        QCOMPARE(indonesian::joinList(
                     {QStringLiteral("PKH"), QStringLiteral("BPNT"), QStringLiteral("PBI-JK")}),
                 QStringLiteral("PKH, BPNT, dan PBI-JK"));
    }
};

QTEST_GUILESS_MAIN(TestIndonesianText)
#include "TestIndonesianText.moc"
