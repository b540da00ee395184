#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QImage>

namespace tepat {

// QR codes through libqrencode: error correction level M, byte mode, with the standard quiet
// zone of four modules. The image is black and white, `scale` pixels per module.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    static Result<QImage> image(const QString &text, int scale = 4);
    // The module matrix (true = dark), without the quiet zone; for tests and sizing.
    static Result<QList<QList<bool>>> modules(const QString &text);
};

} // namespace tepat
