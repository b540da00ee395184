#include "ui/common/Icons.h"

#include <QFile>

namespace tepat::Icons {

QIcon named(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.png").arg(name);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

QIcon page(const QString &pageKey)
{
    return named(pageKey);
}

QIcon application()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/app/tepat-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

} // namespace tepat::Icons
