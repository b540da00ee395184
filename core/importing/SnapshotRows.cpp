#include "core/importing/SnapshotRows.h"

#include "core/domain/Household.h"
#include "core/domain/RegionDirectory.h"
#include "core/search/NameNormalizer.h"

#include <algorithm>
#include <charconv>
#include <optional>

namespace tepat::snapshot {

const char *const kHouseholdColumns[HCount] = {
    "household_id", "kk_number", "village_code", "rt",        "rw",         "address",
    "desil",        "status",    "latitude",     "longitude", "desil_as_of"};
const char *const kPersonColumns[PCount] = {
    "person_id",   "household_id", "nik",          "name",           "sex",
    "birth_place", "birth_date",   "relationship", "marital_status", "occupation",
    "disability",  "status",       "programs"};

namespace {

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

// Adds a validator's findings; returns true when they refuse the row.
bool absorb(RowVerdict &v, const Findings &findings)
{
    for (const Finding &f : findings) {
        v.findings.append(f);
        if (f.severity == Severity::Error) {
            v.refused = true;
        }
    }
    return v.refused;
}

std::string_view bytesView(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

} // namespace

std::string_view trimCell(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

RowVerdict RowVerdict::refuse(const char *code, const QString &message)
{
    RowVerdict v;
    v.refused = true;
    v.findings.append({Severity::Error, QLatin1String(code), message});
    return v;
}

template<typename E>
const char *CodeCache<E>::canonical(std::string_view raw)
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

SnapshotRowChecker::SnapshotRowChecker(QDate today)
    : m_today(today)
    , m_nik(IdentityNumberValidator::Kind::Nik, today)
    , m_kk(IdentityNumberValidator::Kind::Kk, today)
{}

RowVerdict SnapshotRowChecker::household(const Fields &f, HouseholdRow &row)
{
    using V = RowVerdict;
    RowVerdict v;
    if (!isIdentifier(f[HId])) {
        return V::refuse("household.id_invalid",
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
        return V::refuse("household.village_invalid",
                         tr("Kode kelurahan/desa harus berbentuk PP.RR.DD.VVVV."));
    }
    const std::optional<QString> rt = normalizeNeighbourhoodUnit(qs(f[HRt]));
    const std::optional<QString> rw = normalizeNeighbourhoodUnit(qs(f[HRw]));
    if (!rt) {
        return V::refuse("household.rt_invalid", tr("RT harus angka 1–999 atau kosong."));
    }
    if (!rw) {
        return V::refuse("household.rw_invalid", tr("RW harus angka 1–999 atau kosong."));
    }
    int desil = 0;
    if (!f[HDesil].empty()) {
        const auto [ptr, ec] =
            std::from_chars(f[HDesil].data(), f[HDesil].data() + f[HDesil].size(), desil);
        if (ec != std::errc() || ptr != f[HDesil].data() + f[HDesil].size() || desil < 1 ||
            desil > 10) {
            return V::refuse("household.desil_invalid", tr("Desil harus 1–10 atau kosong."));
        }
    }
    std::string_view desilAsOf = f[HDesilAsOf];
    if (!desilAsOf.empty()) {
        const QDate asOf = parseIsoDate(desilAsOf);
        if (!asOf.isValid() || asOf > m_today) {
            return V::refuse("household.desil_as_of_invalid",
                             tr("desil_as_of harus tanggal YYYY-MM-DD dari BPS, tidak di masa "
                                "depan."));
        }
        if (desil == 0) {
            v.findings.append({Severity::Warning, QStringLiteral("household.desil_as_of_alone"),
                               tr("desil_as_of diisi tanpa desil; tanggalnya diabaikan.")});
            desilAsOf = {};
        }
    }
    const char *status = f[HStatus].empty() ? "active" : m_householdStatus.canonical(f[HStatus]);
    if (!status) {
        return V::refuse("household.status_invalid",
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
        return V::refuse("household.location_invalid",
                         tr("Koordinat tidak sah: lintang -90..90 dan bujur -180..180, diisi "
                            "keduanya atau dikosongkan keduanya."));
    }
    if (!m_villagesSeen.contains(village)) {
        if (!RegionDirectory::instance().village(village)) {
            v.findings.append({Severity::Warning, QStringLiteral("household.village_unknown"),
                               tr("Kode kelurahan/desa %1 tidak ada dalam daftar wilayah "
                                  "sekarang.")
                                   .arg(village)});
        }
        m_villagesSeen.insert(village);
    }
    m_rt = rt->toLatin1();
    m_rw = rw->toLatin1();
    row = HouseholdRow{};
    row.id = f[HId];
    row.kkNumber = f[HKk];
    row.villageCode = f[HVillage];
    row.rt = bytesView(m_rt);
    row.rw = bytesView(m_rw);
    row.address = f[HAddress];
    row.desil = desil;
    row.desilAsOf = desilAsOf;
    row.status = status;
    row.latitude = lat;
    row.longitude = lon;
    return v;
}

RowVerdict SnapshotRowChecker::person(const Fields &f, PersonRow &row,
                                      std::vector<std::string_view> &programmes)
{
    using V = RowVerdict;
    RowVerdict v;
    if (!isIdentifier(f[PId])) {
        return V::refuse("person.id_invalid",
                         tr("person_id kosong atau bukan huruf/angka/titik/garis bawah/tanda "
                            "hubung (paling panjang 64)."));
    }
    if (f[PName].empty() || f[PName].size() > 200) {
        return V::refuse("person.name_missing", tr("Nama kosong atau lebih dari 200 huruf."));
    }
    const char *sex = m_sex.canonical(f[PSex]);
    if (!sex) {
        return V::refuse("person.sex_invalid", tr("Jenis kelamin harus L atau P."));
    }
    QDate birth;
    if (!f[PBirthDate].empty()) {
        birth = parseIsoDate(f[PBirthDate]);
        if (!birth.isValid() || birth > m_today) {
            return V::refuse("person.birth_date_invalid",
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
        return V::refuse(
            "person.relationship_invalid",
            tr("Hubungan dengan kepala keluarga tidak dikenal: %1.").arg(qs(f[PRelationship])));
    }
    const char *marital = m_marital.canonical(f[PMarital]);
    if (!marital) {
        return V::refuse("person.marital_status_invalid",
                         tr("Status perkawinan tidak dikenal: %1.").arg(qs(f[PMarital])));
    }
    const char *disability = m_disability.canonical(f[PDisability]);
    if (!disability) {
        return V::refuse("person.disability_invalid",
                         tr("Jenis disabilitas tidak dikenal: %1.").arg(qs(f[PDisability])));
    }
    const char *status = f[PStatus].empty() ? "active" : m_personStatus.canonical(f[PStatus]);
    if (!status) {
        return V::refuse("person.status_invalid",
                         tr("Status orang tidak dikenal: %1 (pakai active, deceased, moved atau "
                            "excluded).")
                             .arg(qs(f[PStatus])));
    }
    programmes.clear();
    std::string_view rest = f[PPrograms];
    while (!rest.empty()) {
        const size_t cut = rest.find_first_of(";,|");
        const std::string_view item = trimCell(rest.substr(0, cut));
        rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
        if (item.empty()) {
            continue;
        }
        const char *program = m_program.canonical(item);
        if (!program) {
            return V::refuse("person.program_unknown",
                             tr("Kode program tidak dikenal: %1 (pakai PKH, BPNT, PBI-JK, BLT-DD, "
                                "BERAS, APBD).")
                                 .arg(qs(item)));
        }
        if (std::find(programmes.begin(), programmes.end(), program) == programmes.end()) {
            programmes.emplace_back(program);
        }
    }
    m_nameNorm = NameNormalizer::normalizeUtf8(f[PName]);
    row = PersonRow{};
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
    return v;
}

} // namespace tepat::snapshot
