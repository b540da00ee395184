#pragma once

#include "core/common/Result.h"
#include "core/demo/DemoDuplicates.h"
#include "core/demo/DemoRandom.h"
#include "core/domain/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QSet>

#include <cstdint>
#include <functional>

namespace tepat {

class Clock;
class Database;

struct DemoOptions
{
    // Households are spread over these villages in turn. The default is Kelurahan Bangsal,
    // Kecamatan Pesantren, Kota Kediri.
    QStringList villageCodes{QStringLiteral("35.71.03.1001")};
    int households = 0; // 0: the size of a real kelurahan (2,000 families)
    quint64 seed = 20261123;
    QDate today; // the data date; people and NIKs are consistent with it
    std::function<void(qint64 done, qint64 total)> progress;
    // Planted duplicates per 1,000 households (DemoDuplicates): 0 plants none.
    int duplicatesPermille = 0;
    // The store as a village's looks after a few pulls: earlier desil and disbursement events
    // (DemoHistory). Off for benchmarks, which measure the register alone.
    bool pastQuarter = false;
};

struct DemoHousehold
{
    Household household;
    QList<Person> members;
};

struct DemoReport
{
    qint64 households = 0;
    qint64 persons = 0;
    QList<demo::PlantedDuplicate> planted;
};

// A deterministic synthetic village: the same options give the same people on every machine.
// Realistic Indonesian names (combined at random from common words), valid NIKs and KK
// numbers consistent with sex, birth date and region, families with heads, spouses, children
// and elders, RT/RW, desil, programmes (a few deliberately not fitting the desil), and some
// deceased or moved people. Nobody in it is real.
class DemoVillage
{
    Q_DECLARE_TR_FUNCTIONS(DemoVillage)

public:
    static constexpr int kDefaultHouseholds = 2000;
    // What `tepat-cli demo` plants, so the Kemungkinan ganda page has something to show.
    static constexpr int kDemoDuplicatesPermille = 8;

    explicit DemoVillage(DemoOptions options);

    int householdCount() const { return m_total; }
    bool next(DemoHousehold &out);
    // The duplicates planted so far: original and copy, and the mistake that made the copy.
    const QList<demo::PlantedDuplicate> &planted() const { return m_planted; }

    // Writes the whole village into the store in one transaction and sets the installation's
    // village and data date.
    static Result<DemoReport> populate(const Database &db, const Clock &clock, DemoOptions options);
    // Writes the village as snapshot CSV (docs/snapshot-format.md).
    static Result<DemoReport> writeSnapshot(DemoOptions options, QIODevice &households,
                                            QIODevice &persons);

private:
    Person makePerson(const Household &h, int index, Relationship relationship, Sex sex,
                      QDate birth);
    QString makeName(Sex sex, QDate birth);
    QString makeNik(int district, QDate birth, Sex sex);
    QString makeKk(int district, QDate issued);
    QDate randomBirth(int minAge, int maxAge);
    int nikDistrict(int home);
    void assignPrograms(DemoHousehold &out);
    void plantDuplicates(DemoHousehold &out);
    bool plantHouseholdAgain(DemoHousehold &out);
    bool duplicateOf(const Person &source, demo::DuplicateKind kind, Person &copy);
    QString typoNik(const QString &nik, bool transposition);

    DemoOptions m_options;
    DemoRandom m_random;
    int m_total = 0;
    int m_index = 0;
    QHash<QString, int> m_villageSequence;
    QHash<quint64, int> m_serials; // (district, date digits) -> last serial
    QList<int> m_otherDistricts;
    // Planting duplicates: candidates from earlier families of each village, the previous
    // family of each village, the planted pairs, and every NIK issued (a
    // mistyped NIK must still be unique in the store).
    QHash<QString, QList<Person>> m_recentIn;
    QHash<QString, DemoHousehold> m_previousIn;
    QList<demo::PlantedDuplicate> m_planted;
    QSet<QString> m_niks;
};

} // namespace tepat
