// tepat-bench-fieldwork: the field team's files at the size of a real kelurahan. The office
// writes a work package of 2,000 households, a laptop takes it, records 500 verification visits
// (one in ten finds a death) with 1,500 house photos (synthetic 640×480 JPEGs, three views per
// visit) and 500 points, writes its results bundle, and the office merges it, then merges it
// again (the replay that must add nothing). Prints one figure per line (times, file sizes and
// what the merge brought); never fails on a number. The package uses the standard passphrase
// cost (argon2id), so its times include deriving the key as an operator would.
//
//   cmake --preset bench && nice cmake --build build/bench -j2 --target tepat-bench-fieldwork
//   build/bench/bin/tepat-bench-fieldwork [--households N] [--visits N] [--photos-per-visit N]

#include "core/common/Clock.h"
#include "core/demo/DemoVillage.h"
#include "core/fieldwork/FieldVisits.h"
#include "core/fieldwork/ResultsBundleMerger.h"
#include "core/fieldwork/ResultsBundleWriter.h"
#include "core/fieldwork/WorkPackageReader.h"
#include "core/fieldwork/WorkPackageWriter.h"
#include "core/files/ContentStore.h"
#include "core/location/HouseholdLocations.h"
#include "core/photos/HouseholdPhotos.h"
#include "core/photos/PhotoNormalizer.h"
#include "core/storage/Database.h"
#include "tests/support/FieldImages.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace tepat;

namespace {

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

void figure(const char *name, double value, const char *unit)
{
    line(QStringLiteral("%1\t%2 %3")
             .arg(QLatin1String(name))
             .arg(value, 0, 'f', 2)
             .arg(QLatin1String(unit)));
}

// Wall time suffers when other work shares the cores: each phase prints its CPU time (user +
// system, getrusage) beside it.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

class Phase
{
public:
    Phase() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = cpuSeconds();
    }
    void print(const char *name) const
    {
        line(QStringLiteral("%1\t%2 s (cpu %3 s)")
                 .arg(QLatin1String(name))
                 .arg(double(m_wall.nsecsElapsed()) / 1e9, 0, 'f', 2)
                 .arg(cpuSeconds() - m_cpu, 0, 'f', 2));
    }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

double megabytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? qMax(1, args[i + 1].toInt()) : fallback;
}

template<typename T>
T need(Result<T> r, const char *what)
{
    if (!r) {
        qFatal("%s: %s", what, qPrintable(r.error().message));
    }
    return std::move(*r);
}

