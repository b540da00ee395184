#pragma once

#include "core/common/Result.h"
#include "core/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tepat {

class Database;

struct SearchFilter
{
    QString rt; // "003"; empty = any
    QString rw;
    std::optional<Program> program; // current membership
    int desil = 0;                  // 0 = any
    std::optional<PersonStatus> status;

    bool isEmpty() const
    {
        return rt.isEmpty() && rw.isEmpty() && !program && desil == 0 && !status;
    }
};

struct SearchHit
{
    qint64 personPk = 0;
    QString personId;
    QString nik;
    QString name;
    QString householdId;
    QString kkNumber;
    QString rt;
    QString rw;
    QString address;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    Relationship relationship = Relationship::Unknown;
    PersonStatus status = PersonStatus::Active;
    int desil = 0;
};

// Where the next page starts (keyset paging: no OFFSET, stable under inserts).
struct SearchCursor
{
    int tier = 0;
    QString key;   // last NIK or KK number seen in a number tier
    qint64 pk = 0; // last person row id seen
    // The whole-word tier found nobody, so the prefix tier need not exclude its hits (a plain
    // prefix match is the cheaper FTS5 query).
    bool noWholeWordHits = false;
    // Whole-word and prefix hits so far: the part-of-a-word tier runs only below
    // PersonSearch::kFewNameHits.
    int nameHits = 0;
};

struct SearchPage
{
    QList<SearchHit> hits;
    SearchCursor next;
    bool hasMore = false;
};

// The app's search over persons. A query of digits matches NIK then KK number by prefix; any
// other text matches normalised names (NameNormalizer) in tiers: every word whole first, then
// every word as a prefix, and last, only when those found fewer than kFewNameHits people, every
// word as a part of a word ("parman" → Suparman; words of 3 letters or more, by the trigram
// index). A query of several words that each begin somebody's name word ("siti wulandari",
// "sit wul") skips that last tier: the operator typed names or their starts, which the first two
// tiers answer, and the words' rare combination would otherwise walk every person with the
// longest word inside a name (60-100 ms instead of 1 ms on a million people). An empty query
// lists everyone in row order. All of it honours the RT/RW, programme, desil and status filters.
class PersonSearch
{
    Q_DECLARE_TR_FUNCTIONS(PersonSearch)

public:
    static constexpr int kFewNameHits = 20;
    static constexpr int kShortestPart = 3; // a trigram

    explicit PersonSearch(const Database &db);

    Result<SearchPage> find(const QString &text, const SearchFilter &filter = {},
                            const SearchCursor &after = {}, int limit = 50) const;

    // Digits only (spaces and dots ignored) -> the digits; otherwise empty.
    static QString numberQuery(const QString &text);
    // FTS5 MATCH expressions for the two name tiers.
    static QString exactMatchExpression(const QStringList &tokens);
    static QString prefixMatchExpression(const QStringList &tokens);

private:
    // Every word begins a word of somebody's normalised name.
    bool everyWordStartsAName(const QStringList &tokens) const;

    const Database &m_db;
};

} // namespace tepat
