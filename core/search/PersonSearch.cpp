#include "core/search/PersonSearch.h"

#include "core/search/NameNormalizer.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

namespace {

const char *kColumns =
    "p.pk, p.id, p.nik, p.name, p.household_id, h.kk_number, h.rt, h.rw, h.address, p.sex, "
    "p.birth_date, p.relationship, p.status, h.desil";

SearchHit readHit(const QSqlQuery &q)
{
    SearchHit hit;
    hit.personPk = q.value(0).toLongLong();
    hit.personId = q.value(1).toString();
    hit.nik = q.value(2).toString();
    hit.name = q.value(3).toString();
    hit.householdId = q.value(4).toString();
    hit.kkNumber = q.value(5).toString();
    hit.rt = q.value(6).toString();
    hit.rw = q.value(7).toString();
    hit.address = q.value(8).toString();
    hit.sex = vocabulary::parse<Sex>(q.value(9).toString()).value_or(Sex::Unknown);
    hit.birthDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    hit.relationship =
        vocabulary::parse<Relationship>(q.value(11).toString()).value_or(Relationship::Unknown);
    hit.status =
        vocabulary::parse<PersonStatus>(q.value(12).toString()).value_or(PersonStatus::Active);
    hit.desil = q.value(13).toInt();
    return hit;
}

struct Clause
{
    QString sql;
    QVariantList values;
};

Clause filterClause(const SearchFilter &filter)
{
    Clause c;
    if (!filter.rt.isEmpty()) {
        c.sql += QStringLiteral(" AND h.rt = ?");
        c.values << filter.rt;
    }
    if (!filter.rw.isEmpty()) {
        c.sql += QStringLiteral(" AND h.rw = ?");
        c.values << filter.rw;
    }
    if (filter.desil > 0) {
        c.sql += QStringLiteral(" AND h.desil = ?");
        c.values << filter.desil;
    }
    if (filter.status) {
        c.sql += QStringLiteral(" AND p.status = ?");
        c.values << vocabulary::code(*filter.status);
    }
    if (filter.program) {
        c.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM program_membership m WHERE "
                                "m.person_pk = p.pk AND m.program = ? AND m.until IS NULL)");
        c.values << vocabulary::code(*filter.program);
    }
    return c;
}

QString quoted(const QString &token)
{
    QString t = token;
    t.replace(u'"', QStringLiteral("\"\""));
    return u'"' + t + u'"';
}

} // namespace

PersonSearch::PersonSearch(const Database &db)
    : m_db(db)
{}

QString PersonSearch::numberQuery(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit()) {
            digits.append(c);
        } else if (c != u' ' && c != u'.' && c != u'-') {
            return {};
        }
    }
    return digits;
}

QString PersonSearch::exactMatchExpression(const QStringList &tokens)
{
    QStringList parts;
    for (const QString &t : tokens) {
        parts << quoted(t);
    }
    return parts.join(u' ');
}

QString PersonSearch::prefixMatchExpression(const QStringList &tokens)
{
    QStringList parts;
    for (const QString &t : tokens) {
        parts << quoted(t) + u'*';
    }
    return parts.join(u' ');
}

bool PersonSearch::everyWordStartsAName(const QStringList &tokens) const
{
    for (const QString &t : tokens) {
        Result<QSqlQuery> q =
            m_db.query(QStringLiteral("SELECT 1 FROM person_name_fts WHERE person_name_fts MATCH ?"
                                      " LIMIT 1"),
                       {prefixMatchExpression({t})});
        if (!q || !q->next()) {
            return false;
        }
    }
    return true;
}

