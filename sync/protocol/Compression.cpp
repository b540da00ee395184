#include "sync/protocol/Compression.h"

#include <zlib.h>

namespace tepat::sync {

QByteArray Compression::gzip(const QByteArray &bytes)
{
    z_stream z{};
    // 15 + 16: a gzip header and trailer around the deflate stream.
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    QByteArray out(qsizetype(deflateBound(&z, uLong(bytes.size()))) + 32, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

Result<QByteArray> Compression::decode(const QByteArray &encoding, const QByteArray &bytes,
                                       qint64 maxBytes)
{
    const QByteArray e = encoding.trimmed().toLower();
    if (e.isEmpty() || e == "identity") {
        return bytes;
    }
    if (e != "gzip" && e != "x-gzip" && e != "deflate") {
        return Error{QStringLiteral("request.encoding"),
                     tr("Pengodean isi \"%1\" tidak dikenal server; kirim tanpa pengodean atau "
                        "dengan gzip.")
                         .arg(QString::fromLatin1(e.left(32)))};
    }
    z_stream z{};
    // 15 + 32: gzip or zlib, told apart by the header; raw deflate (what some senders call
    // "deflate") is tried when neither header is there.
    const bool raw =
        e == "deflate" && bytes.size() >= 2 && ((uchar(bytes[0]) << 8) | uchar(bytes[1])) % 31 != 0;
    if (inflateInit2(&z, raw ? -15 : 15 + 32) != Z_OK) {
        return Error{QStringLiteral("request.invalid"), tr("Isi terkompresi tidak bisa dibaca.")};
    }
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    QByteArray out;
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            break;
        }
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (out.size() > maxBytes) {
            inflateEnd(&z);
            return Error{QStringLiteral("json.too_large"),
                         tr("Isi pesan setelah dibuka terlalu besar (paling banyak %1 byte).")
                             .arg(maxBytes)};
        }
        if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) {
            rc = Z_BUF_ERROR; // the stream ended early
        }
    }
    const bool whole = rc == Z_STREAM_END && z.avail_in == 0;
    inflateEnd(&z);
    if (!whole) {
        return Error{QStringLiteral("request.invalid"),
                     tr("Isi terkompresi rusak atau terpotong.")};
    }
    return out;
}

bool Compression::takesGzip(const QByteArray &acceptEncoding)
{
    for (const QByteArray &part : acceptEncoding.split(',')) {
        const QList<QByteArray> fields = part.split(';');
        if (fields.first().trimmed().toLower() != "gzip") {
            continue;
        }
        // "gzip;q=0" refuses it.
        for (const QByteArray &f : fields.mid(1)) {
            const QByteArray t = f.trimmed().toLower();
            if (t.startsWith("q=") && t.mid(2).toDouble() <= 0.0) {
                return false;
            }
        }
        return true;
    }
    return false;
}

} // namespace tepat::sync
