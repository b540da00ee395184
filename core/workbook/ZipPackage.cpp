#include "core/workbook/ZipPackage.h"

#include <QFile>

#include <unzip.h>

namespace tepat {

namespace {

Error damaged()
{
    return Error{QStringLiteral("workbook.damaged"),
                 ZipPackage::tr("Buku kerja rusak atau terpotong (isinya tidak bisa dibuka). "
                                "Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.")};
}

} // namespace

ZipPackage::ZipPackage(void *handle, QStringList names)
    : m_handle(handle)
    , m_names(std::move(names))
{}

ZipPackage::ZipPackage(ZipPackage &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_names(std::move(other.m_names))
{}

ZipPackage::~ZipPackage()
{
    if (m_handle) {
        unzClose(static_cast<unzFile>(m_handle));
    }
}

Result<ZipPackage> ZipPackage::open(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    unzFile zip = unzOpen64(name.constData());
    if (!zip) {
        return damaged();
    }
    QStringList names;
    for (int r = unzGoToFirstFile(zip); r == UNZ_OK; r = unzGoToNextFile(zip)) {
        char entry[1024];
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip, &info, entry, sizeof entry, nullptr, 0, nullptr, 0) !=
            UNZ_OK) {
            unzClose(zip);
            return damaged();
        }
        names.append(QString::fromUtf8(entry));
        if (names.size() > 10000) { // no workbook has that many parts
            unzClose(zip);
            return damaged();
        }
    }
    return ZipPackage(zip, names);
}

bool ZipPackage::contains(const QString &name) const
{
    return m_names.contains(name, Qt::CaseInsensitive);
}

Result<QByteArray> ZipPackage::read(const QString &name, qint64 maxBytes) const
{
    unzFile zip = static_cast<unzFile>(m_handle);
    if (unzLocateFile(zip, name.toUtf8().constData(), 2) != UNZ_OK) {
        return Error{QStringLiteral("workbook.missing_part"),
                     tr("Buku kerja tidak lengkap (bagian %1 tidak ada). Simpan ulang sebagai "
                        "Buku Kerja Excel (.xlsx), lalu coba lagi.")
                         .arg(name)};
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
        return damaged();
    }
    if (info.flag & 1) {
        return Error{QStringLiteral("workbook.password"),
                     tr("Buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandinya, "
                        "simpan, lalu coba lagi.")};
    }
    if (unzOpenCurrentFile(zip) != UNZ_OK) {
        return damaged();
    }
    QByteArray bytes;
    char buffer[64 * 1024];
    for (;;) {
        const int n = unzReadCurrentFile(zip, buffer, sizeof buffer);
        if (n < 0) {
            unzCloseCurrentFile(zip);
            return damaged();
        }
        if (n == 0) {
            break;
        }
        if (bytes.size() + n > maxBytes) {
            unzCloseCurrentFile(zip);
            return Error{QStringLiteral("workbook.too_large"),
                         tr("Buku kerja terlalu besar setelah dibuka (bagian %1 lebih dari %2 MB; "
                            "mungkin berkas berbahaya). Tidak ada yang diubah. Bagi datanya ke "
                            "beberapa buku kerja.")
                             .arg(name)
                             .arg(maxBytes / (1024 * 1024))};
        }
        bytes.append(buffer, n);
    }
    if (unzCloseCurrentFile(zip) != UNZ_OK) { // CRC mismatch
        return damaged();
    }
    return bytes;
}

} // namespace tepat
