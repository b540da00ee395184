#pragma once

#include "core/common/Result.h"
#include "core/domain/Household.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tepat {

// A person as the change stream carries it: the person and the programmes they are in now.
struct PersonRecord
{
    Person person;
    QList<ProgramMembership> programs; // current ones (until is null)
};

// The JSON form of register records in the sync protocol (docs/sync-protocol.md, "Pull"),
// shared by the client that applies them and the server that serves them. Reading is strict:
// codes must be the canonical ones and every field has a type and a length limit.
class RecordJson
{
    Q_DECLARE_TR_FUNCTIONS(RecordJson)

public:
    static QJsonObject fromHousehold(const Household &household);
    static QJsonObject fromPerson(const PersonRecord &record);

    static Result<Household> toHousehold(const QString &id, const QJsonObject &data);
    static Result<PersonRecord> toPerson(const QString &id, const QJsonObject &data);
};

} // namespace tepat
