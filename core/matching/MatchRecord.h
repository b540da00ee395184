#pragma once

#include "core/domain/Vocabulary.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tepat {

// One person as the register holds it, before the matcher prepares it.
struct PersonFacts
{
    qint64 pk = 0;
    QString id;
    QString householdId;
    QString nik;
    QString name;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString birthPlace;
    QString occupation;
    bool head = false;
    QString villageCode;
    QString rt;
    QString rw;
    QString address;
};

struct Household;
struct Person;

// The facts of a register person; the household, when known, gives the place (village, RT/RW,
// address).
PersonFacts personFacts(const Person &person, const Household *household);

// A person prepared for comparison: the NIK as a number, the birth date in parts, the name in
// its matching form (NameNormalizer, then j→y and kh→h for the old spellings that survive
// normalisation — Tjahjono/Cahyono, Achmad/Ahmad — and every abbreviation of Muhammad as one
// word), interned keys for blocking and term frequencies. Small on purpose (56 bytes, the names
// held once by the register, not once per person): a million of them stay well under the
// memory budget.
struct MatchRecord
{
    static constexpr uint32_t kNoKey = UINT32_MAX; // no birth place or occupation to compare

    uint64_t nik = 0; // 0: none
    uint64_t fingerprint = 0;
    uint32_t nameKey = 0;         // interned matching form, words in the written order
    uint32_t sortedKey = 0;       // interned matching form, words sorted
    uint32_t firstWord = 0;       // interned first word
    uint32_t household = 0;       // index into MatchRegister::households()
    uint32_t birthPlace = kNoKey; // interned matching form of the birth place
    uint32_t occupation = kNoKey; // interned matching form of the occupation
    uint32_t birthKey = kNoKey;   // interned birth date
    uint16_t year = 0;            // 0: unknown birth date
    uint8_t month = 0;
    uint8_t day = 0;
    Sex sex = Sex::Unknown;
    bool head = false;
    bool named = false; // the matching form is not empty
};

struct MatchHousehold
{
    QString id;
    uint32_t village = 0;  // interned village code
    uint32_t district = 0; // interned kecamatan code (the village code's first three parts)
    uint32_t address = 0;  // interned normalised address
    uint16_t rt = 0;
    uint16_t rw = 0;
    uint16_t members = 0;
    bool known = false; // the village is known (a proposed family may have no place yet)
};

// The people being matched, with the term frequencies of their names (how many people carry
// each matching form, each sorted form and each first word).
class MatchRegister
{
public:
    void reserve(qsizetype persons);
    uint32_t add(const PersonFacts &person);

    qsizetype size() const { return qsizetype(m_records.size()); }
    // The people the frequencies and the prior count: the register's size, also when only a
    // few of its people were loaded (the forms' check).
    qsizetype population() const { return m_population > 0 ? m_population : size(); }
    void setPopulation(qsizetype people) { m_population = people; }
    // Every person of the register is loaded (not a few of them, with the register's size).
    bool complete() const { return population() <= size(); }
    // How many people of the whole register carry this record's name and its first word.
    void setCounts(const MatchRecord &record, uint32_t sameName, uint32_t sameFirstWord);
    const MatchRecord &at(uint32_t i) const { return m_records[i]; }
    const std::vector<MatchRecord> &records() const { return m_records; }
    const MatchHousehold &household(uint32_t i) const { return m_households[i]; }
    qsizetype householdCount() const { return qsizetype(m_households.size()); }
    QString personId(uint32_t i) const;
    // The text of an interned name key (`nameKey`, `sortedKey`).
    std::string_view nameText(uint32_t key) const { return m_nameTexts[key]; }
    qint64 personPk(uint32_t i) const { return m_pks[i]; }

