#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <bitset>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace tepat {

struct Village
{
    QString code; // PP.RR.DD.VVVV
    QString name;
    QString districtCode;
    QString districtName;
    QString regencyCode;
    QString regencyName;
    QString provinceName;
};

// Official area codes (Kemendagri, via idn-area-data, ODbL), shipped as resources.
// Province, regency and district sets load once per process and answer in constant time;
// villages load on first use.
class RegionDirectory
{
public:
    static const RegionDirectory &instance();

    bool hasProvince(int pp) const { return pp >= 0 && pp < 100 && m_provinces[pp]; }
    bool hasRegency(int pprr) const { return pprr >= 0 && pprr < 10000 && m_regencies[pprr]; }
    bool hasDistrict(int pprrdd) const
    {
        return pprrdd >= 0 && pprrdd < 1000000 && m_districts[pprrdd];
    }

    QString provinceName(int pp) const { return m_names.value(pp); }
    QString regencyName(int pprr) const { return m_names.value(100 + pprr * 100); }
    QString districtName(int pprrdd) const { return m_names.value(10000000 + pprrdd); }

    // Case-insensitive search: village names that start with the text, then names that contain
    // it, then villages whose district does; within each, those nearest `near` (same district,
    // regency, province) first. At most limit hits.
    QList<Village> searchVillages(const QString &text, int limit, const QString &near = {}) const;
    std::optional<Village> village(const QString &code) const;
    // Every village whose code starts with the given region code ("35.71", "35.71.03").
    QList<Village> villagesIn(const QString &regionCode) const;

    // "35.71.03" -> 357103; -1 when malformed.
    static int districtNumber(QStringView dottedCode);
    static bool isVillageCode(QStringView code);

private:
    RegionDirectory();
    void loadVillages() const;
    Village villageAt(qsizetype index) const;

    std::bitset<100> m_provinces;
    std::bitset<10000> m_regencies;
    std::unique_ptr<std::bitset<1000000>> m_districtsStorage;
    const std::bitset<1000000> &m_districts;
    QHash<int, QString> m_names;

    struct VillageRow
    {
        QString code;
        QString name;
        QString folded;
        int district;
    };
    mutable std::vector<VillageRow> m_villages;
    mutable std::once_flag m_villagesOnce;
};

} // namespace tepat
