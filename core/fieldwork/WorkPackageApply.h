#pragma once

#include "core/common/Result.h"
#include "core/fieldwork/FieldEnvelope.h"
#include "core/fieldwork/FieldKeys.h"
#include "core/fieldwork/FieldSeal.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;
struct PackageImportReport;

// Puts an opened work package into a laptop store (WorkPackageReader checks the file first).
class WorkPackageApply
{
    Q_DECLARE_TR_FUNCTIONS(WorkPackageApply)

public:
    WorkPackageApply(const Clock &clock, const FieldEnvelope &envelope,
                     const FieldContents &contents);

    // The sealed manifest agrees with the signed envelope, and the keys are whole.
    Status check() const;
    // One transaction: keys, village, households, members, programmes, points, thumbnails,
    // assignment, audit entry.
    Status into(const Database &db, const QString &filesRoot, const QString &actor,
                PackageImportReport &report) const;

private:
    Status writeRegister(const Database &db, const QString &actor,
                         PackageImportReport &report) const;
    Status writeLocations(const Database &db, const QString &packageId,
                          PackageImportReport &report) const;
    Status writeThumbnails(const Database &db, const QString &filesRoot,
                           PackageImportReport &report) const;
    Status writeAnswers(const Database &db, PackageImportReport &report) const;

    const Clock &m_clock;
    const FieldEnvelope &m_envelope;
    const FieldContents &m_contents;
    SigningKeyPair m_device;
    VillageKey m_village;
};

} // namespace tepat
