#include "core/importing/SnapshotImporter.h"

#include "core/common/Clock.h"
#include "core/domain/Household.h"
#include "core/domain/IdentityNumber.h"
#include "core/domain/RegionDirectory.h"
#include "core/domain/Vocabulary.h"
#include "core/importing/CsvReader.h"
#include "core/importing/CsvWriter.h"
#include "core/matching/NewDuplicates.h"
#include "core/search/NameNormalizer.h"
#include "core/storage/Database.h"
#include "core/storage/ReplicaWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <charconv>
#include <unordered_map>
#include <unordered_set>

namespace tepat {

namespace {

const char *const kHouseholdColumns[] = {"household_id", "kk_number", "village_code", "rt",
                                         "rw",           "address",   "desil",        "status",
                                         "latitude",     "longitude", "desil_as_of"};
const char *const kPersonColumns[] = {
    "person_id",   "household_id", "nik",          "name",           "sex",
    "birth_place", "birth_date",   "relationship", "marital_status", "occupation",
    "disability",  "status",       "programs"};

enum H
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
enum P
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

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isIdentifier(std::string_view id)
{
    if (id.empty() || id.size() > 64) {
        return false;
    }
    for (char c : id) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                        (c >= 'A' && c <= 'Z') || c == '.' || c == '_' || c == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

// Strict YYYY-MM-DD.
QDate parseIsoDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
        return {};
    }
    int y = 0, m = 0, d = 0;
    if (std::from_chars(s.data(), s.data() + 4, y).ptr != s.data() + 4 ||
        std::from_chars(s.data() + 5, s.data() + 7, m).ptr != s.data() + 7 ||
        std::from_chars(s.data() + 8, s.data() + 10, d).ptr != s.data() + 10) {
        return {};
    }
    return QDate(y, m, d);
}

std::optional<double> parseCoordinate(std::string_view s, bool &ok)
{
    ok = true;
    if (s.empty()) {
        return std::nullopt;
    }
    std::string text(s);
    for (char &c : text) {
        if (c == ',') {
            c = '.';
        }
    }
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size()) {
        ok = false;
        return std::nullopt;
    }
    return value;
}

// Maps raw cell text to a canonical vocabulary code; repeats hit the cache.
template<typename E>
class CodeCache
{
public:
    // Returns the canonical code, "" for an empty cell, nullptr when unknown.
    const char *canonical(std::string_view raw)
    {
        if (raw.empty()) {
            return "";
        }
        const auto it = m_cache.find(std::string(raw));
        if (it != m_cache.end()) {
            return it->second;
        }
        const char *code = nullptr;
        if (const std::optional<E> v = vocabulary::parse<E>(qs(raw))) {
            for (const auto &e : VocabularyTable<E>::entries()) {
                if (e.value == *v) {
                    code = e.code;
                }
            }
        }
        m_cache.emplace(std::string(raw), code);
        return code;
    }

private:
    std::unordered_map<std::string, const char *> m_cache;
};

struct ColumnMap
{
    std::vector<int> index; // expected column -> position in the file
};

} // namespace

QStringList SnapshotImporter::householdColumns()
{
    QStringList list;
    for (const char *c : kHouseholdColumns) {
        list << QLatin1String(c);
    }
    return list;
}

QStringList SnapshotImporter::personColumns()
{
    QStringList list;
    for (const char *c : kPersonColumns) {
        list << QLatin1String(c);
    }
    return list;
}

QString SnapshotImporter::defaultRejectsPath(const QString &databasePath, const QDateTime &at)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral("-rejects-") +
           at.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".csv");
}

bool SnapshotImporter::choosePath(ImportOptions::Path requested, qint64 personsFileBytes,
                                  qint64 personsInStore)
{
    switch (requested) {
    case ImportOptions::Path::Bulk:
        return true;
    case ImportOptions::Path::Incremental:
        return false;
    case ImportOptions::Path::Automatic:
        break;
    }
    // A persons row of a register export is about 100 bytes.
    constexpr qint64 bytesPerPerson = 100;
    return personsFileBytes / bytesPerPerson >= personsInStore / 2;
}

