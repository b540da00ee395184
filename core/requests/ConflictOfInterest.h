#pragma once

#include "core/matching/MatchModel.h"
#include "core/matching/MatchRecord.h"
#include "core/requests/Recommendation.h"

namespace tepat {

// A person who recommended a proposal, as far as the register knows them: the drafting
// account's linked register record, or a register person the named RT/RW head was found to be
// (or only the head's name, RT and RW when the register has no such person).
struct RecommenderFacts
{
    Recommender role = Recommender::Account;
    PersonFacts person; // id, householdId and nik empty when not in the register
    QString kkNumber;   // of the person's household
    // How many people of the register carry the person's name and its first word (term
    // frequencies for the matcher); 0 when not known.
    uint32_t sameName = 0;
    uint32_t sameFirstWord = 0;
};

// The family a request proposes or concerns: a household of the register with its members
// (and a proposed new member), or a proposed new family from the request's payload.
struct ProposedFamily
{
    QString householdId; // empty for a family not in the register yet
    QString kkNumber;
    QString villageCode;
    QString rt;
    QString rw;
    QString address;
    QList<PersonFacts> members;

    bool isEmpty() const { return householdId.isEmpty() && members.isEmpty(); }
};

// Whether those who recommended a proposal have an interest in the family it proposes
// (issue "Conflict of interest"): a recommender who is in the family, shares its KK number,
// lives at its address (same RT/RW and address text), or whom the duplicate matcher
// (core/matching) takes for one of its members. Pure: the caller loads the facts.
class ConflictOfInterest
{
public:
    // A match from this probability on is "likely the same person". Stricter than the review
    // list's threshold: the flag is printed in the berita acara about a named person.
    static constexpr double kLikelyFrom = 0.8;

    // `population`: the register's size, for the matcher's prior and term frequencies.
    ConflictOfInterest(MatchModel model, qsizetype population);

    // Every reason, for each recommender in turn; empty when there is none.
    QList<ConflictReason> assess(const QList<RecommenderFacts> &recommenders,
                                 const ProposedFamily &family) const;

    // Same RT/RW and the same address text (case, spaces and punctuation aside).
    static bool sameAddress(const RecommenderFacts &recommender, const ProposedFamily &family);

private:
    QList<ConflictReason> assessOne(const RecommenderFacts &recommender,
                                    const ProposedFamily &family) const;
    std::optional<ConflictReason> likelySame(const RecommenderFacts &recommender,
                                             const ProposedFamily &family) const;

    MatchModel m_model;
    qsizetype m_population;
};

} // namespace tepat
