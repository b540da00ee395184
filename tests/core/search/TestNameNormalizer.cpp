#include "core/search/NameNormalizer.h"

#include <QTest>

using namespace tepat;

class TestNameNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case and spaces") << "  SITI   Aminah "
                                         << "siti aminah";
        QTest::newRow("oe") << "Soekarti"
                            << "sukarti";
        QTest::newRow("dj") << "Djoko"
                            << "joko";
        QTest::newRow("tj") << "Tjipto"
                            << "cipto";
        QTest::newRow("sj") << "Sjahrir"
                            << "syahrir";
        QTest::newRow("nj") << "Soenjoto"
                            << "sunyoto";
        QTest::newRow("ch") << "Chairul"
                            << "khairul";
        QTest::newRow("doubled letter") << "Muhammad"
                                        << "muhamad";
        QTest::newRow("apostrophe joins") << "Ma'ruf"
                                          << "maruf";
        QTest::newRow("punctuation splits") << "Siti-Aminah, S.Pd"
                                            << "siti aminah s pd";
        QTest::newRow("diacritics") << "Renée"
                                    << "rene";
        QTest::newRow("curly apostrophe") << "Nur’aini"
                                          << "nuraini";
        QTest::newRow("empty") << ""
                               << "";
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(NameNormalizer::normalize(input), expected);
    }

    void oldAndNewSpellingsMeet_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("Soeparman/Suparman") << "Soeparman"
                                            << "Suparman";
        QTest::newRow("Djumadi/Jumadi") << "Djumadi"
                                        << "Jumadi";
        QTest::newRow("Tjahjono/Cahjono") << "Tjahjono"
                                          << "Cahjono";
        QTest::newRow("Pandjaitan/Panjaitan") << "Pandjaitan"
                                              << "Panjaitan";
        QTest::newRow("Sjamsul/Syamsul") << "Sjamsul"
                                         << "Syamsul";
        QTest::newRow("Achmad/Akhmad") << "Achmad"
                                       << "Akhmad";
        QTest::newRow("Noer/Nur") << "Noer Hadi"
                                  << "NUR HADI";
        QTest::newRow("Mochammad/Mochamad") << "Mochammad"
                                            << "Mochamad";
    }

    void oldAndNewSpellingsMeet()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(NameNormalizer::normalize(a), NameNormalizer::normalize(b));
    }

    void idempotent()
    {
        for (const char *name : {"Soenjoto Pandjaitan", "Tjoetjoe", "Muhammad Achmad", "Oemi"}) {
            const QString once = NameNormalizer::normalize(QString::fromUtf8(name));
            QCOMPARE(NameNormalizer::normalize(once), once);
        }
    }

    void tokens()
    {
        QCOMPARE(NameNormalizer::tokens(u"Siti  Aminah"),
                 (QStringList{QStringLiteral("siti"), QStringLiteral("aminah")}));
        QVERIFY(NameNormalizer::tokens(u" - ").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNameNormalizer)
#include "TestNameNormalizer.moc"
