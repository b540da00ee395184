#pragma once

#include <QList>
#include <QString>

namespace tepat {

// A numbered schema step: migrations/NNNN_name.sql, applied in ascending order in one
// transaction, the version kept in PRAGMA user_version. Numbers are reserved per capability
// (see migrations/README.md).
struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;

    // The migrations shipped in the binary (resource folder :/migrations), ordered.
    static const QList<Migration> &shipped();
};

} // namespace tepat
