#pragma once

#include "core/common/Result.h"
#include "sync/protocol/Messages.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace tepat {
class Clock;
}

namespace tepat::central {

class CentralDatabase;

struct RegisterRecord
{
    QString entity; // household, person
    QString id;
    QString villageCode;
    QString householdId;
    qint64 version = 0;
    QJsonObject data;
};

struct RegisterImportReport
{
    qint64 households = 0;
    qint64 persons = 0;
    qint64 changed = 0;  // records new or different: each got a version and a change
    qint64 rejected = 0; // rows the snapshot validation refused
    QString rejectsFile;
};

struct CivilEventReport
{
    int applied = 0;
    int unchanged = 0;
    int unknown = 0;
    int invalid = 0;
    QList<QPair<qint64, QString>> refusals; // line, message (never the NIK)

    QJsonObject toJson() const;
};

// Long imports commit in pieces so that a push or a decision waiting for the store waits at
// most one piece (a few thousand records), never the whole import. An import cut off in the
// middle keeps its committed pieces; running it again completes it (records already equal
// change nothing).
struct ImportPacing
{
    int recordsPerPiece = 2000;
    std::function<void()> afterPiece; // for tests: runs after each full piece is committed
};

// The register slice of every village the server serves, with versions per record, and the
// monotonic change stream that installations pull (docs/sync-protocol.md, "Pull").
class CentralRegister
{
    Q_DECLARE_TR_FUNCTIONS(CentralRegister)

public:
    CentralRegister(const CentralDatabase &db, const Clock &clock);

    Result<std::optional<RegisterRecord>> record(const QString &entity, const QString &id) const;
    // Stores a record when it is new or differs: next version and a change. True when written.
    Result<bool> put(const RegisterRecord &record, const QString &nik, const QString &source) const;
    Result<qint64> appendChange(const QString &villageCode, const QString &entity,
                                const QString &id, qint64 version, const QString &source,
                                const QJsonObject &data) const;
    Result<qint64> latestSequence() const;

    Result<sync::ChangePage> changesAfter(const QString &villageCode, qint64 after,
                                          int limit) const;
    Result<sync::SnapshotPage> snapshot(const QString &villageCode, const QString &after,
                                        int limit) const;

    // Snapshot CSV (docs/snapshot-format.md), validated like `tepat-cli import`.
    Result<RegisterImportReport> importSnapshot(const QString &householdsCsv,
                                                const QString &personsCsv,
                                                const QString &rejectsPath,
                                                const ImportPacing &pacing = {}) const;
    // Dukcapil events, header event,nik,date,note. `regencyCode` limits the persons it may
    // touch (empty: all).
    Result<CivilEventReport> importCivilEvents(QIODevice &csv, const QString &regencyCode,
                                               const ImportPacing &pacing = {}) const;

private:
    const CentralDatabase &m_db;
    const Clock &m_clock;
};

} // namespace tepat::central
