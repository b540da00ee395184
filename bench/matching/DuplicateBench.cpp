// tepat-bench-duplicates: the whole-register duplicate pass, one figure per line (Release
// build; never a pass/fail test).
//
//   tepat-bench-duplicates [--households N] [--permille P] [--work DIR] [--in-memory]
//                          [--diagnose]
//
// Generates the register (default 300,000 households, about a million people, in villages of
// about 2,000 families: Kota Kediri's 46 kelurahan, then Kabupaten Kediri's desa) with
// DemoVillage, planting duplicates of every kind in P of every
// 1,000 households (DemoDuplicates; the generator's own name lists give many different people
// with the same name), writes it to a store, then scans it in a child process of its own (so
// its peak RSS is the pass alone): load, blocking, comparisons, estimation, scoring. Prints the
// time, candidate pairs per second, peak RSS, and recall and precision at the default
// threshold against the planted truth.

#include "core/common/Clock.h"
#include "core/demo/DemoDuplicates.h"
#include "core/demo/DemoVillage.h"
#include "core/domain/RegionDirectory.h"
#include "core/matching/DuplicateScan.h"
#include "core/matching/RegisterRecords.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>

extern char **environ;

using namespace tepat;

namespace {

void figure(const char *name, double value)
{
    std::printf("%s=%.4g\n", name, value);
    std::fflush(stdout);
}

void printFigures(const MatchRegister &reg, const ScanResult &result, const QSet<quint64> &truth,
                  double loadSeconds, double scanSeconds)
{
    qint64 found = 0;
    for (const DuplicatePair &p : result.pairs) {
        found += truth.contains((quint64(p.a) << 32) | p.b) ? 1 : 0;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    figure("persons", double(reg.size()));
    figure("planted_pairs", double(truth.size()));
    figure("candidate_pairs", double(result.blocking.pairs));
    figure("compared_pairs", double(result.comparisons));
    figure("skipped_blocks", double(result.blocking.skippedBlocks));
    figure("likely_pairs", double(result.pairs.size()));
    figure("households_twice", double(result.households.size()));
    figure("load_s", loadSeconds);
    figure("scan_s", scanSeconds);
    figure("total_s", loadSeconds + scanSeconds);
    figure("pairs_per_s", double(result.comparisons) / scanSeconds);
    figure("peak_rss_mb", double(usage.ru_maxrss) / 1024.0);
    figure("em_sessions", double(result.estimation.sessionsUsed));
    figure("duplicate_share", result.model.duplicateShare());
    figure("recall", truth.isEmpty() ? 0 : double(found) / double(truth.size()));
    figure("precision", result.pairs.empty() ? 0 : double(found) / double(result.pairs.size()));
}

// Every pair of records of one person (a copy of a copy is a duplicate of both).
QSet<quint64> clusterPairs(const QList<std::pair<uint32_t, uint32_t>> &planted)
{
    QHash<uint32_t, uint32_t> parent;
    const auto root = [&](uint32_t x) {
        while (parent.value(x, x) != x) {
            x = parent.value(x, x);
        }
        return x;
    };
    for (const auto &[a, b] : planted) {
        const uint32_t ra = root(a);
        const uint32_t rb = root(b);
        if (ra != rb) {
            parent.insert(rb, ra);
        }
    }
    QHash<uint32_t, QList<uint32_t>> clusters;
    for (const auto &[a, b] : planted) {
        for (uint32_t i : {a, b}) {
            QList<uint32_t> &members = clusters[root(i)];
            if (!members.contains(i)) {
                members << i;
            }
        }
    }
    QSet<quint64> pairs;
    for (const QList<uint32_t> &m : std::as_const(clusters)) {
        for (qsizetype x = 0; x < m.size(); ++x) {
            for (qsizetype y = x + 1; y < m.size(); ++y) {
                pairs.insert((quint64(std::min(m[x], m[y])) << 32) | std::max(m[x], m[y]));
            }
        }
    }
    return pairs;
}

QString levelText(const ComparisonVector &levels)
{
    QStringList codes;
    for (int f = 0; f < kMatchFields; ++f) {
        codes << QString::fromLatin1(FieldComparison::code(MatchField(f), levels[size_t(f)]));
    }
    return codes.join(u',');
}

// --diagnose: recall per planted kind, the model, and the most common level patterns among
// the pairs taken wrongly and those missed (to stderr, so the figures stay parseable).
void diagnose(const MatchRegister &reg, const ScanResult &result, const QSet<quint64> &truth,
              const QList<demo::PlantedDuplicate> &planted, const QHash<QString, uint32_t> &index)
{
    QSet<quint64> found;
    QHash<QString, int> wrong;
    for (const DuplicatePair &p : result.pairs) {
        const quint64 key = (quint64(p.a) << 32) | p.b;
        found.insert(key);
        if (!truth.contains(key)) {
            const QString pattern = levelText(p.score.levels);
            if (wrong[pattern]++ < 2) { // two examples of each (the NIK's serial only)
                for (uint32_t i : {p.a, p.b}) {
                    const MatchRecord &r = reg.at(i);
                    std::fprintf(stderr, "example %s %s %04d-%02d-%02d serial %04d %s\n",
                                 qPrintable(pattern), qPrintable(reg.personId(i)), r.year, r.month,
                                 r.day, int(r.nik % 10000),
                                 std::string(reg.nameText(r.nameKey)).c_str());
                }
            }
        }
    }
    QHash<QString, std::pair<int, int>> perKind;
    QHash<QString, std::pair<int, double>> missed;
    for (const demo::PlantedDuplicate &d : planted) {
        if (!index.contains(d.originalId) || !index.contains(d.duplicateId)) {
            continue;
        }
        const uint32_t a = std::min(index.value(d.originalId), index.value(d.duplicateId));
        const uint32_t b = std::max(index.value(d.originalId), index.value(d.duplicateId));
        auto &k = perKind[QString::fromLatin1(demo::DemoDuplicates::code(d.kind))];
        ++k.first;
        if (found.contains((quint64(a) << 32) | b)) {
            ++k.second;
        } else {
            const MatchScore s = result.model.score(reg, a, b);
            auto &m = missed[levelText(s.levels)];
            ++m.first;
            m.second += s.weight;
            QStringList weights;
            for (const MatchReason &r : s.reasons) {
                weights << QStringLiteral("%1 %2").arg(
                    QString::fromLatin1(FieldComparison::code(r.field, r.level)),
                    QString::number(r.weight, 'f', 1));
            }
            std::fprintf(stderr, "miss %s %.1f %s | %s: %s\n", demo::DemoDuplicates::code(d.kind),
                         s.weight, std::string(reg.nameText(reg.at(a).nameKey)).c_str(),
                         std::string(reg.nameText(reg.at(b).nameKey)).c_str(),
                         qPrintable(weights.join(QStringLiteral(", "))));
        }
    }
    for (auto it = perKind.cbegin(); it != perKind.cend(); ++it) {
        std::fprintf(stderr, "kind %-20s %5d planted %5d found recall %.3f\n", qPrintable(it.key()),
                     it->first, it->second, double(it->second) / std::max(it->first, 1));
    }
    for (int f = 0; f < kMatchFields; ++f) {
        for (int l = 0; l < FieldComparison::missingLevel(MatchField(f)); ++l) {
            std::fprintf(stderr, "model %-24s m %.4f u %.2e\n",
                         FieldComparison::code(MatchField(f), uint8_t(l)),
                         result.model.m(MatchField(f), uint8_t(l)),
                         result.model.u(MatchField(f), uint8_t(l)));
        }
    }
    for (int place = 0; place < FieldComparison::missingLevel(MatchField::Place); ++place) {
        std::fprintf(stderr, "nik u at %-22s",
                     FieldComparison::code(MatchField::Place, uint8_t(place)));
        for (int l = 0; l < FieldComparison::missingLevel(MatchField::Nik); ++l) {
            std::fprintf(stderr, " %.2e", result.model.nikU(uint8_t(l), uint8_t(place)));
        }
        std::fprintf(stderr, "\n");
    }
    std::fprintf(stderr, "name collision %.2e, prior weight %.2f\n", reg.nameCollision(),
                 result.model.priorWeight(reg.population()));
    const auto top = [](const char *what, QList<std::pair<int, QString>> rows) {
        std::sort(rows.begin(), rows.end(),
                  [](const auto &x, const auto &y) { return x.first > y.first; });
        for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), 10); ++i) {
            std::fprintf(stderr, "%s %6d %s\n", what, rows[i].first, qPrintable(rows[i].second));
        }
    };
    QList<std::pair<int, QString>> rows;
    for (auto it = wrong.cbegin(); it != wrong.cend(); ++it) {
        rows.append({it.value(), it.key()});
    }
    top("wrong ", rows);
    rows.clear();
    for (auto it = missed.cbegin(); it != missed.cend(); ++it) {
        rows.append(
            {it->first,
             it.key() + QStringLiteral("  mean weight %1").arg(it->second / it->first, 0, 'f', 1)});
    }
    top("missed", rows);
}

