#pragma once

#include "core/common/Result.h"
#include "core/matching/DuplicateScan.h"

#include <QList>

#include <QCoreApplication>

namespace tepat {

class Database;

// A likely duplicate pair as the page and the command line show it (no NIK in it).
struct LikelyDuplicate
{
    QString personA; // the smaller person id
    QString personB;
    QString householdA;
    QString householdB;
    QString nameA; // filled in by RegisterScan for the list
    QString nameB;
    QString fingerprintA;
    QString fingerprintB;
    MatchScore score;
};

struct LikelyHouseholdPair
{
    QString householdA;
    QString householdB;
    int matchedMembers = 0;
    bool sameHead = false;
};

struct RegisterScanResult
{
    QList<LikelyDuplicate> pairs; // undecided, best first
    QList<LikelyHouseholdPair> households;
    qint64 people = 0;
    MatchModel model;
    bool cancelled = false;
};

// The whole-register pass on a store, as the Kemungkinan ganda page and `tepat-cli
// duplicates` run it: load the active people, DuplicateScan, leave out the pairs already
// decided, and the names of the rest for the list (never their NIK).
class RegisterScan
{
    Q_DECLARE_TR_FUNCTIONS(RegisterScan)

public:
    static Result<RegisterScanResult> run(const Database &db, const ScanOptions &options);

    static LikelyDuplicate describe(const MatchRegister &reg, const DuplicatePair &pair);
    static QString fingerprintText(uint64_t fingerprint);
    // The pairs nobody has decided about (duplicate_review) since either record last changed,
    // order kept.
    static Result<QList<LikelyDuplicate>> undecided(const Database &db,
                                                    const QList<LikelyDuplicate> &pairs);
};

} // namespace tepat
