#include "sync/server/console/ConsoleQueries.h"

#include "core/common/Clock.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/console/ConsoleRecommendation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tepat::central::console {

namespace {

QJsonObject object(const QVariant &text)
{
    return text.isNull() ? QJsonObject()
                         : QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// The NIKs a request's payload carries: a new member's, each new family member's, a corrected
// one. Only well-formed ones (16 digits), so none can act as a LIKE pattern.
QStringList niksOf(const QJsonObject &payload)
{
    QStringList niks;
    const auto add = [&](const QJsonValue &v) {
        const QString nik = v.toString();
        static const QRegularExpression digits(QStringLiteral("^[0-9]{16}$"));
        if (digits.match(nik).hasMatch() && !niks.contains(nik)) {
            niks << nik;
        }
    };
    add(payload.value(QLatin1String("nik")));
    for (const QJsonValue &m : payload.value(QLatin1String("members")).toArray()) {
        add(m.toObject().value(QLatin1String("nik")));
    }
    for (const QJsonValue &change : payload.value(QLatin1String("changes")).toArray()) {
        if (change.toObject().value(QLatin1String("field")).toString() == QLatin1String("nik")) {
            add(change.toObject().value(QLatin1String("new")));
        }
    }
    return niks;
}

QString regencyPattern(const QString &regencyCode)
{
    return regencyCode + QStringLiteral(".%");
}

// The WHERE of the queue: the regency, then each filter that is set.
QString where(const QString &regencyCode, const QueueFilter &f, bool withState,
              QVariantList &values)
{
    QString sql = QStringLiteral(" WHERE village_code LIKE ?");
    values << regencyPattern(regencyCode);
    const auto add = [&](const char *column, const QString &value) {
        if (!value.isEmpty()) {
            sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            values << value;
        }
    };
    add("village_code", f.villageCode);
    add("kind", f.kind);
    add("household_id", f.householdId);
    if (withState) {
        add("state", f.state);
    }
    return sql;
}

} // namespace

ConsoleQueries::ConsoleQueries(const CentralDatabase &db)
    : m_db(db)
{}

Result<QueuePage> ConsoleQueries::queue(const QString &regencyCode, const QueueFilter &f) const
{
    QueuePage page;
    QVariantList counted;
    Result<QSqlQuery> counts =
        m_db.query(QStringLiteral("SELECT state, count(*) FROM request") +
                       where(regencyCode, f, false, counted) + QStringLiteral(" GROUP BY state"),
                   counted);
    if (!counts) {
        return counts.error();
    }
    while (counts->next()) {
        page.byState.insert(counts->value(0).toString(), counts->value(1).toLongLong());
    }
    if (f.state.isEmpty()) {
        for (const qint64 n : std::as_const(page.byState)) {
            page.total += n;
        }
    } else {
        page.total = page.byState.value(f.state);
    }
    QVariantList values;
    const QString sql = QStringLiteral("SELECT key, village_code, kind, state, household_id, "
                                       "received_at, conflict IS NOT NULL, envelope FROM "
                                       "request") +
                        where(regencyCode, f, true, values) +
                        QStringLiteral(" ORDER BY received_at, id LIMIT ? OFFSET ?");
    values << QueueFilter::kPageSize << qint64(qMax(0, f.page)) * QueueFilter::kPageSize;
    Result<QSqlQuery> q = m_db.query(sql, values);
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        QueueRow row{q->value(0).toString(), q->value(1).toString(),
                     q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toString(),
                     q->value(6).toBool(),   false};
        row.conflictOfInterest = recommendation::flagged(object(q->value(7)));
        page.rows.append(row);
    }
    return page;
}

Result<QStringList> ConsoleQueries::villages(const QString &regencyCode) const
{
    Result<QSqlQuery> q = m_db.query(QStringLiteral("SELECT DISTINCT village_code FROM request "
                                                    "WHERE village_code LIKE ? ORDER BY 1"),
                                     {regencyPattern(regencyCode)});
    if (!q) {
        return q.error();
    }
    QStringList codes;
    while (q->next()) {
        codes << q->value(0).toString();
    }
    return codes;
}

