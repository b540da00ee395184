#pragma once

// Two synthetic families for the request tests: H1 (Budi Santoso, head; Siti Aminah, spouse;
// Soeparman, deceased) and H2 (Agus Salim, head). Nobody in it is real.

#include "core/importing/SnapshotImporter.h"
#include "core/requests/ChangeRequest.h"
#include "tests/support/TestSupport.h"

namespace tepat::test {

inline bool importTwoFamilies(const TempStore &store)
{
    writeFile(store.file(QStringLiteral("h.csv")),
              "household_id,kk_number,village_code,rt,rw,address,desil,status,latitude,longitude\n"
              "H1,3571031505180003,35.71.03.1001,1,1,Jl. Melati 1,3,,,\n"
              "H2,,35.71.03.1001,2,1,Jl. Mawar 2,7,,,\n");
    writeFile(store.file(QStringLiteral("p.csv")),
              "person_id,household_id,nik,name,sex,birth_place,birth_date,relationship,marital_"
              "status,occupation,disability,status,programs\n"
              "H1.01,H1,3571030101800001,Budi Santoso,L,Kediri,1980-01-01,head,married,,,,PKH\n"
              "H1.02,H1,3571034202850002,Siti Aminah,P,Kediri,1985-02-02,spouse,married,,,,\n"
              "H1.03,H1,3571030303500003,Soeparman,L,Kediri,1950-03-03,parent,widowed,,,"
              "deceased,\n"
              "H2.01,H2,3571030404700004,Agus Salim,L,Kediri,1970-04-04,head,,,,,\n");
    ImportOptions options;
    options.rejectsPath = store.file(QStringLiteral("r.csv"));
    return bool(SnapshotImporter(*store.db, store.clock)
                    .run(store.file(QStringLiteral("h.csv")), store.file(QStringLiteral("p.csv")),
                         options));
}

inline ChangeRequest request(qint64 id, RequestKind kind, const QString &household,
                             const QString &person, const QJsonObject &payload = {})
{
    ChangeRequest r;
    r.id = id;
    r.kind = kind;
    r.householdId = household;
    r.personId = person;
    r.payload = payload;
    return r;
}

} // namespace tepat::test
