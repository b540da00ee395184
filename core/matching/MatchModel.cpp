#include "core/matching/MatchModel.h"

#include "core/common/Language.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace tepat {

using namespace level;

namespace {

const char *fieldKey(MatchField field)
{
    switch (field) {
    case MatchField::Nik:
        return "nik";
    case MatchField::BirthDate:
        return "birth_date";
    case MatchField::Name:
        return "name";
    case MatchField::Sex:
        return "sex";
    case MatchField::Place:
        return "place";
    case MatchField::BirthPlace:
        return "birth_place";
    case MatchField::Occupation:
        return "occupation";
    }
    return "";
}

constexpr double kFloor = 1e-7;

} // namespace

MatchModel MatchModel::defaults()
{
    MatchModel model;
    // m: how often each level is seen between two records of one person (duplicates in one
    // register never share a NIK: the store refuses it). u: between two different people; the
    // NIK's u is taken among people born on the same day (the NIK spells the birth date, so
    // agreement on it is no independent evidence), the name's exact levels use term frequencies.
    // One digit off in the serial's last digit or the kecamatan code is the weakest NIK
    // agreement: different people born the same day are often that close. The m follow how a
    // NIK is mistyped: one digit in three of four copies that have one, anywhere among the
    // sixteen (so three times in sixteen a weak one), two adjacent digits swapped in one in
    // eight; a wholly different NIK (another family member's, or a second NIK issued to the
    // same person) is as rare as a transposition — it is the register's key, and a copy
    // usually has it mistyped or not at all.
    model.setM(MatchField::Nik, {0.02, 0.60, 0.12, 0.14, 0.12});
    model.setU(MatchField::Nik, {1e-6, 0.02, 0.01, 0.07, 0.90});
    model.setM(MatchField::BirthDate, {0.80, 0.06, 0.10, 0.04});
    model.setU(MatchField::BirthDate, {4e-5, 1e-5, 4e-3, 0.996});
    model.setM(MatchField::Name, {0.62, 0.08, 0.26, 0.03, 0.01});
    model.setU(MatchField::Name, {1e-3, 2e-5, 1e-3, 0.03, 0.966});
    model.setM(MatchField::Sex, {0.97, 0.03});
    model.setU(MatchField::Sex, {0.5, 0.5});
    model.setM(MatchField::Place, {0.05, 0.10, 0.15, 0.55, 0.05, 0.10});
    model.setU(MatchField::Place, {5e-4, 2e-3, 0.02, 0.1, 0.05, 0.8275});
    // Most of a village was born in its own regency: agreement says little, disagreement much
    // (a copy keeps the birth place unless it is mistyped or left out).
    model.setM(MatchField::BirthPlace, {0.95, 0.05});
    model.setU(MatchField::BirthPlace, {0.4, 0.6});
    // People change work, and the copy is often registered years later: a different occupation
    // counts against, but far less than a different birth place.
    model.setM(MatchField::Occupation, {0.7, 0.3});
    model.setU(MatchField::Occupation, {0.2, 0.8});
    return model;
}

void MatchModel::setM(MatchField field, const std::array<double, kMaxLevels> &values)
{
    const int missing = FieldComparison::missingLevel(field);
    for (int l = 0; l < kMaxLevels; ++l) {
        m_m[int(field)][l] = l < missing ? std::max(values[size_t(l)], kFloor) : 1.0;
    }
}

void MatchModel::setU(MatchField field, const std::array<double, kMaxLevels> &values)
{
    const int missing = FieldComparison::missingLevel(field);
    for (int l = 0; l < kMaxLevels; ++l) {
        m_u[int(field)][l] = l < missing ? std::max(values[size_t(l)], kFloor) : 1.0;
    }
}

void MatchModel::setNikU(bool sameDistrict, const std::array<double, kMaxLevels> &values)
{
    const int missing = FieldComparison::missingLevel(MatchField::Nik);
    for (int l = 0; l < kMaxLevels; ++l) {
        m_nikUByDistrict[int(sameDistrict)][l] =
            l < missing ? std::max(values[size_t(l)], kFloor) : 1.0;
    }
}

