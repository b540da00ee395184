#include "core/storage/Migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace tepat {

const QList<Migration> &Migration::shipped()
{
    static const QList<Migration> all = [] {
        QList<Migration> list;
        const QDir dir(QStringLiteral(":/migrations"));
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = pattern.match(file);
            if (!match.hasMatch()) {
                qFatal("migration resource %s is not named NNNN_name.sql", qPrintable(file));
            }
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly)) {
                qFatal("migration resource %s unreadable", qPrintable(file));
            }
            list.append({match.captured(1).toInt(), match.captured(2), f.readAll()});
        }
        // Strictly ascending; numbers are reserved per capability, so a gap is allowed.
        for (qsizetype i = 1; i < list.size(); ++i) {
            if (list[i].version <= list[i - 1].version) {
                qFatal("migration number %d is used twice", list[i].version);
            }
        }
        return list;
    }();
    return all;
}

} // namespace tepat
