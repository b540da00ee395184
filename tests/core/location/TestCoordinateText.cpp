#include "core/location/CoordinateText.h"
#include "core/location/GeoPoint.h"

#include <QTest>

using namespace tepat;
using Axis = CoordinateText::Axis;

class TestCoordinateText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("latitude");
        QTest::addColumn<double>("expected");
        QTest::newRow("decimal") << "-7.8166" << true << -7.8166;
        QTest::newRow("comma decimal") << "-7,8166" << true << -7.8166;
        QTest::newRow("unicode minus") << QStringLiteral("\u22127.8166") << true << -7.8166;
        QTest::newRow("degree sign") << QStringLiteral("112.0119\u00B0") << false << 112.0119;
        QTest::newRow("decimal with S") << "7.8166 S" << true << -7.8166;
        QTest::newRow("decimal with LS") << "7,8166 LS" << true << -7.8166;
        QTest::newRow("dms") << QStringLiteral("7\u00B048'59.8\"S") << true
                             << -(7 + 48 / 60.0 + 59.8 / 3600.0);
        QTest::newRow("dms comma seconds BT")
            << QStringLiteral("112\u00B0 0' 42,8\" BT") << false << 112 + 42.8 / 3600.0;
        QTest::newRow("dms spaces only")
            << "7 48 59.8 S" << true << -(7 + 48 / 60.0 + 59.8 / 3600.0);
        QTest::newRow("dms letter first")
            << QStringLiteral("S 7\u00B0 48' 59.8\"") << true << -(7 + 48 / 60.0 + 59.8 / 3600.0);
        QTest::newRow("degrees decimal minutes")
            << QStringLiteral("E 112\u00B0 0.714'") << false << 112 + 0.714 / 60.0;
        QTest::newRow("primes") << QStringLiteral("7\u00B048\u203259.8\u2033 LS") << true
                                << -(7 + 48 / 60.0 + 59.8 / 3600.0);
        QTest::newRow("north U") << "3.5952 U" << true << 3.5952;
        QTest::newRow("west B") << "10.5 B" << false << -10.5;
        QTest::newRow("plus") << "+98.6722" << false << 98.6722;
    }

    void values()
    {
        QFETCH(QString, text);
        QFETCH(bool, latitude);
        QFETCH(double, expected);
        const Result<double> r =
            CoordinateText::parseValue(text, latitude ? Axis::Latitude : Axis::Longitude);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY2(std::abs(*r - expected) < 1e-9, qPrintable(QString::number(*r, 'f', 9)));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("latitude");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "  " << true << "location.coordinate_empty";
        QTest::newRow("words") << "rumah pak RT" << true << "location.coordinate_format";
        QTest::newRow("two decimal points") << "7.81.66" << true << "location.coordinate_format";
        QTest::newRow("latitude too big") << "112.01" << true << "location.coordinate_range";
        QTest::newRow("longitude too big") << "-190" << false << "location.coordinate_range";
        QTest::newRow("east on latitude") << "7.8 E" << true << "location.coordinate_axis";
        QTest::newRow("sign and letter") << "-7.8 S" << true << "location.coordinate_sign";
        QTest::newRow("minutes 60") << "7 60 10" << true << "location.coordinate_minutes";
        QTest::newRow("seconds 75") << "7 48 75" << true << "location.coordinate_seconds";
        QTest::newRow("decimal degrees with minutes")
            << "7.5 48" << true << "location.coordinate_minutes";
        QTest::newRow("four numbers") << "7 48 59 1" << true << "location.coordinate_format";
    }

    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(bool, latitude);
        QFETCH(QString, code);
        const Result<double> r =
            CoordinateText::parseValue(text, latitude ? Axis::Latitude : Axis::Longitude);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void pairs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        const double lat = -7.8166;
        const double lon = 112.0119;
        QTest::newRow("maps style") << "-7.8166, 112.0119" << lat << lon;
        QTest::newRow("no space") << "-7.8166,112.0119" << lat << lon;
        QTest::newRow("comma decimals, semicolon") << "-7,8166; 112,0119" << lat << lon;
        QTest::newRow("comma decimals, comma space") << "-7,8166, 112,0119" << lat << lon;
        QTest::newRow("comma decimals, space") << "-7,8166 112,0119" << lat << lon;
        QTest::newRow("tab") << "-7.8166\t112.0119" << lat << lon;
        const double dmsLat = -(7 + 48 / 60.0 + 59.8 / 3600.0);
        const double dmsLon = 112 + 42.8 / 3600.0;
        QTest::newRow("dms compact")
            << QStringLiteral("7\u00B048'59.8\"S 112\u00B00'42.8\"E") << dmsLat << dmsLon;
        QTest::newRow("dms spaced, suffix letters")
            << "7 48 59.8 LS 112 0 42.8 BT" << dmsLat << dmsLon;
        QTest::newRow("dms spaced, prefix letters")
            << QStringLiteral("S 7\u00B0 48' 59.8\" E 112\u00B0 0' 42.8\"") << dmsLat << dmsLon;
        QTest::newRow("longitude first with letters") << "112.0119 E, 7.8166 S" << lat << lon;
    }

    void pairs()
    {
        QFETCH(QString, text);
        QFETCH(double, lat);
        QFETCH(double, lon);
        const Result<GeoPoint> r = CoordinateText::parsePair(text);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(std::abs(r->latitude - lat) < 1e-9);
        QVERIFY(std::abs(r->longitude - lon) < 1e-9);
    }

    void dmsTextReadsBack_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("kediri") << -7.823123 << 112.027598;
        QTest::newRow("north and west") << 5.5 << -0.25;
        QTest::newRow("seconds round up to a minute") << -7.9999999 << 112.0;
    }

    void dmsTextReadsBack()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        const QString text = Geo::dmsText(GeoPoint{lat, lon});
        QVERIFY2(!text.contains(QStringLiteral("60.0")), qPrintable(text));
        const Result<GeoPoint> back = CoordinateText::parsePair(text);
        QVERIFY2(back.ok(), qPrintable(text));
        // A tenth of an arc-second is about 3 m.
        QVERIFY2(std::abs(back->latitude - lat) < 0.05 / 3600, qPrintable(text));
        QVERIFY2(std::abs(back->longitude - lon) < 0.05 / 3600, qPrintable(text));
    }

    void dmsTextIsIndonesian()
    {
        QCOMPARE(Geo::dmsText(GeoPoint{-7.823123, 112.027598}),
                 QStringLiteral("7\u00B0 49' 23.2\" LS, 112\u00B0 1' 39.4\" BT"));
    }

    void pairRefusals()
    {
        QCOMPARE(CoordinateText::parsePair(u"").error().code,
                 QStringLiteral("location.coordinate_empty"));
        QCOMPARE(CoordinateText::parsePair(u"-7.8166").error().code,
                 QStringLiteral("location.coordinate_pair"));
        // Swapped without letters is not guessed: the operator sees why.
        const Result<GeoPoint> swapped = CoordinateText::parsePair(u"112.0119, -7.8166");
        QVERIFY(!swapped);
        QCOMPARE(swapped.error().code, QStringLiteral("location.coordinate_range"));
        QVERIFY(swapped.error().message.contains(QStringLiteral("tertukar")));
    }
};

QTEST_GUILESS_MAIN(TestCoordinateText)
#include "TestCoordinateText.moc"