SnapshotImporter::SnapshotImporter(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

namespace {

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotImporter)

public:
    ImportRun(const Database &db, const Clock &clock, const ImportOptions &options, bool upsert,
              QIODevice &rejects)
        : m_options(options)
        , m_today(clock.today())
        , m_asOf(
              (options.asOf.isValid() ? options.asOf : m_today).toString(Qt::ISODate).toStdString())
        , m_nik(IdentityNumberValidator::Kind::Nik, m_today)
        , m_kk(IdentityNumberValidator::Kind::Kk, m_today)
        , m_writer(db, upsert, options.actor, storedTime(clock.now()))
        , m_upsert(upsert)
        , m_rejects(rejects)
    {}

    Status prepare()
    {
        m_rejects.writeRow({"file", "line", "outcome", "code", "message", "row"});
        return m_writer.prepare();
    }

    static Result<ColumnMap> mapColumns(const CsvReader &reader, const char *const *expected,
                                        int count, int required, const QString &fileName)
    {
        ColumnMap map;
        map.index.assign(size_t(count), -1);
        const auto &header = reader.header();
        QStringList unknown;
        for (size_t pos = 0; pos < header.size(); ++pos) {
            bool known = false;
            for (int i = 0; i < count; ++i) {
                if (header[pos] == expected[i]) {
                    if (map.index[size_t(i)] >= 0) {
                        return Error{QStringLiteral("import.header"),
                                     tr("%1: kolom \"%2\" muncul dua kali. Tidak ada data yang "
                                        "diubah.")
                                         .arg(fileName, QLatin1String(expected[i]))};
                    }
                    map.index[size_t(i)] = int(pos);
                    known = true;
                }
            }
            if (!known) {
                unknown << qs(header[pos]);
            }
        }
        QStringList missing;
        for (int i = 0; i < required; ++i) {
            if (map.index[size_t(i)] < 0) {
                missing << QLatin1String(expected[i]);
            }
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            QStringList parts;
            if (!missing.isEmpty()) {
                parts << tr("kolom yang tidak ada: %1").arg(missing.join(QStringLiteral(", ")));
            }
            if (!unknown.isEmpty()) {
                parts << tr("kolom yang tidak dikenal: %1").arg(unknown.join(QStringLiteral(", ")));
            }
            return Error{
                QStringLiteral("import.header"),
                tr("%1: judul kolom tidak sesuai format snapshot (%2). Tidak ada data yang "
                   "diubah.")
                    .arg(fileName, parts.join(QStringLiteral("; ")))};
        }
        return map;
    }

    Status households(CsvReader &reader, const ColumnMap &map, const QString &fileName,
                      ImportReport &report)
    {
        return eachRecord(
            reader, map, HCount, fileName,
            [&](const std::vector<std::string_view> &f) { return household(f, report); },
            report.householdsRejected);
    }

    Status persons(CsvReader &reader, const ColumnMap &map, const QString &fileName,
                   ImportReport &report)
    {
        return eachRecord(
            reader, map, PCount, fileName,
            [&](const std::vector<std::string_view> &f) { return person(f, report); },
            report.personsRejected);
    }

    void setProgressBase(qint64 base, qint64 total)
    {
        m_progressBase = base;
        m_progressTotal = total;
    }

    qint64 warnings() const { return m_warningCount; }
    bool rejectsWritten() const { return m_rejects.ok(); }
    qint64 rejected() const { return m_rejectedCount; }

private:
    // A row's verdict: refused (with a finding), or accepted with optional warnings.
    struct Verdict
    {
        bool refused = false;
        Findings findings;
        bool fatal = false;
    };

    template<typename Fn>
    Status eachRecord(CsvReader &reader, const ColumnMap &map, int count, const QString &fileName,
                      Fn &&handle, qint64 &rejectedCounter)
    {
        m_fileName = QFileInfo(fileName).fileName().toUtf8();
        std::vector<std::string_view> fields(static_cast<size_t>(count));
        qint64 records = 0;
        for (;;) {
            const CsvReader::Next n = reader.next();
            if (n == CsvReader::Next::End) {
                break;
            }
            if (n == CsvReader::Next::Fatal) {
                const Error &e = reader.fatalError();
                return Error{e.code, tr("%1: %2 Tidak ada data yang diubah.")
                                         .arg(QFileInfo(fileName).fileName(), e.message)};
            }
            if (++records % 4096 == 0 && m_options.progress) {
                m_options.progress(m_progressBase + reader.bytesConsumed(), m_progressTotal);
            }
            Verdict verdict;
            if (n == CsvReader::Next::Malformed) {
                verdict.refused = true;
                verdict.findings.append({Severity::Error, QStringLiteral("csv.malformed"),
                                         tr("Baris tidak bisa dibaca: %1.").arg(reader.message())});
            } else if (reader.fields().size() != reader.header().size()) {
                verdict.refused = true;
                verdict.findings.append({Severity::Error, QStringLiteral("import.columns"),
                                         tr("Jumlah kolom %1, seharusnya %2.")
                                             .arg(reader.fields().size())
                                             .arg(reader.header().size())});
            } else {
                const auto &raw = reader.fields();
                for (int i = 0; i < count; ++i) {
                    const int pos = map.index[size_t(i)];
                    // Cells a spreadsheet export defused ("'-7.8") are read as meant.
                    fields[size_t(i)] = pos >= 0 && pos < int(raw.size())
                                            ? CsvWriter::undefused(trim(raw[size_t(pos)]))
                                            : std::string_view();
                }
                verdict = handle(fields);
            }
            if (verdict.fatal) {
                return m_writer.lastError();
            }
            if (verdict.refused) {
                ++rejectedCounter;
                ++m_rejectedCount;
            }
            for (const Finding &f : verdict.findings) {
                const bool refusal = verdict.refused && f.severity == Severity::Error;
                if (!refusal) {
                    ++m_warningCount;
                }
                writeReject(reader, refusal, f);
            }
        }
        return {};
    }

    void writeReject(const CsvReader &reader, bool refused, const Finding &f)
    {
        const QByteArray line = QByteArray::number(reader.line());
        const QByteArray code = f.code.toUtf8();
        const QByteArray message = f.message.toUtf8();
        m_rejects.writeRow({std::string_view(m_fileName.constData(), size_t(m_fileName.size())),
                            std::string_view(line.constData(), size_t(line.size())),
                            refused ? std::string_view("rejected") : std::string_view("warning"),
                            std::string_view(code.constData(), size_t(code.size())),
                            std::string_view(message.constData(), size_t(message.size())),
                            reader.rawRecord()});
    }

    static Verdict refuse(const char *code, const QString &message)
    {
        Verdict v;
        v.refused = true;
        v.findings.append({Severity::Error, QLatin1String(code), message});
        return v;
    }

    // Adds a validator's findings; returns true when they refuse the row.
    static bool absorb(Verdict &v, const Findings &findings)
    {
        for (const Finding &f : findings) {
            v.findings.append(f);
            if (f.severity == Severity::Error) {
                v.refused = true;
            }
        }
        return v.refused;
    }

    Verdict household(const std::vector<std::string_view> &f, ImportReport &report)
    {
        Verdict v;
        if (!isIdentifier(f[HId])) {
            return refuse("household.id_invalid",
                          tr("household_id kosong atau bukan huruf/angka/titik/garis bawah/tanda "
                             "hubung (paling panjang 64)."));
        }
        if (!f[HKk].empty()) {
            const IdentityCheck kk = m_kk.check(f[HKk]);
            if (absorb(v, kk.findings)) {
                return v;
            }
        }
        const QString village = qs(f[HVillage]);
        if (!RegionDirectory::isVillageCode(village)) {
            return refuse("household.village_invalid",
                          tr("Kode kelurahan/desa harus berbentuk PP.RR.DD.VVVV."));
        }
        const std::optional<QString> rt = normalizeNeighbourhoodUnit(qs(f[HRt]));
        const std::optional<QString> rw = normalizeNeighbourhoodUnit(qs(f[HRw]));
        if (!rt) {
            return refuse("household.rt_invalid", tr("RT harus angka 1–999 atau kosong."));
        }
        if (!rw) {
            return refuse("household.rw_invalid", tr("RW harus angka 1–999 atau kosong."));
        }
        int desil = 0;
        if (!f[HDesil].empty()) {
            const auto [ptr, ec] =
                std::from_chars(f[HDesil].data(), f[HDesil].data() + f[HDesil].size(), desil);
            if (ec != std::errc() || ptr != f[HDesil].data() + f[HDesil].size() || desil < 1 ||
                desil > 10) {
                return refuse("household.desil_invalid", tr("Desil harus 1–10 atau kosong."));
            }
        }
        std::string_view desilAsOf = f[HDesilAsOf];
        if (!desilAsOf.empty()) {
            const QDate asOf = parseIsoDate(desilAsOf);
            if (!asOf.isValid() || asOf > m_today) {
                return refuse("household.desil_as_of_invalid",
                              tr("desil_as_of harus tanggal YYYY-MM-DD dari BPS, tidak di masa "
                                 "depan."));
            }
            if (desil == 0) {
                v.findings.append({Severity::Warning, QStringLiteral("household.desil_as_of_alone"),
                                   tr("desil_as_of diisi tanpa desil; tanggalnya diabaikan.")});
                desilAsOf = {};
            }
        }
        const char *status =
            f[HStatus].empty() ? "active" : m_householdStatus.canonical(f[HStatus]);
        if (!status) {
            return refuse("household.status_invalid",
                          tr("Status keluarga tidak dikenal: %1 (pakai active, moved atau "
                             "excluded).")
                              .arg(qs(f[HStatus])));
        }
        bool latOk = true;
        bool lonOk = true;
        const std::optional<double> lat = parseCoordinate(f[HLat], latOk);
        const std::optional<double> lon = parseCoordinate(f[HLon], lonOk);
        if (!latOk || !lonOk || lat.has_value() != lon.has_value() ||
            (lat && (*lat < -90 || *lat > 90)) || (lon && (*lon < -180 || *lon > 180))) {
            return refuse("household.location_invalid",
                          tr("Koordinat tidak sah: lintang -90..90 dan bujur -180..180, diisi "
                             "keduanya atau dikosongkan keduanya."));
        }
        if (!m_villages.contains(village)) {
            if (!RegionDirectory::instance().village(village)) {
                v.findings.append({Severity::Warning, QStringLiteral("household.village_unknown"),
                                   tr("Kode kelurahan/desa %1 tidak ada dalam daftar wilayah "
                                      "sekarang.")
                                       .arg(village)});
            }
            if (!m_writer.ensureVillage(village)) {
                v.fatal = true;
                return v;
            }
            m_villages.insert(village);
        }
        if (m_upsert && !m_seenHouseholds.insert(std::string(f[HId])).second) {
            return duplicateHousehold(f[HId]);
        }
        const QByteArray rtBytes = rt->toLatin1();
        const QByteArray rwBytes = rw->toLatin1();
        HouseholdRow row;
        row.id = f[HId];
        row.kkNumber = f[HKk];
        row.villageCode = f[HVillage];
        row.rt = std::string_view(rtBytes.constData(), size_t(rtBytes.size()));
        row.rw = std::string_view(rwBytes.constData(), size_t(rwBytes.size()));
        row.address = f[HAddress];
        row.desil = desil;
        row.desilAsOf = desilAsOf;
        row.status = status;
        row.latitude = lat;
        row.longitude = lon;
        switch (m_writer.writeHousehold(row)) {
        case ReplicaWriter::Outcome::Inserted:
            ++report.householdsInserted;
            break;
        case ReplicaWriter::Outcome::Updated:
            ++report.householdsUpdated;
            break;
        case ReplicaWriter::Outcome::DuplicateId:
            return duplicateHousehold(f[HId]);
        default:
            v.fatal = true;
        }
        return v;
    }

    Verdict duplicateHousehold(std::string_view id)
    {
        return refuse("household.duplicate_id",
                      tr("household_id %1 muncul lebih dari sekali dalam berkas.").arg(qs(id)));
    }

    Verdict person(const std::vector<std::string_view> &f, ImportReport &report)
    {
        Verdict v;
        if (!isIdentifier(f[PId])) {
            return refuse("person.id_invalid",
                          tr("person_id kosong atau bukan huruf/angka/titik/garis bawah/tanda "
                             "hubung (paling panjang 64)."));
        }
        if (f[PName].empty() || f[PName].size() > 200) {
            return refuse("person.name_missing", tr("Nama kosong atau lebih dari 200 huruf."));
        }
        const char *sex = m_sex.canonical(f[PSex]);
        if (!sex) {
            return refuse("person.sex_invalid", tr("Jenis kelamin harus L atau P."));
        }
        QDate birth;
        if (!f[PBirthDate].empty()) {
            birth = parseIsoDate(f[PBirthDate]);
            if (!birth.isValid() || birth > m_today) {
                return refuse(
                    "person.birth_date_invalid",
                    tr("Tanggal lahir harus YYYY-MM-DD, ada di kalender dan tidak di masa "
                       "depan."));
            }
        }
        if (f[PNik].empty()) {
            v.findings.append(
                {Severity::Warning, QStringLiteral("person.nik_missing"), tr("NIK kosong.")});
        } else {
            IdentityCheck nik = m_nik.check(f[PNik]);
            if (nik.acceptable()) {
                const Sex recordSex = *sex == 'L'   ? Sex::Male
                                      : *sex == 'P' ? Sex::Female
                                                    : Sex::Unknown;
                IdentityNumberValidator::compareWithRecord(nik, birth, recordSex);
            }
            if (absorb(v, nik.findings)) {
                return v;
            }
        }
        const char *relationship = m_relationship.canonical(f[PRelationship]);
        if (!relationship) {
            return refuse(
                "person.relationship_invalid",
                tr("Hubungan dengan kepala keluarga tidak dikenal: %1.").arg(qs(f[PRelationship])));
        }
        const char *marital = m_marital.canonical(f[PMarital]);
        if (!marital) {
            return refuse("person.marital_status_invalid",
                          tr("Status perkawinan tidak dikenal: %1.").arg(qs(f[PMarital])));
        }
        const char *disability = m_disability.canonical(f[PDisability]);
        if (!disability) {
            return refuse("person.disability_invalid",
                          tr("Jenis disabilitas tidak dikenal: %1.").arg(qs(f[PDisability])));
        }
        const char *status = f[PStatus].empty() ? "active" : m_personStatus.canonical(f[PStatus]);
        if (!status) {
            return refuse("person.status_invalid",
                          tr("Status orang tidak dikenal: %1 (pakai active, deceased, moved atau "
                             "excluded).")
                              .arg(qs(f[PStatus])));
        }
        m_programs.clear();
        std::string_view rest = f[PPrograms];
        while (!rest.empty()) {
            const size_t cut = rest.find_first_of(";,|");
            const std::string_view item = trim(rest.substr(0, cut));
            rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
            if (item.empty()) {
                continue;
            }
            const char *program = m_program.canonical(item);
            if (!program) {
                return refuse("person.program_unknown",
                              tr("Kode program tidak dikenal: %1 (pakai PKH, BPNT, PBI-JK, BLT-DD, "
                                 "BERAS, APBD).")
                                  .arg(qs(item)));
            }
            if (std::find(m_programs.begin(), m_programs.end(), program) == m_programs.end()) {
                m_programs.emplace_back(program);
            }
        }
        if (m_upsert && !m_seenPersons.insert(std::string(f[PId])).second) {
            return duplicatePerson(f[PId]);
        }
        m_nameNorm = NameNormalizer::normalizeUtf8(f[PName]);
        PersonRow row;
        row.id = f[PId];
        row.householdId = f[PHousehold];
        row.nik = f[PNik];
        row.name = f[PName];
        row.nameNorm = m_nameNorm;
        row.sex = sex;
        row.birthPlace = f[PBirthPlace];
        row.birthDate = f[PBirthDate];
        row.relationship = relationship;
        row.maritalStatus = marital;
        row.occupation = f[POccupation];
        row.disability = disability;
        row.status = status;
        qint64 pk = 0;
        switch (m_writer.writePerson(row, pk)) {
        case ReplicaWriter::Outcome::Inserted:
            ++report.personsInserted;
            break;
        case ReplicaWriter::Outcome::Updated:
            ++report.personsUpdated;
            break;
        case ReplicaWriter::Outcome::DuplicateId:
            return duplicatePerson(f[PId]);
        case ReplicaWriter::Outcome::DuplicateNik:
            return refuse(
                "person.duplicate_nik",
                tr("NIK ini sudah dipakai orang lain dalam data; NIK yang sama tidak boleh "
                   "dua kali."));
        case ReplicaWriter::Outcome::UnknownHousehold:
            return refuse("person.household_unknown",
                          tr("household_id %1 tidak ada di berkas keluarga maupun di data.")
                              .arg(qs(f[PHousehold])));
        case ReplicaWriter::Outcome::Failed:
            v.fatal = true;
            return v;
        }
        if (!m_programs.empty() || m_upsert) {
            if (!m_writer.setPrograms(pk, m_programs, m_asOf)) {
                v.fatal = true;
            }
        }
        return v;
    }

    Verdict duplicatePerson(std::string_view id)
    {
        return refuse("person.duplicate_id",
                      tr("person_id %1 muncul lebih dari sekali dalam berkas.").arg(qs(id)));
    }

    const ImportOptions &m_options;
    QDate m_today;
    std::string m_asOf;
    IdentityNumberValidator m_nik;
    IdentityNumberValidator m_kk;
    ReplicaWriter m_writer;
    bool m_upsert;
    CsvWriter m_rejects;
    QByteArray m_fileName;
    QSet<QString> m_villages;
    std::unordered_set<std::string> m_seenHouseholds;
    std::unordered_set<std::string> m_seenPersons;
    CodeCache<HouseholdStatus> m_householdStatus;
    CodeCache<PersonStatus> m_personStatus;
    CodeCache<Sex> m_sex;
    CodeCache<Relationship> m_relationship;
    CodeCache<MaritalStatus> m_marital;
    CodeCache<Disability> m_disability;
    CodeCache<Program> m_program;
    std::vector<std::string_view> m_programs;
    std::string m_nameNorm;
    qint64 m_warningCount = 0;
    qint64 m_rejectedCount = 0;
    qint64 m_progressBase = 0;
    qint64 m_progressTotal = 0;
};

