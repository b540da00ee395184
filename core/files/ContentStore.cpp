#include "core/files/ContentStore.h"

#include "core/files/AtomicFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tepat {

ContentStore::ContentStore(QString root)
    : m_root(std::move(root))
{}

QString ContentStore::rootFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral("-files");
}

QString ContentStore::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool ContentStore::isSha256(const QString &text)
{
    if (text.size() != 64) {
        return false;
    }
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

QString ContentStore::pathOf(const QString &sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256;
}

bool ContentStore::contains(const QString &sha256) const
{
    return isSha256(sha256) && QFileInfo::exists(pathOf(sha256));
}

Result<QString> ContentStore::put(const QByteArray &bytes) const
{
    const QString sha = sha256Of(bytes);
    if (contains(sha)) {
        return sha;
    }
    if (const Status written = AtomicFile::write(pathOf(sha), bytes); !written) {
        return written.error();
    }
    return sha;
}

Result<QByteArray> ContentStore::read(const QString &sha256) const
{
    if (!isSha256(sha256)) {
        return Error{QStringLiteral("files.bad_name"), tr("Nama berkas bukan SHA-256.")};
    }
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("files.missing"),
                     tr("Berkas %1 tidak ada di folder berkas.").arg(sha256.left(12))};
    }
    QByteArray bytes = file.readAll();
    if (sha256Of(bytes) != sha256) {
        return Error{
            QStringLiteral("files.corrupt"),
            tr("Berkas %1 rusak: isinya tidak cocok dengan sidiknya.").arg(sha256.left(12))};
    }
    return bytes;
}

} // namespace tepat
