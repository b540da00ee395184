#include "core/common/FileNames.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace tepat::FileNames {

namespace {

constexpr qsizetype kMaxLength = 60;

// Windows refuses these as file names whatever the extension.
bool reserved(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"));
    return pattern.match(name).hasMatch();
}

bool canWriteIn(const QString &folder)
{
    // A suggestion never creates folders: only one that exists counts.
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        return false;
    }
    // Permission bits say little on shared or mounted folders: try it.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".tepat-XXXXXX")));
    return probe.open();
}

} // namespace

QString safeBase(const QString &title)
{
    QString text = title.normalized(QString::NormalizationForm_KD).toLower();
    // 15 or more digits, maybe split by spaces, dots, dashes or underscores: a NIK or KK number.
    static const QRegularExpression identity(QStringLiteral("\\d(?:[\\s._-]*\\d){14,}"));
    text.replace(identity, QStringLiteral(" "));
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += c;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of a decomposed letter
        } else if (!out.isEmpty() && !out.endsWith(u'-')) {
            out += u'-';
        }
    }
    out.truncate(kMaxLength);
    while (out.endsWith(u'-')) {
        out.chop(1);
    }
    if (out.isEmpty() || reserved(out)) {
        return out.isEmpty() ? QStringLiteral("dokumen") : out + QStringLiteral("-dokumen");
    }
    return out;
}

QString safe(const QString &title, const QString &extension)
{
    const QString ext = safeBase(extension);
    return extension.isEmpty() ? safeBase(title) : safeBase(title) + u'.' + ext;
}

QString writableFolder(const QStringList &candidates)
{
    for (const QString &folder : candidates) {
        if (canWriteIn(folder)) {
            return QDir::cleanPath(folder);
        }
    }
    return QDir::tempPath();
}

QString documentsFolder()
{
    return writableFolder(
        {QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath()});
}

QString suggestedPath(const QString &title, const QString &extension)
{
    return QDir(documentsFolder()).filePath(safe(title, extension));
}

} // namespace tepat::FileNames
