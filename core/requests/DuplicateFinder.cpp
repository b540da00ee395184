#include "core/requests/DuplicateFinder.h"

#include "core/common/Clock.h"
#include "core/register/RegisterRepository.h"
#include "core/search/NameNormalizer.h"
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

Result<QList<DuplicateCandidate>> DuplicateFinder::find(const QString &nik, const QString &name,
                                                        QDate birthDate,
                                                        const QString &excludePersonId) const
{
    QList<DuplicateCandidate> found;
    QSet<QString> seen;
    const RegisterRepository repository(m_db, Clock::system());
    if (!nik.trimmed().isEmpty()) {
        const Result<Person> same = repository.personByNik(nik.trimmed());
        if (same && same->id != excludePersonId) {
            found.append({same.value(), true});
            seen.insert(same->id);
        }
    }
    if (!name.trimmed().isEmpty() && birthDate.isValid()) {
        Result<QSqlQuery> q =
            m_db.query(QStringLiteral("SELECT id, name FROM person WHERE birth_date = ? LIMIT 500"),
                       {birthDate.toString(Qt::ISODate)});
        if (!q) {
            return q.error();
        }
        QStringList ids;
        while (q->next()) {
            const QString id = q->value(0).toString();
            if (id != excludePersonId && !seen.contains(id) &&
                similarNames(name, q->value(1).toString())) {
                ids << id;
            }
        }
        q->finish();
        for (const QString &id : ids) {
            const Result<Person> person = repository.person(id);
            if (person) {
                found.append({person.value(), false});
            }
        }
    }
    return found;
}

} // namespace tepat