constexpr int kBulkCacheKib = 128 * 1024;

// PRAGMA cache_size for one import, back to the store's usual size (Database::open) after.
class CacheSize
{
public:
    CacheSize(const Database &db, int kib)
        : m_db(db)
        , m_set(kib > 0)
    {
        if (m_set) {
            (void)m_db.execute(("PRAGMA cache_size = -" + QByteArray::number(kib)).constData());
        }
    }
    ~CacheSize()
    {
        if (m_set) {
            (void)m_db.execute("PRAGMA cache_size = -20000");
        }
    }
    CacheSize(const CacheSize &) = delete;
    CacheSize &operator=(const CacheSize &) = delete;

private:
    const Database &m_db;
    bool m_set;
};

Result<qint64> countRows(const Database &db, const char *sql)
{
    Result<QSqlQuery> q = db.query(QString::fromLatin1(sql));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

Result<ImportReport> SnapshotImporter::run(const QString &householdsCsv, const QString &personsCsv,
                                           const ImportOptions &options) const
{
    QFile households(householdsCsv);
    QFile persons(personsCsv);
    for (QFile *file : {&households, &persons}) {
        if (!file->open(QIODevice::ReadOnly)) {
            return Error{QStringLiteral("import.unreadable"),
                         tr("Berkas %1 tidak bisa dibuka: %2. Tidak ada data yang diubah.")
                             .arg(file->fileName(), file->errorString())};
        }
    }
    CsvReader householdReader(households);
    CsvReader personReader(persons);
    const QString householdName = QFileInfo(householdsCsv).fileName();
    const QString personName = QFileInfo(personsCsv).fileName();
    for (auto [reader, name] :
         {std::pair{&householdReader, householdName}, std::pair{&personReader, personName}}) {
        const Status header = reader->readHeader();
        if (!header) {
            return Error{
                header.error().code,
                tr("%1: %2 Tidak ada data yang diubah.").arg(name, header.error().message)};
        }
    }
    const Result<ColumnMap> householdMap = ImportRun::mapColumns(householdReader, kHouseholdColumns,
                                                                 HCount, HDesilAsOf, householdName);
    if (!householdMap) {
        return householdMap.error();
    }
    const Result<ColumnMap> personMap =
        ImportRun::mapColumns(personReader, kPersonColumns, PCount, PCount, personName);
    if (!personMap) {
        return personMap.error();
    }

    const QString rejectsPath = options.rejectsPath.isEmpty()
                                    ? defaultRejectsPath(m_db.path(), m_clock.now())
                                    : options.rejectsPath;
    QSaveFile rejectsFile(rejectsPath);
    if (!rejectsFile.open(QIODevice::WriteOnly)) {
        return Error{QStringLiteral("import.rejects_unwritable"),
                     tr("Berkas penolakan %1 tidak bisa dibuat: %2. Tidak ada data yang diubah.")
                         .arg(rejectsPath, rejectsFile.errorString())};
    }

    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const Result<qint64> existing =
        countRows(m_db, "SELECT (SELECT count(*) FROM (SELECT 1 FROM household LIMIT 1)) + "
                        "(SELECT count(*) FROM (SELECT 1 FROM person LIMIT 1))");
    if (!existing) {
        return existing.error();
    }
    const bool upsert = existing.value() > 0;
    const Result<qint64> personsInStore =
        upsert ? countRows(m_db, "SELECT count(*) FROM person") : Result<qint64>(0);
    if (!personsInStore) {
        return personsInStore.error();
    }
    ImportReport report;
    report.bulk = choosePath(options.path, persons.size(), personsInStore.value());
    // A re-import looks up each person's current programmes: that index stays.
    BulkLoad bulk(m_db,
                  upsert ? QList<QByteArray>{"program_membership_person"} : QList<QByteArray>{});
    if (report.bulk) {
        // Dropping an index fails while another statement of this connection is still
        // reading (SQLITE_LOCKED): then the rows go in on the incremental path instead.
        Transaction suspension(m_db);
        if (!suspension.begun()) {
            return suspension.begun().error();
        }
        if (bulk.suspend() && suspension.commit()) {
            report.bulk = true;
        } else {
            suspension.rollback();
            report.bulk = false;
        }
    }
    // A bigger page cache while the rows go in and the indexes are built (the store's usual
    // 20 MB spills to the WAL and reads back at a million people); the usual one after.
    const CacheSize cache(m_db, report.bulk ? kBulkCacheKib : 0);
    ImportRun run(m_db, m_clock, options, upsert, rejectsFile);
    if (const Status prepared = run.prepare(); !prepared) {
        return prepared.error();
    }
    const qint64 total = households.size() + persons.size();
    run.setProgressBase(0, total);
    if (const Status s = run.households(householdReader, *householdMap, householdsCsv, report);
        !s) {
        return s.error();
    }
    run.setProgressBase(households.size(), total);
    if (const Status s = run.persons(personReader, *personMap, personsCsv, report); !s) {
        return s.error();
    }
    if (report.bulk) {
        if (const Status s = bulk.finish(options.bulkCheckpoint); !s) {
            return s.error();
        }
    }
    report.warnings = run.warnings();
    if (!run.rejectsWritten()) {
        return Error{QStringLiteral("import.rejects_unwritable"),
                     tr("Berkas penolakan %1 gagal ditulis (disk penuh?). Tidak ada data yang "
                        "diubah.")
                         .arg(rejectsPath)};
    }

    const QDate asOf = options.asOf.isValid() ? options.asOf : m_clock.today();
    if (const Status s = m_db.setSetting(QStringLiteral("data_date"), asOf.toString(Qt::ISODate));
        !s) {
        return s.error();
    }
    // Beranda counts the likely duplicate pairs the import brought in (issue 17).
    if (const Status s = NewDuplicates::markRegisterChanged(m_db); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    if (options.progress) {
        options.progress(total, total);
    }
    if (run.rejected() + run.warnings() > 0) {
        if (!rejectsFile.commit()) {
            return Error{QStringLiteral("import.rejects_unwritable"),
                         tr("Data sudah masuk, tetapi berkas penolakan %1 gagal ditulis: %2.")
                             .arg(rejectsPath, rejectsFile.errorString())};
        }
        report.rejectsFile = rejectsPath;
    } else {
        rejectsFile.cancelWriting();
    }
    return report;
}

} // namespace tepat
