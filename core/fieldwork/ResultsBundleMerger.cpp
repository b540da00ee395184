#include "core/fieldwork/ResultsBundleMerger.h"

#include "core/backup/BackupKey.h"
#include "core/common/Clock.h"
#include "core/fieldwork/FieldAuditMerge.h"
#include "core/fieldwork/FieldKeys.h"
#include "core/fieldwork/FieldVisits.h"
#include "core/fieldwork/QuestionnaireMerge.h"
#include "core/fieldwork/VisitFindingDrafts.h"
#include "core/photos/HouseholdPhotos.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tepat {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QVariant number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QVariant(v.toDouble()) : QVariant(QMetaType::fromType<double>());
}

Visit visitFrom(const QJsonObject &o, const QString &deviceHex)
{
    Visit v;
    v.uuid = text(o, "uuid");
    v.householdId = text(o, "household_id");
    v.outcome =
        VisitVocabulary::outcomeFromCode(text(o, "outcome")).value_or(VisitOutcome::Visited);
    v.visitedOn = QDate::fromString(text(o, "visited_on"), Qt::ISODate);
    v.notes = text(o, "notes");
    v.revision = o.value(QLatin1String("revision")).toInt();
    v.recordedBy = text(o, "recorded_by");
    v.updatedAt = QDateTime::fromString(text(o, "updated_at"), Qt::ISODateWithMs);
    v.deviceKey = deviceHex;
    for (const QJsonValue &value : o.value(QLatin1String("members")).toArray()) {
        const QJsonObject m = value.toObject();
        v.members.append(VisitMember{
            text(m, "member_key"),
            VisitVocabulary::findingFromCode(text(m, "finding")).value_or(MemberFinding::Present),
            QDate::fromString(text(m, "event_date"), Qt::ISODate), text(m, "place"),
            m.value(QLatin1String("person")).toObject()});
    }
    return v;
}

} // namespace

ResultsBundleMerger::ResultsBundleMerger(const Database &db, const Clock &clock, QString filesRoot)
    : m_db(db)
    , m_clock(clock)
    , m_filesRoot(std::move(filesRoot))
{}

Result<BundleMergeReport> ResultsBundleMerger::merge(const Session &session,
                                                     const QString &bundlePath) const
{
    const Result<FieldEnvelope> envelope = FieldEnvelopeReader::readFile(bundlePath);
    if (!envelope) {
        return envelope.error();
    }
    return merge(session, *envelope);
}

Result<FieldContents> ResultsBundleMerger::open(const FieldEnvelope &envelope) const
{
    if (envelope.kind != FieldFileKind::ResultsBundle) {
        return Error{QStringLiteral("fieldwork.wrong_kind"),
                     tr("Berkas ini paket kerja untuk laptop, bukan berkas hasil kunjungan.")};
    }
    const FieldKeys keys(m_db, m_clock);
    const Result<FieldRole> role = keys.role();
    const Result<std::optional<VillageKey>> village = keys.villageKey();
    if (!role || !village) {
        return !role ? role.error() : village.error();
    }
    if (*role != FieldRole::Office || !*village) {
        return Error{QStringLiteral("fieldwork.not_office"),
                     tr("Berkas hasil kunjungan digabungkan di komputer kantor kelurahan yang "
                        "membuat paket kerjanya, bukan di berkas data ini.")};
    }
    if (envelope.villageCode != (*village)->villageCode) {
        return Error{QStringLiteral("fieldwork.foreign_village"),
                     tr("Berkas hasil ini dari kelurahan/desa %1, bukan kelurahan ini. Data "
                        "tidak diubah.")
                         .arg(envelope.villageCode)};
    }
    const Result<QString> assignee = keys.deviceAssignee(envelope.signerKey);
    if (!assignee) {
        return assignee.error();
    }
    if (assignee->isEmpty()) {
        return Error{QStringLiteral("fieldwork.foreign_signer"),
                     tr("Berkas hasil ini tidak ditandatangani oleh laptop yang menerima paket "
                        "kerja dari kantor ini. Data tidak diubah.")};
    }
    const QByteArray villageKey = (*village)->key;
    Result<FieldContents> contents = FieldSeal::open(envelope.sealed, [&](const BackupKdf &kdf) {
        return BackupKey::fromStored(kdf, villageKey);
    });
    if (!contents) {
        if (contents.error().code == QLatin1String("fieldwork.wrong_key")) {
            return Error{QStringLiteral("fieldwork.foreign_key"),
                         tr("Berkas hasil ini tidak dienkripsi dengan kunci kelurahan ini. Data "
                            "tidak diubah.")};
        }
        return contents.error();
    }
    const QJsonObject &m = contents->manifest;
    if (text(m, "kind") != QLatin1String("results_bundle") ||
        text(m, "village") != envelope.villageCode ||
        text(m, "device") != QString::fromLatin1(envelope.signerKey.toHex()) ||
        text(m, "bundle_id").isEmpty()) {
        return Error{QStringLiteral("fieldwork.forged"),
                     tr("Berkas hasil ini tidak asli: isinya tidak cocok dengan tanda tangannya. "
                        "Data tidak diubah.")};
    }
    return contents;
}

