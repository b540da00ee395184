#include "core/demo/DemoDuplicates.h"

#include <QTest>

using namespace tepat::demo;

class TestDemoDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldSpelling()
    {
        QCOMPARE(DemoDuplicates::oldSpelling(QStringLiteral("Suparman")),
                 QStringLiteral("Soeparman"));
        QCOMPARE(DemoDuplicates::oldSpelling(QStringLiteral("Joko Cahyono")),
                 QStringLiteral("Djoko Tjahjono"));
        QVERIFY(DemoDuplicates::oldSpelling(QStringLiteral("Siti Aminah")).isEmpty());
    }

    void nameMistakes()
    {
        QCOMPARE(DemoDuplicates::reversedWords(QStringLiteral("Siti Aminah")),
                 QStringLiteral("Aminah Siti"));
        QVERIFY(DemoDuplicates::reversedWords(QStringLiteral("Slamet")).isEmpty());
        QCOMPARE(DemoDuplicates::shortenedMuhammad(QStringLiteral("Muhammad Rizki")),
                 QStringLiteral("M. Rizki"));
        QVERIFY(DemoDuplicates::shortenedMuhammad(QStringLiteral("Rizki")).isEmpty());
        const QString dropped = DemoDuplicates::droppedLetter(QStringLiteral("Budi Santoso"), 2);
        QCOMPARE(dropped.size(), 11);
        QVERIFY(dropped.startsWith(QStringLiteral("Budi S")));
        QVERIFY(DemoDuplicates::droppedLetter(QStringLiteral("Sri Ani"), 1).isEmpty());
    }

    void nikMistakes()
    {
        const QString nik = QStringLiteral("3571034107750012");
        QCOMPARE(DemoDuplicates::substitutedDigit(nik, 3, 5), QStringLiteral("3571034107750017"));
        QCOMPARE(DemoDuplicates::transposedDigits(nik, 2), QStringLiteral("3571034107750021"));
        QVERIFY(DemoDuplicates::transposedDigits(nik, 0).isEmpty()); // "00": nothing to swap
        QVERIFY(DemoDuplicates::substitutedDigit(QStringLiteral("3571034107750001"), 3, 9)
                    .isEmpty()); // serial 0000 is not a NIK
    }
};

QTEST_GUILESS_MAIN(TestDemoDuplicates)
#include "TestDemoDuplicates.moc"