double MatchModel::nikU(uint8_t nikLevel, uint8_t placeLevel) const
{
    if (placeLevel >= FieldComparison::missingLevel(MatchField::Place)) {
        return u(MatchField::Nik, nikLevel);
    }
    const double *row = m_nikUByDistrict[int(sameDistrict(placeLevel))];
    return row[0] > 0 ? row[nikLevel] : u(MatchField::Nik, nikLevel);
}

void MatchModel::setDuplicateShare(double share)
{
    m_duplicateShare = std::clamp(share, 1e-4, 0.2);
}

double MatchModel::priorWeight(qsizetype registerSize) const
{
    const double n = double(std::max<qsizetype>(registerSize, 2));
    const double lambda = std::min(0.5, 2.0 * m_duplicateShare / (n - 1.0));
    return std::log2(lambda / (1.0 - lambda));
}

double MatchModel::weightFor(double probability)
{
    const double p = std::clamp(probability, 1e-9, 1.0 - 1e-9);
    return std::log2(p / (1.0 - p));
}

double MatchModel::probabilityOf(double weight)
{
    return 1.0 / (1.0 + std::exp2(-weight));
}

double MatchModel::fieldWeight(const MatchRegister &reg, const MatchRecord &a, const MatchRecord &b,
                               MatchField field, uint8_t l, uint8_t placeLevel) const
{
    if (l >= FieldComparison::missingLevel(field)) {
        return 0;
    }
    double u = field == MatchField::Nik ? nikU(l, placeLevel) : m_u[int(field)][l];
    if (field == MatchField::Name && m_termFrequencies) {
        if (l == kNameExact) {
            u = reg.nameFrequency(a.nameKey);
        } else if (l == kNameSameWords) {
            // One of the two orders is the person's, the other the mistake: the pair is as
            // unlikely by chance as the rarer of the two written forms (Splink's term
            // frequency of each side, combined: tf_a·tf_b / (tf_a + tf_b)). "Santoso Slamet"
            // is rare even where "Slamet Santoso" is common.
            const double fa = reg.nameFrequency(a.nameKey);
            const double fb = reg.nameFrequency(b.nameKey);
            u = fa * fb / std::max(fa + fb, kFloor);
        } else if (l == kNameFirstWordOnly && a.firstWord == b.firstWord) {
            u = std::max(reg.firstWordFrequency(a.firstWord), u);
        }
    } else if (field == MatchField::Name && l == kNameExact) {
        u = reg.nameCollision();
    } else if (field == MatchField::BirthDate && m_termFrequencies && reg.complete() &&
               (l == kBirthEqual || l == kBirthDayMonthSwapped)) {
        // The date's own share: 1 January in a register that heaps unknown dates there says
        // far less than 23 April. Swapped: the chance that another person was born on the
        // other's date, from either side, times the share of dates that can be swapped at all
        // (m counts swaps among all duplicates, most of whose dates cannot be: given that
        // this one can, a swap is that much likelier).
        u = l == kBirthEqual ? reg.birthDateFrequency(a)
                             : (reg.birthDateFrequency(a) + reg.birthDateFrequency(b)) / 2 *
                                   reg.swappableShare();
    } else if (field == MatchField::BirthPlace && l == kBirthPlaceEqual && reg.complete()) {
        // Born in Kediri says little in Kediri; born in Ambon says much. (A few people of a
        // large register, as the forms load, say nothing of its places: the model's u holds.)
        u = m_termFrequencies ? reg.birthPlaceFrequency(a.birthPlace) : reg.birthPlaceCollision();
    } else if (field == MatchField::Occupation && l == kOccupationEqual && reg.complete()) {
        // Among people of the same sex (the pairs worth scoring agree on it).
        u = m_termFrequencies ? reg.occupationFrequency(a) : reg.occupationCollision();
    }
    return std::log2(m_m[int(field)][l] / std::max(u, kFloor));
}