Result<BundleMergeReport> ResultsBundleMerger::merge(const Session &session,
                                                     const FieldEnvelope &envelope) const
{
    if (const Status allowed = session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    const Result<FieldContents> contents = open(envelope);
    if (!contents) {
        return contents.error();
    }
    const QJsonObject &m = contents->manifest;
    BundleMergeReport report;
    report.bundleId = text(m, "bundle_id");
    report.assignee = text(m, "assignee");
    report.createdBy = text(m, "created_by");
    const QString deviceHex = QString::fromLatin1(envelope.signerKey.toHex());

    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto seen = m_db.query(
        QStringLiteral("SELECT 1 FROM field_bundle WHERE id = ? AND direction = 'import'"),
        {report.bundleId});
    if (!seen) {
        return seen.error();
    }
    if (seen->next()) {
        // The same bundle again: nothing changes, not even the trail.
        const QJsonObject &b = contents->body;
        report.unchanged = int(b.value(QLatin1String("visits")).toArray().size() +
                               b.value(QLatin1String("photos")).toArray().size() +
                               b.value(QLatin1String("locations")).toArray().size() +
                               b.value(QLatin1String("questionnaires")).toArray().size());
        return report;
    }
    if (const Status s = mergeVisits(*contents, deviceHex, report.bundleId, report); !s) {
        return s.error();
    }
    if (const Status s = mergePhotos(*contents, report); !s) {
        return s.error();
    }
    if (const Status s = mergeLocations(*contents, deviceHex, report.bundleId, report); !s) {
        return s.error();
    }
    if (const Status s = QuestionnaireMerge(m_db, m_clock)
                             .merge(*contents, deviceHex, report.assignee, report.bundleId, report);
        !s) {
        return s.error();
    }
    const Result<int> audit =
        FieldAuditMerge(m_db, m_clock).merge(*contents, deviceHex, report.bundleId);
    if (!audit) {
        return audit.error();
    }
    report.auditEntries = *audit;
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QJsonObject counts{{QStringLiteral("visits"), report.visits},
                             {QStringLiteral("photos"), report.photos},
                             {QStringLiteral("locations"), report.locations},
                             {QStringLiteral("answers"), report.answers},
                             {QStringLiteral("drafts"), report.drafts},
                             {QStringLiteral("unchanged"), report.unchanged},
                             {QStringLiteral("conflicts"), report.conflicts},
                             {QStringLiteral("audit"), report.auditEntries}};
    if (auto q = m_db.query(
            QStringLiteral("INSERT INTO field_bundle (id, direction, device_key, created_at, "
                           "recorded_at, recorded_by, counts) VALUES (?, 'import', ?, ?, ?, ?, ?)"),
            {report.bundleId, deviceHex, text(m, "created_at"), now, session.username(),
             QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))});
        !q) {
        return q.error();
    }
    QJsonObject details = counts;
    details.insert(QStringLiteral("assignee"), report.assignee);
    if (const auto recorded =
            AuditTrail(m_db, m_clock)
                .record(session.username(), QStringLiteral("fieldwork.bundle_merge"),
                        QStringLiteral("field_bundle"), report.bundleId, details);
        !recorded) {
        return recorded.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return report;
}

