#pragma once

#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace tepat::test {

// A merged field visit and what it brought, written straight into a store (as the results
// bundle merge leaves them): the visit, the field worker's point, the household's answers,
// house photos and the family card.
struct VisitRows
{
    const Database &db;
    QString filesRoot;
    QString fieldWorker = QStringLiteral("budi.lapangan");

    void exec(const QString &sql, const QVariantList &values = {}) const
    {
        if (!db.query(sql, values)) {
            qFatal("visit rows: %s", qPrintable(sql));
        }
    }

    QString visit(const QString &householdId, const QString &outcome = QStringLiteral("visited"),
                  const QString &memberFinding = {}) const
    {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        exec(QStringLiteral("INSERT INTO field_visit(uuid, household_id, outcome, visited_on, "
                            "revision, recorded_by, updated_at, device_key, merged_at) VALUES "
                            "(?, ?, ?, '2026-11-20', 1, ?, '2026-11-20T03:00:00.000Z', 'abcd', "
                            "'2026-11-21T03:00:00.000Z')"),
             {uuid, householdId, outcome, fieldWorker});
        if (!memberFinding.isEmpty()) {
            exec(QStringLiteral("INSERT INTO field_visit_member(visit_uuid, member_key, finding, "
                                "event_date) VALUES (?, 'baru-1', ?, '2026-11-01')"),
                 {uuid, memberFinding});
        }
        return uuid;
    }
    void revise(const QString &visitUuid) const
    {
        exec(QStringLiteral("UPDATE field_visit SET revision = revision + 1, outcome = 'refused' "
                            "WHERE uuid = ?"),
             {visitUuid});
    }
    void point(const QString &householdId, double lat, double lon, QVariant accuracy = 6.0,
               const QString &by = {}) const
    {
        exec(QStringLiteral("INSERT INTO household_location(household_id, latitude, longitude, "
                            "accuracy_m, recorded_at, source, recorded_by, saved_at) VALUES (?, ?, "
                            "?, ?, '2026-11-20T02:40:00.000Z', 'nmea', ?, "
                            "'2026-11-20T02:41:00.000Z')"),
             {householdId, lat, lon, accuracy, by.isEmpty() ? fieldWorker : by});
    }
    void answers(const QString &householdId, const QJsonObject &household,
                 const QJsonObject &persons = {}) const
    {
        const QJsonObject answers{{QStringLiteral("household"), household},
                                  {QStringLiteral("persons"), persons}};
        exec(QStringLiteral("INSERT INTO questionnaire_response(uuid, household_id, "
                            "definition_id, version, answers, origin, recorded_by, updated_at) "
                            "VALUES (?, ?, 'regsosek-dtsen', 1, ?, 'office', ?, "
                            "'2026-11-21T03:00:00.000Z')"),
             {QUuid::createUuid().toString(QUuid::WithoutBraces), householdId,
              QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact)),
              fieldWorker});
    }
    QString file(const QByteArray &bytes) const
    {
        const QString sha = *ContentStore(filesRoot).put(bytes);
        exec(QStringLiteral("INSERT OR IGNORE INTO attachment(sha256, kind, mime, byte_size, "
                            "created_at, created_by) VALUES (?, 'house_photo', 'image/jpeg', ?, "
                            "'2026-11-20T02:40:00.000Z', ?)"),
             {sha, bytes.size(), fieldWorker});
        return sha;
    }
    QString photo(const QString &householdId, const QByteArray &bytes,
                  const QString &view = QStringLiteral("front")) const
    {
        const QString sha = file(bytes);
        exec(QStringLiteral("INSERT INTO household_photo(household_id, sha256, source_sha256, "
                            "view, width, height, added_by, added_at) VALUES (?, ?, ?, ?, 640, "
                            "480, ?, '2026-11-20T02:40:00.000Z')"),
             {householdId, sha, sha, view, fieldWorker});
        return sha;
    }
    QString familyCard(const QString &householdId, const QByteArray &bytes) const
    {
        const QString sha = file(bytes);
        exec(QStringLiteral("INSERT INTO household_family_card(household_id, sha256, added_by, "
                            "added_at) VALUES (?, ?, ?, '2026-11-20T02:40:00.000Z')"),
             {householdId, sha, fieldWorker});
        return sha;
    }
};

} // namespace tepat::test
