#include "core/demo/DemoVillage.h"
#include "core/register/RegisterRepository.h"
#include "core/requests/DuplicateFinder.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void similarNames_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("similar");
        QTest::newRow("order") << "Siti Aminah"
                               << "Aminah Siti" << true;
        QTest::newRow("old spelling") << "Soeparman"
                                      << "Suparman" << true;
        QTest::newRow("typo") << "Budi Santoso"
                              << "Budi Santosa" << true;
        QTest::newRow("doubled letter") << "Muhammad Rizki"
                                        << "Muhamad Rizki" << true;
        QTest::newRow("two typos") << "Sulastri"
                                   << "Sulastry" << true;
        QTest::newRow("different") << "Budi Santoso"
                                   << "Agus Salim" << false;
        QTest::newRow("extra word far") << "Siti"
                                        << "Siti Aminah Rahayu" << false;
        QTest::newRow("empty") << ""
                               << "Siti" << false;
    }

    void similarNames()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, similar);
        QCOMPARE(DuplicateFinder::similarNames(a, b), similar);
    }

    void findsSameNikAndSimilarNameSameDay()
    {
        TempStore store;
        DemoOptions o;
        o.households = 30;
        o.today = QDate(2026, 11, 23);
        QVERIFY(DemoVillage::populate(*store.db, store.clock, o));
        const Person someone = RegisterRepository(*store.db, store.clock)
                                   .members(QStringLiteral("3571031001.000007"))
                                   ->first();
        const DuplicateFinder finder(*store.db);
        const auto byNik =
            finder.find(someone.nik, QStringLiteral("Orang Lain"), QDate(2001, 1, 1));
        QVERIFY(byNik);
        QCOMPARE(byNik->size(), 1);
        QVERIFY(byNik->first().sameNik);
        QCOMPARE(byNik->first().person.id, someone.id);
        const QStringList words = someone.name.split(u' ');
        QStringList reversed(words.rbegin(), words.rend());
        const auto byName = finder.find(QString(), reversed.join(u' '), someone.birthDate);
        QVERIFY(byName);
        QCOMPARE(byName->size(), 1);
        QVERIFY(!byName->first().sameNik);
        QVERIFY(finder.find(someone.nik, someone.name, someone.birthDate, someone.id)->isEmpty());
        QVERIFY(
            finder.find(QString(), someone.name, someone.birthDate.addDays(1))->isEmpty() ||
            finder.find(QString(), someone.name, someone.birthDate.addDays(1))->first().person.id !=
                someone.id);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "TestDuplicateFinder.moc"