Result<SearchPage> PersonSearch::find(const QString &text, const SearchFilter &filter,
                                      const SearchCursor &after, int limit) const
{
    SearchPage page;
    page.next = after;
    if (limit <= 0) {
        return page;
    }
    const Clause filters = filterClause(filter);
    const QString digits = numberQuery(text.trimmed());
    const QStringList tokens = digits.isEmpty() ? NameNormalizer::tokens(text) : QStringList();
    const QString from = QStringLiteral(" FROM person p JOIN household h ON h.id = p.household_id");

    // Each tier: SQL with a keyset condition, and how to read its key back from a hit.
    struct Tier
    {
        QString sql;
        QVariantList values;
        bool keyIsKk = false;
        bool keyIsNik = false;
        QString plainMatch; // the MATCH to use instead when the tier before found nobody
        bool isPartOfWord = false;
    };
    QList<Tier> tiers;
    if (!digits.isEmpty()) {
        const QString hi = digits + u':'; // ':' sorts right after '9'
        Tier nik;
        nik.sql = QLatin1String("SELECT ") + QLatin1String(kColumns) + from +
                  QStringLiteral(" WHERE p.nik >= ? AND p.nik < ? AND p.nik > ?") + filters.sql +
                  QStringLiteral(" ORDER BY p.nik LIMIT ?");
        nik.values << digits << hi << QString() << filters.values;
        nik.keyIsNik = true;
        tiers << nik;
        Tier kk;
        kk.sql = QLatin1String("SELECT ") + QLatin1String(kColumns) +
                 QStringLiteral(" FROM household h JOIN person p ON p.household_id = h.id"
                                " WHERE coalesce(h.kk_number, '') >= ?"
                                " AND coalesce(h.kk_number, '') < ?"
                                " AND (coalesce(h.kk_number, ''), p.pk) > (?, ?)"
                                " AND NOT (coalesce(p.nik, '') >= ? AND coalesce(p.nik, '') < ?)") +
                 filters.sql + QStringLiteral(" ORDER BY coalesce(h.kk_number, ''), p.pk LIMIT ?");
        kk.values << digits << hi << digits << 0 << digits << hi << filters.values;
        kk.keyIsKk = true;
        tiers << kk;
    } else if (!tokens.isEmpty()) {
        const QString fts = QLatin1String("SELECT ") + QLatin1String(kColumns) +
                            QStringLiteral(" FROM person_name_fts f JOIN person p ON p.pk = f.rowid"
                                           " JOIN household h ON h.id = p.household_id"
                                           " WHERE person_name_fts MATCH ? AND f.rowid > ?") +
                            filters.sql + QStringLiteral(" ORDER BY f.rowid LIMIT ?");
        Tier exact;
        exact.sql = fts;
        exact.values << exactMatchExpression(tokens) << 0 << filters.values;
        tiers << exact;
        Tier prefix;
        prefix.sql = fts;
        prefix.values << QStringLiteral("(%1) NOT (%2)")
                             .arg(prefixMatchExpression(tokens), exactMatchExpression(tokens))
                      << 0 << filters.values;
        prefix.plainMatch = prefixMatchExpression(tokens);
        tiers << prefix;
        // A part of a word: the longest word drives the trigram index, the others are checked
        // on the row; people the prefix tier found (every word at a word's start) are left out.
        QString longest;
        for (const QString &t : tokens) {
            if (t.size() > longest.size()) {
                longest = t;
            }
        }
        if (longest.size() >= kShortestPart && !longest.contains(u'%') && !longest.contains(u'_')) {
            Tier part;
            part.isPartOfWord = true;
            QString contains;
            QString startsWord;
            QVariantList containsValues;
            QVariantList startsValues;
            for (const QString &t : tokens) {
                if (t != longest) {
                    contains += QStringLiteral(" AND instr(p.name_norm, ?) > 0");
                    containsValues << t;
                }
                startsWord += QLatin1String(startsWord.isEmpty() ? "" : " AND ") +
                              QStringLiteral("instr(' ' || p.name_norm, ?) > 0");
                startsValues << QString(u' ' + t);
            }
            part.sql = QLatin1String("SELECT ") + QLatin1String(kColumns) +
                       QStringLiteral(" FROM person_name_trigram t JOIN person p ON p.pk = t.rowid"
                                      " JOIN household h ON h.id = p.household_id"
                                      " WHERE t.name_norm LIKE ? AND t.rowid > ?") +
                       contains + QStringLiteral(" AND NOT (") + startsWord + u')' + filters.sql +
                       QStringLiteral(" ORDER BY t.rowid LIMIT ?");
            part.values << QString(u'%' + longest + u'%') << 0 << containsValues << startsValues
                        << filters.values;
            tiers << part;
        }
    } else if (text.trimmed().isEmpty()) {
        Tier all;
        all.sql = QLatin1String("SELECT ") + QLatin1String(kColumns) + from +
                  QStringLiteral(" WHERE p.pk > ?") + filters.sql +
                  QStringLiteral(" ORDER BY p.pk LIMIT ?");
        all.values << 0 << filters.values;
        tiers << all;
    }

    bool previousTierEmpty = after.noWholeWordHits;
    int nameHits = after.nameHits;
    for (int t = after.tier; t < tiers.size(); ++t) {
        Tier tier = tiers[t];
        if (tier.isPartOfWord &&
            (nameHits >= kFewNameHits || (tokens.size() > 1 && everyWordStartsAName(tokens)))) {
            break; // whole words and prefixes found enough, or the words are names' starts
        }
        const bool resume = t == after.tier;
        const bool plain = !tier.plainMatch.isEmpty() && previousTierEmpty;
        if (plain) {
            tier.values[0] = tier.plainMatch;
        }
        // Put the cursor into the keyset placeholders.
        if (tier.keyIsNik) {
            tier.values[2] = resume ? after.key : QString();
        } else if (tier.keyIsKk) {
            // A fresh start uses (digits, 0), equal to the range's own lower bound: with ('', 0)
            // SQLite takes the row value as the index's lower bound and walks every household
            // below the number (13 ms instead of 0.2 ms on 300,000 households).
            tier.values[2] = resume ? after.key : digits;
            tier.values[3] = resume ? after.pk : 0;
        } else {
            tier.values[tokens.isEmpty() ? 0 : 1] = resume ? after.pk : 0;
        }
        const int wanted = limit - int(page.hits.size());
        tier.values << wanted;
        Result<QSqlQuery> q = m_db.query(tier.sql, tier.values);
        if (!q) {
            return q.error();
        }
        int got = 0;
        while (q->next()) {
            SearchHit hit = readHit(*q);
            page.next.tier = t;
            page.next.pk = hit.personPk;
            page.next.key = tier.keyIsKk ? hit.kkNumber : hit.nik;
            page.next.noWholeWordHits = plain;
            if (!tier.isPartOfWord && !tokens.isEmpty()) {
                ++nameHits;
            }
            page.next.nameHits = nameHits;
            page.hits.append(std::move(hit));
            ++got;
        }
        if (got == wanted) {
            page.hasMore = true;
            return page;
        }
        // This tier is exhausted: the next page starts at the beginning of the following one.
        // It found nobody at all only if it started from its beginning and got nothing.
        previousTierEmpty = got == 0 && (!resume || after.pk == 0);
        page.next = SearchCursor{t + 1, QString(), 0, previousTierEmpty, nameHits};
    }
    return page;
}

} // namespace tepat
