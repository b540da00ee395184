#include "core/demo/DemoVillage.h"

#include "core/common/Clock.h"
#include "core/demo/DemoHistory.h"
#include "core/demo/DemoNames.h"
#include "core/disbursements/DisbursementHistory.h"
#include "core/domain/RegionDirectory.h"
#include "core/importing/CsvWriter.h"
#include "core/search/NameNormalizer.h"
#include "core/storage/Database.h"
#include "core/storage/ReplicaWriter.h"

namespace tepat {

using demo::DemoNames;

DemoVillage::DemoVillage(DemoOptions options)
    : m_options(std::move(options))
    , m_random{m_options.seed}
{
    if (!m_options.today.isValid()) {
        m_options.today = Clock::system().today();
    }
    if (m_options.villageCodes.isEmpty()) {
        m_options.villageCodes = DemoOptions{}.villageCodes;
    }
    m_total = m_options.households > 0 ? m_options.households : kDefaultHouseholds;
    // Where people born elsewhere got their NIK: the rest of the regency and Kabupaten Kediri.
    const RegionDirectory &regions = RegionDirectory::instance();
    const int home = RegionDirectory::districtNumber(m_options.villageCodes.first().left(8));
    for (int d = (home / 100) * 100 + 1; d < (home / 100) * 100 + 40; ++d) {
        if (regions.hasDistrict(d) && d != home) {
            m_otherDistricts.append(d);
        }
    }
    for (int d = 350601; d <= 350626; ++d) {
        if (regions.hasDistrict(d)) {
            m_otherDistricts.append(d);
        }
    }
}

QDate DemoVillage::randomBirth(int minAge, int maxAge)
{
    const QDate latest = m_options.today.addYears(-minAge);
    const QDate earliest = m_options.today.addYears(-maxAge - 1).addDays(1);
    const qint64 span = earliest.daysTo(latest);
    return earliest.addDays(span <= 0 ? 0 : m_random.below(int(span) + 1));
}

int DemoVillage::nikDistrict(int home)
{
    if (m_otherDistricts.isEmpty() || m_random.below(100) < 88) {
        return home;
    }
    return m_random.pick(m_otherDistricts);
}

QString DemoVillage::makeNik(int district, QDate birth, Sex sex)
{
    const int day = birth.day() + (sex == Sex::Female ? 40 : 0);
    const int dateDigits = day * 10000 + birth.month() * 100 + birth.year() % 100;
    const quint64 key = quint64(district) * 1000000ULL + quint64(dateDigits);
    int &serial = m_serials[key];
    serial = serial == 0 ? 1 + m_random.below(20) : serial + 1 + m_random.below(3);
    if (serial > 9999) {
        serial = 1; // never reached at realistic sizes; keeps the format valid
    }
    const auto nik = [&] {
        return QStringLiteral("%1%2%3")
            .arg(district, 6, 10, QLatin1Char('0'))
            .arg(dateDigits, 6, 10, QLatin1Char('0'))
            .arg(serial, 4, 10, QLatin1Char('0'));
    };
    if (m_options.duplicatesPermille <= 0) {
        return nik();
    }
    // A planted copy may hold a mistyped NIK that this person would otherwise get.
    QString issued = nik();
    while (m_niks.contains(issued)) {
        serial = serial >= 9999 ? 1 : serial + 1;
        issued = nik();
    }
    m_niks.insert(issued);
    return issued;
}

QString DemoVillage::makeKk(int district, QDate issued)
{
    const int dateDigits = issued.day() * 10000 + issued.month() * 100 + issued.year() % 100;
    const quint64 key = 1000000000000ULL + quint64(district) * 1000000ULL + quint64(dateDigits);
    int &serial = m_serials[key];
    serial = serial == 0 ? 1 + m_random.below(30) : serial + 1;
    return QStringLiteral("%1%2%3")
        .arg(district, 6, 10, QLatin1Char('0'))
        .arg(dateDigits, 6, 10, QLatin1Char('0'))
        .arg(serial, 4, 10, QLatin1Char('0'));
}

QString DemoVillage::makeName(Sex sex, QDate birth)
{
    const bool older = birth.year() < 1975;
    if (older && birth.year() < 1962 && m_random.chance(25)) {
        return m_random.pick(sex == Sex::Female ? DemoNames::oldSpellingsFemale()
                                                : DemoNames::oldSpellingsMale());
    }
    const QStringList &first = sex == Sex::Female
                                   ? (older ? DemoNames::femaleOlder() : DemoNames::femaleYounger())
                                   : (older ? DemoNames::maleOlder() : DemoNames::maleYounger());
    const QStringList &second =
        sex == Sex::Female ? DemoNames::secondNamesFemale() : DemoNames::secondNamesMale();
    QString name = m_random.pick(first);
    const int shape = m_random.below(100);
    if (older && shape < 35) {
        return name; // a single name is common among older Javanese
    }
    if (shape < 85) {
        return name + u' ' + m_random.pick(second);
    }
    QString middle = m_random.pick(first);
    if (middle == name) {
        middle = m_random.pick(second);
    }
    return name + u' ' + middle + u' ' + m_random.pick(second);
}

Person DemoVillage::makePerson(const Household &h, int index, Relationship relationship, Sex sex,
                               QDate birth)
{
    Person p;
    p.id = QStringLiteral("%1.%2").arg(h.id).arg(index, 2, 10, QLatin1Char('0'));
    p.householdId = h.id;
    p.sex = sex;
    p.birthDate = birth;
    p.name = makeName(sex, birth);
    p.relationship = relationship;
    const int home = RegionDirectory::districtNumber(h.villageCode.left(8));
    // A few newborns have no NIK yet; the import warns about them.
    const int age = ageOn(birth, m_options.today);
    if (!(age < 1 && m_random.chance(30))) {
        p.nik = makeNik(relationship == Relationship::Child ? home : nikDistrict(home), birth, sex);
    }
    p.birthPlace = m_random.pick(DemoNames::birthPlaces());
    if (age < 17) {
        p.maritalStatus = MaritalStatus::Single;
        p.occupation =
            age < 6 ? QStringLiteral("Belum/tidak bekerja") : QStringLiteral("Pelajar/mahasiswa");
    } else {
        p.occupation = m_random.pick(sex == Sex::Female ? DemoNames::occupationsFemale()
                                                        : DemoNames::occupationsMale());
    }
    p.disability = m_random.chance(3)
                       ? m_random.pick(QList<Disability>{
                             Disability::Physical, Disability::Vision, Disability::Hearing,
                             Disability::Intellectual, Disability::Mental})
                       : Disability::None;
    return p;
}

void DemoVillage::assignPrograms(DemoHousehold &out)
{
    const int desil = out.household.desil;
    Person &head = out.members.first();
    // Deliberate misfits: a few better-off families still hold PKH, which Tepat flags.
    const bool misfit = desil >= 6 && desil <= 7 && m_random.chance(3);
    if ((desil <= 4 && m_random.chance(40)) || misfit) {
        head.programs.append(Program::Pkh);
    }
    if (desil <= 5 && m_random.chance(55)) {
        head.programs.append(Program::Bpnt);
    }
    if (desil <= 4 && m_random.chance(35)) {
        head.programs.append(Program::Rice);
    }
    if (m_random.chance(2)) {
        head.programs.append(Program::Local);
    }
    if (out.household.villageCode.mid(9, 1) == u'2' && desil <= 3 && m_random.chance(10)) {
        head.programs.append(Program::BltDd); // village funds: desa only
    }
    if (desil <= 5 && m_random.chance(70)) {
        for (Person &p : out.members) {
            p.programs.append(Program::PbiJk);
        }
    }
}

bool DemoVillage::next(DemoHousehold &out)
{
    if (m_index >= m_total) {
        return false;
    }
    const QString village = m_options.villageCodes[m_index % m_options.villageCodes.size()];
    ++m_index;
    const int sequence = ++m_villageSequence[village];
    out = DemoHousehold{};
    Household &h = out.household;
    h.id = QString(village).remove(u'.') + u'.' +
           QStringLiteral("%1").arg(sequence, 6, 10, QLatin1Char('0'));
    h.villageCode = village;
    h.rw = QStringLiteral("%1").arg(1 + m_random.below(8), 3, 10, QLatin1Char('0'));
    h.rt = QStringLiteral("%1").arg(1 + m_random.below(6), 3, 10, QLatin1Char('0'));
    h.address = QStringLiteral("%1 No. %2")
                    .arg(m_random.pick(DemoNames::streets()))
                    .arg(1 + m_random.below(120));
    static const int desilWeights[] = {20, 18, 15, 12, 10, 8, 6, 5, 4, 2};
    int roll = m_random.below(100);
    h.desil = 1;
    for (int d = 0; d < 10; ++d) {
        if (roll < desilWeights[d]) {
            h.desil = d + 1;
            break;
        }
        roll -= desilWeights[d];
    }
    // BPS ranks quarterly, around the 20th of January, April, July and October.
    QDate release(m_options.today.year(), 1, 20);
    for (int month : {10, 7, 4, 1}) {
        const QDate candidate(m_options.today.year(), month, 20);
        if (candidate <= m_options.today) {
            release = candidate;
            break;
        }
        release = QDate(m_options.today.year() - 1, 10, 20);
    }
    h.desilAsOf = release;
    const int home = RegionDirectory::districtNumber(village.left(8));
    h.kkNumber = makeKk(home, m_options.today.addDays(-30 - m_random.below(15 * 365)));
    // A little of everything the register holds; coordinates around the village centre.
    const double baseLat = -7.83 + (m_index % 7) * 0.001;
    const double baseLon = 112.02 + (m_index % 11) * 0.001;
    if (m_random.chance(60)) {
        h.latitude = baseLat + m_random.below(1000) * 0.00001;
        h.longitude = baseLon + m_random.below(1000) * 0.00001;
    }

    // Members: head, spouse, children, sometimes a parent or a grandchild.
    const bool maleHead = m_random.chance(78);
    const QDate headBirth = randomBirth(24, 80);
    out.members.append(
        makePerson(h, 1, Relationship::Head, maleHead ? Sex::Male : Sex::Female, headBirth));
    int index = 1;
    QDate motherBirth = maleHead ? QDate() : headBirth;
    if (maleHead && m_random.chance(85)) {
        QDate spouseBirth = headBirth.addDays(m_random.below(12 * 365) - 3 * 365);
        if (ageOn(spouseBirth, m_options.today) < 19) {
            spouseBirth = m_options.today.addYears(-19 - m_random.below(3));
        }
        out.members.append(makePerson(h, ++index, Relationship::Spouse, Sex::Female, spouseBirth));
        motherBirth = spouseBirth;
        out.members.first().maritalStatus = MaritalStatus::Married;
        out.members.last().maritalStatus = MaritalStatus::Married;
    } else {
        out.members.first().maritalStatus =
            m_random.chance(60) ? MaritalStatus::Widowed : MaritalStatus::Divorced;
    }
    if (motherBirth.isValid()) {
        static const int childWeights[] = {10, 20, 30, 24, 16};
        int r = m_random.below(100);
        int children = 0;
        while (children < 4 && r >= childWeights[children]) {
            r -= childWeights[children];
            ++children;
        }
        for (int c = 0; c < children; ++c) {
            QDate birth =
                motherBirth.addYears(19 + m_random.below(23)).addDays(m_random.below(365));
            if (birth > m_options.today) {
                continue;
            }
            const Sex sex = m_random.chance(50) ? Sex::Male : Sex::Female;
            Person child = makePerson(h, ++index, Relationship::Child, sex, birth);
            if (ageOn(birth, m_options.today) >= 17) {
                child.maritalStatus = MaritalStatus::Single;
            }
            out.members.append(child);
        }
    }
    if (ageOn(headBirth, m_options.today) < 55 && m_random.chance(8)) {
        Person elder =
            makePerson(h, ++index, Relationship::Parent,
                       m_random.chance(70) ? Sex::Female : Sex::Male, randomBirth(65, 92));
        elder.maritalStatus = MaritalStatus::Widowed;
        elder.occupation = QStringLiteral("Tidak bekerja");
        out.members.append(elder);
    }
    if (ageOn(headBirth, m_options.today) > 50 && m_random.chance(10)) {
        out.members.append(makePerson(h, ++index, Relationship::Grandchild,
                                      m_random.chance(50) ? Sex::Male : Sex::Female,
                                      randomBirth(0, 12)));
    }

    // Some people died or moved away; a few families left the register.
    for (qsizetype i = 1; i < out.members.size(); ++i) {
        Person &p = out.members[i];
        const int age = ageOn(p.birthDate, m_options.today);
        if (age > 60 && m_random.chance(12)) {
            p.status = PersonStatus::Deceased;
            p.statusReason = tr("Meninggal dunia");
            p.statusDate = m_options.today.addDays(-m_random.below(400));
        } else if (age > 18 && m_random.chance(3)) {
            p.status = PersonStatus::Moved;
            p.statusReason = tr("Pindah domisili");
            p.statusDate = m_options.today.addDays(-m_random.below(400));
        }
    }
    if (m_random.chancePermille(8)) {
        h.status = HouseholdStatus::Excluded;
        h.statusReason = tr("Sudah mampu");
        h.statusDate = m_options.today.addDays(-m_random.below(300));
    }
    assignPrograms(out);
    plantDuplicates(out);
    return true;
}

QString DemoVillage::typoNik(const QString &nik, bool transposition)
{
    for (int attempt = 0; attempt < 12; ++attempt) {
        const QString typo = transposition
                                 ? demo::DemoDuplicates::transposedDigits(nik, m_random.below(3))
                                 : demo::DemoDuplicates::substitutedDigit(nik, m_random.below(4),
                                                                          1 + m_random.below(9));
        if (!typo.isEmpty() && !m_niks.contains(typo)) {
            m_niks.insert(typo);
            return typo;
        }
    }
    return {};
}

namespace {

// A copy is written down again by another hand, often years later: now and then its birth
// place is written another way ("Kab. Kediri"), left out, or taken for another, and its
// occupation is often another (people change work) or left out. Drawn from the copy's own
// stream, so the village's main stream (and every other household) stays as it was.
void rewriteCopy(Person &copy, quint64 seed)
{
    DemoRandom r = DemoRandom::forKey(seed, copy.id, 0xB17A9ULL);
    const int roll = r.below(100);
    if (roll < 10 && !copy.birthPlace.isEmpty()) {
        copy.birthPlace = QStringLiteral("Kab. ") + copy.birthPlace;
    } else if (roll < 15) {
        copy.birthPlace.clear();
    } else if (roll < 18) {
        copy.birthPlace = r.pick(DemoNames::birthPlaces());
    }
    const int work = r.below(100);
    if (work < 30) {
        copy.occupation = r.pick(copy.sex == Sex::Female ? DemoNames::occupationsFemale()
                                                         : DemoNames::occupationsMale());
    } else if (work < 36) {
        copy.occupation.clear();
    }
}

} // namespace

bool DemoVillage::duplicateOf(const Person &source, demo::DuplicateKind kind, Person &copy)
{
    using demo::DemoDuplicates;
    using demo::DuplicateKind;
    copy = source;
    copy.programs.clear();
    switch (kind) {
    case DuplicateKind::NikSubstitution:
        copy.nik = typoNik(source.nik, false);
        return !copy.nik.isEmpty();
    case DuplicateKind::NikTransposition:
        copy.nik = typoNik(source.nik, true);
        return !copy.nik.isEmpty();
    case DuplicateKind::DayMonthSwapped: {
        const QDate d = source.birthDate;
        if (d.day() > 12 || d.day() == d.month()) {
            return false;
        }
        copy.birthDate = QDate(d.year(), d.day(), d.month());
        copy.nik.clear(); // registered again without the card at hand
        return true;
    }
    case DuplicateKind::WordOrder:
        copy.name = DemoDuplicates::reversedWords(source.name);
        copy.nik.clear();
        return !copy.name.isEmpty();
    case DuplicateKind::OldSpelling:
        copy.name = DemoDuplicates::oldSpelling(source.name);
        break;
    case DuplicateKind::MuhammadShortened:
        copy.name = DemoDuplicates::shortenedMuhammad(source.name);
        break;
    case DuplicateKind::LetterDropped:
        copy.name = DemoDuplicates::droppedLetter(source.name, m_random.below(97));
        break;
    case DuplicateKind::HouseholdTwice:
        return false;
    }
    if (copy.name.isEmpty()) {
        return false;
    }
    copy.nik = typoNik(source.nik, false);
    return !copy.nik.isEmpty();
}

// The previous family of the same village registered again under new NIKs (each one digit
// off), same address.
bool DemoVillage::plantHouseholdAgain(DemoHousehold &out)
{
    const DemoHousehold &previous = m_previousIn[out.household.villageCode];
    QList<Person> copies;
    QList<demo::PlantedDuplicate> pairs;
    for (const Person &p : std::as_const(previous.members)) {
        if (p.status != PersonStatus::Active || p.relationship == Relationship::OtherFamily) {
            continue; // a planted copy is not planted again
        }
        Person copy = p;
        copy.id = QStringLiteral("%1.%2")
                      .arg(out.household.id)
                      .arg(copies.size() + 1, 2, 10, QLatin1Char('0'));
        copy.householdId = out.household.id;
        copy.programs.clear();
        rewriteCopy(copy, m_options.seed);
        if (!p.nik.isEmpty()) {
            copy.nik = typoNik(p.nik, false);
            if (copy.nik.isEmpty()) {
                continue;
            }
        }
        copies << copy;
        pairs.append({p.id, copy.id, demo::DuplicateKind::HouseholdTwice});
    }
    if (copies.isEmpty() || copies.first().relationship != Relationship::Head ||
        previous.household.status != HouseholdStatus::Active) {
        return false;
    }
    out.members = copies;
    out.household.rt = previous.household.rt;
    out.household.rw = previous.household.rw;
    out.household.address = previous.household.address;
    out.household.status = HouseholdStatus::Active;
    m_planted += pairs;
    return true;
}

void DemoVillage::plantDuplicates(DemoHousehold &out)
{
    if (m_options.duplicatesPermille <= 0) {
        return;
    }
    const QString village = out.household.villageCode;
    const bool again = !m_previousIn.value(village).members.isEmpty() &&
                       m_random.chancePermille(std::max(1, m_options.duplicatesPermille / 6)) &&
                       plantHouseholdAgain(out);
    // Most copies are made in the person's own village (registered again at a relative's, by
    // another cadre); one in four after a move, from any village of the register.
    const QString from = m_random.chance(25) ? m_random.pick(m_options.villageCodes) : village;
    QList<Person> &pool = m_recentIn[from];
    if (!again && !pool.isEmpty() && m_random.chancePermille(m_options.duplicatesPermille)) {
        const QList<demo::DuplicateKind> kinds = demo::DemoDuplicates::personKinds();
        demo::DuplicateKind kind = kinds[m_random.below(int(kinds.size()))];
        int which = m_random.below(int(pool.size()));
        if (kind == demo::DuplicateKind::MuhammadShortened) {
            for (int i = 0; i < int(pool.size()); ++i) {
                if (!demo::DemoDuplicates::shortenedMuhammad(pool[i].name).isEmpty()) {
                    which = i;
                    break;
                }
            }
        }
        const Person source = pool.takeAt(which);
        Person copy;
        if (!duplicateOf(source, kind, copy)) {
            kind = demo::DuplicateKind::NikSubstitution;
        }
        if (kind != demo::DuplicateKind::NikSubstitution || duplicateOf(source, kind, copy)) {
            copy.id = QStringLiteral("%1.%2")
                          .arg(out.household.id)
                          .arg(out.members.size() + 1, 2, 10, QLatin1Char('0'));
            copy.householdId = out.household.id;
            copy.relationship = Relationship::OtherFamily;
            rewriteCopy(copy, m_options.seed);
            copy.status = PersonStatus::Active;
            out.members.append(copy);
            m_planted.append({source.id, copy.id, kind});
        }
    }
    if (!again && out.household.status == HouseholdStatus::Active) {
        QList<Person> &recent = m_recentIn[village];
        for (const Person &p : std::as_const(out.members)) {
            if (p.status == PersonStatus::Active && !p.nik.isEmpty() &&
                p.relationship != Relationship::OtherFamily &&
                ageOn(p.birthDate, m_options.today) >= 17) {
                recent.append(p);
            }
        }
        while (recent.size() > 16) {
            recent.removeFirst();
        }
    }
    m_previousIn[village] = again ? DemoHousehold{} : out; // a copy is not copied again
}

namespace {

// Text of one person row, in the snapshot's column order.
QStringList personCells(const Person &p)
{
    QStringList programs;
    for (Program program : p.programs) {
        programs << vocabulary::code(program);
    }
    return {p.id,
            p.householdId,
            p.nik,
            p.name,
            vocabulary::code(p.sex),
            p.birthPlace,
            p.birthDate.toString(Qt::ISODate),
            vocabulary::code(p.relationship),
            vocabulary::code(p.maritalStatus),
            p.occupation,
            vocabulary::code(p.disability),
            vocabulary::code(p.status),
            programs.join(u';')};
}

QStringList householdCells(const Household &h)
{
    return {h.id,
            h.kkNumber,
            h.villageCode,
            h.rt,
            h.rw,
            h.address,
            h.desil > 0 ? QString::number(h.desil) : QString(),
            vocabulary::code(h.status),
            h.latitude ? QString::number(*h.latitude, 'f', 6) : QString(),
            h.longitude ? QString::number(*h.longitude, 'f', 6) : QString(),
            h.desil > 0 ? h.desilAsOf.toString(Qt::ISODate) : QString()};
}

std::string_view view(const QByteArray &b)
{
    return std::string_view(b.constData(), size_t(b.size()));
}

} // namespace

Result<DemoReport> DemoVillage::writeSnapshot(DemoOptions options, QIODevice &households,
                                              QIODevice &persons)
{
    DemoVillage village(std::move(options));
    CsvWriter householdWriter(households, ',', CsvWriter::Formulas::Verbatim);
    CsvWriter personWriter(persons, ',', CsvWriter::Formulas::Verbatim);
    householdWriter.writeRow({"household_id", "kk_number", "village_code", "rt", "rw", "address",
                              "desil", "status", "latitude", "longitude", "desil_as_of"});
    personWriter.writeRow({"person_id", "household_id", "nik", "name", "sex", "birth_place",
                           "birth_date", "relationship", "marital_status", "occupation",
                           "disability", "status", "programs"});
    DemoReport report;
    DemoHousehold item;
    while (village.next(item)) {
        householdWriter.writeRow(householdCells(item.household));
        for (const Person &p : std::as_const(item.members)) {
            personWriter.writeRow(personCells(p));
        }
        ++report.households;
        report.persons += item.members.size();
        if (village.m_options.progress && report.households % 4096 == 0) {
            village.m_options.progress(report.households, village.householdCount());
        }
    }
    report.planted = village.planted();
    if (!householdWriter.ok() || !personWriter.ok()) {
        return Error{QStringLiteral("demo.write"), tr("Berkas snapshot contoh gagal ditulis.")};
    }
    return report;
}

Result<DemoReport> DemoVillage::populate(const Database &db, const Clock &clock,
                                         DemoOptions options)
{
    if (!options.today.isValid()) {
        options.today = clock.today();
    }
    DemoVillage village(options);
    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const QString now = storedTime(clock.now());
    ReplicaWriter writer(db, false, QStringLiteral("demo"), now);
    if (const Status s = writer.prepare(); !s) {
        return s.error();
    }
    for (const QString &code : std::as_const(village.m_options.villageCodes)) {
        if (const Status s = writer.ensureVillage(code); !s) {
            return s.error();
        }
    }
    // The past quarter: a household BPS ranked otherwise before is written as it was then, when
    // that pull arrived, and then as it is now (an update, which adds to its desil history).
    const DemoHistory history(options.seed, options.today);
    const QDate earlierRelease = options.today.addMonths(-3);
    ReplicaWriter then(db, false, QStringLiteral("demo"),
                       storedTime(earlierRelease.startOfDay(Qt::UTC).addDays(3)));
    ReplicaWriter pulled(db, true, QStringLiteral("demo"), now);
    const DisbursementHistory disbursements(db, clock);
    if (options.pastQuarter) {
        for (ReplicaWriter *w : {&then, &pulled}) {
            if (const Status s = w->prepare(); !s) {
                return s.error();
            }
        }
    }
    DemoReport report;
    DemoHousehold item;
    const std::string asOf = options.today.toString(Qt::ISODate).toStdString();
    while (village.next(item)) {
        const QStringList hc = householdCells(item.household);
        QList<QByteArray> hb;
        for (const QString &c : hc) {
            hb << c.toUtf8();
        }
        HouseholdRow row;
        row.id = view(hb[0]);
        row.kkNumber = view(hb[1]);
        row.villageCode = view(hb[2]);
        row.rt = view(hb[3]);
        row.rw = view(hb[4]);
        row.address = view(hb[5]);
        row.desil = item.household.desil;
        row.desilAsOf = view(hb[10]);
        row.status = view(hb[7]);
        const QByteArray householdReason = item.household.statusReason.toUtf8();
        const QByteArray householdDate = item.household.statusDate.toString(Qt::ISODate).toUtf8();
        row.statusReason = view(householdReason);
        row.statusDate = view(householdDate);
        row.latitude = item.household.latitude;
        row.longitude = item.household.longitude;
        const DemoHistory::EarlierDesil earlier =
            options.pastQuarter ? history.earlierDesil(item) : DemoHistory::EarlierDesil{};
        if (earlier.desil > 0) {
            HouseholdRow before = row;
            const QByteArray earlierAsOf = earlier.asOf.toString(Qt::ISODate).toUtf8();
            before.desil = earlier.desil;
            before.desilAsOf = view(earlierAsOf);
            if (then.writeHousehold(before) != ReplicaWriter::Outcome::Inserted ||
                pulled.writeHousehold(row) != ReplicaWriter::Outcome::Updated) {
                return Error{QStringLiteral("demo.duplicate"),
                             tr("Data contoh sudah ada di berkas ini.")};
            }
        } else if (writer.writeHousehold(row) != ReplicaWriter::Outcome::Inserted) {
            return writer.lastError().code.isEmpty()
                       ? Error{QStringLiteral("demo.duplicate"),
                               tr("Data contoh sudah ada di berkas ini.")}
                       : writer.lastError();
        }
        for (const Person &p : std::as_const(item.members)) {
            const QStringList pc = personCells(p);
            QList<QByteArray> pb;
            for (const QString &c : pc) {
                pb << c.toUtf8();
            }
            const std::string norm = NameNormalizer::normalizeUtf8(view(pb[3]));
            PersonRow pr;
            pr.id = view(pb[0]);
            pr.householdId = view(pb[1]);
            pr.nik = view(pb[2]);
            pr.name = view(pb[3]);
            pr.nameNorm = norm;
            pr.sex = view(pb[4]);
            pr.birthPlace = view(pb[5]);
            pr.birthDate = view(pb[6]);
            pr.relationship = view(pb[7]);
            pr.maritalStatus = view(pb[8]);
            pr.occupation = view(pb[9]);
            pr.disability = view(pb[10]);
            pr.status = view(pb[11]);
            const QByteArray reason = p.statusReason.toUtf8();
            const QByteArray date = p.statusDate.toString(Qt::ISODate).toUtf8();
            pr.statusReason = view(reason);
            pr.statusDate = view(date);
            qint64 pk = 0;
            if (writer.writePerson(pr, pk) != ReplicaWriter::Outcome::Inserted) {
                return writer.lastError().code.isEmpty()
                           ? Error{QStringLiteral("demo.duplicate"),
                                   tr("Data contoh sudah ada di berkas ini.")}
                           : writer.lastError();
            }
            QList<QByteArray> programCodes;
            std::vector<std::string_view> programs;
            for (Program program : p.programs) {
                programCodes << vocabulary::code(program).toUtf8();
            }
            for (const QByteArray &code : programCodes) {
                programs.push_back(view(code));
            }
            if (!programs.empty()) {
                if (const Status s = writer.setPrograms(pk, programs, asOf); !s) {
                    return s.error();
                }
            }
        }
        if (options.pastQuarter) {
            for (const Disbursement &d : history.disbursements(item)) {
                if (const Result<bool> stored = disbursements.store(d); !stored) {
                    return stored.error();
                }
            }
        }
        if (options.pastQuarter) {
            for (const Disbursement &d : history.disbursements(item)) {
                if (const Result<bool> stored = disbursements.store(d); !stored) {
                    return stored.error();
                }
            }
        }
        ++report.households;
        report.persons += item.members.size();
        if (options.progress && report.households % 4096 == 0) {
            options.progress(report.households, village.householdCount());
        }
    }
    report.planted = village.planted();
    const QString firstVillage = village.m_options.villageCodes.first();
    if (db.setting(QStringLiteral("village_code")).isEmpty()) {
        if (const Status s = db.setSetting(QStringLiteral("village_code"), firstVillage); !s) {
            return s.error();
        }
    }
    if (const Status s =
            db.setSetting(QStringLiteral("data_date"), options.today.toString(Qt::ISODate));
        !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return report;
}

} // namespace tepat
