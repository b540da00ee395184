#include "tests/support/FieldUi.h"
#include "tests/support/FieldVillage.h"
#include "ui/field/VillagePlot.h"

#include <QSignalSpy>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestVillagePlot : public QObject
{
    Q_OBJECT

    static int pixelsLike(const QImage &image, QColor colour)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += std::abs(c.red() - colour.red()) < 30 &&
                     std::abs(c.green() - colour.green()) < 30 &&
                     std::abs(c.blue() - colour.blue()) < 30;
            }
        }
        return n;
    }

private Q_SLOTS:
    void villageWithSelectedHousehold()
    {
        ScreenStore s;
        const QStringList ids = villageWithPoints(s.store, 12, 10);
        VillagePlot plot(s.context);
        plot.resize(480, 360);
        plot.showHousehold(ids[3]);
        QCOMPARE(plot.pointCount(), 10);
        const QImage image = plot.grab().toImage();
        QVERIFY(pixelsLike(image, QColor(0xd6, 0x28, 0x28)) > 40);  // the selected one
        QVERIFY(pixelsLike(image, QColor(0x2b, 0x6c, 0xb0)) > 100); // the others

        // Points keep their geography: north is up, east is right.
        const QPointF a = *plot.positionOf(ids[0]); // grid (0, 0)
        const QPointF b = *plot.positionOf(ids[1]); // 100 m east
        const QPointF c = *plot.positionOf(ids[5]); // 100 m north
        QVERIFY(b.x() > a.x() + 5 && std::abs(b.y() - a.y()) < 1);
        QVERIFY(c.y() < a.y() - 5 && std::abs(c.x() - a.x()) < 1);
        QVERIFY(!plot.positionOf(ids[11]));

        QSignalSpy clicked(&plot, &VillagePlot::householdClicked);
        QTest::mouseClick(&plot, Qt::LeftButton, {}, b.toPoint());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(), ids[1]);
        QCOMPARE(plot.selectedHousehold(), ids[1]);
    }

    void selectedWithoutPointAndFarOutlier()
    {
        ScreenStore s;
        const QStringList ids = villageWithPoints(s.store, 12, 10);
        // A point typed with the wrong sign lands ~1,700 km away.
        QVERIFY(s.store.db->query(
            QStringLiteral("UPDATE household SET latitude = 7.8166 WHERE id = ?"), {ids[9]}));
        VillagePlot plot(s.context);
        plot.resize(480, 360);
        plot.showHousehold(ids[11]);
        QCOMPARE(plot.pointCount(), 10);
        const QImage image = plot.grab().toImage();
        QCOMPARE(pixelsLike(image, QColor(0xd6, 0x28, 0x28)), 0);
        // The outlier does not squeeze the village into a dot.
        QVERIFY(!plot.rect().contains(plot.positionOf(ids[9])->toPoint()));
        const QPointF a = *plot.positionOf(ids[0]);
        const QPointF b = *plot.positionOf(ids[4]); // 400 m east
        QVERIFY(b.x() - a.x() > 100);
    }

    void emptyVillage()
    {
        ScreenStore s;
        villageWithPoints(s.store, 3, 0);
        VillagePlot plot(s.context);
        plot.resize(300, 200);
        plot.showHousehold(QStringLiteral("BARU-1"));
        QCOMPARE(plot.pointCount(), 0);
        QVERIFY(!plot.grab().isNull());
    }
};

QTEST_MAIN(TestVillagePlot)
#include "TestVillagePlot.moc"
