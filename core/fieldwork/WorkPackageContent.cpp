#include "core/fieldwork/WorkPackageContent.h"

#include "core/files/ContentStore.h"
#include "core/location/HouseholdLocations.h"
#include "core/photos/HouseholdPhotos.h"
#include "core/questionnaire/QuestionnaireResponses.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSqlRecord>

namespace tepat {

namespace {

// One row as a JSON object, column names as keys; SQL NULL stays null.
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

WorkPackageContent::WorkPackageContent(const Database &db, const Clock &clock, QString filesRoot)
    : m_db(db)
    , m_clock(clock)
    , m_filesRoot(std::move(filesRoot))
{}

Result<FieldContents> WorkPackageContent::collect(const QStringList &householdIds,
                                                  const QString &village)
{
    FieldContents contents;
    auto villageRow = m_db.query(QStringLiteral("SELECT code, name, district_name, regency_name, "
                                                "province_name FROM village WHERE code = ?"),
                                 {village});
    if (!villageRow) {
        return villageRow.error();
    }
    QJsonObject villageObject = villageRow->next() ? rowObject(*villageRow)
                                                   : QJsonObject{{QStringLiteral("code"), village}};
    // The date the office's register is as of, so the laptop's screens say it too.
    villageObject.insert(QStringLiteral("data_date"), m_db.setting(QStringLiteral("data_date")));
    contents.body.insert(QStringLiteral("village"), villageObject);
    const HouseholdLocations locations(m_db, m_clock);
    const HouseholdPhotos photos(m_db, m_clock, m_filesRoot);
    const QuestionnaireResponses responses(m_db, m_clock);
    QJsonArray households, persons, programs, points, thumbnails, answers;
    QSet<QString> files;
    for (const QString &id : householdIds) {
        auto h = m_db.query(QStringLiteral("SELECT id, kk_number, village_code, rt, rw, address, "
                                           "desil, status, latitude, longitude FROM household "
                                           "WHERE id = ?"),
                            {id});
        if (!h) {
            return h.error();
        }
        if (h->next()) {
            households.append(rowObject(*h));
        }
        auto p = m_db.query(QStringLiteral("SELECT id, household_id, nik, name, name_norm, sex, "
                                           "birth_place, birth_date, relationship, "
                                           "marital_status, occupation, disability, status, "
                                           "status_reason, status_date FROM person WHERE "
                                           "household_id = ? ORDER BY id"),
                            {id});
        if (!p) {
            return p.error();
        }
        while (p->next()) {
            persons.append(rowObject(*p));
            ++m_persons;
        }
        auto m = m_db.query(QStringLiteral("SELECT p.id AS person_id, m.program, m.since FROM "
                                           "program_membership m JOIN person p ON p.pk = "
                                           "m.person_pk WHERE p.household_id = ? AND m.until IS "
                                           "NULL ORDER BY p.id, m.program"),
                            {id});
        if (!m) {
            return m.error();
        }
        while (m->next()) {
            programs.append(rowObject(*m));
        }
        const Result<std::optional<HouseholdPoint>> point = locations.current(id);
        if (!point) {
            return point.error();
        }
        if (*point && (*point)->id > 0) {
            const LocationFix &fix = (*point)->fix;
            points.append(QJsonObject{
                {QStringLiteral("household_id"), id},
                {QStringLiteral("latitude"), fix.point.latitude},
                {QStringLiteral("longitude"), fix.point.longitude},
                {QStringLiteral("accuracy_m"), fix.accuracyMetres ? QJsonValue(*fix.accuracyMetres)
                                                                  : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("recorded_at"), fix.time.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("source"), Geo::sourceCode(fix.source)},
                {QStringLiteral("recorded_by"), (*point)->recordedBy},
            });
            ++m_locations;
        }
        const Result<std::optional<QuestionnaireResponse>> current = responses.latest(id);
        if (!current) {
            return current.error();
        }
        if (*current) {
            const QJsonObject base = QuestionnaireResponses::toJson(**current);
            answers.append(base);
            m_bases.insert(id, base);
        }
        const Result<QList<HouseholdPhoto>> list = photos.photos(id);
        if (!list) {
            return list.error();
        }
        for (const HouseholdPhoto &photo : *list) {
            const QString path = photos.thumbnailPath(photo.sha256);
            QFile file(path);
            if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
                continue; // the stored photo is gone; the package goes without its thumbnail
            }
            const QByteArray bytes = file.readAll();
            const QString sha = ContentStore::sha256Of(bytes);
            thumbnails.append(QJsonObject{{QStringLiteral("household_id"), id},
                                          {QStringLiteral("sha256"), sha},
                                          {QStringLiteral("view"), PhotoViews::code(photo.view)}});
            if (!files.contains(sha)) {
                files.insert(sha);
                contents.files.append({sha, bytes});
            }
        }
    }
    contents.body.insert(QStringLiteral("households"), households);
    contents.body.insert(QStringLiteral("persons"), persons);
    contents.body.insert(QStringLiteral("programs"), programs);
    contents.body.insert(QStringLiteral("locations"), points);
    contents.body.insert(QStringLiteral("photos"), thumbnails);
    contents.body.insert(QStringLiteral("questionnaires"), answers);
    return contents;
}

} // namespace tepat
