#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>

namespace tepat {
class Clock;
class ContentStore;
class Database;
} // namespace tepat

namespace tepat::sync {

struct DemoRequestOptions
{
    int count = 0;
    quint64 seed = 20261123;
    int photoBytes = 6 * 1024; // roughly; every photo is different
    int photoEvery = 1;        // a photo on every n-th request
    QString actor = QStringLiteral("demo");
};

// Approved, queued change requests on the households of the replica, each with a synthetic
// JPEG "house photo" (noise, no people) as attachment: for tests, demos and benchmarks.
class DemoRequests
{
    Q_DECLARE_TR_FUNCTIONS(DemoRequests)

public:
    static Result<int> create(const Database &db, const Clock &clock, const QString &filesRoot,
                              const DemoRequestOptions &options);
    // A JPEG of random noise of about `approxBytes`.
    static QByteArray photo(quint64 seed, int approxBytes);
    // Stores the bytes in the ContentStore and attaches them to the request as its house photo.
    static Status attachPhoto(const Database &db, const Clock &clock, const ContentStore &files,
                              qint64 requestId, const QByteArray &jpeg, const QString &actor);
};

} // namespace tepat::sync
