#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
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
};

} // namespace tepat
