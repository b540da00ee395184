#pragma once

#include "core/demo/DemoVillage.h"
#include "core/matching/MatchRecord.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace tepat::test {

// A generated village kept in memory (no store), with planted duplicates and their truth.
struct PlantedVillage
{
    MatchRegister reg;
    QHash<QString, uint32_t> index; // person id -> record
    QList<demo::PlantedDuplicate> planted;

    explicit PlantedVillage(int households, int duplicatesPermille, quint64 seed = 17)
    {
        DemoOptions o;
        o.households = households;
        o.today = QDate(2026, 11, 23);
        o.seed = seed;
        o.duplicatesPermille = duplicatesPermille;
        DemoVillage village(o);
        DemoHousehold item;
        while (village.next(item)) {
            for (const Person &p : std::as_const(item.members)) {
                if (p.status != PersonStatus::Active ||
                    item.household.status != HouseholdStatus::Active) {
                    continue;
                }
                index.insert(p.id, reg.add(personFacts(p, &item.household)));
            }
        }
        for (const demo::PlantedDuplicate &d : village.planted()) {
            if (index.contains(d.originalId) && index.contains(d.duplicateId)) {
                planted.append(d);
            }
        }
    }

    // Every pair of records of one person: a copy of a copy is a duplicate of both.
    QSet<quint64> truth() const
    {
        QHash<uint32_t, uint32_t> parent;
        const std::function<uint32_t(uint32_t)> root = [&](uint32_t x) {
            while (parent.value(x, x) != x) {
                x = parent.value(x, x);
            }
            return x;
        };
        for (const demo::PlantedDuplicate &d : planted) {
            const uint32_t a = root(index.value(d.originalId));
            const uint32_t b = root(index.value(d.duplicateId));
            if (a != b) {
                parent.insert(b, a);
            }
        }
        QHash<uint32_t, QList<uint32_t>> clusters;
        for (const demo::PlantedDuplicate &d : planted) {
            for (const QString &id : {d.originalId, d.duplicateId}) {
                const uint32_t i = index.value(id);
                QList<uint32_t> &members = clusters[root(i)];
                if (!members.contains(i)) {
                    members << i;
                }
            }
        }
        QSet<quint64> pairs;
        for (const QList<uint32_t> &members : std::as_const(clusters)) {
            for (qsizetype x = 0; x < members.size(); ++x) {
                for (qsizetype y = x + 1; y < members.size(); ++y) {
                    pairs.insert(pairKey(members[x], members[y]));
                }
            }
        }
        return pairs;
    }

    static quint64 pairKey(uint32_t a, uint32_t b)
    {
        return (quint64(std::min(a, b)) << 32) | std::max(a, b);
    }
};

} // namespace tepat::test
