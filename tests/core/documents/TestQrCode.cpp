#include "core/documents/QrCode.h"

#include <QTest>

using namespace tepat;

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesThroughLibqrencode()
    {
        const QString payload =
            QStringLiteral("TPT1|400.9.14.1/0012/Kel.Bangsal/XI/2026|20261123|R|"
                           "Siti Aminah|3|Tk7YFIyYtJiR6ZdGiRxYXw|f2d0671999163ca8|") +
            QString(86, u'A');
        const auto modules = QrCode::modules(payload);
        QVERIFY(modules);
        const int w = int(modules->size());
        QCOMPARE((w - 21) % 4, 0); // a QR version: 21 + 4 (v - 1) modules
        QVERIFY(w <= 65);          // version 11 at most: prints at 26 mm with 0.4 mm modules
        // Finder patterns: dark corners at top-left, top-right and bottom-left.
        QVERIFY(modules->at(0).at(0) && modules->at(0).at(w - 1) && modules->at(w - 1).at(0));
        QVERIFY(!modules->at(1).at(1));
        QCOMPARE(QrCode::modules(payload).value(), *modules); // deterministic
        QVERIFY(QrCode::modules(payload + u'x').value() != *modules);
    }

    void imageHasAQuietZoneAndSharpModules()
    {
        const QString payload = QStringLiteral("TPT1|x");
        const int w = int(QrCode::modules(payload)->size());
        const auto image = QrCode::image(payload, 4);
        QVERIFY(image);
        QCOMPARE(image->width(), (w + 8) * 4);
        QCOMPARE(image->height(), image->width());
        QCOMPARE(image->pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(image->pixelColor(15, 15), QColor(Qt::white)); // quiet zone: 4 modules
        QCOMPARE(image->pixelColor(16, 16), QColor(Qt::black)); // finder pattern corner
        QCOMPARE(image->pixelColor(19, 19), QColor(Qt::black));
        QCOMPARE(image->format(), QImage::Format_Mono);
    }

    void tooMuchTextIsAClearError()
    {
        const auto refused = QrCode::image(QString(5000, u'x'));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("qr.encode"));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "TestQrCode.moc"
