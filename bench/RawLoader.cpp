#include "bench/RawLoader.h"

#include "core/search/NameNormalizer.h"
#include "core/storage/Database.h"

#include <sqlite3.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <string_view>
#include <vector>

namespace tepat::bench {

namespace {

// The columns of the snapshot files the demo writes (docs/snapshot-format.md). A line with any
// other count stops the loader: skipping it would make the yardstick do less work than the
// product (a household column added in schema 32 once made both loaders skip every household).
constexpr size_t kHouseholdFields = 11;
constexpr size_t kPersonFields = 13;

int badLine(const std::string &file, const std::string &line)
{
    std::fprintf(stderr, "raw loader: %s: unexpected line: %.80s\n", file.c_str(), line.c_str());
    return 2;
}

// Splits one CSV line (quotes honoured, no embedded line breaks: the demo files have none).
void split(const std::string &line, std::vector<std::string> &out)
{
    out.clear();
    std::string cell;
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.push_back(cell);
            cell.clear();
        } else if (c != '\r') {
            cell += c;
        }
    }
    out.push_back(cell);
}

// Not named bind(): std::bind would win overload resolution through ADL.
void bindCell(sqlite3_stmt *s, int i, const std::string &v)
{
    if (v.empty()) {
        sqlite3_bind_null(s, i);
    } else {
        sqlite3_bind_text(s, i, v.data(), int(v.size()), SQLITE_STATIC);
    }
}

bool step(sqlite3 *db, sqlite3_stmt *s)
{
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
        std::fprintf(stderr, "raw loader: %s\n", sqlite3_errmsg(db));
        return false;
    }
    return true;
}

// One membership row per programme code in `programs` ("PKH;BPNT") for the person `pk`.
bool insertMemberships(sqlite3 *db, sqlite3_stmt *membership, sqlite3_int64 pk,
                       std::string_view programs)
{
    while (!programs.empty()) {
        const size_t cut = programs.find(';');
        const std::string program(programs.substr(0, cut));
        programs = cut == std::string_view::npos ? std::string_view() : programs.substr(cut + 1);
        sqlite3_bind_int64(membership, 1, pk);
        bindCell(membership, 2, program);
        if (!step(db, membership)) {
            return false;
        }
    }
    return true;
}

} // namespace

