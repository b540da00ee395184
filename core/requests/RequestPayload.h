#pragma once

#include <QJsonObject>
#include <QString>

namespace tepat::payload {

// The JSON keys of change-request payloads, one place for forms, validation and sync.
//
// Person (a member of a new family, a new member):
//   nik, name, sex (L/P), birth_place, birth_date (YYYY-MM-DD), relationship, marital_status,
//   occupation, disability — codes as in Vocabulary.
// new_household:    kk_number, rt, rw, address, members [person…], reason
// new_member:       member {person}, reason
// correction:       changes [{field, old, new}], note
// program_proposal: program, reason
// removal:          reason (RemovalReason code), date, death_certificate, duplicate_of, note,
//                   new_head (person id of the member who becomes head when the head leaves)
// relocation:       destination_village, destination_address, date, note,
//                   movers ("household" for the whole family, "members" for those in mover_ids),
//                   mover_ids [person id…]
// objection:        subject, reason, reporter {name, phone, nik}, anonymous (bool)
// citizen_proposal: proposed_name, proposed_address, reason, reporter {…}, anonymous (bool)
// The request's household_id / person_id columns say whom it concerns.

inline QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

// Fields a correction may change, and whether they belong to the person or the household.
inline bool isPersonField(const QString &field)
{
    static const QStringList fields{QStringLiteral("name"),
                                    QStringLiteral("nik"),
                                    QStringLiteral("sex"),
                                    QStringLiteral("birth_place"),
                                    QStringLiteral("birth_date"),
                                    QStringLiteral("relationship"),
                                    QStringLiteral("marital_status"),
                                    QStringLiteral("occupation"),
                                    QStringLiteral("disability")};
    return fields.contains(field);
}

inline bool isHouseholdField(const QString &field)
{
    static const QStringList fields{QStringLiteral("kk_number"), QStringLiteral("address"),
                                    QStringLiteral("rt"), QStringLiteral("rw")};
    return fields.contains(field);
}

} // namespace tepat::payload
