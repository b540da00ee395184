#pragma once

#include "core/domain/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace tepat {

// A family in the register. `id` is the stable DTKS household id; the KK number is only an
// attribute because it changes whenever the card is reissued.
struct Household
{
    QString id;
    QString kkNumber;
    QString villageCode;
    QString rt; // "003"
    QString rw; // "005"
    QString address;
    int desil = 0;   // 1..10, 0 = not ranked (by BPS, never computed here)
    QDate desilAsOf; // the BPS ranking date of the desil; invalid when not given
    HouseholdStatus status = HouseholdStatus::Active;
    QString statusReason;
    QDate statusDate;
    std::optional<double> latitude;
    std::optional<double> longitude;
    qint64 serverVersion = 0;

    // Denormalised for lists: the head's name and the number of active members.
    QString headName;
    int memberCount = 0;
};

struct Person
{
    qint64 pk = 0; // local row id
    QString id;    // DTKS member id (household id + two digits, 01 = head)
    QString householdId;
    QString nik;
    QString name;
    Sex sex = Sex::Unknown;
    QString birthPlace;
    QDate birthDate;
    Relationship relationship = Relationship::Unknown;
    MaritalStatus maritalStatus = MaritalStatus::Unknown;
    QString occupation;
    Disability disability = Disability::Unknown;
    PersonStatus status = PersonStatus::Active;
    QString statusReason;
    QDate statusDate;
    QList<Program> programs;
    qint64 serverVersion = 0;
};

struct ProgramMembership
{
    QString personId;
    Program program = Program::Pkh;
    QDate since;
    QDate until; // null while current
};

// Age in whole years on a given day.
int ageOn(QDate birthDate, QDate day);

// RT/RW: "3" -> "003"; empty stays empty; nullopt when it is not a number 1..999.
std::optional<QString> normalizeNeighbourhoodUnit(QStringView text);

// The (RW, RT) an address names, such as "Jl. Mawar 3, RT 3/RW 05" -> ("005", "003"); empty
// when it names none. Puts a list such as the BNBA in neighbourhood order.
std::pair<QString, QString> neighbourhoodUnitsOf(const QString &address);

} // namespace tepat
