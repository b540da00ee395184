#include "core/location/HouseholdLocations.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace tepat {

namespace {

// Columns: household id, row id, latitude, longitude, accuracy, recorded at, source,
// photo, warnings, recorded by, saved at.
const char *const pointColumns =
    "l.household_id, l.id, l.latitude, l.longitude, l.accuracy_m, l.recorded_at, l.source, "
    "l.photo_sha256, l.warnings, l.recorded_by, l.saved_at";

QVariant nullableDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

HouseholdPoint readPoint(const QSqlQuery &q)
{
    HouseholdPoint p;
    p.householdId = q.value(0).toString();
    p.id = q.value(1).toLongLong();
    p.fix.point = {q.value(2).toDouble(), q.value(3).toDouble()};
    if (!q.value(4).isNull()) {
        p.fix.accuracyMetres = q.value(4).toDouble();
    }
    p.fix.time = parseStoredTime(q.value(5).toString());
    p.fix.source = Geo::sourceFromCode(q.value(6).toString()).value_or(LocationSource::Register);
    p.fix.photoSha256 = q.value(7).toString();
    const QJsonArray warnings = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
    for (const QJsonValue &w : warnings) {
        p.warnings << w.toObject().value(QLatin1String("message")).toString();
    }
    p.recordedBy = q.value(9).toString();
    p.savedAt = parseStoredTime(q.value(10).toString());
    return p;
}

} // namespace

LocationThresholds LocationThresholds::load(const Database &db)
{
    LocationThresholds t;
    bool ok = false;
    const double accuracy = db.setting(accuracyKey).toDouble(&ok);
    if (ok && accuracy > 0) {
        t.maxAccuracyMetres = accuracy;
    }
    const double distance = db.setting(distanceKey).toDouble(&ok);
    if (ok && distance > 0) {
        t.maxDistanceKm = distance;
    }
    return t;
}

Status LocationThresholds::save(const Database &db, const Session &session) const
{
    if (const Status allowed = HouseholdLocations::permitted(session); !allowed) {
        return allowed;
    }
    Q_ASSERT(maxAccuracyMetres > 0 && maxDistanceKm > 0);
    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (Status s = db.setSetting(accuracyKey, QString::number(maxAccuracyMetres)); !s) {
        return s;
    }
    if (Status s = db.setSetting(distanceKey, QString::number(maxDistanceKm)); !s) {
        return s;
    }
    return tx.commit();
}

HouseholdLocations::HouseholdLocations(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QList<HouseholdPoint>> HouseholdLocations::history(const QString &householdId) const
{
    QList<HouseholdPoint> points;
    Result<QSqlQuery> q = m_db.query(QStringLiteral("SELECT %1 FROM household_location l "
                                                    "WHERE l.household_id = ? ORDER BY l.id DESC")
                                         .arg(QLatin1String(pointColumns)),
                                     {householdId});
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        points << readPoint(*q);
    }
    Result<QSqlQuery> reg = m_db.query(
        QStringLiteral("SELECT latitude, longitude FROM household WHERE id = ? AND latitude IS "
                       "NOT NULL AND longitude IS NOT NULL"),
        {householdId});
    if (!reg) {
        return reg.error();
    }
    if (reg->next()) {
        HouseholdPoint p;
        p.householdId = householdId;
        p.fix.point = {reg->value(0).toDouble(), reg->value(1).toDouble()};
        p.fix.source = LocationSource::Register;
        points << p;
    }
    return points;
}

Result<std::optional<HouseholdPoint>> HouseholdLocations::current(const QString &householdId) const
{
    Result<QList<HouseholdPoint>> all = history(householdId);
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return std::optional<HouseholdPoint>();
    }
    return std::optional<HouseholdPoint>(all->first());
}

QString HouseholdLocations::villageOf(const QString &householdId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT village_code FROM household WHERE id = ?"), {householdId});
    if (q && q->next()) {
        return q->value(0).toString();
    }
    return m_db.setting(QStringLiteral("village_code"));
}

Result<QList<HouseholdPoint>> HouseholdLocations::villagePoints(const QString &villageCode) const
{
    const bool installationVillage = villageCode == m_db.setting(QStringLiteral("village_code"));
    // Households of the replica: the latest local point, else the register's. Then proposed
    // families (not in the replica) when this is the installation's own village.
    const QString sql = QStringLiteral(
        "WITH latest AS (SELECT household_id, MAX(id) AS id FROM household_location "
        "                GROUP BY household_id) "
        "SELECT h.id, l.id, COALESCE(l.latitude, h.latitude), COALESCE(l.longitude, h.longitude), "
        "       l.accuracy_m, l.recorded_at, COALESCE(l.source, 'register'), l.photo_sha256, "
        "       COALESCE(l.warnings, '[]'), l.recorded_by, l.saved_at "
        "FROM household h "
        "LEFT JOIN latest ON latest.household_id = h.id "
        "LEFT JOIN household_location l ON l.id = latest.id "
        "WHERE h.village_code = ? "
        "  AND (l.id IS NOT NULL OR (h.latitude IS NOT NULL AND h.longitude IS NOT NULL)) "
        "UNION ALL "
        "SELECT %1 FROM latest JOIN household_location l ON l.id = latest.id "
        "WHERE ? AND NOT EXISTS (SELECT 1 FROM household h WHERE h.id = l.household_id) "
        "ORDER BY 1");
    Result<QSqlQuery> q =
        m_db.query(sql.arg(QLatin1String(pointColumns)), {villageCode, int(installationVillage)});
    if (!q) {
        return q.error();
    }
    QList<HouseholdPoint> points;
    while (q->next()) {
        points << readPoint(*q);
    }
    return points;
}