    // Share of the register with this key (term frequency), at least 1/size.
    double nameFrequency(uint32_t key) const { return frequency(m_nameCounts, key); }
    double sortedFrequency(uint32_t key) const { return frequency(m_sortedCounts, key); }
    double firstWordFrequency(uint32_t key) const { return frequency(m_firstCounts, key); }
    double birthPlaceFrequency(uint32_t key) const { return frequency(m_birthPlaceCounts, key); }
    // Share of the people with a birth date who were born on this record's: registers heap
    // unknown dates on 1 January, 1 July or 31 December, and a crowded year has more people
    // on each of its days.
    double birthDateFrequency(const MatchRecord &record) const;
    // Share of the people with a birth date whose day and month could be swapped at all (the
    // day at most 12 and not the month).
    double swappableShare() const;
    // Share of the people of this record's sex with its occupation: "Mengurus rumah tangga"
    // says little of two women.
    double occupationFrequency(const MatchRecord &record) const;
    // Probability that two people drawn at random share the key: Σ tf².
    double nameCollision() const { return collision(m_nameCounts); }
    double sortedCollision() const { return collision(m_sortedCounts); }
    double firstWordCollision() const { return collision(m_firstCounts); }
    double birthPlaceCollision() const { return collision(m_birthPlaceCounts); }
    double occupationCollision() const;

    // The matching form of a name (see MatchRecord).
    static std::string matchingForm(const QString &name);
    static std::string sortedForm(const std::string &matchingForm);
    // The matching form of a birth place: normalised, without the words that say what kind of
    // place it is ("Kab. Kediri", "Kabupaten Kediri" and "Kota Kediri" are Kediri, as people
    // write it). Empty when nothing is left.
    static std::string birthPlaceForm(const QString &place);
    // The matching form of an occupation: normalised; empty for those that follow from age
    // alone (a pupil, a small child, a pensioner) and say nothing about who the person is.
    static std::string occupationForm(const QString &occupation);
    // Hash of the fields the matcher compares: a review is valid while it is unchanged.
    static uint64_t fingerprintOf(const PersonFacts &person);

private:
    uint32_t intern(std::unordered_map<std::string, uint32_t> &map, const std::string &text,
                    std::vector<uint32_t> *counts);
    uint32_t internName(const std::string &text, std::vector<uint32_t> &counts);
    double frequency(const std::vector<uint32_t> &counts, uint32_t key) const;
    double collision(const std::vector<uint32_t> &counts) const;

    std::vector<MatchRecord> m_records;
    std::vector<qint64> m_pks;
    std::vector<uint32_t> m_idOffsets; // into m_ids; one more than records
    QByteArray m_ids;
    std::vector<MatchHousehold> m_households;
    std::unordered_map<std::string, uint32_t> m_householdIndex;
    std::unordered_map<std::string, uint32_t> m_names;
    std::vector<std::string_view> m_nameTexts; // by key, into m_names (its keys do not move)
    std::unordered_map<std::string, uint32_t> m_firstWords;
    std::unordered_map<std::string, uint32_t> m_places; // villages and addresses
    std::unordered_map<std::string, uint32_t> m_birthPlaces;
    QHash<QString, uint32_t> m_birthPlaceForms; // as written → interned matching form
    std::unordered_map<std::string, uint32_t> m_occupations;
    QHash<QString, uint32_t> m_occupationForms;
    // Per sex (index: 0 unknown, 1 male, 2 female), per occupation; and people per sex.
    std::array<std::vector<uint32_t>, 3> m_occupationCounts;
    std::array<uint32_t, 3> m_occupationPeople{};
    std::vector<uint32_t> m_nameCounts;
    std::vector<uint32_t> m_sortedCounts;
    std::vector<uint32_t> m_firstCounts;
    std::vector<uint32_t> m_birthPlaceCounts;
    std::unordered_map<uint32_t, uint32_t> m_birthDates; // yyyymmdd → key
    std::vector<uint32_t> m_birthDateCounts;
    uint32_t m_datedPeople = 0;
    uint32_t m_swappablePeople = 0;
    qsizetype m_population = 0;
};

} // namespace tepat
