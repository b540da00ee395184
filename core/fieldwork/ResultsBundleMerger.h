#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"
#include "core/fieldwork/FieldEnvelope.h"
#include "core/fieldwork/FieldSeal.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;
struct Visit;

// What a merge brought (the `bundle import` lines).
struct BundleMergeReport
{
    QString bundleId;
    QString assignee;
    QString createdBy;
    int visits = 0;
    int photos = 0;
    int locations = 0;
    int answers = 0; // questionnaire responses whose new revision arrived
    int drafts = 0;
    int unchanged = 0;    // items the office already had
    int conflicts = 0;    // field findings that meet an office edit; kept for the operator
    int auditEntries = 0; // the laptop's audit entries appended to the office's trail
};

// Office: merges a laptop's results bundle. Refused with the store untouched: not a bundle, cut
// off or altered (the signature), from another village, not signed by a laptop this office
// issued a package to, not sealed with this village's key. Idempotent and order-free: visits
// are kept by uuid and revision (an older revision never replaces a newer one), photos by
// content, points and drafts by their laptop row and finding (field_item), so the same or a
// re-exported bundle adds nothing again. A point the office changed since the package is not
// overwritten: both are kept as a conflict; so is a questionnaire answer both the office and
// the laptop changed since the package (QuestionnaireMerge). The merge's audit entry names the
// bundle; visits, photos, points and drafts keep their field actors, and the laptop's own audit
// entries join the office's chain with their field actor, time and laptop (FieldAuditMerge).
class ResultsBundleMerger
{
    Q_DECLARE_TR_FUNCTIONS(ResultsBundleMerger)

public:
    ResultsBundleMerger(const Database &db, const Clock &clock, QString filesRoot);

    Result<BundleMergeReport> merge(const Session &session, const QString &bundlePath) const;
    Result<BundleMergeReport> merge(const Session &session, const FieldEnvelope &envelope) const;

    // Writes a laptop's point (a bundle's "locations" object, household_id included) as the
    // household's newest location, with its field actor: a clean merge, and a conflict the
    // operator resolved for the field (FieldConflicts). The point becomes that laptop's base
    // (field_assignment.base_location_id), so its next point is not a conflict with its own.
    // Inside the caller's transaction.
    static Status writeFieldPoint(const Database &db, const QJsonObject &point,
                                  const QString &deviceHex);

private:
    Result<FieldContents> open(const FieldEnvelope &envelope) const;
    Status mergeVisits(const FieldContents &contents, const QString &deviceHex,
                       const QString &bundleId, BundleMergeReport &report) const;
    Status mergePhotos(const FieldContents &contents, BundleMergeReport &report) const;
    Status mergeLocations(const FieldContents &contents, const QString &deviceHex,
                          const QString &bundleId, BundleMergeReport &report) const;

    const Database &m_db;
    const Clock &m_clock;
    QString m_filesRoot;
};

} // namespace tepat
