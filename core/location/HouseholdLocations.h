#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"
#include "core/domain/Finding.h"
#include "core/location/GeoPoint.h"

#include <QCoreApplication>
#include <QList>

namespace tepat {

class Clock;
class Database;

// When a point deserves a second look. Kept in the store's settings.
struct LocationThresholds
{
    double maxAccuracyMetres = 20.0;
    double maxDistanceKm = 5.0;

    static inline const QString accuracyKey = QStringLiteral("location.max_accuracy_m");
    static inline const QString distanceKey = QStringLiteral("location.max_distance_km");

    static LocationThresholds load(const Database &db);
    // Needs Permission::Draft, as recording a point does.
    Status save(const Database &db, const Session &session) const;
};

// A household's point as recorded, with who recorded it and the warnings accepted then.
struct HouseholdPoint
{
    qint64 id = 0; // household_location row; 0 for the point the register holds
    QString householdId;
    LocationFix fix;
    QString recordedBy;
    QDateTime savedAt;
    QStringList warnings; // messages the operator accepted when saving
};

// Households' location points: a history per household (nothing is overwritten; the current
// point is the latest one recorded here, else the one the register holds), the checks a new
// point gets, and the points of a village for the distance check and the plot.
class HouseholdLocations
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdLocations)

public:
    HouseholdLocations(const Database &db, const Clock &clock);

    // Whether this session may record points (Permission::Draft), for a screen that asks
    // before it starts; record() checks it again.
    static Status permitted(const Session &session);

    Result<std::optional<HouseholdPoint>> current(const QString &householdId) const;
    // Newest first; the register's point, if any, last.
    Result<QList<HouseholdPoint>> history(const QString &householdId) const;
    // The household's village in the replica; for a proposed family not in the replica yet,
    // the installation's village.
    QString villageOf(const QString &householdId) const;
    // The current point of every household of the village that has one.
    Result<QList<HouseholdPoint>> villagePoints(const QString &villageCode) const;

    // Errors (an impossible coordinate) block; warnings (poor accuracy, outside Indonesia, far
    // from the village's other households) need the operator's consent and are recorded.
    Result<Findings> check(const QString &householdId, const LocationFix &fix) const;
    // Checks, then stores the point with its warnings and an audit entry in one transaction.
    Result<HouseholdPoint> record(const QString &householdId, const LocationFix &fix,
                                  const Session &session) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