// --in-memory: the register straight from the generator (no store, no load time): the pass
// alone on a register larger than this machine can write to SQLite in the time at hand.
int scanInMemory(const DemoOptions &options, bool diagnosis)
{
    MatchRegister reg;
    QHash<QString, uint32_t> index;
    QList<demo::PlantedDuplicate> planted;
    {
        DemoVillage village(options);
        DemoHousehold item;
        while (village.next(item)) {
            if (item.household.status != HouseholdStatus::Active) {
                continue;
            }
            for (const Person &p : std::as_const(item.members)) {
                if (p.status != PersonStatus::Active) {
                    continue;
                }
                index.insert(p.id, reg.add(personFacts(p, &item.household)));
            }
        }
        planted = village.planted();
    }
    QList<std::pair<uint32_t, uint32_t>> pairs;
    for (const demo::PlantedDuplicate &d : planted) {
        if (index.contains(d.originalId) && index.contains(d.duplicateId)) {
            pairs.append({index.value(d.originalId), index.value(d.duplicateId)});
        }
    }
    QElapsedTimer timer;
    timer.start();
    ScanOptions scanOptions;
    if (diagnosis) {
        scanOptions.threshold = 0.2; // for the sweep below
    }
    ScanResult result = DuplicateScan::run(reg, scanOptions);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QSet<quint64> truth = clusterPairs(pairs);
    if (diagnosis) {
        // Recall and precision at other thresholds: how far the ranking itself goes.
        for (double t : {0.2, 0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9, 0.95, 0.99}) {
            qint64 taken = 0;
            qint64 right = 0;
            for (const DuplicatePair &p : result.pairs) {
                if (p.score.probability >= t) {
                    ++taken;
                    right += truth.contains((quint64(p.a) << 32) | p.b) ? 1 : 0;
                }
            }
            std::fprintf(stderr, "threshold %.2f recall %.4f precision %.4f\n", t,
                         double(right) / std::max<double>(truth.size(), 1),
                         double(right) / std::max<double>(taken, 1));
        }
        std::erase_if(result.pairs, [](const DuplicatePair &p) {
            return p.score.probability < MatchModel::kDefaultThreshold;
        });
    }
    printFigures(reg, result, truth, 0, seconds);
    if (diagnosis) {
        diagnose(reg, result, truth, planted, index);
    }
    return 0;
}

