#include "core/files/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace tepat {

Status AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Error{QStringLiteral("files.folder"),
                     tr("Folder %1 tidak bisa dibuat, jadi berkas %2 tidak disimpan. Pilih folder "
                        "lain, misalnya Dokumen, lalu simpan lagi.")
                         .arg(QDir::toNativeSeparators(folder), QFileInfo(path).fileName())};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{QStringLiteral("files.write"), failure(path, file.error())};
    }
    return {};
}

QString AtomicFile::failure(const QString &path, QFileDevice::FileError error)
{
    const QString where = QDir::toNativeSeparators(path);
    switch (error) {
    case QFileDevice::ResourceError:
        return tr("Berkas %1 tidak bisa disimpan: disk penuh. Kosongkan sebagian ruang disk atau "
                  "pilih disk lain, lalu simpan lagi.")
            .arg(where);
    case QFileDevice::PermissionsError:
        return tr("Berkas %1 tidak bisa disimpan: tidak ada izin menulis di folder itu. Pilih "
                  "folder lain, misalnya Dokumen, lalu simpan lagi.")
            .arg(where);
    default:
        return tr("Berkas %1 tidak bisa disimpan: folder itu tidak bisa ditulisi atau disk penuh. "
                  "Pilih folder lain, misalnya Dokumen, lalu simpan lagi.")
            .arg(where);
    }
}

} // namespace tepat
