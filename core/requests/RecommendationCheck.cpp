#include "core/requests/RecommendationCheck.h"

#include "core/accounts/AccountService.h"
#include "core/matching/RegisterRecords.h"
#include "core/register/RegisterRepository.h"
#include "core/requests/DuplicateFinder.h"
#include "core/requests/RequestPayload.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace tepat {

namespace {

// A person of a request's payload (a new family's member, a new member).
PersonFacts factsOf(const QJsonObject &p)
{
    PersonFacts f;
    f.nik = payload::text(p, "nik");
    f.name = payload::text(p, "name");
    f.sex = vocabulary::parse<Sex>(payload::text(p, "sex")).value_or(Sex::Unknown);
    f.birthDate = QDate::fromString(payload::text(p, "birth_date"), Qt::ISODate);
    f.birthPlace = payload::text(p, "birth_place");
    f.occupation = payload::text(p, "occupation");
    return f;
}

} // namespace

RecommendationCheck::RecommendationCheck(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<RecommenderFacts> RecommendationCheck::facts(const Person &person, Recommender role) const
{
    const Result<Household> household =
        RegisterRepository(m_db, m_clock).household(person.householdId);
    RecommenderFacts r;
    r.role = role;
    r.person = personFacts(person, household ? &household.value() : nullptr);
    r.kkNumber = household ? household->kkNumber : QString();
    const Result<std::pair<uint32_t, uint32_t>> counts =
        DuplicateFinder(m_db).nameCounts(person.name);
    if (!counts) {
        return counts.error();
    }
    r.sameName = counts->first;
    r.sameFirstWord = counts->second;
    return r;
}

Result<QList<Person>> RecommendationCheck::headCandidates(const SourceHead &head) const
{
    QList<Person> out;
    const QString rt = Recommendations::unit(head.rt);
    const QString rw = Recommendations::unit(head.rw);
    if (head.isEmpty() || rw.isEmpty()) {
        return out;
    }
    QString sql = QStringLiteral("SELECT p.id, p.name FROM person p JOIN household h ON "
                                 "h.id = p.household_id WHERE p.status = 'active' AND "
                                 "ltrim(h.rw, '0') = ltrim(?, '0')");
    QVariantList values{rw};
    if (!rt.isEmpty()) {
        sql += QStringLiteral(" AND ltrim(h.rt, '0') = ltrim(?, '0')");
        values << rt;
    }
    Result<QSqlQuery> q = m_db.query(sql + QStringLiteral(" ORDER BY p.id LIMIT 5000"), values);
    if (!q) {
        return q.error();
    }
    QStringList ids;
    while (q->next()) {
        if (DuplicateFinder::similarNames(head.name, q->value(1).toString())) {
            ids << q->value(0).toString();
        }
    }
    q->finish();
    const RegisterRepository repository(m_db, m_clock);
    for (const QString &id : std::as_const(ids)) {
        const Result<Person> person = repository.person(id);
        if (!person) {
            return person.error();
        }
        out << person.value();
    }
    return out;
}

Result<QList<RecommenderFacts>>
RecommendationCheck::recommenders(const ChangeRequest &request,
                                  const QString &draftingAccount) const
{
    QList<RecommenderFacts> out;
    const RegisterRepository repository(m_db, m_clock);
    const Result<Account> account = AccountService(m_db, m_clock).find(draftingAccount);
    if (account && !account->personId.isEmpty()) {
        const Result<Person> person = repository.person(account->personId);
        if (person) {
            Result<RecommenderFacts> f = facts(person.value(), Recommender::Account);
            if (!f) {
                return f.error();
            }
            out << f.value();
        }
    }
    const SourceHead &head = request.recommendation.head;
    if (head.isEmpty()) {
        return out;
    }
    const Result<QList<Person>> candidates = headCandidates(head);
    if (!candidates) {
        return candidates.error();
    }
    for (const Person &p : candidates.value()) {
        Result<RecommenderFacts> f = facts(p, Recommender::Head);
        if (!f) {
            return f.error();
        }
        out << f.value();
    }
    if (candidates->isEmpty()) {
        // Not found in the register: what the form says of them is all there is to match.
        RecommenderFacts f;
        f.role = Recommender::Head;
        f.person.name = head.name.trimmed();
        f.person.rt = Recommendations::unit(head.rt);
        f.person.rw = Recommendations::unit(head.rw);
        f.person.villageCode = m_db.setting(QStringLiteral("village_code"));
        out << f;
    }
    return out;
}

Result<ProposedFamily> RecommendationCheck::familyOf(const ChangeRequest &request) const
{
    ProposedFamily family;
    const QJsonObject &p = request.payload;
    if (request.kind == RequestKind::NewHousehold) {
        family.kkNumber = payload::text(p, "kk_number");
        family.villageCode = m_db.setting(QStringLiteral("village_code"));
        family.rt = payload::text(p, "rt");
        family.rw = payload::text(p, "rw");
        family.address = payload::text(p, "address");
        for (const QJsonValue &m : p.value(QLatin1String("members")).toArray()) {
            family.members << factsOf(m.toObject());
        }
        return family;
    }
    if (request.householdId.isEmpty()) {
        return family; // a citizen's report about no one in the register
    }
    const RegisterRepository repository(m_db, m_clock);
    const Result<Household> household = repository.household(request.householdId);
    if (!household) {
        return family; // the household is not (or no longer) in this register
    }
    family.householdId = household->id;
    family.kkNumber = household->kkNumber;
    family.villageCode = household->villageCode;
    family.rt = household->rt;
    family.rw = household->rw;
    family.address = household->address;
    const Result<QList<Person>> members = repository.members(household->id);
    if (!members) {
        return members.error();
    }
    for (const Person &m : members.value()) {
        if (m.status == PersonStatus::Active) {
            family.members << personFacts(m, &household.value());
        }
    }
    if (request.kind == RequestKind::NewMember) {
        PersonFacts proposed = factsOf(p.value(QLatin1String("member")).toObject());
        proposed.id = request.personId;
        proposed.householdId = household->id;
        family.members << proposed;
    }
    return family;
}

Result<QList<ConflictReason>> RecommendationCheck::assess(const ChangeRequest &request,
                                                          const QString &draftingAccount) const
{
    const Result<QList<RecommenderFacts>> who = recommenders(request, draftingAccount);
    if (!who) {
        return who.error();
    }
    if (who->isEmpty()) {
        return QList<ConflictReason>();
    }
    const Result<ProposedFamily> family = familyOf(request);
    if (!family) {
        return family.error();
    }
    const Result<qint64> population = RegisterRecords::activePeople(m_db);
    if (!population) {
        return population.error();
    }
    return ConflictOfInterest(RegisterRecords::savedModel(m_db), population.value())
        .assess(who.value(), family.value());
}

} // namespace tepat