int rawLoad(const std::string &database, const std::string &households, const std::string &persons)
{
    {
        // The schema comes from the product's migrations, so both loaders fill the same tables,
        // indexes and triggers.
        auto created = Database::open(QString::fromStdString(database));
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 2;
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(database.c_str(), &db) != SQLITE_OK) {
        return 2;
    }
    sqlite3_exec(
        db,
        "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
        "PRAGMA cache_size = -20000; BEGIN",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *village = nullptr;
    sqlite3_stmt *household = nullptr;
    sqlite3_stmt *person = nullptr;
    sqlite3_stmt *membership = nullptr;
    sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO village(code, name) VALUES (?1, ?1)", -1,
                       &village, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO household(id, kk_number, village_code, rt, rw, address, desil, "
                       "status, latitude, longitude, desil_as_of) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       -1, &household, nullptr);
    sqlite3_prepare_v2(
        db,
        "INSERT INTO person(id, household_id, nik, name, name_norm, sex, birth_place, "
        "birth_date, relationship, marital_status, occupation, disability, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        -1, &person, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO program_membership(person_pk, program) VALUES (?, ?)", -1,
                       &membership, nullptr);

    std::vector<std::string> f;
    std::string line;
    std::set<std::string> villages;
    std::ifstream h(households);
    std::getline(h, line); // header
    while (std::getline(h, line)) {
        split(line, f);
        if (f.size() != kHouseholdFields) {
            return badLine(households, line);
        }
        if (villages.insert(f[2]).second) {
            bindCell(village, 1, f[2]);
            if (!step(db, village)) {
                return 2;
            }
        }
        for (size_t i = 0; i < kHouseholdFields; ++i) {
            bindCell(household, int(i) + 1, f[i]);
        }
        if (!step(db, household)) {
            return 2;
        }
    }
    std::ifstream p(persons);
    std::getline(p, line);
    while (std::getline(p, line)) {
        split(line, f);
        if (f.size() != kPersonFields) {
            return badLine(persons, line);
        }
        const std::string norm = NameNormalizer::normalizeUtf8(f[3]);
        for (int i = 0; i < 4; ++i) {
            bindCell(person, i + 1, f[size_t(i)]);
        }
        bindCell(person, 5, norm);
        for (int i = 4; i < 12; ++i) {
            bindCell(person, i + 2, f[size_t(i)]);
        }
        if (!step(db, person)) {
            return 2;
        }
        if (!insertMemberships(db, membership, sqlite3_last_insert_rowid(db), f[12])) {
            return 2;
        }
    }
    for (sqlite3_stmt *s : {village, household, person, membership}) {
        sqlite3_finalize(s);
    }
    const int rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : 2;
}

int rawLoadPlain(const std::string &database, const std::string &households,
                 const std::string &persons)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(database.c_str(), &db) != SQLITE_OK) {
        return 2;
    }
    const char *schema =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -20000;"
        "BEGIN;"
        "CREATE TABLE household (id TEXT PRIMARY KEY, kk_number TEXT, village_code TEXT NOT NULL,"
        " rt TEXT, rw TEXT, address TEXT, desil INTEGER, status TEXT, latitude REAL,"
        " longitude REAL, desil_as_of TEXT);"
        "CREATE TABLE person (pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
        " household_id TEXT NOT NULL, nik TEXT, name TEXT NOT NULL, sex TEXT, birth_place TEXT,"
        " birth_date TEXT, relationship TEXT, marital_status TEXT, occupation TEXT,"
        " disability TEXT, status TEXT);"
        "CREATE UNIQUE INDEX person_nik ON person(nik) WHERE nik IS NOT NULL;"
        "CREATE TABLE program_membership (person_pk INTEGER NOT NULL, program TEXT NOT NULL);"
        "CREATE VIRTUAL TABLE person_name_fts USING fts5(name, content = 'person',"
        " content_rowid = 'pk');";
    if (sqlite3_exec(db, schema, nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "raw plain loader: %s\n", sqlite3_errmsg(db));
        return 2;
    }
    sqlite3_stmt *household = nullptr;
    sqlite3_stmt *person = nullptr;
    sqlite3_stmt *membership = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO household(id, kk_number, village_code, rt, rw, address, desil, "
                       "status, latitude, longitude, desil_as_of) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       -1, &household, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO person(id, household_id, nik, name, sex, birth_place, "
                       "birth_date, relationship, marital_status, occupation, disability, status) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       -1, &person, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO program_membership(person_pk, program) VALUES (?, ?)", -1,
                       &membership, nullptr);
    std::vector<std::string> f;
    std::string line;
    std::ifstream h(households);
    std::getline(h, line); // header
    while (std::getline(h, line)) {
        split(line, f);
        if (f.size() != kHouseholdFields) {
            return badLine(households, line);
        }
        for (size_t i = 0; i < kHouseholdFields; ++i) {
            bindCell(household, int(i) + 1, f[i]);
        }
        if (!step(db, household)) {
            return 2;
        }
    }
    std::ifstream p(persons);
    std::getline(p, line);
    while (std::getline(p, line)) {
        split(line, f);
        if (f.size() != kPersonFields) {
            return badLine(persons, line);
        }
        for (int i = 0; i < 12; ++i) {
            bindCell(person, i + 1, f[size_t(i)]);
        }
        if (!step(db, person)) {
            return 2;
        }
        if (!insertMemberships(db, membership, sqlite3_last_insert_rowid(db), f[12])) {
            return 2;
        }
    }
    for (sqlite3_stmt *s : {household, person, membership}) {
        sqlite3_finalize(s);
    }
    const int rc = sqlite3_exec(db,
                                "INSERT INTO person_name_fts(person_name_fts) VALUES ('rebuild');"
                                "COMMIT",
                                nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        std::fprintf(stderr, "raw plain loader: %s\n", sqlite3_errmsg(db));
    }
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : 2;
}

} // namespace tepat::bench
