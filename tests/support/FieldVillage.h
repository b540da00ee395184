#pragma once

#include "core/demo/DemoVillage.h"
#include "core/location/GeoPoint.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>

namespace tepat::test {

// Centre of the synthetic village the field tests use (Kelurahan Bangsal, Kota Kediri).
inline GeoPoint villageCentre()
{
    return {-7.8166, 112.0119};
}

// A point `north` and `east` metres away from `from`.
inline GeoPoint offsetMetres(const GeoPoint &from, double north, double east)
{
    const double metresPerDegree = 111'320.0;
    return {from.latitude + north / metresPerDegree,
            from.longitude + east / (metresPerDegree * std::cos(from.latitude * M_PI / 180.0))};
}

// A demo village of `households` families; the register holds a point for the first
// `withPoints` of them, on a 100 m grid around villageCentre(). Returns the household ids.
inline QStringList villageWithPoints(TempStore &store, int households, int withPoints)
{
    DemoOptions options;
    options.households = households;
    options.today = QDate(2026, 11, 23);
    if (!DemoVillage::populate(*store.db, store.clock, options)) {
        qFatal("demo village failed");
    }
    QStringList ids;
    auto q = store.db->query(QStringLiteral("SELECT id FROM household ORDER BY id"));
    while (q && q->next()) {
        ids << q->value(0).toString();
    }
    // The demo village places some households; start from none.
    if (!store.db->query(
            QStringLiteral("UPDATE household SET latitude = NULL, longitude = NULL"))) {
        qFatal("cannot clear points");
    }
    for (int i = 0; i < withPoints && i < ids.size(); ++i) {
        const GeoPoint p = offsetMetres(villageCentre(), 100.0 * (i / 5), 100.0 * (i % 5));
        if (!store.db->query(
                QStringLiteral("UPDATE household SET latitude = ?, longitude = ? WHERE id = ?"),
                {p.latitude, p.longitude, ids[i]})) {
            qFatal("cannot place household");
        }
    }
    return ids;
}

} // namespace tepat::test
