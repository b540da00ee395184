#include "core/requests/ConflictOfInterest.h"

#include "core/search/NameNormalizer.h"

namespace tepat {

namespace {

QString addressKey(const QString &address)
{
    return NameNormalizer::normalize(address);
}

QString digits(const QString &number)
{
    QString out;
    for (const QChar c : number) {
        if (c.isDigit()) {
            out += c;
        }
    }
    return out;
}

// The matcher keys households by id: a proposed family and a recommender without a household
// must not look like one household.
constexpr auto kProposedFamily = "#usulan";
constexpr auto kNoHousehold = "#pengusul";

} // namespace

ConflictOfInterest::ConflictOfInterest(MatchModel model, qsizetype population)
    : m_model(std::move(model))
    , m_population(population)
{}

bool ConflictOfInterest::sameAddress(const RecommenderFacts &recommender,
                                     const ProposedFamily &family)
{
    const PersonFacts &p = recommender.person;
    if (p.rt.isEmpty() || p.rw.isEmpty() || family.rt.isEmpty() || family.rw.isEmpty()) {
        return false;
    }
    if (Recommendations::unit(p.rt) != Recommendations::unit(family.rt) ||
        Recommendations::unit(p.rw) != Recommendations::unit(family.rw)) {
        return false;
    }
    if (!p.villageCode.isEmpty() && !family.villageCode.isEmpty() &&
        p.villageCode != family.villageCode) {
        return false;
    }
    const QString a = addressKey(p.address);
    return !a.isEmpty() && a == addressKey(family.address);
}

QList<ConflictReason> ConflictOfInterest::assess(const QList<RecommenderFacts> &recommenders,
                                                 const ProposedFamily &family) const
{
    QList<ConflictReason> out;
    if (family.isEmpty()) {
        return out;
    }
    for (const RecommenderFacts &r : recommenders) {
        for (const ConflictReason &reason : assessOne(r, family)) {
            if (!out.contains(reason)) {
                out.append(reason);
            }
        }
    }
    return out;
}

QList<ConflictReason> ConflictOfInterest::assessOne(const RecommenderFacts &r,
                                                    const ProposedFamily &family) const
{
    const PersonFacts &p = r.person;
    const auto reason = [&r](InterestKind kind) {
        ConflictReason c;
        c.kind = kind;
        c.recommender = r.role;
        return c;
    };
    // In the family: of its household in the register, or one of its (proposed) members.
    bool member = !p.householdId.isEmpty() && p.householdId == family.householdId;
    for (const PersonFacts &m : family.members) {
        member = member || (!p.id.isEmpty() && m.id == p.id) ||
                 (p.nik.size() == 16 && m.nik.trimmed() == p.nik);
    }
    if (member) {
        return {reason(InterestKind::Member)}; // the KK and the address follow from it
    }
    QList<ConflictReason> out;
    const QString kk = digits(r.kkNumber);
    if (!kk.isEmpty() && kk == digits(family.kkNumber)) {
        out << reason(InterestKind::SameKk);
    }
    if (sameAddress(r, family)) {
        out << reason(InterestKind::SameAddress);
    }
    if (const std::optional<ConflictReason> same = likelySame(r, family)) {
        out << *same;
    }
    return out;
}

std::optional<ConflictReason> ConflictOfInterest::likelySame(const RecommenderFacts &r,
                                                             const ProposedFamily &family) const
{
    if (r.person.name.trimmed().isEmpty() || family.members.isEmpty()) {
        return std::nullopt;
    }
    MatchRegister reg;
    PersonFacts recommender = r.person;
    if (recommender.householdId.isEmpty()) {
        recommender.householdId = QLatin1String(kNoHousehold);
    }
    const uint32_t self = reg.add(recommender);
    for (PersonFacts m : family.members) {
        if (m.householdId.isEmpty()) {
            m.householdId = QLatin1String(kProposedFamily);
        }
        if (m.villageCode.isEmpty()) {
            m.villageCode = family.villageCode;
            m.rt = family.rt;
            m.rw = family.rw;
            m.address = family.address;
        }
        reg.add(m);
    }
    reg.setPopulation(std::max<qsizetype>(m_population, reg.size()));
    if (r.sameName > 0) {
        reg.setCounts(reg.at(self), r.sameName, std::max(r.sameFirstWord, r.sameName));
    }
    std::optional<ConflictReason> best;
    for (uint32_t i = 1; i < uint32_t(reg.size()); ++i) {
        const MatchScore score = m_model.score(reg, self, i);
        if (score.probability >= kLikelyFrom && (!best || score.probability > best->score)) {
            ConflictReason c;
            c.kind = InterestKind::LikelySame;
            c.recommender = r.role;
            c.memberName = family.members[qsizetype(i) - 1].name;
            c.personId = family.members[qsizetype(i) - 1].id;
            c.score = score.probability;
            best = c;
        }
    }
    return best;
}

} // namespace tepat
