#include "core/photos/HouseholdPhotos.h"

#include "core/common/Clock.h"
#include "core/files/AtomicFile.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace tepat {

namespace {

const char *const photoColumns =
    "id, household_id, sha256, view, captured_at, exif_latitude, exif_longitude, source_name, "
    "width, height, added_by, added_at";

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

HouseholdPhoto readPhoto(const QSqlQuery &q)
{
    HouseholdPhoto p;
    p.id = q.value(0).toLongLong();
    p.householdId = q.value(1).toString();
    p.sha256 = q.value(2).toString();
    p.view = PhotoViews::fromCode(q.value(3).toString()).value_or(PhotoView::Other);
    p.capturedAt = parseStoredTime(q.value(4).toString());
    if (!q.value(5).isNull() && !q.value(6).isNull()) {
        p.exifPoint = GeoPoint{q.value(5).toDouble(), q.value(6).toDouble()};
    }
    p.sourceName = q.value(7).toString();
    p.size = QSize(q.value(8).toInt(), q.value(9).toInt());
    p.addedBy = q.value(10).toString();
    p.addedAt = parseStoredTime(q.value(11).toString());
    return p;
}

} // namespace

HouseholdPhotos::HouseholdPhotos(const Database &db, const Clock &clock, QString filesRoot)
    : m_db(db)
    , m_clock(clock)
    , m_files(std::move(filesRoot))
{}

Status HouseholdPhotos::permitted(const Session &session)
{
    return session.require(Permission::Draft);
}

Result<AttachedPhoto> HouseholdPhotos::attachFile(const QString &householdId, const QString &path,
                                                  PhotoView view, const Session &session,
                                                  const PhotoLimits &limits) const
{
    if (const Status allowed = permitted(session); !allowed) {
        return allowed.error();
    }
    Result<QByteArray> original = PhotoNormalizer::readFile(path, limits);
    if (!original) {
        return original.error();
    }
    const QString sourceName = PhotoNormalizer::maskedFileName(QFileInfo(path).fileName());
    Result<std::optional<AttachedPhoto>> known = attachKnownSource(
        householdId, ContentStore::sha256Of(*original), sourceName, view, session);
    if (!known) {
        return known.error();
    }
    if (known->has_value()) {
        return **known;
    }
    Result<NormalizedPhoto> photo = PhotoNormalizer::normalize(*original, limits);
    if (!photo) {
        return photo.error();
    }
    photo->sourceName = sourceName;
    return attach(householdId, *photo, view, session);
}

Result<AttachedPhoto> HouseholdPhotos::attach(const QString &householdId,
                                              const NormalizedPhoto &photo, PhotoView view,
                                              const Session &session) const
{
    if (const Status allowed = permitted(session); !allowed) {
        return allowed.error();
    }
    const QString &actor = session.username();
    Q_ASSERT(!photo.jpeg.isEmpty());
    const QString sha = ContentStore::sha256Of(photo.jpeg);
    const bool fileExisted = m_files.contains(sha);
    Result<QString> stored = m_files.put(photo.jpeg);
    if (!stored) {
        return stored.error();
    }
    Record record{
        sha,        photo.sourceSha256, photo.sourceName, photo.exif.capturedAt, photo.exif.gps,
        photo.size, photo.jpeg.size()};
    Result<AttachedPhoto> attached = insert(householdId, record, view, actor);
    if (!attached) {
        if (!fileExisted) {
            QFile::remove(m_files.pathOf(sha)); // nothing half-stored
        }
        return attached.error();
    }
    if (!QFileInfo::exists(thumbnailFile(sha))) {
        // A cache: when it cannot be written now, thumbnailPath() makes it later.
        (void)AtomicFile::write(thumbnailFile(sha), photo.thumbnailJpeg);
    }
    return attached;
}

