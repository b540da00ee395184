#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;

struct BundleExportReport
{
    QString bundleId;
    QString file;
    qint64 bytes = 0;
    int visits = 0;
    int photos = 0;
    int locations = 0;
    int answers = 0;      // questionnaire responses (one per household, its latest revision)
    int auditEntries = 0; // the laptop's audit entries since its last bundle
};

// Laptop: writes its results bundle for the office — every visit revision, house photo and
// location point recorded since its last bundle (or everything, to replace a lost stick),
// encrypted with the village key (no passphrase) and signed with the laptop's key. What went
// in is marked only when the file is complete, so a failed write loses nothing.
//
// Body keys: visits [{uuid, household_id, outcome, visited_on, notes, revision, recorded_by,
// updated_at, members [{member_key, finding, event_date, place, person}]}], photos
// [{id, household_id, sha256, thumbnail_sha256, view, captured_at, exif_latitude,
// exif_longitude, source_sha256, source_name, width, height, added_by, added_at}], locations
// [{id, household_id, latitude, longitude, accuracy_m, recorded_at, source, photo_sha256,
// warnings, recorded_by, saved_at}], questionnaires [QuestionnaireResponses::toJson of the
// laptop's own responses revised since the last bundle], audit [the laptop's audit entries since
// its last bundle, as stored: FieldAuditExport].
class ResultsBundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(ResultsBundleWriter)

public:
    struct Request
    {
        QString outputPath;
        bool everything = false; // also what earlier bundles carried
    };

    ResultsBundleWriter(const Database &db, const Clock &clock, QString filesRoot);

    Result<BundleExportReport> write(const Session &session, const Request &request) const;

private:
    const Database &m_db;
    const Clock &m_clock;
    QString m_filesRoot;
};

} // namespace tepat
