#pragma once

#include "core/accounts/PasswordHasher.h"
#include "core/accounts/Role.h"
#include "core/backup/BackupKey.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace tepat {

class Clock;
class Database;

// Which households go into a work package: an RW (and RT) of the village, or a list of ids.
struct WorkPackageSelection
{
    QString rw;               // "" for every RW
    QString rt;               // "" for every RT of the RW
    QStringList householdIds; // when not empty, exactly these
};

struct WorkPackageReport
{
    QString packageId;
    QString file;
    qint64 bytes = 0;
    int households = 0;
    int persons = 0;
    int photos = 0; // thumbnails of the photos the office holds
    int locations = 0;
    int answers = 0; // households whose current questionnaire answers it carries
};

// Office: writes a work package for a field laptop (issue 13): the chosen households with
// their members, programmes, desil, current point and photo thumbnails, the assignment to a
// field account, the village, and the keys the laptop needs (its own signing key pair, the
// village key for results bundles). Encrypted under the operator's passphrase (argon2id and
// secretstream, the backup rules) and signed with the office store's key. The file appears
// only when it is complete; the assignment and the audit entry commit with it.
class WorkPackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(WorkPackageWriter)

public:
    struct Request
    {
        WorkPackageSelection selection;
        QString assignee; // the field account the households are assigned to
        QString passphrase;
        QString outputPath;
        PasswordCost cost = BackupKey::standardCost();
    };

    WorkPackageWriter(const Database &db, const Clock &clock, QString filesRoot);

    Result<WorkPackageReport> write(const Session &session, const Request &request) const;

    // The households a selection names (active ones, in id order); refused when an id is unknown
    // or nothing matches.
    Result<QStringList> select(const WorkPackageSelection &selection) const;

private:
    Status checkAssignee(const QString &assignee) const;

    const Database &m_db;
    const Clock &m_clock;
    QString m_filesRoot;
};

} // namespace tepat