Result<std::optional<AttachedPhoto>>
HouseholdPhotos::attachKnownSource(const QString &householdId, const QString &sourceSha256,
                                   const QString &sourceName, PhotoView view,
                                   const Session &session) const
{
    if (const Status allowed = permitted(session); !allowed) {
        return allowed.error();
    }
    const QString &actor = session.username();
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT sha256, captured_at, exif_latitude, exif_longitude, width, height "
                       "FROM household_photo WHERE source_sha256 = ? ORDER BY id LIMIT 1"),
        {sourceSha256});
    if (!q) {
        return q.error();
    }
    if (!q->next() || !m_files.contains(q->value(0).toString())) {
        return std::optional<AttachedPhoto>();
    }
    Record record;
    record.sha256 = q->value(0).toString();
    record.sourceSha256 = sourceSha256;
    record.sourceName = sourceName;
    record.capturedAt = parseStoredTime(q->value(1).toString());
    if (!q->value(2).isNull() && !q->value(3).isNull()) {
        record.exifPoint = GeoPoint{q->value(2).toDouble(), q->value(3).toDouble()};
    }
    record.size = QSize(q->value(4).toInt(), q->value(5).toInt());
    record.byteSize = QFileInfo(m_files.pathOf(record.sha256)).size();
    Result<AttachedPhoto> attached = insert(householdId, record, view, actor);
    if (!attached) {
        return attached.error();
    }
    return std::optional<AttachedPhoto>(*attached);
}

Result<QSet<QString>> HouseholdPhotos::knownSources() const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT DISTINCT source_sha256 FROM household_photo"));
    if (!q) {
        return q.error();
    }
    QSet<QString> sources;
    while (q->next()) {
        sources.insert(q->value(0).toString());
    }
    return sources;
}

Result<AttachedPhoto> HouseholdPhotos::insert(const QString &householdId, const Record &record,
                                              PhotoView view, const QString &actor) const
{
    if (householdId.trimmed().isEmpty()) {
        return Error{QStringLiteral("photo.no_household"), tr("Keluarga belum dipilih.")};
    }
    Result<std::optional<HouseholdPhoto>> existing =
        find(QStringLiteral("household_id = ? AND sha256 = ? AND removed_at IS NULL"),
             {householdId, record.sha256});
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return AttachedPhoto{**existing, true};
    }

    const QString now = storedTime(m_clock.now());
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> attachment = m_db.query(
        QStringLiteral("INSERT INTO attachment(sha256, kind, mime, byte_size, created_at, "
                       "created_by) VALUES (?, 'house_photo', 'image/jpeg', ?, ?, ?) "
                       "ON CONFLICT(sha256) DO NOTHING"),
        {record.sha256, record.byteSize, now, actor});
    if (!attachment) {
        return attachment.error();
    }
    Result<QSqlQuery> row = m_db.query(
        QStringLiteral("INSERT INTO household_photo(household_id, sha256, source_sha256, view, "
                       "captured_at, exif_latitude, exif_longitude, source_name, width, height, "
                       "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {householdId, record.sha256, record.sourceSha256, PhotoViews::code(view),
         nullable(record.capturedAt.isValid() ? storedTime(record.capturedAt) : QString()),
         nullable(record.exifPoint ? std::optional(record.exifPoint->latitude) : std::nullopt),
         nullable(record.exifPoint ? std::optional(record.exifPoint->longitude) : std::nullopt),
         record.sourceName, record.size.width(), record.size.height(), actor, now});
    if (!row) {
        return row.error();
    }
    const qint64 id = row->lastInsertId().toLongLong();
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("photo.attach"), QStringLiteral("household"), householdId,
                    {{QStringLiteral("photo_id"), id},
                     {QStringLiteral("sha256"), record.sha256},
                     {QStringLiteral("view"), PhotoViews::code(view)}});
    if (!audited) {
        return audited.error();
    }
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    Result<std::optional<HouseholdPhoto>> created = find(QStringLiteral("id = ?"), {id});
    if (!created) {
        return created.error();
    }
    Q_ASSERT(created->has_value());
    return AttachedPhoto{**created, false};
}

Result<std::optional<HouseholdPhoto>> HouseholdPhotos::find(const QString &where,
                                                            const QVariantList &values) const
{
    Result<QSqlQuery> q = m_db.query(QStringLiteral("SELECT %1 FROM household_photo WHERE %2")
                                         .arg(QLatin1String(photoColumns), where),
                                     values);
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<HouseholdPhoto>();
    }
    return std::optional<HouseholdPhoto>(readPhoto(*q));
}

Result<QList<HouseholdPhoto>> HouseholdPhotos::photos(const QString &householdId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT %1 FROM household_photo WHERE household_id = ? AND removed_at IS "
                       "NULL ORDER BY view = 'front' DESC, COALESCE(captured_at, added_at), id")
            .arg(QLatin1String(photoColumns)),
        {householdId});
    if (!q) {
        return q.error();
    }
    QList<HouseholdPhoto> list;
    while (q->next()) {
        list << readPhoto(*q);
    }
    return list;
}

