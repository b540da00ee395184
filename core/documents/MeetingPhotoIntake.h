#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>

namespace tepat {

// Turns a camera photo of the meeting into what the store keeps: a JPEG of at most 1600 px on
// the long side, upright, without metadata (no GPS, no camera serial). Broken, truncated and
// oversized files are refused with a clear message.
class MeetingPhotoIntake
{
    Q_DECLARE_TR_FUNCTIONS(MeetingPhotoIntake)

public:
    static constexpr int kLongSide = 1600;
    static constexpr qint64 kMaxFileBytes = 40LL * 1024 * 1024;

    static Result<QByteArray> normalise(const QByteArray &bytes);
    static Result<QByteArray> normaliseFile(const QString &path);
};

} // namespace tepat
