#include "core/domain/RegionDirectory.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace tepat {

namespace {

// The resource files are plain "code,parent,name" lines; names never contain commas.
template<typename Fn>
void forEachRow(const QString &resource, Fn &&fn)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("region resource %s missing from the build", qPrintable(resource));
    }
    const QByteArray data = file.readAll();
    const QString text = QString::fromUtf8(data);
    const auto lines = QStringView(text).split(u'\n');
    bool header = true;
    for (QStringView line : lines) {
        if (header) {
            header = false;
            continue;
        }
        line = line.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype first = line.indexOf(u',');
        const qsizetype second = line.indexOf(u',', first + 1);
        if (first < 0) {
            continue;
        }
        const QStringView code = line.left(first);
        const QStringView parent =
            second < 0 ? QStringView() : line.mid(first + 1, second - first - 1);
        const QStringView name = second < 0 ? line.mid(first + 1) : line.mid(second + 1);
        fn(code, parent, name);
    }
}

// Numeric value of a dotted code up to PP.RR.DD (at most 6 digits); -1 otherwise.
int digitsOf(QStringView dotted)
{
    int value = 0;
    int digits = 0;
    for (QChar c : dotted) {
        if (c == u'.') {
            continue;
        }
        if (!c.isDigit()) {
            return -1;
        }
        value = value * 10 + c.digitValue();
        if (++digits > 6) {
            return -1;
        }
    }
    return digits == 0 ? -1 : value;
}

QString folded(QStringView text)
{
    return text.toString().toCaseFolded();
}

} // namespace

const RegionDirectory &RegionDirectory::instance()
{
    static const RegionDirectory directory;
    return directory;
}

RegionDirectory::RegionDirectory()
    : m_districtsStorage(std::make_unique<std::bitset<1000000>>())
    , m_districts(*m_districtsStorage)
{
    // Names share one hash: provinces 0..99, regencies 100 + PPRR*100, districts 10^7 + PPRRDD.
    forEachRow(QStringLiteral(":/wilayah/provinces.csv"),
               [this](QStringView code, QStringView, QStringView name) {
                   const int pp = digitsOf(code);
                   if (pp >= 0 && pp < 100) {
                       m_provinces.set(pp);
                       m_names.insert(pp, name.toString());
                   }
               });
    forEachRow(QStringLiteral(":/wilayah/regencies.csv"),
               [this](QStringView code, QStringView, QStringView name) {
                   const int pprr = digitsOf(code);
                   if (pprr >= 0 && pprr < 10000) {
                       m_regencies.set(pprr);
                       m_names.insert(100 + pprr * 100, name.toString());
                   }
               });
    forEachRow(QStringLiteral(":/wilayah/districts.csv"),
               [this](QStringView code, QStringView, QStringView name) {
                   const int pprrdd = digitsOf(code);
                   if (pprrdd >= 0 && pprrdd < 1000000) {
                       m_districtsStorage->set(pprrdd);
                       m_names.insert(10000000 + pprrdd, name.toString());
                   }
               });
}

void RegionDirectory::loadVillages() const
{
    std::call_once(m_villagesOnce, [this] {
        m_villages.reserve(84000);
        forEachRow(QStringLiteral(":/wilayah/villages.csv"),
                   [this](QStringView code, QStringView parent, QStringView name) {
                       m_villages.push_back(
                           {code.toString(), name.toString(), folded(name), digitsOf(parent)});
                   });
        std::sort(m_villages.begin(), m_villages.end(),
                  [](const VillageRow &a, const VillageRow &b) { return a.code < b.code; });
    });
}

Village RegionDirectory::villageAt(qsizetype index) const
{
    const VillageRow &row = m_villages[size_t(index)];
    Village v;
    v.code = row.code;
    v.name = row.name;
    v.districtCode = row.code.left(8);
    v.districtName = districtName(row.district);
    v.regencyCode = row.code.left(5);
    v.regencyName = regencyName(row.district / 100);
    v.provinceName = provinceName(row.district / 10000);
    return v;
}

std::optional<Village> RegionDirectory::village(const QString &code) const
{
    loadVillages();
    const auto it =
        std::lower_bound(m_villages.begin(), m_villages.end(), code,
                         [](const VillageRow &row, const QString &c) { return row.code < c; });
    if (it == m_villages.end() || it->code != code) {
        return std::nullopt;
    }
    return villageAt(it - m_villages.begin());
}

QList<Village> RegionDirectory::villagesIn(const QString &regionCode) const
{
    loadVillages();
    QList<Village> list;
    if (regionCode.isEmpty()) {
        return list;
    }
    const QString prefix = regionCode + u'.';
    for (size_t i = 0; i < m_villages.size(); ++i) {
        if (m_villages[i].code.startsWith(prefix)) {
            list.append(villageAt(qsizetype(i)));
        }
    }
    return list;
}

QList<Village> RegionDirectory::searchVillages(const QString &text, int limit,
                                               const QString &near) const
{
    loadVillages();
    QList<Village> hits;
    const QString needle = text.trimmed().toCaseFolded();
    if (needle.isEmpty() || limit <= 0) {
        return hits;
    }
    const int nearDistrict = districtNumber(QStringView(near).left(8));
    struct Hit
    {
        int score;
        size_t index;
    };
    std::vector<Hit> found;
    for (size_t i = 0; i < m_villages.size(); ++i) {
        const VillageRow &row = m_villages[i];
        int match = -1;
        if (row.folded.startsWith(needle)) {
            match = 0;
        } else if (row.folded.contains(needle)) {
            match = 1;
        } else if (districtName(row.district).toCaseFolded().contains(needle)) {
            match = 2;
        }
        if (match < 0) {
            continue;
        }
        int distance = 3;
        if (nearDistrict > 0) {
            distance = row.district == nearDistrict                   ? 0
                       : row.district / 100 == nearDistrict / 100     ? 1
                       : row.district / 10000 == nearDistrict / 10000 ? 2
                                                                      : 3;
        }
        found.push_back({match * 4 + distance, i});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Hit &a, const Hit &b) { return a.score < b.score; });
    for (const Hit &h : found) {
        if (hits.size() >= limit) {
            break;
        }
        hits.append(villageAt(qsizetype(h.index)));
    }
    return hits;
}

int RegionDirectory::districtNumber(QStringView dottedCode)
{
    if (dottedCode.size() != 8 || dottedCode[2] != u'.' || dottedCode[5] != u'.') {
        return -1;
    }
    return digitsOf(dottedCode);
}

bool RegionDirectory::isVillageCode(QStringView code)
{
    if (code.size() != 13) {
        return false;
    }
    for (qsizetype i = 0; i < code.size(); ++i) {
        const bool dot = i == 2 || i == 5 || i == 8;
        if (dot ? code[i] != u'.' : !code[i].isDigit()) {
            return false;
        }
    }
    return true;
}

} // namespace tepat
