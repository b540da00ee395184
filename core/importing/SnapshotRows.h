#pragma once

#include "core/domain/Finding.h"
#include "core/domain/IdentityNumber.h"
#include "core/domain/Vocabulary.h"
#include "core/storage/ReplicaWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tepat::snapshot {

enum HouseholdColumn
{
    HId,
    HKk,
    HVillage,
    HRt,
    HRw,
    HAddress,
    HDesil,
    HStatus,
    HLat,
    HLon,
    HDesilAsOf, // optional from here on: older snapshots have no desil date
    HCount
};

enum PersonColumn
{
    PId,
    PHousehold,
    PNik,
    PName,
    PSex,
    PBirthPlace,
    PBirthDate,
    PRelationship,
    PMarital,
    POccupation,
    PDisability,
    PStatus,
    PPrograms,
    PCount
};

// The columns of the two snapshot files (docs/snapshot-format.md), in the order the checks
// read them; a file may order its columns as it likes.
extern const char *const kHouseholdColumns[HCount];
extern const char *const kPersonColumns[PCount];

using Fields = std::vector<std::string_view>;

std::string_view trimCell(std::string_view s);

// A row's verdict: refused (with the finding that refuses it), or accepted with warnings.
struct RowVerdict
{
    bool refused = false;
    Findings findings;

    static RowVerdict refuse(const char *code, const QString &message);
};

// Maps raw cell text to a canonical vocabulary code; repeats hit the cache.
template<typename E>
class CodeCache
{
public:
    // The canonical code, "" for an empty cell, nullptr when unknown.
    const char *canonical(std::string_view raw);

private:
    std::unordered_map<std::string, const char *> m_cache;
};

// Checks one snapshot row at a time and turns an accepted one into the row ReplicaWriter
// stores. Pure: it reads no store and writes nothing, so the importer decides what happens
// to a row (and a second thread could check while the first one writes). The rows it fills
// point into the fields given and into the checker itself: valid until the next call.
class SnapshotRowChecker
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotImporter)

public:
    explicit SnapshotRowChecker(QDate today);

    RowVerdict household(const Fields &f, HouseholdRow &row);
    // The person's programme codes go into programmes (canonical, each once).
    RowVerdict person(const Fields &f, PersonRow &row, std::vector<std::string_view> &programmes);

private:
    QDate m_today;
    IdentityNumberValidator m_nik;
    IdentityNumberValidator m_kk;
    QSet<QString> m_villagesSeen; // each unknown village is warned about once
    QByteArray m_rt;
    QByteArray m_rw;
    std::string m_nameNorm;
    CodeCache<HouseholdStatus> m_householdStatus;
    CodeCache<PersonStatus> m_personStatus;
    CodeCache<Sex> m_sex;
    CodeCache<Relationship> m_relationship;
    CodeCache<MaritalStatus> m_marital;
    CodeCache<Disability> m_disability;
    CodeCache<Program> m_program;
};

} // namespace tepat::snapshot