Result<std::optional<RequestDetail>> ConsoleQueries::request(const QString &regencyCode,
                                                             const QString &givenKey) const
{
    const QString key = sync::isUuid(givenKey) ? sync::canonicalUuid(givenKey) : givenKey;
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT r.id, r.key, r.village_code, r.kind, r.state, r.state_reason, "
                       "r.household_id, r.person_id, r.received_at, a.username, r.envelope, "
                       "r.conflict, d.history_rewritten_at FROM request r "
                       "LEFT JOIN account a ON a.id = r.account_id "
                       "LEFT JOIN device d ON d.device_id = r.device_id "
                       "WHERE r.key = ? AND r.village_code LIKE ?"),
        {key, regencyPattern(regencyCode)});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<RequestDetail>();
    }
    RequestDetail d;
    d.id = q->value(0).toLongLong();
    d.key = q->value(1).toString();
    d.villageCode = q->value(2).toString();
    d.kind = q->value(3).toString();
    d.state = q->value(4).toString();
    d.stateReason = q->value(5).toString();
    d.householdId = q->value(6).toString();
    d.personId = q->value(7).toString();
    d.receivedAt = q->value(8).toString();
    d.sentBy = q->value(9).toString();
    d.envelope = object(q->value(10));
    d.conflict = object(q->value(11));
    d.deviceHistoryRewritten = !q->value(12).isNull() && !q->value(12).toString().isEmpty();
    q->finish();
    Result<QSqlQuery> files = m_db.query(
        QStringLiteral("SELECT sha256, role FROM request_file WHERE request_id = ? ORDER BY role, "
                       "sha256"),
        {d.id});
    if (!files) {
        return files.error();
    }
    while (files->next()) {
        d.files.append({files->value(0).toString(), files->value(1).toString()});
    }
    Result<QSqlQuery> events = m_db.query(
        QStringLiteral("SELECT from_state, to_state, actor, reason, at FROM request_event WHERE "
                       "request_id = ? ORDER BY id"),
        {d.id});
    if (!events) {
        return events.error();
    }
    while (events->next()) {
        d.events.append({events->value(0).toString(), events->value(1).toString(),
                         events->value(2).toString(), events->value(3).toString(),
                         events->value(4).toString()});
    }
    return std::optional<RequestDetail>(std::move(d));
}

Result<HouseholdView> ConsoleQueries::household(const QString &householdId) const
{
    HouseholdView view;
    if (householdId.isEmpty()) {
        return view;
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT entity, data, id FROM record WHERE household_id = ? ORDER BY "
                       "entity, id"),
        {householdId});
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        QJsonObject data = object(q->value(1));
        data.insert(QStringLiteral("id"), q->value(2).toString());
        if (q->value(0).toString() == QLatin1String("household")) {
            view.household = data;
        } else {
            view.members.append(data);
        }
    }
    return view;
}

Result<std::optional<RequestFile>> ConsoleQueries::file(const QString &regencyCode,
                                                        const QString &givenKey,
                                                        const QString &sha256) const
{
    const QString key = sync::isUuid(givenKey) ? sync::canonicalUuid(givenKey) : givenKey;
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT f.sha256, f.role FROM request_file f JOIN request r ON "
                                  "r.id = f.request_id WHERE r.key = ? AND r.village_code LIKE ? "
                                  "AND f.sha256 = ?"),
                   {key, regencyPattern(regencyCode), sha256});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<RequestFile>();
    }
    return std::optional<RequestFile>(RequestFile{q->value(0).toString(), q->value(1).toString()});
}

Result<QList<RegencyMatch>> ConsoleQueries::sameNikElsewhere(const QString &regencyCode,
                                                             const RequestDetail &request) const
{
    QList<RegencyMatch> matches;
    const QStringList niks =
        niksOf(request.envelope.value(QLatin1String("payload")).toObject()).mid(0, kMaxMatches);
    for (const QString &nik : niks) {
        Result<QSqlQuery> people = m_db.query(
            QStringLiteral("SELECT village_code, household_id, id, data FROM record WHERE nik = ? "
                           "AND entity = 'person' AND village_code LIKE ? AND id <> ? ORDER BY id "
                           "LIMIT ?"),
            {nik, regencyPattern(regencyCode), request.personId, kMaxMatches});
        if (!people) {
            return people.error();
        }
        while (people->next() && matches.size() < kMaxMatches) {
            matches.append({people->value(0).toString(),
                            people->value(1).toString(),
                            people->value(2).toString(),
                            object(people->value(3)).value(QLatin1String("name")).toString(),
                            {}});
        }
        // The NIK is 16 digits (niksOf), so it is matched literally inside the envelope.
        Result<QSqlQuery> others = m_db.query(
            QStringLiteral("SELECT village_code, household_id, key FROM request WHERE village_code "
                           "LIKE ? AND key <> ? AND state <> 'rejected' AND envelope LIKE ? ORDER "
                           "BY id LIMIT ?"),
            {regencyPattern(regencyCode), request.key,
             QStringLiteral("%\"") + nik + QStringLiteral("\"%"), kMaxMatches});
        if (!others) {
            return others.error();
        }
        while (others->next() && matches.size() < kMaxMatches) {
            matches.append({others->value(0).toString(),
                            others->value(1).toString(),
                            {},
                            {},
                            others->value(2).toString()});
        }
    }
    return matches;
}

