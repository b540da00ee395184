#include "core/matching/RegisterScan.h"

#include "core/matching/RegisterRecords.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QSet>

namespace tepat {

QString RegisterScan::fingerprintText(uint64_t fingerprint)
{
    return QStringLiteral("%1").arg(fingerprint, 16, 16, QLatin1Char('0'));
}

LikelyDuplicate RegisterScan::describe(const MatchRegister &reg, const DuplicatePair &pair)
{
    LikelyDuplicate d;
    uint32_t a = pair.a;
    uint32_t b = pair.b;
    if (reg.personId(b) < reg.personId(a)) {
        std::swap(a, b);
    }
    d.personA = reg.personId(a);
    d.personB = reg.personId(b);
    d.householdA = reg.household(reg.at(a).household).id;
    d.householdB = reg.household(reg.at(b).household).id;
    d.fingerprintA = fingerprintText(reg.at(a).fingerprint);
    d.fingerprintB = fingerprintText(reg.at(b).fingerprint);
    d.score = pair.score;
    return d;
}

Result<QList<LikelyDuplicate>> RegisterScan::undecided(const Database &db,
                                                       const QList<LikelyDuplicate> &pairs)
{
    if (db.schemaVersion() < 31) {
        return pairs; // a store opened read-only before its upgrade: nothing decided yet
    }
    Result<QSqlQuery> q = db.query(QStringLiteral(
        "SELECT person_a, person_b, fingerprint_a, fingerprint_b FROM duplicate_review"));
    if (!q) {
        return q.error();
    }
    QSet<QString> decided;
    while (q->next()) {
        decided.insert(q->value(0).toString() + u'|' + q->value(1).toString() + u'|' +
                       q->value(2).toString() + u'|' + q->value(3).toString());
    }
    QList<LikelyDuplicate> out;
    for (const LikelyDuplicate &p : pairs) {
        if (!decided.contains(p.personA + u'|' + p.personB + u'|' + p.fingerprintA + u'|' +
                              p.fingerprintB)) {
            out.append(p);
        }
    }
    return out;
}

Result<RegisterScanResult> RegisterScan::run(const Database &db, const ScanOptions &options)
{
    RegisterScanResult out;
    MatchRegister reg;
    if (const Status loaded = RegisterRecords::load(db, reg); !loaded) {
        return loaded.error();
    }
    out.people = reg.size();
    const ScanResult scan = DuplicateScan::run(reg, options);
    out.cancelled = scan.cancelled;
    out.model = scan.model;
    if (scan.cancelled) {
        return out;
    }
    QList<LikelyDuplicate> all;
    all.reserve(qsizetype(scan.pairs.size()));
    for (const DuplicatePair &p : scan.pairs) {
        all << describe(reg, p);
    }
    Result<QList<LikelyDuplicate>> open = undecided(db, all);
    if (!open) {
        return open.error();
    }
    out.pairs = std::move(open.value());
    for (const HouseholdPair &h : scan.households) {
        out.households.append(
            {reg.household(h.a).id, reg.household(h.b).id, h.matchedMembers, h.sameHead});
    }

    // Names for the list, a few hundred ids per query.
    QHash<QString, QString> names;
    QStringList ids;
    for (const LikelyDuplicate &p : std::as_const(out.pairs)) {
        ids << p.personA << p.personB;
    }
    for (qsizetype from = 0; from < ids.size(); from += 400) {
        const QStringList chunk = ids.mid(from, 400);
        QVariantList values;
        for (const QString &id : chunk) {
            values << id;
        }
        QStringList marks(chunk.size(), QStringLiteral("?"));
        Result<QSqlQuery> q = db.query(
            QStringLiteral("SELECT id, name FROM person WHERE id IN (%1)").arg(marks.join(u',')),
            values);
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            names.insert(q->value(0).toString(), q->value(1).toString());
        }
    }
    for (LikelyDuplicate &p : out.pairs) {
        p.nameA = names.value(p.personA);
        p.nameB = names.value(p.personB);
    }
    return out;
}

} // namespace tepat