// The pass itself, in the child: prints its figures.
int scan(const QString &dbPath, const QString &truthPath)
{
    QElapsedTimer timer;
    timer.start();
    Database::Options options;
    options.readOnly = true;
    options.migrate = false;
    Result<std::unique_ptr<Database>> db = Database::open(dbPath, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 2;
    }
    MatchRegister reg;
    if (const Status s = RegisterRecords::load(*db.value(), reg); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 2;
    }
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    QElapsedTimer scanTimer;
    scanTimer.start();
    const ScanResult result = DuplicateScan::run(reg);
    const double scanSeconds = double(scanTimer.nsecsElapsed()) / 1e9;

    QHash<QString, uint32_t> index;
    for (uint32_t i = 0; i < uint32_t(reg.size()); ++i) {
        index.insert(reg.personId(i), i);
    }
    QList<std::pair<uint32_t, uint32_t>> planted;
    QFile file(truthPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return 2;
    }
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().split(u'\t');
        if (cells.size() >= 2 && index.contains(cells[0]) && index.contains(cells[1])) {
            planted.append({index.value(cells[0]), index.value(cells[1])});
        }
    }
    printFigures(reg, result, clusterPairs(planted), loadSeconds, scanSeconds);
    return 0;
}

// Villages of the size of a real one (about 2,000 families each): the kelurahan of Kota Kediri,
// then the desa of Kabupaten Kediri. Packing a million people into Kota Kediri's 46 kelurahan
// (three kecamatan; it holds 290,000) would give each kecamatan, birth date and sex more than
// three times the people — and NIK serials — a real register has.
QStringList villagesFor(int households)
{
    const int wanted = std::max(1, (households + 1999) / 2000);
    QStringList codes;
    for (const char *region : {"35.71", "35.06"}) {
        for (const Village &v : RegionDirectory::instance().villagesIn(QLatin1String(region))) {
            if (codes.size() < wanted) {
                codes << v.code;
            }
        }
    }
    return codes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("scan")) {
        return scan(args[2], args[3]);
    }
    QCommandLineParser parser;
    const QCommandLineOption householdsOption(QStringLiteral("households"), QStringLiteral("N"),
                                              QStringLiteral("N"), QStringLiteral("300000"));
    const QCommandLineOption permilleOption(QStringLiteral("permille"), QStringLiteral("P"),
                                            QStringLiteral("P"), QStringLiteral("10"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("DIR"),
                                        QStringLiteral("DIR"));
    const QCommandLineOption memoryOption(QStringLiteral("in-memory"),
                                          QStringLiteral("generate in memory, no store"));
    const QCommandLineOption diagnoseOption(
        QStringLiteral("diagnose"),
        QStringLiteral("with --in-memory: recall per kind, the model, the commonest misses"));
    parser.addOptions({householdsOption, permilleOption, workOption, memoryOption, diagnoseOption});
    parser.addHelpOption();
    parser.process(app);

    if (parser.isSet(memoryOption)) {
        DemoOptions options;
        options.households = parser.value(householdsOption).toInt();
        options.duplicatesPermille = parser.value(permilleOption).toInt();
        options.today = QDate(2026, 11, 23);
        options.villageCodes = villagesFor(options.households);
        return scanInMemory(options, parser.isSet(diagnoseOption));
    }
    QTemporaryDir temporary;
    const QString work = parser.isSet(workOption) ? parser.value(workOption) : temporary.path();
    const QString dbPath = work + QStringLiteral("/duplicates.sqlite");
    const QString truthPath = work + QStringLiteral("/planted.tsv");
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(dbPath + QLatin1String(suffix));
    }
    DemoOptions options;
    options.households = parser.value(householdsOption).toInt();
    options.duplicatesPermille = parser.value(permilleOption).toInt();
    options.today = QDate(2026, 11, 23);
    options.villageCodes = villagesFor(options.households);
    QElapsedTimer timer;
    timer.start();
    {
        Result<std::unique_ptr<Database>> db = Database::open(dbPath);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 2;
        }
        const FixedClock clock(QDateTime(options.today, QTime(10, 0)));
        const Result<DemoReport> report = DemoVillage::populate(*db.value(), clock, options);
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
            return 2;
        }
        QFile truth(truthPath);
        if (!truth.open(QIODevice::WriteOnly)) {
            return 2;
        }
        QTextStream out(&truth);
        for (const demo::PlantedDuplicate &d : report->planted) {
            out << d.originalId << '\t' << d.duplicateId << '\t'
                << demo::DemoDuplicates::code(d.kind) << '\n';
        }
    }
    figure("generate_s", double(timer.nsecsElapsed()) / 1e9);

    QByteArray self = QCoreApplication::applicationFilePath().toLocal8Bit();
    QByteArray mode("scan");
    QByteArray dbArg = dbPath.toLocal8Bit();
    QByteArray truthArg = truthPath.toLocal8Bit();
    char *childArgs[] = {self.data(), mode.data(), dbArg.data(), truthArg.data(), nullptr};
    pid_t pid = 0;
    if (posix_spawn(&pid, childArgs[0], nullptr, nullptr, childArgs, environ) != 0) {
        return 2;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 2;
}