MatchScore MatchModel::score(const MatchRegister &reg, uint32_t ia, uint32_t ib,
                             const ComparisonVector &levels) const
{
    const MatchRecord &a = reg.at(ia);
    const MatchRecord &b = reg.at(ib);
    MatchScore s;
    s.levels = levels;
    s.weight = priorWeight(reg.population());
    for (int f = 0; f < kMatchFields; ++f) {
        MatchReason r;
        r.field = MatchField(f);
        r.level = levels[size_t(f)];
        r.weight = fieldWeight(reg, a, b, r.field, r.level, levels[size_t(MatchField::Place)]);
        s.weight += r.weight;
        s.reasons.append(r);
    }
    std::stable_sort(s.reasons.begin(), s.reasons.end(),
                     [](const MatchReason &x, const MatchReason &y) {
                         return std::abs(x.weight) > std::abs(y.weight);
                     });
    s.probability = probabilityOf(s.weight);
    return s;
}

QString MatchModel::label(MatchField field, uint8_t l)
{
    switch (field) {
    case MatchField::Nik: {
        static const char *const text[] = {
            QT_TR_NOOP("NIK sama"),
            QT_TR_NOOP("NIK beda satu angka"),
            QT_TR_NOOP("NIK dengan dua angka bertukar"),
            QT_TR_NOOP("NIK beda satu angka di angka terakhir atau kode kecamatan"),
            QT_TR_NOOP("NIK berbeda"),
            QT_TR_NOOP("NIK kosong di salah satu data")};
        return l < 6 ? tr(text[l]) : QString();
    }
    case MatchField::BirthDate: {
        static const char *const text[] = {
            QT_TR_NOOP("Tanggal lahir sama"), QT_TR_NOOP("Tanggal dan bulan lahir tertukar"),
            QT_TR_NOOP("Tanggal lahir beda di hari, bulan atau tahun saja"),
            QT_TR_NOOP("Tanggal lahir berbeda"),
            QT_TR_NOOP("Tanggal lahir kosong di salah satu data")};
        return l < 5 ? tr(text[l]) : QString();
    }
    case MatchField::Name: {
        static const char *const text[] = {
            QT_TR_NOOP("Nama sama (ejaan lama dan singkatan dianggap sama)"),
            QT_TR_NOOP("Nama sama, urutan kata berbeda"),
            QT_TR_NOOP("Nama mirip (beda satu atau dua huruf)"),
            QT_TR_NOOP("Hanya sebagian nama yang sama"),
            QT_TR_NOOP("Nama berbeda"),
            QT_TR_NOOP("Nama kosong di salah satu data")};
        return l < 6 ? tr(text[l]) : QString();
    }
    case MatchField::Sex: {
        static const char *const text[] = {QT_TR_NOOP("Jenis kelamin sama"),
                                           QT_TR_NOOP("Jenis kelamin berbeda"),
                                           QT_TR_NOOP("Jenis kelamin kosong")};
        return l < 3 ? tr(text[l]) : QString();
    }
    case MatchField::Place: {
        static const char *const text[] = {QT_TR_NOOP("Dalam keluarga yang sama"),
                                           QT_TR_NOOP("Alamat yang sama"),
                                           QT_TR_NOOP("RT/RW yang sama"),
                                           QT_TR_NOOP("Kelurahan/desa yang sama"),
                                           QT_TR_NOOP("Kecamatan yang sama"),
                                           QT_TR_NOOP("Wilayah berbeda"),
                                           QT_TR_NOOP("Alamat kosong")};
        return l < 7 ? tr(text[l]) : QString();
    }
    case MatchField::BirthPlace: {
        static const char *const text[] = {QT_TR_NOOP("Tempat lahir sama"),
                                           QT_TR_NOOP("Tempat lahir berbeda"),
                                           QT_TR_NOOP("Tempat lahir kosong di salah satu data")};
        return l < 3 ? tr(text[l]) : QString();
    }
    case MatchField::Occupation: {
        static const char *const text[] = {
            QT_TR_NOOP("Pekerjaan sama"), QT_TR_NOOP("Pekerjaan berbeda"),
            QT_TR_NOOP("Pekerjaan kosong atau mengikuti umur di salah satu data")};
        return l < 3 ? tr(text[l]) : QString();
    }
    }
    return {};
}

