#include "core/requests/DuplicateFinder.h"

#include "core/common/Clock.h"
#include "core/matching/MatchModel.h"
#include "core/matching/RegisterRecords.h"
#include "core/register/RegisterRepository.h"
#include "core/search/NameNormalizer.h"
#include "core/search/PersonSearch.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace tepat {

namespace {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[size_t(j)] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                                           previous[size_t(j - 1)] + cost});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

} // namespace

DuplicateFinder::DuplicateFinder(const Database &db)
    : m_db(db)
{}

bool DuplicateFinder::similarNames(const QString &a, const QString &b)
{
    QStringList left = NameNormalizer::tokens(a);
    QStringList right = NameNormalizer::tokens(b);
    if (left.isEmpty() || right.isEmpty()) {
        return false;
    }
    left.sort();
    right.sort();
    if (left == right) {
        return true; // same words, any order
    }
    const QString joinedLeft = left.join(u' ');
    const QString joinedRight = right.join(u' ');
    return editDistance(joinedLeft, joinedRight) <= 2 ||
           editDistance(NameNormalizer::normalize(a), NameNormalizer::normalize(b)) <= 2;
}

Result<QList<qint64>> DuplicateFinder::candidatePks(const PersonFacts &s) const
{
    QList<qint64> pks;
    const auto collect = [&](const QString &sql, const QVariantList &values) -> Status {
        Result<QSqlQuery> q = m_db.query(sql, values);
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            const qint64 pk = q->value(0).toLongLong();
            if (!pks.contains(pk)) {
                pks << pk;
            }
        }
        return {};
    };
    const QString nik = s.nik.trimmed();
    if (!nik.isEmpty()) {
        if (const Status st = collect(QStringLiteral("SELECT pk FROM person WHERE nik = ?"), {nik});
            !st) {
            return st.error();
        }
        if (nik.size() == 16) {
            // Region and birth date the same, the serial mistyped.
            if (const Status st = collect(
                    QStringLiteral("SELECT pk FROM person WHERE nik >= ? AND nik <= ? LIMIT 200"),
                    {nik.left(12) + QStringLiteral("0000"), nik.left(12) + QStringLiteral("9999")});
                !st) {
                return st.error();
            }
        }
    }
    if (s.birthDate.isValid()) {
        QVariantList dates{s.birthDate.toString(Qt::ISODate)};
        const QDate swapped(s.birthDate.year(), s.birthDate.day(), s.birthDate.month());
        dates << (swapped.isValid() ? swapped : s.birthDate).toString(Qt::ISODate);
        if (const Status st = collect(QStringLiteral("SELECT pk FROM person WHERE birth_date IN "
                                                     "(?, ?) AND status = 'active' LIMIT 500"),
                                      dates);
            !st) {
            return st.error();
        }
    }
    const QStringList tokens = NameNormalizer::tokens(s.name);
    if (!tokens.isEmpty() && s.birthDate.isValid()) {
        if (const Status st = collect(
                QStringLiteral("SELECT p.pk FROM person_name_fts f JOIN person p ON p.pk = f.rowid "
                               "WHERE person_name_fts MATCH ? AND substr(p.birth_date, 1, 4) = ? "
                               "AND p.status = 'active' LIMIT 200"),
                {PersonSearch::exactMatchExpression(tokens), QString::number(s.birthDate.year())});
            !st) {
            return st.error();
        }
    }
    return pks;
}

Result<qint64> DuplicateFinder::nameCount(const QString &expression) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT count(*) FROM person_name_fts WHERE person_name_fts MATCH ?"),
        {expression});
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<std::pair<uint32_t, uint32_t>> DuplicateFinder::nameCounts(const QString &name) const
{
    const QStringList tokens = NameNormalizer::tokens(name);
    if (tokens.isEmpty()) {
        return std::pair<uint32_t, uint32_t>(0, 0);
    }
    const Result<qint64> same = nameCount(PersonSearch::exactMatchExpression(tokens));
    const Result<qint64> first = nameCount(PersonSearch::exactMatchExpression({tokens.first()}));
    if (!same || !first) {
        return same ? first.error() : same.error();
    }
    return std::pair<uint32_t, uint32_t>(uint32_t(same.value()), uint32_t(first.value()));
}

Result<QList<DuplicateCandidate>> DuplicateFinder::find(const PersonFacts &subject,
                                                        const QString &excludePersonId) const
{
    const Result<QList<qint64>> pks = candidatePks(subject);
    if (!pks) {
        return pks.error();
    }
    const RegisterRepository repository(m_db, Clock::system());
    QList<Person> people;
    for (qint64 pk : pks.value()) {
        Result<QSqlQuery> q =
            m_db.query(QStringLiteral("SELECT id FROM person WHERE pk = ?"), {pk});
        if (!q) {
            return q.error();
        }
        if (!q->next()) {
            continue;
        }
        const QString id = q->value(0).toString();
        q->finish();
        if (id == excludePersonId) {
            continue;
        }
        const Result<Person> person = repository.person(id);
        if (person) {
            people << person.value();
        }
    }
    MatchRegister reg;
    reg.add(subject);
    QList<Household> households;
    for (const Person &p : std::as_const(people)) {
        const Result<Household> h = repository.household(p.householdId);
        reg.add(personFacts(p, h ? &h.value() : nullptr));
    }
    // Frequencies from the whole register, not from these few.
    const Result<qint64> population = RegisterRecords::activePeople(m_db);
    if (!population) {
        return population.error();
    }
    reg.setPopulation(std::max<qint64>(population.value(), reg.size()));
    if (!NameNormalizer::tokens(subject.name).isEmpty()) {
        const Result<std::pair<uint32_t, uint32_t>> counts = nameCounts(subject.name);
        if (!counts) {
            return counts.error();
        }
        // The subject is not in the register yet: one more of each.
        reg.setCounts(reg.at(0), counts->first + 1, counts->second + 1);
    }
    const MatchModel model = RegisterRecords::savedModel(m_db);
    QList<DuplicateCandidate> found;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const MatchScore score = model.score(reg, 0, uint32_t(i + 1));
        const bool sameNik =
            !subject.nik.trimmed().isEmpty() && people[i].nik == subject.nik.trimmed();
        if (sameNik || score.probability >= kShownFrom) {
            found.append({people[i], sameNik, score.probability, MatchModel::reasonText(score)});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
                         if (a.sameNik != b.sameNik) {
                             return a.sameNik;
                         }
                         return a.score > b.score;
                     });
    return found;
}

Result<QList<DuplicateCandidate>> DuplicateFinder::find(const QString &nik, const QString &name,
                                                        QDate birthDate,
                                                        const QString &excludePersonId) const
{
    PersonFacts subject;
    subject.nik = nik;
    subject.name = name;
    subject.birthDate = birthDate;
    return find(subject, excludePersonId);
}

} // namespace tepat
