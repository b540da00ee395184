#include "core/fieldwork/ResultsBundleWriter.h"

#include "core/backup/BackupKey.h"
#include "core/common/Clock.h"
#include "core/fieldwork/FieldAuditExport.h"
#include "core/fieldwork/FieldEnvelope.h"
#include "core/fieldwork/FieldKeys.h"
#include "core/fieldwork/FieldSeal.h"
#include "core/fieldwork/FieldVisits.h"
#include "core/files/AtomicFile.h"
#include "core/files/ContentStore.h"
#include "core/photos/HouseholdPhotos.h"
#include "core/questionnaire/QuestionnaireResponses.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QUuid>

namespace tepat {

namespace {

QJsonObject rowObject(const QSqlQuery &q)
{
    QJsonObject row;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        const QVariant value = q.value(i);
        row.insert(record.fieldName(i),
                   value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value));
    }
    return row;
}

} // namespace

ResultsBundleWriter::ResultsBundleWriter(const Database &db, const Clock &clock, QString filesRoot)
    : m_db(db)
    , m_clock(clock)
    , m_filesRoot(std::move(filesRoot))
{}

Result<BundleExportReport> ResultsBundleWriter::write(const Session &session,
                                                      const Request &request) const
{
    if (const Status allowed = session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    const FieldKeys keys(m_db, m_clock);
    const Result<FieldRole> role = keys.role();
    if (!role) {
        return role.error();
    }
    const Result<std::optional<SigningKeyPair>> identity = keys.identity();
    const Result<std::optional<VillageKey>> village = keys.villageKey();
    if (!identity || !village) {
        return !identity ? identity.error() : village.error();
    }
    if (*role != FieldRole::Laptop || !*identity || !*village) {
        return Error{QStringLiteral("fieldwork.not_a_laptop"),
                     tr("Berkas hasil kunjungan hanya dibuat di laptop lapangan yang sudah "
                        "menerima paket kerja.")};
    }
    const Result<BackupKey> key =
        BackupKey::fromStored(BackupKey::freshKdf(BackupKey::standardCost()), (*village)->key);
    if (!key) {
        return key.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    BundleExportReport report;
    report.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.file = request.outputPath;
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QString deviceHex = (*identity)->publicHex();
    FieldContents contents;

    QJsonArray visits;
    auto v = m_db.query(QStringLiteral("SELECT uuid, household_id, outcome, visited_on, notes, "
                                       "revision, recorded_by, updated_at FROM field_visit WHERE "
                                       "device_key = ? AND (? OR revision > bundled_revision) "
                                       "ORDER BY updated_at, uuid"),
                        {deviceHex, request.everything ? 1 : 0});
    if (!v) {
        return v.error();
    }
    while (v->next()) {
        QJsonObject visit = rowObject(*v);
        const Result<QList<VisitMember>> members =
            FieldVisits::membersOf(m_db, visit.value(QLatin1String("uuid")).toString());
        if (!members) {
            return members.error();
        }
        QJsonArray list;
        for (const VisitMember &m : *members) {
            list.append(QJsonObject{{QStringLiteral("member_key"), m.memberKey},
                                    {QStringLiteral("finding"), VisitVocabulary::code(m.finding)},
                                    {QStringLiteral("event_date"), m.date.toString(Qt::ISODate)},
                                    {QStringLiteral("place"), m.place},
                                    {QStringLiteral("person"), m.person}});
        }
        visit.insert(QStringLiteral("members"), list);
        visits.append(visit);
    }

    const HouseholdPhotos photos(m_db, m_clock, m_filesRoot);
    const ContentStore files(m_filesRoot);
    QJsonArray photoRows;
    auto p = m_db.query(
        QStringLiteral("SELECT id, household_id, sha256, view, captured_at, exif_latitude, "
                       "exif_longitude, source_sha256, source_name, width, height, added_by, "
                       "added_at FROM household_photo WHERE removed_at IS NULL AND (? OR "
                       "'photo:' || id NOT IN (SELECT item FROM field_item)) ORDER BY id"),
        {request.everything ? 1 : 0});
    if (!p) {
        return p.error();
    }
    QStringList photoItems;
    while (p->next()) {
        QJsonObject row = rowObject(*p);
        const QString sha = row.value(QLatin1String("sha256")).toString();
        Result<QByteArray> jpeg = files.read(sha);
        if (!jpeg) {
            return jpeg.error();
        }
        contents.files.append({sha, *jpeg});
        QFile thumbnail(photos.thumbnailPath(sha));
        if (thumbnail.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = thumbnail.readAll();
            const QString thumbSha = ContentStore::sha256Of(bytes);
            contents.files.append({thumbSha, bytes});
            row.insert(QStringLiteral("thumbnail_sha256"), thumbSha);
        }
        photoItems << QStringLiteral("photo:") +
                          row.value(QLatin1String("id")).toVariant().toString();
        photoRows.append(row);
    }

    QJsonArray locationRows;
    auto l = m_db.query(
        QStringLiteral("SELECT id, household_id, latitude, longitude, accuracy_m, recorded_at, "
                       "source, photo_sha256, warnings, recorded_by, saved_at FROM "
                       "household_location WHERE 'location:' || id NOT IN (SELECT item FROM "
                       "field_item WHERE ? = 0 OR bundle_id IN (SELECT id FROM field_package)) "
                       "ORDER BY id"),
        {request.everything ? 1 : 0});
    if (!l) {
        return l.error();
    }
    QStringList locationItems;
    while (l->next()) {
        QJsonObject row = rowObject(*l);
        locationItems << QStringLiteral("location:") +
                             row.value(QLatin1String("id")).toVariant().toString();
        locationRows.append(row);
    }

    // This laptop's own questionnaire answers (not the office's, which its package brought).
    QJsonArray answerRows;
    auto a = m_db.query(QStringLiteral("SELECT uuid FROM questionnaire_response WHERE device_key = "
                                       "? AND origin = 'field' AND (? OR revision > "
                                       "bundled_revision) ORDER BY updated_at, uuid"),
                        {deviceHex, request.everything ? 1 : 0});
    if (!a) {
        return a.error();
    }
    const QuestionnaireResponses responses(m_db, m_clock);
    while (a->next()) {
        const Result<std::optional<QuestionnaireResponse>> r =
            responses.byUuid(a->value(0).toString());
        if (!r) {
            return r.error();
        }
        if (*r) {
            answerRows.append(QuestionnaireResponses::toJson(**r));
        }
    }

    // Its audit entries since the last bundle (read before this export records its own).
    const Result<FieldAuditBatch> audit = FieldAuditExport(m_db).since(request.everything);
    if (!audit) {
        return audit.error();
    }

    report.visits = int(visits.size());
    report.auditEntries = int(audit->entries.size());
    report.answers = int(answerRows.size());
    report.photos = int(photoRows.size());
    report.locations = int(locationRows.size());
    const Result<QString> assignee = keys.assignee();
    contents.manifest = QJsonObject{{QStringLiteral("kind"), QStringLiteral("results_bundle")},
                                    {QStringLiteral("bundle_id"), report.bundleId},
                                    {QStringLiteral("village"), (*village)->villageCode},
                                    {QStringLiteral("device"), deviceHex},
                                    {QStringLiteral("assignee"), assignee ? *assignee : QString()},
                                    {QStringLiteral("created_at"), now},
                                    {QStringLiteral("created_by"), session.username()}};
    contents.body = QJsonObject{{QStringLiteral("visits"), visits},
                                {QStringLiteral("photos"), photoRows},
                                {QStringLiteral("locations"), locationRows},
                                {QStringLiteral("questionnaires"), answerRows},
                                {QStringLiteral("audit"), audit->entries}};

    if (auto q = m_db.query(QStringLiteral("UPDATE field_visit SET bundled_revision = revision "
                                           "WHERE device_key = ?"),
                            {deviceHex});
        !q) {
        return q.error();
    }
    if (auto q = m_db.query(QStringLiteral("UPDATE questionnaire_response SET bundled_revision = "
                                           "revision WHERE device_key = ? AND origin = 'field'"),
                            {deviceHex});
        !q) {
        return q.error();
    }
    for (const QString &item : photoItems + locationItems) {
        auto q = m_db.query(QStringLiteral("INSERT OR IGNORE INTO field_item (item, bundle_id, at) "
                                           "VALUES (?, ?, ?)"),
                            {item, report.bundleId, now});
        if (!q) {
            return q.error();
        }
    }
    const QJsonObject counts{{QStringLiteral("visits"), report.visits},
                             {QStringLiteral("photos"), report.photos},
                             {QStringLiteral("locations"), report.locations},
                             {QStringLiteral("answers"), report.answers},
                             {QStringLiteral("audit"), report.auditEntries}};
    QJsonObject bookkeeping = counts;
    bookkeeping.insert(FieldAuditExport::throughKey(), audit->through);
    if (auto q = m_db.query(
            QStringLiteral("INSERT INTO field_bundle (id, direction, device_key, created_at, "
                           "recorded_at, recorded_by, counts) VALUES (?, 'export', ?, ?, ?, ?, ?)"),
            {report.bundleId, deviceHex, now, now, session.username(),
             QString::fromUtf8(QJsonDocument(bookkeeping).toJson(QJsonDocument::Compact))});
        !q) {
        return q.error();
    }
    if (const auto recorded =
            AuditTrail(m_db, m_clock)
                .record(session.username(), QStringLiteral("fieldwork.bundle_export"),
                        QStringLiteral("field_bundle"), report.bundleId, counts);
        !recorded) {
        return recorded.error();
    }
    const Result<QByteArray> sealed = FieldSeal::seal(contents, *key);
    if (!sealed) {
        return sealed.error();
    }
    const QByteArray file = FieldEnvelope{FieldFileKind::ResultsBundle, (*village)->villageCode,
                                          (*identity)->publicKey, *sealed}
                                .write(**identity);
    if (const Status s = AtomicFile::write(request.outputPath, file); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        QFile::remove(request.outputPath);
        return s.error();
    }
    report.bytes = file.size();
    return report;
}

} // namespace tepat