QString MatchModel::reasonCodes(const MatchScore &score)
{
    QStringList codes;
    for (const MatchReason &r : score.reasons) {
        if (r.weight != 0) {
            codes << QString::fromLatin1(FieldComparison::code(r.field, r.level));
        }
    }
    return codes.join(u',');
}

QString MatchModel::reasonText(const MatchScore &score)
{
    QStringList parts;
    for (const MatchReason &r : score.reasons) {
        if (r.weight == 0) {
            continue;
        }
        const QString amount = Language::locale().toString(std::abs(r.weight), 'f', 1);
        parts << tr("%1 (%2%3)")
                     .arg(label(r.field, r.level),
                          r.weight > 0 ? QStringLiteral("+") : QStringLiteral("−"), amount);
    }
    return parts.join(QStringLiteral("; "));
}

QJsonObject MatchModel::toJson() const
{
    QJsonObject json;
    for (int f = 0; f < kMatchFields; ++f) {
        QJsonArray m;
        QJsonArray u;
        for (int l = 0; l < FieldComparison::missingLevel(MatchField(f)); ++l) {
            m.append(m_m[f][l]);
            u.append(m_u[f][l]);
        }
        json.insert(QLatin1String(fieldKey(MatchField(f))),
                    QJsonObject{{QStringLiteral("m"), m}, {QStringLiteral("u"), u}});
    }
    for (const bool same : {false, true}) {
        const double *row = m_nikUByDistrict[int(same)];
        if (row[0] > 0) {
            QJsonArray u;
            for (int l = 0; l < FieldComparison::missingLevel(MatchField::Nik); ++l) {
                u.append(row[l]);
            }
            json.insert(QLatin1String(same ? "nik_u_same_kecamatan" : "nik_u_other_kecamatan"), u);
        }
    }
    json.insert(QStringLiteral("duplicate_share"), m_duplicateShare);
    return json;
}

MatchModel MatchModel::fromJson(const QJsonObject &json)
{
    MatchModel model = defaults();
    for (int f = 0; f < kMatchFields; ++f) {
        const MatchField field = MatchField(f);
        const QJsonObject o = json.value(QLatin1String(fieldKey(field))).toObject();
        const QJsonArray m = o.value(QLatin1String("m")).toArray();
        const QJsonArray u = o.value(QLatin1String("u")).toArray();
        const int levels = FieldComparison::missingLevel(field);
        if (m.size() != levels || u.size() != levels) {
            continue;
        }
        std::array<double, kMaxLevels> mv{};
        std::array<double, kMaxLevels> uv{};
        for (int l = 0; l < levels; ++l) {
            mv[size_t(l)] = m.at(l).toDouble();
            uv[size_t(l)] = u.at(l).toDouble();
        }
        model.setM(field, mv);
        model.setU(field, uv);
    }
    const int nikLevels = FieldComparison::missingLevel(MatchField::Nik);
    for (const bool same : {false, true}) {
        const QJsonArray row =
            json.value(QLatin1String(same ? "nik_u_same_kecamatan" : "nik_u_other_kecamatan"))
                .toArray();
        if (row.size() != nikLevels) {
            continue;
        }
        std::array<double, kMaxLevels> values{};
        for (int l = 0; l < nikLevels; ++l) {
            values[size_t(l)] = row.at(l).toDouble();
        }
        model.setNikU(same, values);
    }
    if (json.contains(QLatin1String("duplicate_share"))) {
        model.setDuplicateShare(json.value(QLatin1String("duplicate_share")).toDouble());
    }
    return model;
}

} // namespace tepat
