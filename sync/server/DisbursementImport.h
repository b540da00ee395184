#pragma once

#include "core/common/Result.h"
#include "sync/server/CentralRegister.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>

namespace tepat {
class Clock;
}

namespace tepat::central {

class CentralDatabase;

struct DisbursementImportReport
{
    int applied = 0;   // new events, or events whose note changed: each a change in the stream
    int unchanged = 0; // already recorded exactly so
    int unknown = 0;   // household not in the register (or outside the caller's regency)
    int invalid = 0;   // lines refused, written to the rejects file
    QList<QPair<qint64, QString>> refusals; // line, message (the first 1,000)

    QJsonObject toJson() const;
};

// Disbursement events from the banks and the treasury (docs/sync-protocol.md, "Disbursement
// events"): header household_id,program,period,status,date,note. Each new event goes into its
// household's village stream as a `disbursement` change. As strict as the civil-registry
// import: a bad line is refused by line number (and copied to `rejects` with the reason), never
// half applied; repeated imports change nothing.
class DisbursementImport
{
    Q_DECLARE_TR_FUNCTIONS(DisbursementImport)

public:
    DisbursementImport(const CentralDatabase &db, const CentralRegister &registry,
                       const Clock &clock);

    // `regencyCode` limits the households it may touch (empty: all). `rejects` may be null.
    Result<DisbursementImportReport> run(QIODevice &csv, const QString &regencyCode,
                                         QIODevice *rejects, const ImportPacing &pacing = {}) const;

    // The event's stable id: the same household, programme, period, status and date is the
    // same event however often it is imported.
    static QString eventId(const QString &householdId, const QString &program,
                           const QString &period, const QString &status, const QString &date);

private:
    const CentralDatabase &m_db;
    const CentralRegister &m_registry;
    const Clock &m_clock;
};

} // namespace tepat::central
