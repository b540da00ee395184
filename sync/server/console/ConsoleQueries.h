#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tepat::central {
class CentralDatabase;
}

namespace tepat::central::console {

struct QueueFilter
{
    QString villageCode; // empty: every village of the regency
    QString kind;
    QString state;
    QString householdId;
    int page = 0; // from 0
    static constexpr int kPageSize = 25;
};

struct QueueRow
{
    QString key;
    QString villageCode;
    QString kind;
    QString state;
    QString householdId;
    QString receivedAt;
    bool conflict = false;
    bool conflictOfInterest = false; // flagged by the village (envelope's recommendation)
};

struct QueuePage
{
    QList<QueueRow> rows;
    qint64 total = 0;              // every request the filter matches
    QMap<QString, qint64> byState; // the same filter without its state, per state
};

struct RequestFile
{
    QString sha256;
    QString role;
};

struct RequestEvent
{
    QString fromState;
    QString toState;
    QString actor;
    QString reason;
    QString at;
};

struct RequestDetail
{
    qint64 id = 0;
    QString key;
    QString villageCode;
    QString kind;
    QString state;
    QString stateReason;
    QString householdId;
    QString personId;
    QString receivedAt;
    QString sentBy; // the operator account that pushed it
    QJsonObject envelope;
    QJsonObject conflict; // empty when none
    bool deviceHistoryRewritten = false;
    QList<RequestFile> files;
    QList<RequestEvent> events;
};

struct HouseholdView
{
    QJsonObject household;      // the register's record, empty when the register has none
    QList<QJsonObject> members; // each person's record
};

// Someone else in the regency with a NIK the request carries: a person of the register (maybe
// the same person registered twice) or another open request proposing the same NIK.
struct RegencyMatch
{
    QString villageCode;
    QString householdId;
    QString personId;   // the register's person; empty for another request
    QString name;       // the register's name (shown masked); empty for another request
    QString requestKey; // the other request; empty for a register person
};

struct VillageSummary
{
    QString villageCode;
    qint64 arrivedThisMonth = 0;
    qint64 waitingVerification = 0; // received
    qint64 waitingRatification = 0; // verified
    qint64 waitingFinal = 0;        // ratified
    qint64 decided = 0;             // with a first decision
    double averageHours = -1;       // from arrival to the first decision; -1 when none yet
};

// A reference point of a village (central knows no village location): the median latitude
// and the median longitude of the newest known point of each of its other households, from the
// requests the village sent (a new family's `payload.location`, a visit's `visit.location`).
struct VillageCentre
{
    double latitude = 0;
    double longitude = 0;
    int households = 0; // how many points the median is taken over
    static constexpr int kMinHouseholds = 3;
    static constexpr int kMaxRequests = 5000; // the newest ones are read
};

// What the review console reads from the central store, always within one regency.
class ConsoleQueries
{
public:
    explicit ConsoleQueries(const CentralDatabase &db);

    Result<QueuePage> queue(const QString &regencyCode, const QueueFilter &filter) const;
    Result<QStringList> villages(const QString &regencyCode) const;
    Result<std::optional<RequestDetail>> request(const QString &regencyCode,
                                                 const QString &key) const;
    Result<HouseholdView> household(const QString &householdId) const;
    // Whether the file belongs to that request of the regency (the photo route asks first).
    Result<std::optional<RequestFile>> file(const QString &regencyCode, const QString &key,
                                            const QString &sha256) const;
    // The NIKs the request carries (new family members, a new member, a corrected NIK) that are
    // also someone else's in the regency's register or in another request of the regency not
    // rejected; at most kMaxMatches.
    static constexpr int kMaxMatches = 20;
    Result<QList<RegencyMatch>> sameNikElsewhere(const QString &regencyCode,
                                                 const RequestDetail &request) const;
    Result<bool> householdExists(const QString &regencyCode, const QString &householdId) const;
    // Empty when fewer than VillageCentre::kMinHouseholds other households have a point.
    Result<std::optional<VillageCentre>> villageCentre(const QString &villageCode,
                                                       const QString &exceptHouseholdId) const;
    // The point a request's envelope carries: its visit's, else a new family's; empty if none.
    static std::optional<std::pair<double, double>> pointOf(const QJsonObject &envelope);
    // `monthStart`: the first moment of the current month (the server's time zone).
    Result<QList<VillageSummary>> summary(const QString &regencyCode,
                                          const QDateTime &monthStart) const;

private:
    const CentralDatabase &m_db;
};

} // namespace tepat::central::console
