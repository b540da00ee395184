#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

// Bodies on the wire (docs/sync-protocol.md, "Compression"): operators pay for their own
// mobile data, so JSON goes gzip-compressed both ways when the other side takes it.
namespace tepat::sync {

class Compression
{
    Q_DECLARE_TR_FUNCTIONS(Compression)

public:
    // Bodies smaller than this are sent as they are (gzip's header would cost more than it
    // saves).
    static constexpr qsizetype kMinimumBytes = 512;

    // gzip (RFC 1952).
    static QByteArray gzip(const QByteArray &bytes);
    // A body sent with `Content-Encoding: encoding` (gzip, deflate, identity or none), decoded
    // to at most `maxBytes`: request.encoding for an unknown encoding (415), json.too_large
    // beyond the limit, request.invalid for a damaged stream.
    static Result<QByteArray> decode(const QByteArray &encoding, const QByteArray &bytes,
                                     qint64 maxBytes);
    // Whether an Accept-Encoding header value takes gzip.
    static bool takesGzip(const QByteArray &acceptEncoding);
};

} // namespace tepat::sync
