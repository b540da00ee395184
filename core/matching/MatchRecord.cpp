#include "core/matching/MatchRecord.h"

#include "core/domain/Household.h"
#include "core/search/NameNormalizer.h"

#include <algorithm>

namespace tepat {

PersonFacts personFacts(const Person &person, const Household *household)
{
    PersonFacts f;
    f.pk = person.pk;
    f.id = person.id;
    f.householdId = person.householdId;
    f.nik = person.nik;
    f.name = person.name;
    f.sex = person.sex;
    f.birthDate = person.birthDate;
    f.birthPlace = person.birthPlace;
    f.occupation = person.occupation;
    f.head = person.relationship == Relationship::Head;
    if (household) {
        f.villageCode = household->villageCode;
        f.rt = household->rt;
        f.rw = household->rw;
        f.address = household->address;
    }
    return f;
}

namespace {

// Every way Muhammad is written or shortened, after NameNormalizer (doubled letters once,
// ch→kh) and the matcher's kh→h: M., Mh., Moh., Moch., Much., Muh., Mochamad, Mohammad, …
bool isMuhammad(const std::string &word)
{
    static const char *const forms[] = {
        "m",    "mh",      "mhd",     "md",      "moh",     "moch",    "mokh",    "much",  "muh",
        "mukh", "mohamad", "muhamad", "mohamed", "muhamed", "mohamat", "muhamat", "mahmad"};
    for (const char *form : forms) {
        if (word == form) {
            return true;
        }
    }
    return false;
}

uint64_t fnv1a(uint64_t hash, const QByteArray &bytes)
{
    for (char c : bytes) {
        hash ^= uint64_t(uint8_t(c));
        hash *= 0x100000001B3ULL;
    }
    hash ^= 0xFF; // field separator
    hash *= 0x100000001B3ULL;
    return hash;
}

// A register has a few hundred birth places and occupations, each written a few ways: every
// written form is brought to its matching form once. kNoKey when nothing is left of it.
uint32_t formKey(QHash<QString, uint32_t> &written,
                 std::unordered_map<std::string, uint32_t> &forms, const QString &text,
                 std::string (*formOf)(const QString &))
{
    auto known = written.constFind(text);
    if (known == written.cend()) {
        const std::string form = formOf(text);
        known = written.insert(
            text, form.empty() ? MatchRecord::kNoKey
                               : forms.try_emplace(form, uint32_t(forms.size())).first->second);
    }
    return *known;
}

void countKey(std::vector<uint32_t> &counts, uint32_t key)
{
    if (counts.size() <= key) {
        counts.resize(size_t(key) + 1, 0);
    }
    ++counts[key];
}

size_t sexIndex(Sex sex)
{
    return sex == Sex::Male ? 1 : sex == Sex::Female ? 2 : 0;
}

uint16_t unitNumber(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n > 0 && n < 1000 ? uint16_t(n) : 0;
}

// The kecamatan of a village code: "35.71.03.1001" → "35.71.03".
std::string districtOf(const QString &villageCode)
{
    return villageCode.section(u'.', 0, 2).toStdString();
}

} // namespace

std::string MatchRegister::matchingForm(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    std::string normal =
        NameNormalizer::normalizeUtf8(std::string_view(utf8.constData(), size_t(utf8.size())));
    std::string out;
    out.reserve(normal.size());
    std::string word;
    const auto flush = [&] {
        if (word.empty()) {
            return;
        }
        std::string folded;
        folded.reserve(word.size());
        for (size_t i = 0; i < word.size(); ++i) {
            const char c = word[i];
            if (c == 'j') {
                folded += 'y'; // old spelling: Tjahjono → Cahyono (dj→j is already done)
            } else if (c == 'k' && i + 1 < word.size() && word[i + 1] == 'h') {
                folded += 'h'; // Achmad → Ahmad, Cholifah → Holifah
                ++i;
            } else if (!folded.empty() && folded.back() == c) {
                // a doubled letter that the folding above produced
            } else {
                folded += c;
            }
        }
        if (isMuhammad(folded)) {
            folded = "muhamad";
        }
        if (!out.empty()) {
            out += ' ';
        }
        out += folded;
        word.clear();
    };
    for (char c : normal) {
        if (c == ' ') {
            flush();
        } else {
            word += c;
        }
    }
    flush();
    return out;
}

std::string MatchRegister::sortedForm(const std::string &matchingForm)
{
    std::vector<std::string> words;
    size_t start = 0;
    while (start < matchingForm.size()) {
        size_t end = matchingForm.find(' ', start);
        if (end == std::string::npos) {
            end = matchingForm.size();
        }
        words.emplace_back(matchingForm, start, end - start);
        start = end + 1;
    }
    std::sort(words.begin(), words.end());
    std::string out;
    out.reserve(matchingForm.size());
    for (const std::string &w : words) {
        if (!out.empty()) {
            out += ' ';
        }
        out += w;
    }
    return out;
}

std::string MatchRegister::birthPlaceForm(const QString &place)
{
    // NameNormalizer lower-cases, folds old spellings and drops punctuation ("Kab." → "kab").
    static const QStringList kinds{QStringLiteral("kab"), QStringLiteral("kabupaten"),
                                   QStringLiteral("kota"), QStringLiteral("kotamadya"),
                                   QStringLiteral("kodya")};
    QStringList words = NameNormalizer::tokens(place);
    words.removeIf([](const QString &w) { return kinds.contains(w); });
    return words.join(u' ').toStdString();
}

std::string MatchRegister::occupationForm(const QString &occupation)
{
    const QString normal = NameNormalizer::normalize(occupation);
    static const QStringList byAge{
        QStringLiteral("belum tidak bekerja"), QStringLiteral("pelajar mahasiswa"),
        QStringLiteral("tidak bekerja"),       QStringLiteral("pelajar"),
        QStringLiteral("mahasiswa"),           QStringLiteral("pensiunan")};
    return byAge.contains(normal) ? std::string() : normal.toStdString();
}

uint64_t MatchRegister::fingerprintOf(const PersonFacts &p)
{
    uint64_t hash = 0xCBF29CE484222325ULL;
    hash = fnv1a(hash, p.nik.toUtf8());
    hash = fnv1a(hash, p.name.toUtf8());
    hash = fnv1a(hash, vocabulary::code(p.sex).toUtf8());
    hash = fnv1a(hash, p.birthDate.toString(Qt::ISODate).toUtf8());
    hash = fnv1a(hash, p.householdId.toUtf8());
    return hash;
}

void MatchRegister::reserve(qsizetype persons)
{
    m_records.reserve(size_t(persons));
    m_pks.reserve(size_t(persons));
    m_idOffsets.reserve(size_t(persons) + 1);
    m_ids.reserve(persons * 21);
}

uint32_t MatchRegister::intern(std::unordered_map<std::string, uint32_t> &map,
                               const std::string &text, std::vector<uint32_t> *counts)
{
    const auto [it, inserted] = map.try_emplace(text, uint32_t(map.size()));
    if (counts) {
        if (counts->size() <= it->second) {
            counts->resize(size_t(it->second) + 1, 0);
        }
        ++(*counts)[it->second];
    }
    return it->second;
}

static_assert(sizeof(MatchRecord) <= 56, "a million records must stay small");

uint32_t MatchRegister::internName(const std::string &text, std::vector<uint32_t> &counts)
{
    const uint32_t key = intern(m_names, text, &counts);
    if (key == m_nameTexts.size()) { // a new name: its text, kept by the map
        m_nameTexts.push_back(m_names.find(text)->first);
    }
    return key;
}

uint32_t MatchRegister::add(const PersonFacts &p)
{
    MatchRecord r;
    const std::string name = matchingForm(p.name);
    r.named = !name.empty();
    r.nameKey = internName(name, m_nameCounts);
    r.sortedKey = internName(sortedForm(name), m_sortedCounts);
    r.firstWord = intern(m_firstWords, name.substr(0, name.find(' ')), &m_firstCounts);
    bool ok = false;
    const qulonglong nik = p.nik.size() == 16 ? p.nik.toULongLong(&ok) : 0;
    r.nik = ok ? nik : 0;
    if (p.birthDate.isValid()) {
        r.year = uint16_t(p.birthDate.year());
        r.month = uint8_t(p.birthDate.month());
        r.day = uint8_t(p.birthDate.day());
        const uint32_t date = uint32_t(r.year) * 10000 + uint32_t(r.month) * 100 + r.day;
        r.birthKey = m_birthDates.try_emplace(date, uint32_t(m_birthDates.size())).first->second;
        countKey(m_birthDateCounts, r.birthKey);
        ++m_datedPeople;
        m_swappablePeople += r.day <= 12 && r.day != r.month ? 1 : 0;
    }
    r.sex = p.sex;
    r.head = p.head;
    if (!p.birthPlace.isEmpty()) {
        r.birthPlace = formKey(m_birthPlaceForms, m_birthPlaces, p.birthPlace, birthPlaceForm);
        if (r.birthPlace != MatchRecord::kNoKey) {
            countKey(m_birthPlaceCounts, r.birthPlace);
        }
    }
    if (!p.occupation.isEmpty()) {
        r.occupation = formKey(m_occupationForms, m_occupations, p.occupation, occupationForm);
        if (r.occupation != MatchRecord::kNoKey) {
            countKey(m_occupationCounts[sexIndex(r.sex)], r.occupation);
            ++m_occupationPeople[sexIndex(r.sex)];
        }
    }
    r.fingerprint = fingerprintOf(p);

    const std::string householdKey = p.householdId.toStdString();
    const auto [it, inserted] =
        m_householdIndex.try_emplace(householdKey, uint32_t(m_households.size()));
    if (inserted) {
        MatchHousehold h;
        h.id = p.householdId;
        h.village = intern(m_places, p.villageCode.toStdString(), nullptr);
        h.district = intern(m_places, "kecamatan " + districtOf(p.villageCode), nullptr);
        h.address = intern(m_places,
                           p.villageCode.toStdString() + '|' +
                               NameNormalizer::normalize(p.address).toStdString(),
                           nullptr);
        h.known = !p.villageCode.isEmpty();
        h.rt = unitNumber(p.rt);
        h.rw = unitNumber(p.rw);
        m_households.push_back(h);
    }
    r.household = it->second;
    ++m_households[it->second].members;

    if (m_idOffsets.empty()) {
        m_idOffsets.push_back(0);
    }
    m_ids += p.id.toUtf8();
    m_idOffsets.push_back(uint32_t(m_ids.size()));
    m_pks.push_back(p.pk);
    m_records.push_back(std::move(r));
    return uint32_t(m_records.size() - 1);
}

QString MatchRegister::personId(uint32_t i) const
{
    const uint32_t from = m_idOffsets[i];
    return QString::fromUtf8(m_ids.constData() + from, qsizetype(m_idOffsets[i + 1] - from));
}

void MatchRegister::setCounts(const MatchRecord &record, uint32_t sameName, uint32_t sameFirstWord)
{
    m_nameCounts[record.nameKey] = sameName;
    m_sortedCounts[record.sortedKey] = sameName;
    m_firstCounts[record.firstWord] = sameFirstWord;
}

double MatchRegister::frequency(const std::vector<uint32_t> &counts, uint32_t key) const
{
    const double n = double(std::max<qsizetype>(population(), 1));
    const uint32_t count = key < counts.size() ? counts[key] : 0;
    return double(std::max<uint32_t>(count, 1)) / n;
}

double MatchRegister::collision(const std::vector<uint32_t> &counts) const
{
    const double n = double(std::max<qsizetype>(population(), 1));
    double sum = 0;
    for (uint32_t c : counts) {
        sum += (double(c) / n) * (double(c) / n);
    }
    return std::max(sum, 1.0 / n);
}

double MatchRegister::occupationFrequency(const MatchRecord &record) const
{
    const size_t sex = sexIndex(record.sex);
    const std::vector<uint32_t> &counts = m_occupationCounts[sex];
    const uint32_t people = m_occupationPeople[sex];
    const uint32_t count = record.occupation < counts.size() ? counts[record.occupation] : 0;
    return people == 0 ? 1.0 : double(std::max<uint32_t>(count, 1)) / double(people);
}

double MatchRegister::birthDateFrequency(const MatchRecord &record) const
{
    const uint32_t count =
        record.birthKey < m_birthDateCounts.size() ? m_birthDateCounts[record.birthKey] : 0;
    return m_datedPeople == 0 ? 1.0 : double(std::max<uint32_t>(count, 1)) / double(m_datedPeople);
}

double MatchRegister::swappableShare() const
{
    return m_datedPeople == 0
               ? 1.0
               : double(std::max<uint32_t>(m_swappablePeople, 1)) / double(m_datedPeople);
}

double MatchRegister::occupationCollision() const
{
    double sum = 0;
    double people = 0;
    for (size_t sex = 0; sex < m_occupationCounts.size(); ++sex) {
        const double n = m_occupationPeople[sex];
        for (uint32_t c : m_occupationCounts[sex]) {
            sum += n > 0 ? (double(c) / n) * double(c) : 0;
        }
        people += n;
    }
    return people > 0 ? std::max(sum / people, 1.0 / people) : 1.0;
}

} // namespace tepat
