#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tepat {

// The parts of an Office Open XML package (a zip), read with minizip. Every part is inflated
// with a cap on the bytes it may grow to, counted as they come out (not taken from the zip's
// own size fields), so a zip bomb stops at the cap instead of filling memory.
class ZipPackage
{
    Q_DECLARE_TR_FUNCTIONS(ZipPackage)

public:
    static Result<ZipPackage> open(const QString &path);
    ZipPackage(ZipPackage &&other) noexcept;
    ZipPackage &operator=(ZipPackage &&other) = delete;
    ZipPackage(const ZipPackage &) = delete;
    ~ZipPackage();

    bool contains(const QString &name) const;
    QStringList names() const { return m_names; }
    // The whole part; an error when it is missing, encrypted, damaged or would inflate past
    // `maxBytes`.
    Result<QByteArray> read(const QString &name, qint64 maxBytes) const;

private:
    explicit ZipPackage(void *handle, QStringList names);

    void *m_handle = nullptr;
    QStringList m_names;
};

} // namespace tepat
