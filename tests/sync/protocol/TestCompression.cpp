#include "sync/protocol/Compression.h"

#include <QTest>

#include <zlib.h>

using namespace tepat;
using namespace tepat::sync;

namespace {

// zlib's own deflate in the given window format (15: zlib, -15: raw).
QByteArray deflated(const QByteArray &bytes, int windowBits)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(bytes.size()))) + 32, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace

class TestCompression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gzipAndDeflateAreDecodedWithinTheLimit()
    {
        const QByteArray json = "{\"items\": [" + QByteArray(5000, ' ') + "]}";
        const QByteArray gz = Compression::gzip(json);
        QVERIFY(gz.startsWith("\x1f\x8b"));
        QVERIFY(gz.size() < json.size() / 10);
        QCOMPARE(Compression::decode("gzip", gz, 1 << 20).value(), json);
        QCOMPARE(Compression::decode(" GZIP ", gz, 1 << 20).value(), json);
        QCOMPARE(Compression::decode("deflate", deflated(json, 15), 1 << 20).value(), json);
        QCOMPARE(Compression::decode("deflate", deflated(json, -15), 1 << 20).value(), json);
        QCOMPARE(Compression::decode({}, json, 1 << 20).value(), json);
        QCOMPARE(Compression::decode("identity", json, 1 << 20).value(), json);
    }

    void badStreamsAndBombsAreRefused()
    {
        QCOMPARE(Compression::decode("br", "x", 100).error().code,
                 QStringLiteral("request.encoding"));
        const QByteArray gz = Compression::gzip(QByteArray(100000, 'a'));
        QCOMPARE(Compression::decode("gzip", gz.left(gz.size() / 2), 1 << 20).error().code,
                 QStringLiteral("request.invalid"));
        QCOMPARE(Compression::decode("gzip", gz + "tail", 1 << 20).error().code,
                 QStringLiteral("request.invalid"));
        QCOMPARE(Compression::decode("gzip", "not gzip at all", 1 << 20).error().code,
                 QStringLiteral("request.invalid"));
        // 100 KB of 'a' in a few hundred bytes: refused beyond the limit, not unpacked whole.
        QCOMPARE(Compression::decode("gzip", gz, 50000).error().code,
                 QStringLiteral("json.too_large"));
    }

    void acceptEncodingIsRead()
    {
        QVERIFY(Compression::takesGzip("gzip, deflate"));
        QVERIFY(Compression::takesGzip("deflate, GZIP;q=0.5"));
        QVERIFY(!Compression::takesGzip("gzip;q=0"));
        QVERIFY(!Compression::takesGzip("deflate, br"));
        QVERIFY(!Compression::takesGzip({}));
    }
};

QTEST_GUILESS_MAIN(TestCompression)
#include "TestCompression.moc"
