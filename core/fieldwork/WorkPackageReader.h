#pragma once

#include "core/common/Result.h"
#include "core/fieldwork/FieldEnvelope.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;

struct PackageImportReport
{
    QString packageId;
    QString assignee;
    QString village;
    QString databasePath;
    bool createdStore = false;
    int households = 0; // added or updated
    int persons = 0;
    int photos = 0;
    int locations = 0;
    int answers = 0;   // the office's questionnaire answers, stored as the laptop's base
    int unchanged = 0; // households of a package taken before
};

// Laptop: takes a work package. A new laptop store is created from it (no snapshot import), or
// an existing laptop store of the same village takes a new package from the same office.
// Everything is checked before anything changes: the file must be whole and signed (a cut-off or
// altered file is refused), for this village, signed by the office this laptop knows (after its
// first package), and open with the passphrase. Then the households, members, programmes,
// points, thumbnails, assignment and keys go in in one transaction, with an audit entry. A
// refused package changes nothing (a store it would have created is not left behind). The same
// package twice changes nothing the second time.
class WorkPackageReader
{
    Q_DECLARE_TR_FUNCTIONS(WorkPackageReader)

public:
    struct Request
    {
        QString packagePath;
        QString passphrase;
        QString databasePath;
        QString filesRoot; // default ContentStore::rootFor(databasePath)
        QString actor;
    };

    explicit WorkPackageReader(const Clock &clock);

    Result<PackageImportReport> import(const Request &request) const;
    // The same for a file already read and checked (FieldEnvelopeReader).
    Result<PackageImportReport> import(const FieldEnvelope &envelope, const Request &request) const;

    // Whether an existing store may take a package: not the office store, the same village,
    // signed by the office it knows.
    static Status checkTrust(const Database &db, const Clock &clock, const FieldEnvelope &envelope);

private:
    const Clock &m_clock;
};

} // namespace tepat