QString firstMember(const Database &db, const QString &household, int offset)
{
    auto q = db.query(QStringLiteral("SELECT id FROM person WHERE household_id = ? AND status = "
                                     "'active' ORDER BY id LIMIT 1 OFFSET ?"),
                      {household, offset});
    return q && q->next() ? q->value(0).toString() : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int households = option(args, QStringLiteral("--households"), 2000);
    const int visits = qMin(households, option(args, QStringLiteral("--visits"), 500));
    const int photosPerVisit = option(args, QStringLiteral("--photos-per-visit"), 3);
    const Clock &clock = Clock::system();
    const Session operatorSession(
        Actor{QStringLiteral("rina"), QStringLiteral("Rina"), Role::Operator});
    const Session fieldSession(
        Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff});
    const QString passphrase = QStringLiteral("kunci paket lapangan untuk bangsal");

    QTemporaryDir dir;
    const QString officePath = dir.filePath(QStringLiteral("kantor/tepat.sqlite"));
    const QString laptopPath = dir.filePath(QStringLiteral("laptop/tepat.sqlite"));
    QDir().mkpath(QFileInfo(officePath).path());
    const std::unique_ptr<Database> office = need(Database::open(officePath), "office store");
    DemoOptions demo;
    demo.households = households;
    demo.today = QDate(2026, 11, 23);
    (void)need(DemoVillage::populate(*office, clock, demo), "demo village");
    line(QStringLiteral("households\t%1").arg(households));

    // Office → laptop.
    WorkPackageWriter::Request package;
    package.assignee = QStringLiteral("budi");
    package.passphrase = passphrase;
    package.outputPath = dir.filePath(QStringLiteral("usb/paket.tepatpkg"));
    Phase t;
    const WorkPackageReport written =
        need(WorkPackageWriter(*office, clock, ContentStore::rootFor(officePath))
                 .write(operatorSession, package),
             "work package");
    t.print("package_export");
    figure("package_size", megabytes(written.bytes), "MiB");
    line(QStringLiteral("package_households\t%1").arg(written.households));
    line(QStringLiteral("package_persons\t%1").arg(written.persons));
    t.restart();
    (void)need(WorkPackageReader(clock).import(
                   {package.outputPath, passphrase, laptopPath, {}, QStringLiteral("budi")}),
               "package import");
    t.print("package_import");

    // A field campaign on the laptop.
    const std::unique_ptr<Database> laptop = need(Database::open(laptopPath), "laptop store");
    QStringList ids;
    {
        auto q = laptop->query(QStringLiteral("SELECT household_id FROM field_assignment ORDER "
                                              "BY household_id LIMIT ?"),
                               {visits});
        while (q && q->next()) {
            ids << q->value(0).toString();
        }
    }
    const FieldVisits field(*laptop, clock);
    const HouseholdPhotos photos(*laptop, clock, ContentStore::rootFor(laptopPath));
    const HouseholdLocations locations(*laptop, clock);
    const PhotoView views[] = {PhotoView::Front, PhotoView::Inside, PhotoView::Back,
                               PhotoView::Side, PhotoView::Other};
    qint64 photoBytes = 0;
    t.restart();
    for (int i = 0; i < ids.size(); ++i) {
        Visit v;
        v.householdId = ids[i];
        v.visitedOn = QDate(2026, 11, 23).addDays(i / 50);
        if (i % 10 == 0) {
            const QString member = firstMember(*laptop, ids[i], 1);
            if (!member.isEmpty()) {
                v.members = {{member, MemberFinding::Died, QDate(2026, 10, 1), {}, {}}};
            }
        }
        (void)need(field.record(fieldSession, v), "visit");
        for (int p = 0; p < photosPerVisit; ++p) {
            const QByteArray jpeg =
                test::jpegOf(test::houseScene(QSize(640, 480), i * photosPerVisit + p), 85);
            photoBytes += jpeg.size();
            const NormalizedPhoto normalized = need(PhotoNormalizer::normalize(jpeg), "photo");
            (void)need(photos.attach(ids[i], normalized, views[p % 5], fieldSession), "attach");
        }
        LocationFix fix;
        fix.point = {-7.82 + i * 1e-5, 112.01 + i * 1e-5};
        fix.accuracyMetres = 5;
        fix.time = clock.now();
        (void)need(locations.record(ids[i], fix, fieldSession), "point");
    }
    t.print("field_campaign");
    line(QStringLiteral("visits\t%1").arg(ids.size()));
    line(QStringLiteral("photos\t%1").arg(ids.size() * photosPerVisit));
    figure("photo_jpegs", megabytes(photoBytes), "MiB");

    // Laptop → office.
    const QString bundlePath = dir.filePath(QStringLiteral("usb/hasil.tepatpkg"));
    t.restart();
    const BundleExportReport bundle =
        need(ResultsBundleWriter(*laptop, clock, ContentStore::rootFor(laptopPath))
                 .write(fieldSession, {bundlePath, false}),
             "results bundle");
    t.print("bundle_export");
    figure("bundle_size", megabytes(bundle.bytes), "MiB");
    line(QStringLiteral("bundle_audit_entries\t%1").arg(bundle.auditEntries));

    const ResultsBundleMerger merger(*office, clock, ContentStore::rootFor(officePath));
    t.restart();
    const BundleMergeReport merged = need(merger.merge(operatorSession, bundlePath), "merge");
    t.print("bundle_merge");
    line(QStringLiteral("merged_visits\t%1").arg(merged.visits));
    line(QStringLiteral("merged_photos\t%1").arg(merged.photos));
    line(QStringLiteral("merged_locations\t%1").arg(merged.locations));
    line(QStringLiteral("merged_drafts\t%1").arg(merged.drafts));
    line(QStringLiteral("merged_audit_entries\t%1").arg(merged.auditEntries));
    line(QStringLiteral("merged_conflicts\t%1").arg(merged.conflicts));
    t.restart();
    const BundleMergeReport replay = need(merger.merge(operatorSession, bundlePath), "replay");
    t.print("bundle_merge_again");
    line(QStringLiteral("replay_added\t%1")
             .arg(replay.visits + replay.photos + replay.locations + replay.drafts +
                  replay.auditEntries));
    return 0;
}
