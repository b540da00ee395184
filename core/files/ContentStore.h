#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tepat {

// Files kept by content: each file is named by the hex SHA-256 of its bytes, under
// <root>/<first two hex digits>/<sha256>. The same bytes are stored once. A write goes to a
// temporary file, is flushed to disk and then renamed, so a crash or a full disk never leaves
// a half file under a real name.
class ContentStore
{
    Q_DECLARE_TR_FUNCTIONS(ContentStore)

public:
    explicit ContentStore(QString root);

    // The file folder that belongs to a store: "<dir>/<stem>-files" beside "<dir>/<stem>.sqlite".
    static QString rootFor(const QString &databasePath);

    const QString &root() const { return m_root; }
    Result<QString> put(const QByteArray &bytes) const; // returns the SHA-256 (hex)
    bool contains(const QString &sha256) const;
    QString pathOf(const QString &sha256) const;
    // Reads and checks the bytes still match their name.
    Result<QByteArray> read(const QString &sha256) const;

    static QString sha256Of(const QByteArray &bytes);
    static bool isSha256(const QString &text);

private:
    QString m_root;
};

} // namespace tepat
