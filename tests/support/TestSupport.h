#pragma once

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace tepat::test {

// 23 November 2026, 10:00 in Jakarta: the day the suite's expectations are written for.
inline QDateTime referenceNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone("Asia/Jakarta"));
}

// A signed-in person of the installation, an operator unless told otherwise.
inline Session as(const QString &name, Role role = Role::Operator)
{
    return Session(Actor{name, name, role});
}

// A fresh store in a private temporary folder.
struct TempStore
{
    QTemporaryDir dir;
    FixedClock clock{referenceNow()};
    std::unique_ptr<Database> db;

    TempStore()
    {
        auto opened = Database::open(path());
        if (!opened) {
            qFatal("cannot open test store: %s", qPrintable(opened.error().message));
        }
        db = std::move(opened.value());
    }
    QString path() const { return dir.filePath(QStringLiteral("tepat.sqlite")); }
    QString file(const QString &name) const { return dir.filePath(name); }

    qint64 count(const QString &sql) const
    {
        auto q = db->query(sql);
        if (!q || !q->next()) {
            qFatal("count failed: %s", qPrintable(sql));
        }
        return q->value(0).toLongLong();
    }
};

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}

} // namespace tepat::test
