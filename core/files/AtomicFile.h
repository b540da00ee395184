#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace tepat {

// Writes a whole file or nothing: the bytes go to a temporary file beside it, which is flushed
// and then renamed over the name (QSaveFile), so a crash or a full disk never leaves a half
// file under a real name. The folder is created when missing.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    static Status write(const QString &path, const QByteArray &bytes);

    // Why a file could not be written, in words, with what to do (choose another folder, free
    // disk space); for every place that saves a file the operator chose.
    static QString failure(const QString &path, QFileDevice::FileError error);
};

} // namespace tepat
