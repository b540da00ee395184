#include "core/common/Language.h"
#include "core/domain/DesilText.h"

#include <QTest>

using namespace tepat;

class TestDesilText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Language::install(QStringLiteral("id")); }

    void desilIsShownWithItsBpsDate()
    {
        QCOMPARE(DesilText::describe(3, QDate(2026, 10, 20)),
                 QStringLiteral("desil 3 per 20 Oktober 2026"));
        QCOMPARE(DesilText::describe(3, {}),
                 QStringLiteral("desil 3 (tanggal dari BPS tidak tercatat)"));
        QCOMPARE(DesilText::describe(0, QDate(2026, 10, 20)), QStringLiteral("belum ada desil"));
    }
};

QTEST_GUILESS_MAIN(TestDesilText)
#include "TestDesilText.moc"
