#include "core/documents/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace tepat {

namespace {

struct Freer
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

Result<std::unique_ptr<QRcode, Freer>> encode(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::unique_ptr<QRcode, Freer> code(QRcode_encodeData(
        int(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.constData()), 0,
        QR_ECLEVEL_M));
    if (!code) {
        return Error{QStringLiteral("qr.encode"),
                     QrCode::tr("Kode QR tidak bisa dibuat (isi terlalu panjang: %1 bita).")
                         .arg(bytes.size())};
    }
    return code;
}

} // namespace

Result<QList<QList<bool>>> QrCode::modules(const QString &text)
{
    auto code = encode(text);
    if (!code) {
        return code.error();
    }
    const int w = code.value()->width;
    QList<QList<bool>> out(w, QList<bool>(w, false));
    for (int y = 0; y < w; ++y) {
        for (int x = 0; x < w; ++x) {
            out[y][x] = code.value()->data[y * w + x] & 1;
        }
    }
    return out;
}

Result<QImage> QrCode::image(const QString &text, int scale)
{
    const Result<QList<QList<bool>>> matrix = modules(text);
    if (!matrix) {
        return matrix.error();
    }
    constexpr int quiet = 4;
    const int w = int(matrix->size());
    // One bit per pixel: tiny in a PDF, and printed without smoothing it stays sharp.
    QImage image((w + 2 * quiet) * scale, (w + 2 * quiet) * scale, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int my = y / scale - quiet;
            const int mx = x / scale - quiet;
            if (my >= 0 && my < w && mx >= 0 && mx < w && matrix->at(my).at(mx)) {
                image.setPixel(x, y, 1);
            }
        }
    }
    return image;
}

} // namespace tepat