Result<bool> HouseholdPhotos::hasFrontView(const QString &householdId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT EXISTS(SELECT 1 FROM household_photo WHERE household_id = ? AND "
                       "view = 'front' AND removed_at IS NULL)"),
        {householdId});
    if (!q) {
        return q.error();
    }
    return q->next() && q->value(0).toBool();
}

Result<QStringList> HouseholdPhotos::householdsSharingPhotos(const QString &householdId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT DISTINCT other.household_id FROM household_photo mine "
                       "JOIN household_photo other ON (other.sha256 = mine.sha256 "
                       "OR other.source_sha256 = mine.source_sha256) "
                       "AND other.household_id <> mine.household_id AND other.removed_at IS NULL "
                       "WHERE mine.household_id = ? AND mine.removed_at IS NULL ORDER BY 1"),
        {householdId});
    if (!q) {
        return q.error();
    }
    QStringList households;
    while (q->next()) {
        households << q->value(0).toString();
    }
    return households;
}

Status HouseholdPhotos::setView(qint64 photoId, PhotoView view, const Session &session) const
{
    if (const Status allowed = permitted(session); !allowed) {
        return allowed;
    }
    const QString &actor = session.username();
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    Result<std::optional<HouseholdPhoto>> photo =
        find(QStringLiteral("id = ? AND removed_at IS NULL"), {photoId});
    if (!photo) {
        return photo.error();
    }
    if (!photo->has_value()) {
        return Error{QStringLiteral("photo.not_found"), tr("Foto ini tidak ada lagi.")};
    }
    if ((*photo)->view == view) {
        return {};
    }
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("UPDATE household_photo SET view = ? WHERE id = ?"),
                   {PhotoViews::code(view), photoId});
    if (!q) {
        return q.error();
    }
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("photo.view"), QStringLiteral("household"),
                    (*photo)->householdId,
                    {{QStringLiteral("photo_id"), photoId},
                     {QStringLiteral("from"), PhotoViews::code((*photo)->view)},
                     {QStringLiteral("to"), PhotoViews::code(view)}});
    if (!audited) {
        return audited.error();
    }
    return tx.commit();
}

Status HouseholdPhotos::detach(qint64 photoId, const QString &reason, const Session &session) const
{
    if (const Status allowed = permitted(session); !allowed) {
        return allowed;
    }
    const QString &actor = session.username();
    if (reason.trimmed().isEmpty()) {
        return Error{QStringLiteral("photo.reason_required"),
                     tr("Tulis alasan foto ini dilepas dari keluarga.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    Result<std::optional<HouseholdPhoto>> photo =
        find(QStringLiteral("id = ? AND removed_at IS NULL"), {photoId});
    if (!photo) {
        return photo.error();
    }
    if (!photo->has_value()) {
        return Error{QStringLiteral("photo.not_found"), tr("Foto ini tidak ada lagi.")};
    }
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("UPDATE household_photo SET removed_at = ?, removed_by = ?, "
                                  "removed_reason = ? WHERE id = ?"),
                   {storedTime(m_clock.now()), actor, reason.trimmed(), photoId});
    if (!q) {
        return q.error();
    }
    // The reason is free text and stays in the row; the audit entry names the photo only.
    const Result<AuditEntry> audited =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("photo.detach"), QStringLiteral("household"),
                    (*photo)->householdId,
                    {{QStringLiteral("photo_id"), photoId},
                     {QStringLiteral("sha256"), (*photo)->sha256}});
    if (!audited) {
        return audited.error();
    }
    return tx.commit();
}

QString HouseholdPhotos::thumbnailFile(const QString &sha256) const
{
    return m_files.root() + QStringLiteral("/cache/thumbnails/") + sha256 + QStringLiteral(".jpg");
}

QString HouseholdPhotos::thumbnailPath(const QString &sha256) const
{
    const QString path = thumbnailFile(sha256);
    if (QFileInfo::exists(path)) {
        return path;
    }
    Result<QByteArray> bytes = m_files.read(sha256);
    if (!bytes) {
        return {};
    }
    Result<QByteArray> thumbnail = PhotoNormalizer::thumbnail(*bytes);
    if (!thumbnail) {
        return {};
    }
    return AtomicFile::write(path, *thumbnail) ? path : QString();
}

} // namespace tepat