Result<Findings> HouseholdLocations::check(const QString &householdId, const LocationFix &fix) const
{
    Findings findings;
    if (!fix.point.isValid()) {
        findings << Finding{Severity::Error, QStringLiteral("location.invalid"),
                            tr("Koordinat tidak mungkin: lintang harus -90 sampai 90 dan bujur "
                               "-180 sampai 180 derajat.")};
        return findings;
    }
    if (fix.accuracyMetres && (!std::isfinite(*fix.accuracyMetres) || *fix.accuracyMetres < 0)) {
        findings << Finding{Severity::Error, QStringLiteral("location.accuracy_invalid"),
                            tr("Akurasi harus angka meter yang tidak negatif.")};
        return findings;
    }
    const LocationThresholds limits = LocationThresholds::load(m_db);
    const QLocale locale = Language::locale();
    if (!fix.accuracyMetres) {
        findings << Finding{Severity::Warning, QStringLiteral("location.accuracy_unknown"),
                            tr("Akurasi titik ini tidak diketahui.")};
    } else if (*fix.accuracyMetres > limits.maxAccuracyMetres) {
        findings << Finding{
            Severity::Warning, QStringLiteral("location.accuracy"),
            tr("Akurasi %1 m lebih buruk dari batas %2 m. Sebaiknya rekam ulang di tempat terbuka, "
               "jauh dari atap dan dinding tinggi.")
                .arg(locale.toString(*fix.accuracyMetres, 'f', 1),
                     locale.toString(limits.maxAccuracyMetres))};
    }
    if (!Geo::insideIndonesia(fix.point)) {
        findings << Finding{Severity::Warning, QStringLiteral("location.outside_indonesia"),
                            tr("Titik ini di luar wilayah Indonesia. Periksa tanda minus (lintang "
                               "selatan) dan urutan lintang–bujur.")};
    }
    Result<QList<HouseholdPoint>> others = villagePoints(villageOf(householdId));
    if (!others) {
        return others.error();
    }
    std::optional<double> nearest;
    for (const HouseholdPoint &other : *others) {
        if (other.householdId != householdId) {
            const double d = Geo::distanceMetres(fix.point, other.fix.point);
            nearest = nearest ? std::min(*nearest, d) : d;
        }
    }
    if (nearest && *nearest > limits.maxDistanceKm * 1000.0) {
        findings << Finding{Severity::Warning, QStringLiteral("location.far"),
                            tr("Titik ini %1 dari keluarga terdekat di kelurahan/desa ini (batas "
                               "%2). Periksa lagi koordinatnya.")
                                .arg(Geo::distanceText(*nearest),
                                     Geo::distanceText(limits.maxDistanceKm * 1000.0))};
    }
    return findings;
}

Status HouseholdLocations::permitted(const Session &session)
{
    return session.require(Permission::Draft);
}

Result<HouseholdPoint> HouseholdLocations::record(const QString &householdId,
                                                  const LocationFix &fix,
                                                  const Session &session) const
{
    if (const Status allowed = permitted(session); !allowed) {
        return allowed.error();
    }
    const QString &actor = session.username();
    Q_ASSERT(fix.source != LocationSource::Register);
    if (householdId.trimmed().isEmpty()) {
        return Error{QStringLiteral("location.no_household"), tr("Keluarga belum dipilih.")};
    }
    const Result<Findings> findings = check(householdId, fix);
    if (!findings) {
        return findings.error();
    }
    QJsonArray warnings;
    QStringList warningMessages;
    for (const Finding &f : *findings) {
        if (f.severity == Severity::Error) {
            return Error{f.code, f.message};
        }
        warnings.append(
            QJsonObject{{QStringLiteral("code"), f.code}, {QStringLiteral("message"), f.message}});
        warningMessages << f.message;
    }

    const QDateTime savedAt = m_clock.now();
    const QDateTime fixTime = fix.time.isValid() ? fix.time : savedAt;
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> inserted = m_db.query(
        QStringLiteral("INSERT INTO household_location(household_id, latitude, longitude, "
                       "accuracy_m, recorded_at, source, photo_sha256, warnings, recorded_by, "
                       "saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {householdId, fix.point.latitude, fix.point.longitude, nullableDouble(fix.accuracyMetres),
         storedTime(fixTime), Geo::sourceCode(fix.source),
         fix.photoSha256.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                   : QVariant(fix.photoSha256),
         QString::fromUtf8(QJsonDocument(warnings).toJson(QJsonDocument::Compact)), actor,
         storedTime(savedAt)});
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = inserted->lastInsertId().toLongLong();
    QJsonArray warningCodes;
    for (const QJsonValue &w : warnings) {
        warningCodes.append(w.toObject().value(QLatin1String("code")));
    }
    QJsonObject details{{QStringLiteral("location_id"), id},
                        {QStringLiteral("source"), Geo::sourceCode(fix.source)},
                        {QStringLiteral("warnings"), warningCodes}};
    if (fix.accuracyMetres) {
        details.insert(QStringLiteral("accuracy_m"), *fix.accuracyMetres);
    }
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("location.record"), QStringLiteral("household"),
                    householdId, details);
    if (!audited) {
        return audited.error();
    }
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    HouseholdPoint point;
    point.id = id;
    point.householdId = householdId;
    point.fix = fix;
    point.fix.time = parseStoredTime(storedTime(fixTime));
    point.recordedBy = actor;
    point.savedAt = parseStoredTime(storedTime(savedAt));
    point.warnings = warningMessages;
    return point;
}

} // namespace tepat
