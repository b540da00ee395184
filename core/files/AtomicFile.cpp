#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace tepat {

Status AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Error{QStringLiteral("files.folder"),
                     tr("Folder %1 tidak bisa dibuat.").arg(QDir::toNativeSeparators(folder))};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{QStringLiteral("files.write"),
                     tr("Berkas %1 tidak bisa disimpan (disk penuh atau tidak bisa ditulis?): %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

} // namespace tepat
