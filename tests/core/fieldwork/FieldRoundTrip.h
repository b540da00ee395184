#pragma once

#include "tests/core/fieldwork/FieldworkFixture.h"

#include "core/fieldwork/FieldVisits.h"
#include "core/fieldwork/ResultsBundleMerger.h"
#include "core/fieldwork/ResultsBundleWriter.h"
#include "core/location/HouseholdLocations.h"
#include "core/photos/HouseholdPhotos.h"
#include "core/questionnaire/QuestionnaireResponses.h"
#include "tests/support/FieldImages.h"

#include <functional>

namespace tepat::test {

// An office and a laptop that took a package of the office's first six households: a field day
// on the laptop, questionnaire answers on either side, a results bundle and its merge.
struct FieldRoundTrip
{
    FieldworkFixture f;
    std::unique_ptr<Database> laptop;
    QStringList ids;
    int bundles = 0;

    // `beforePackage` runs on the office store before the package is written.
    explicit FieldRoundTrip(const std::function<void(FieldRoundTrip &)> &beforePackage = {})
    {
        ids = f.firstHouseholds(6);
        if (beforePackage) {
            beforePackage(*this);
        }
        if (!f.exportPackage({{}, {}, ids}, f.packagePath()) || !f.importPackage(f.packagePath())) {
            qFatal("package round trip failed");
        }
        laptop = std::move(Database::open(f.laptopPath()).value());
    }
    QString laptopFiles() const { return ContentStore::rootFor(f.laptopPath()); }
    QString member(const QString &household, int n = 0) const
    {
        auto q = laptop->query(QStringLiteral("SELECT id FROM person WHERE household_id = ? "
                                              "AND status = 'active' ORDER BY id LIMIT 1 "
                                              "OFFSET ?"),
                               {household, n});
        return q && q->next() ? q->value(0).toString() : QString();
    }
    Visit record(Visit v) const
    {
        Result<Visit> r = FieldVisits(*laptop, f.office.clock).record(f.fieldSession, v);
        if (!r) {
            qFatal("visit: %s", qPrintable(r.error().message));
        }
        return *r;
    }
    // A visit that found a death, a new member and a move; one that found nobody; a photo
    // and a point.
    void fieldDay()
    {
        Visit v;
        v.householdId = ids[0];
        v.visitedOn = QDate(2026, 11, 23);
        v.members = {{member(ids[0]), MemberFinding::Present, {}, {}, {}},
                     {member(ids[0], 1), MemberFinding::Died, QDate(2026, 11, 2), {}, {}},
                     {{},
                      MemberFinding::New,
                      {},
                      {},
                      {{QStringLiteral("name"), QStringLiteral("Bayi Sintetis")}}}};
        record(v);
        Visit gone;
        gone.householdId = ids[1];
        gone.outcome = VisitOutcome::NotFound;
        gone.visitedOn = QDate(2026, 11, 23);
        record(gone);
        Visit moved;
        moved.householdId = ids[2];
        moved.visitedOn = QDate(2026, 11, 22);
        moved.members = {{member(ids[2]),
                          MemberFinding::Moved,
                          QDate(2026, 10, 1),
                          QStringLiteral("Kota Blitar"),
                          {}}};
        record(moved);
        const QString photo = f.office.file(QStringLiteral("rumah.jpg"));
        writeFile(photo, jpegOf(houseScene(QSize(800, 600), 7)));
        if (!HouseholdPhotos(*laptop, f.office.clock, laptopFiles())
                 .attachFile(ids[0], photo, PhotoView::Front,
                             as(QStringLiteral("budi"), Role::FieldStaff))) {
            qFatal("photo failed");
        }
        LocationFix fix;
        fix.point = {-7.8166, 112.0119};
        fix.accuracyMetres = 5;
        fix.time = f.office.clock.now();
        if (!HouseholdLocations(*laptop, f.office.clock)
                 .record(ids[0], fix, as(QStringLiteral("budi"), Role::FieldStaff))) {
            qFatal("location failed");
        }
    }
    QString exportBundle(bool everything = false)
    {
        const QString path = f.office.file(QStringLiteral("usb/hasil-%1.tepatpkg").arg(++bundles));
        const Result<BundleExportReport> r =
            ResultsBundleWriter(*laptop, f.office.clock, laptopFiles())
                .write(f.fieldSession, {path, everything});
        if (!r) {
            qFatal("bundle: %s", qPrintable(r.error().message));
        }
        return path;
    }
    // Questionnaire answers saved at the office, and on the laptop as its own.
    void officeAnswers(const QString &household, const QJsonObject &householdAnswers) const
    {
        if (!QuestionnaireResponses(*f.office.db, f.office.clock)
                 .save(f.operatorSession, household, QString(), ResponseOrigin::Office,
                       answers(householdAnswers))) {
            qFatal("office answers failed");
        }
    }
    void laptopAnswers(const QString &household, const QJsonObject &householdAnswers) const
    {
        if (!QuestionnaireResponses(*laptop, f.office.clock)
                 .save(f.fieldSession, household, FieldVisits::deviceKeyOf(*laptop, f.office.clock),
                       ResponseOrigin::Field, answers(householdAnswers))) {
            qFatal("laptop answers failed");
        }
    }
    static QuestionnaireAnswers answers(const QJsonObject &householdAnswers)
    {
        QuestionnaireAnswers a;
        a.definitionId = QStringLiteral("regsosek-dtsen");
        a.version = 1;
        a.household = householdAnswers;
        return a;
    }
    QJsonObject officeCurrent(const QString &household) const
    {
        const auto r =
            QuestionnaireResponses(*f.office.db, f.office.clock).latest(household).value();
        return r ? r->answers.household : QJsonObject();
    }
    Result<BundleMergeReport> merge(const QString &path) const
    {
        return ResultsBundleMerger(*f.office.db, f.office.clock, f.officeFiles())
            .merge(f.operatorSession, path);
    }
    // A field day that meets office edits of every kind, merged: the office recorded its own
    // point of the first household and learnt of the death the laptop found there, and both
    // sides changed the floor area of the fifth household. Three conflicts; the bundle's path.
    QString disagreeOnEveryKind()
    {
        fieldDay();
        LocationFix fix;
        fix.point = {-7.8170, 112.0125};
        fix.accuracyMetres = 3;
        fix.time = f.office.clock.now();
        if (!HouseholdLocations(*f.office.db, f.office.clock)
                 .record(ids[0], fix, as(QStringLiteral("rina")))) {
            qFatal("office point failed");
        }
        if (!f.office.db->query(
                QStringLiteral("UPDATE person SET status = 'deceased' WHERE id = ?"),
                {member(ids[0], 1)})) {
            qFatal("office status failed");
        }
        officeAnswers(ids[4], {{"luas_lantai", 40}, {"jenis_lantai_terluas", "2"}});
        laptopAnswers(ids[4], {{"luas_lantai", 42}, {"jenis_lantai_terluas", "2"}});
        const QString bundle = exportBundle();
        const Result<BundleMergeReport> r = merge(bundle);
        if (!r || r->conflicts != 3) {
            qFatal("the merge did not keep three conflicts");
        }
        return bundle;
    }
};

} // namespace tepat::test