Status ResultsBundleMerger::mergeVisits(const FieldContents &contents, const QString &deviceHex,
                                        const QString &bundleId, BundleMergeReport &report) const
{
    const VisitFindingDrafts drafts(m_db, m_clock);
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    for (const QJsonValue &value : contents.body.value(QLatin1String("visits")).toArray()) {
        const Visit visit = visitFrom(value.toObject(), deviceHex);
        if (visit.uuid.isEmpty() || visit.revision < 1 || !visit.visitedOn.isValid()) {
            return Error{QStringLiteral("fieldwork.damaged"),
                         tr("Berkas hasil berisi kunjungan yang tidak lengkap. Buat berkas hasil "
                            "baru di laptop.")};
        }
        auto existing = m_db.query(
            QStringLiteral("SELECT revision FROM field_visit WHERE uuid = ?"), {visit.uuid});
        if (!existing) {
            return existing.error();
        }
        const bool known = existing->next();
        if (known && existing->value(0).toInt() >= visit.revision) {
            ++report.unchanged; // the same or an older revision
            continue;
        }
        const QVariantList values{VisitVocabulary::code(visit.outcome),
                                  visit.visitedOn.toString(Qt::ISODate),
                                  visit.notes,
                                  visit.revision,
                                  visit.recordedBy,
                                  visit.updatedAt.toString(Qt::ISODateWithMs),
                                  now,
                                  visit.uuid};
        auto q = known ? m_db.query(QStringLiteral("UPDATE field_visit SET outcome = ?, "
                                                   "visited_on = ?, notes = ?, revision = ?, "
                                                   "recorded_by = ?, updated_at = ?, merged_at = "
                                                   "? WHERE uuid = ?"),
                                    values)
                       : m_db.query(QStringLiteral("INSERT INTO field_visit (outcome, visited_on, "
                                                   "notes, revision, recorded_by, updated_at, "
                                                   "merged_at, uuid, household_id, device_key) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                    values + QVariantList{visit.householdId, deviceHex});
        if (!q) {
            return q.error();
        }
        if (const Status s = FieldVisits::writeMembers(m_db, visit.uuid, visit.members); !s) {
            return s;
        }
        ++report.visits;
        if (const Status s = drafts.draft(visit, bundleId, report); !s) {
            return s;
        }
    }
    return {};
}

Status ResultsBundleMerger::mergePhotos(const FieldContents &contents,
                                        BundleMergeReport &report) const
{
    QHash<QString, QByteArray> files;
    for (const auto &[sha, bytes] : contents.files) {
        files.insert(sha, bytes);
    }
    const HouseholdPhotos photos(m_db, m_clock, m_filesRoot);
    for (const QJsonValue &value : contents.body.value(QLatin1String("photos")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString sha = text(o, "sha256");
        if (!files.contains(sha)) {
            return Error{QStringLiteral("fieldwork.damaged"),
                         tr("Berkas hasil tidak memuat salah satu fotonya. Buat berkas hasil "
                            "baru di laptop.")};
        }
        NormalizedPhoto photo;
        photo.jpeg = files.value(sha);
        photo.thumbnailJpeg = files.value(text(o, "thumbnail_sha256"));
        photo.size = QSize(o.value(QLatin1String("width")).toInt(),
                           o.value(QLatin1String("height")).toInt());
        photo.sourceSha256 = text(o, "source_sha256");
        photo.sourceName = text(o, "source_name");
        photo.exif.capturedAt = QDateTime::fromString(text(o, "captured_at"), Qt::ISODateWithMs);
        if (o.value(QLatin1String("exif_latitude")).isDouble()) {
            photo.exif.gps = GeoPoint{o.value(QLatin1String("exif_latitude")).toDouble(),
                                      o.value(QLatin1String("exif_longitude")).toDouble()};
        }
        const PhotoView view = PhotoViews::fromCode(text(o, "view")).value_or(PhotoView::Other);
        // Attached as the field worker who took it (whose role may add photos).
        const Session fieldWorker(
            Actor{text(o, "added_by"), text(o, "added_by"), Role::FieldStaff});
        const Result<AttachedPhoto> attached =
            photos.attach(text(o, "household_id"), photo, view, fieldWorker);
        if (!attached) {
            return attached.error();
        }
        ++(attached->alreadyAttached ? report.unchanged : report.photos);
    }
    return {};
}

Status ResultsBundleMerger::mergeLocations(const FieldContents &contents, const QString &deviceHex,
                                           const QString &bundleId, BundleMergeReport &report) const
{
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    for (const QJsonValue &value : contents.body.value(QLatin1String("locations")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString household = text(o, "household_id");
        const QString item =
            QStringLiteral("location:%1:%2")
                .arg(deviceHex, o.value(QLatin1String("id")).toVariant().toString());
        auto seen = m_db.query(QStringLiteral("SELECT 1 FROM field_item WHERE item = ?"), {item});
        if (!seen) {
            return seen.error();
        }
        if (seen->next()) {
            ++report.unchanged;
            continue;
        }
        // Did the office record a point of its own since this laptop's base: the package that
        // assigned the household, or the laptop's own point the office took since?
        auto office = m_db.query(
            QStringLiteral("SELECT l.latitude, l.longitude, l.accuracy_m, l.recorded_by FROM "
                           "household_location l WHERE l.household_id = ? AND l.id > (SELECT "
                           "COALESCE(MAX(a.base_location_id), 0) FROM field_assignment a JOIN "
                           "field_package p ON p.id = a.package_id WHERE a.household_id = ? AND "
                           "p.device_key = ?) ORDER BY l.id DESC LIMIT 1"),
            {household, household, deviceHex});
        if (!office) {
            return office.error();
        }
        if (office->next()) {
            const QJsonObject officePoint{
                {QStringLiteral("latitude"), office->value(0).toDouble()},
                {QStringLiteral("longitude"), office->value(1).toDouble()},
                {QStringLiteral("accuracy_m"), QJsonValue::fromVariant(office->value(2))},
                {QStringLiteral("recorded_by"), office->value(3).toString()}};
            auto conflict = m_db.query(
                QStringLiteral("INSERT OR IGNORE INTO field_conflict (bundle_id, visit_uuid, "
                               "household_id, subject, office_value, field_value, recorded_at) "
                               "VALUES (?, ?, ?, 'location', ?, ?, ?)"),
                {bundleId, item, household,
                 QString::fromUtf8(QJsonDocument(officePoint).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), now});
            if (!conflict) {
                return conflict.error();
            }
            ++report.conflicts;
        } else {
            if (const Status s = writeFieldPoint(m_db, o, deviceHex); !s) {
                return s;
            }
            ++report.locations;
        }
        auto mark = m_db.query(
            QStringLiteral("INSERT INTO field_item (item, bundle_id, at) VALUES (?, ?, ?)"),
            {item, bundleId, now});
        if (!mark) {
            return mark.error();
        }
    }
    return {};
}

Status ResultsBundleMerger::writeFieldPoint(const Database &db, const QJsonObject &o,
                                            const QString &deviceHex)
{
    auto q = db.query(
        QStringLiteral("INSERT INTO household_location (household_id, latitude, longitude, "
                       "accuracy_m, recorded_at, source, photo_sha256, warnings, recorded_by, "
                       "saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {text(o, "household_id"), number(o, "latitude"), number(o, "longitude"),
         number(o, "accuracy_m"), text(o, "recorded_at"), text(o, "source"),
         Database::nullIfEmpty(text(o, "photo_sha256")),
         text(o, "warnings").isEmpty() ? QStringLiteral("[]") : text(o, "warnings"),
         text(o, "recorded_by"), text(o, "saved_at")});
    if (!q) {
        return q.error();
    }
    // The laptop knows this point: it is the base its next points are compared with.
    auto base = db.query(
        QStringLiteral("UPDATE field_assignment SET base_location_id = ? WHERE household_id = ? "
                       "AND package_id IN (SELECT id FROM field_package WHERE device_key = ? AND "
                       "direction = 'export')"),
        {q->lastInsertId(), text(o, "household_id"), deviceHex});
    if (!base) {
        return base.error();
    }
    return {};
}

} // namespace tepat
