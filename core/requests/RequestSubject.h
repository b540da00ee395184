#pragma once

#include "core/requests/ChangeRequest.h"

#include <QCoreApplication>
#include <QStringList>

namespace tepat {

class Clock;
class Database;

// Whom a change request is about, for the agenda and the berita acara: the person or the head
// of the household in the register, the proposed head of a new family, the new member, the
// recipient named in a citizen objection, the family proposed by a citizen, or the people who
// move in a relocation.
enum class SubjectScope
{
    Person,    // one person in the register
    Household, // a household in the register, named by its head
    NewFamily, // the proposed head of a family not in the register yet
    NewMember, // a person proposed into a listed household
    Counter,   // named by a citizen at the counter (objection or proposal)
    Movers     // the people who move out in a relocation
};

struct RequestSubject
{
    Q_DECLARE_TR_FUNCTIONS(RequestSubject)

public:
    SubjectScope scope = SubjectScope::Household;
    QString name;
    QString nik;
    QString householdId;
    QString personId;         // empty when the request concerns the whole household or a new family
    QString address;          // street, RT/RW
    QStringList personIds;    // everyone in the register the request takes out or changes
    bool wholeFamily = false; // a relocation of the whole household
    int people = 0;           // how many people a new family or a relocation counts

    // What else names the subject ("seluruh keluarga, 4 orang"), in the interface language.
    QString detail() const;
    // The same in Indonesian, as the printed documents say it.
    QString documentDetail() const;
    // "Name (ID) — detail" for a one-line agenda entry.
    QString summary() const;
};

class RequestSubjects
{
    Q_DECLARE_TR_FUNCTIONS(RequestSubjects)

public:
    RequestSubjects(const Database &db, const Clock &clock);

    RequestSubject of(const ChangeRequest &request) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
