#include "core/importing/HouseholdFigures.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestHouseholdFigures : public QObject
{
    Q_OBJECT

    static QString figuresOf(TempStore &store, const QString &id)
    {
        auto q = store.db->query(
            QStringLiteral("SELECT head_name || '/' || member_count FROM household WHERE id = ?"),
            {id});
        return q && q->next() ? q->value(0).toString() : QString();
    }

private Q_SLOTS:
    void countsActiveMembersAndTheLastActiveHead()
    {
        TempStore store;
        QVERIFY(store.db->execute(
            "INSERT INTO village(code, name) VALUES ('35.71.03.1001', 'Desa');"
            "INSERT INTO household(id, village_code) VALUES ('H1', '35.71.03.1001'), "
            "('H2', '35.71.03.1001'), ('H3', '35.71.03.1001'), ('H4', '35.71.03.1001')"));
        HouseholdFigures figures;
        figures.add("H1", "head", "active", "Budi");
        figures.add("H1", "spouse", "active", "Siti");
        figures.add("H1", "child", "moved", "Anak Pindah");
        // A household named again later (the file is not sorted) adds to the same figures.
        figures.add("H2", "head", "deceased", "Soeparman");
        figures.add("H2", "child", "active", "Anak");
        figures.add("H1", "head", "active", "Kepala Kedua");
        figures.add("H3", "head", "moved", "Pindah");
        QCOMPARE(figures.households(), size_t(3));
        QVERIFY(figures.write(*store.db));

        QCOMPARE(figuresOf(store, QStringLiteral("H1")), QStringLiteral("Kepala Kedua/3"));
        QCOMPARE(figuresOf(store, QStringLiteral("H2")), QStringLiteral("/1"));
        QCOMPARE(figuresOf(store, QStringLiteral("H3")), QStringLiteral("/0"));
        // No person named H4: its defaults stay.
        QCOMPARE(figuresOf(store, QStringLiteral("H4")), QStringLiteral("/0"));
    }
};

QTEST_GUILESS_MAIN(TestHouseholdFigures)
#include "TestHouseholdFigures.moc"