Result<bool> ConsoleQueries::householdExists(const QString &regencyCode,
                                             const QString &householdId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT 1 FROM request WHERE household_id = ? AND village_code LIKE ? "
                       "LIMIT 1"),
        {householdId, regencyPattern(regencyCode)});
    if (!q) {
        return q.error();
    }
    return q->next();
}

Result<QList<VillageSummary>> ConsoleQueries::summary(const QString &regencyCode,
                                                      const QDateTime &monthStart) const
{
    // The first decision of each request (from received), if any, beside its arrival.
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT r.village_code, r.state, r.received_at, "
                       "(SELECT min(e.at) FROM request_event e WHERE e.request_id = r.id AND "
                       "e.from_state = 'received'), r.kind FROM request r WHERE r.village_code "
                       "LIKE ? ORDER BY r.village_code"),
        {regencyPattern(regencyCode)});
    if (!q) {
        return q.error();
    }
    const QString since = storedTime(monthStart);
    QList<VillageSummary> list;
    double hours = 0;
    while (q->next()) {
        const QString village = q->value(0).toString();
        if (list.isEmpty() || list.last().villageCode != village) {
            if (!list.isEmpty() && list.last().decided > 0) {
                list.last().averageHours = hours / double(list.last().decided);
            }
            list.append({village, 0, 0, 0, 0, 0, -1});
            hours = 0;
        }
        VillageSummary &v = list.last();
        const QString state = q->value(1).toString();
        const QString received = q->value(2).toString();
        if (received >= since) {
            ++v.arrivedThisMonth;
        }
        v.waitingVerification += state == QLatin1String("received");
        // A verified verification result waits for nothing: it is never ratified.
        v.waitingRatification += state == QLatin1String("verified") &&
                                 q->value(4).toString() != QLatin1String("verification");
        v.waitingFinal += state == QLatin1String("ratified");
        if (!q->value(3).isNull()) {
            ++v.decided;
            hours +=
                double(parseStoredTime(received).secsTo(parseStoredTime(q->value(3).toString()))) /
                3600.0;
        }
    }
    if (!list.isEmpty() && list.last().decided > 0) {
        list.last().averageHours = hours / double(list.last().decided);
    }
    return list;
}

std::optional<std::pair<double, double>> ConsoleQueries::pointOf(const QJsonObject &envelope)
{
    for (const QJsonObject &where : {envelope.value(QLatin1String("visit"))
                                         .toObject()
                                         .value(QLatin1String("location"))
                                         .toObject(),
                                     envelope.value(QLatin1String("payload"))
                                         .toObject()
                                         .value(QLatin1String("location"))
                                         .toObject()}) {
        const QJsonValue lat = where.value(QLatin1String("latitude"));
        const QJsonValue lon = where.value(QLatin1String("longitude"));
        if (lat.isDouble() && lon.isDouble()) {
            return std::make_pair(lat.toDouble(), lon.toDouble());
        }
    }
    return std::nullopt;
}

Result<std::optional<VillageCentre>>
ConsoleQueries::villageCentre(const QString &villageCode, const QString &exceptHouseholdId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT household_id, envelope FROM request WHERE village_code = ? AND "
                       "household_id <> '' AND household_id <> ? ORDER BY id DESC LIMIT ?"),
        {villageCode, exceptHouseholdId, VillageCentre::kMaxRequests});
    if (!q) {
        return q.error();
    }
    QSet<QString> seen;
    QList<double> latitudes;
    QList<double> longitudes;
    while (q->next()) {
        const QString household = q->value(0).toString();
        if (seen.contains(household)) {
            continue; // its newest point is taken already
        }
        if (const auto point = pointOf(object(q->value(1)))) {
            seen.insert(household);
            latitudes.append(point->first);
            longitudes.append(point->second);
        }
    }
    if (latitudes.size() < VillageCentre::kMinHouseholds) {
        return std::optional<VillageCentre>();
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        const qsizetype n = values.size();
        return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    };
    return std::optional<VillageCentre>(
        VillageCentre{median(latitudes), median(longitudes), int(latitudes.size())});
}

} // namespace tepat::central::console
