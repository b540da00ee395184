// tepat-bench: the Foundation's figures, one per line (Release build; never a pass/fail test).
//
//   tepat-bench [--households N] [--queries N] [--work DIR] [--search-only] [--skip-same-schema]
//
// Generates a synthetic snapshot (default 300,000 households, about a million people, spread
// over the 46 kelurahan of Kota Kediri), then in the same run:
//  - imports it with `tepat-cli import` (the product path), with a minimal raw sqlite3 loader
//    into the same schema, and with the minimal raw loader into the plain schema (the physical
//    limit, RawLoader.h), each in its own process: wall time, both ratios, peak RSS, store sizes
//    and the size of every table and index of at least 1 MB;
//  - runs name searches through PersonSearch and the equivalent hand-written FTS5 query on the
//    raw C API: p50/p99 and their ratio; NIK lookups: mean. The two paths take turns at going
//    first, so neither is always the one that finds the page cache warm.
// --search-only reuses DIR/product.sqlite from an earlier run with --work DIR and only searches.
// --skip-same-schema leaves out the same-schema raw loader (slow: it keeps every trigger and index
// live) and its figures.

#include "bench/RawLoader.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoVillage.h"
#include "core/domain/RegionDirectory.h"
#include "core/search/NameNormalizer.h"
#include "core/search/PersonSearch.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <spawn.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>

extern char **environ;

using namespace tepat;

namespace {

struct ChildRun
{
    int exitCode = -1;
    double seconds = 0;
    long peakRssKb = 0;
};

// Runs a program to completion; wall time and the child's own peak RSS (wait4 rusage).
ChildRun runChild(const QString &program, const QStringList &arguments)
{
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments) {
        storage.push_back(a.toLocal8Bit());
    }
    std::vector<char *> argv;
    for (QByteArray &s : storage) {
        argv.push_back(s.data());
    }
    argv.push_back(nullptr);
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
        return run;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.peakRssKb = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// The store on disk after its loader exited: the file and whatever WAL is left.
double storeMb(const QString &path)
{
    qint64 bytes = 0;
    for (const char *suffix : {"", "-wal"}) {
        bytes += QFileInfo(path + QLatin1String(suffix)).size();
    }
    return double(bytes) / (1024.0 * 1024.0);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

void figure(const char *name, double value, const char *unit)
{
    std::printf("%s=%.3f%s\n", name, value, unit);
    std::fflush(stdout);
}

// Real-looking queries: whole given names, two names, and prefixes of 3–5 letters.
QStringList makeQueries(int count, quint64 seed)
{
    using demo::DemoNames;
    QStringList first = DemoNames::maleOlder() + DemoNames::femaleOlder() +
                        DemoNames::maleYounger() + DemoNames::femaleYounger() +
                        DemoNames::oldSpellingsMale() + DemoNames::oldSpellingsFemale();
    const QStringList second = DemoNames::secondNamesMale() + DemoNames::secondNamesFemale();
    std::mt19937_64 random(seed);
    const auto pick = [&random](const QStringList &list) {
        return list[int(random() % uint64_t(list.size()))];
    };
    const auto prefix = [&random](const QString &word) { return word.left(3 + int(random() % 3)); };
    QStringList queries;
    for (int i = 0; i < count; ++i) {
        switch (random() % 6) {
        case 0:
        case 1:
            queries << pick(first);
            break;
        case 2:
        case 3:
            queries << pick(first) + u' ' + pick(second);
            break;
        case 4:
            queries << prefix(pick(first));
            break;
        default:
            queries << prefix(pick(first)) + u' ' + prefix(pick(second));
            break;
        }
    }
    return queries;
}

// The same page on the raw C API: the prefix FTS5 match joined to the columns the list shows.
double rawSearchMs(sqlite3_stmt *stmt, const QString &query)
{
    QStringList parts;
    for (const QString &t : NameNormalizer::tokens(query)) {
        parts << u'"' + t + QStringLiteral("\"*");
    }
    const QByteArray expression = parts.join(u' ').toUtf8();
    QElapsedTimer timer;
    timer.start();
    sqlite3_bind_text(stmt, 1, expression.constData(), int(expression.size()), SQLITE_STATIC);
    int rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < 6; ++c) {
            rows += sqlite3_column_bytes(stmt, c) >= 0;
        }
    }
    sqlite3_reset(stmt);
    return double(timer.nsecsElapsed()) / 1e6;
}

// Name searches through the product and the raw FTS5 query, then NIK lookups.
int measureSearch(const QString &productDb, int queryCount)
{
    auto db = Database::open(productDb);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 2;
    }
    const PersonSearch search(*db.value());
    const QStringList queries = makeQueries(queryCount, 20261123);
    sqlite3_stmt *rawStmt = nullptr;
    sqlite3_prepare_v2(
        db.value()->handle(),
        "SELECT p.id, p.nik, p.name, p.household_id, h.rt, h.rw FROM person_name_fts f "
        "JOIN person p ON p.pk = f.rowid JOIN household h ON h.id = p.household_id "
        "WHERE person_name_fts MATCH ?1 ORDER BY f.rowid LIMIT 50",
        -1, &rawStmt, nullptr);
    // Warm both paths once so the first query does not pay for the cache.
    for (const QString &q : queries.mid(0, 20)) {
        (void)search.find(q);
        rawSearchMs(rawStmt, q);
    }
    std::vector<double> productMs;
    std::vector<double> rawMs;
    qint64 hits = 0;
    for (int i = 0; i < queries.size(); ++i) {
        const QString &q = queries[i];
        const bool rawFirst = i % 2 == 1;
        if (rawFirst) {
            rawMs.push_back(rawSearchMs(rawStmt, q));
        }
        QElapsedTimer t;
        t.start();
        const auto page = search.find(q, {}, {}, 50);
        productMs.push_back(double(t.nsecsElapsed()) / 1e6);
        hits += page ? page->hits.size() : 0;
        if (!rawFirst) {
            rawMs.push_back(rawSearchMs(rawStmt, q));
        }
    }
    sqlite3_finalize(rawStmt);
    std::printf("search_queries=%zu\nsearch_mean_hits=%.1f\n", productMs.size(),
                double(hits) / double(productMs.size()));
    // The slowest queries by name (synthetic names, never a NIK): where the tail comes from.
    std::vector<int> order(productMs.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return productMs[a] > productMs[b]; });
    for (int i = 0; i < 8 && i < int(order.size()); ++i) {
        std::printf("search_slow\t%.1f ms\t%.1f ms raw\t%s\n", productMs[order[i]], rawMs[order[i]],
                    qPrintable(queries[order[i]]));
    }
    figure("search_p50_ms", percentile(productMs, 0.5), "");
    figure("search_p99_ms", percentile(productMs, 0.99), "");
    figure("search_raw_p50_ms", percentile(rawMs, 0.5), "");
    figure("search_raw_p99_ms", percentile(rawMs, 0.99), "");
    figure("search_p99_ratio", percentile(productMs, 0.99) / percentile(rawMs, 0.99), "");

    auto niks = db.value()->query(QStringLiteral(
        "SELECT nik FROM person WHERE nik IS NOT NULL ORDER BY random() LIMIT 1000"));
    std::vector<double> nikMs;
    while (niks && niks->next()) {
        const QString nik = niks->value(0).toString();
        QElapsedTimer t;
        t.start();
        const auto page = search.find(nik, {}, {}, 50);
        nikMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!page || page->hits.isEmpty()) {
            std::fprintf(stderr, "NIK lookup found nothing\n");
            return 2;
        }
    }
    double sum = 0;
    for (double v : nikMs) {
        sum += v;
    }
    figure("nik_lookup_mean_ms", nikMs.empty() ? 0 : sum / double(nikMs.size()), "");
    return 0;
}

// The synthetic snapshot: households and persons CSV over the 46 kelurahan of Kota Kediri.
int generateSnapshot(int householdCount, const QString &households, const QString &persons)
{
    DemoOptions options;
    options.households = householdCount;
    options.today = QDate(2026, 11, 23);
    options.villageCodes.clear();
    for (const Village &v : RegionDirectory::instance().villagesIn(QStringLiteral("35.71"))) {
        options.villageCodes << v.code;
    }
    QSaveFile h(households);
    QSaveFile p(persons);
    if (!h.open(QIODevice::WriteOnly) || !p.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(households));
        return 2;
    }
    const auto written = DemoVillage::writeSnapshot(options, h, p);
    if (!written || !h.commit() || !p.commit()) {
        return 2;
    }
    std::printf("snapshot_households=%lld\nsnapshot_persons=%lld\n", written->households,
                written->persons);
    return 0;
}

// Where a store's bytes are: every table and index of at least 1 MB, largest first (SQLite's
// dbstat table), one figure per line as store_<label>_<object>_mb.
void objectSizes(const QString &path, const char *label)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT name, sum(pgsize) FROM dbstat GROUP BY name "
                           "HAVING sum(pgsize) >= 1048576 ORDER BY 2 DESC",
                           -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const std::string name = std::string("store_") + label + '_' +
                                     reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)) +
                                     "_mb";
            figure(name.c_str(), double(sqlite3_column_int64(stmt, 1)) / (1024.0 * 1024.0), "");
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 5 && std::string(argv[1]) == "raw-load") {
        QCoreApplication app(argc, argv);
        return bench::rawLoad(argv[2], argv[3], argv[4]);
    }
    if (argc == 5 && std::string(argv[1]) == "raw-load-plain") {
        return bench::rawLoadPlain(argv[2], argv[3], argv[4]);
    }
    if (argc == 5 && std::string(argv[1]) == "generate") {
        QCoreApplication app(argc, argv);
        return generateSnapshot(QString::fromLocal8Bit(argv[2]).toInt(),
                                QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption householdsOption(QStringLiteral("households"),
                                              QStringLiteral("Households to generate."),
                                              QStringLiteral("N"), QStringLiteral("300000"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
                                           QStringLiteral("Name searches to time."),
                                           QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption workOption(
        QStringLiteral("work"),
        QStringLiteral("Keep the files in this folder (default: a temporary one)."),
        QStringLiteral("DIR"));
    const QCommandLineOption searchOnlyOption(
        QStringLiteral("search-only"),
        QStringLiteral("Skip generation and import; search DIR/product.sqlite of an earlier run."));
    const QCommandLineOption skipSameSchemaOption(
        QStringLiteral("skip-same-schema"),
        QStringLiteral("Leave out the raw loader into the product's schema and its figures."));
    parser.addOptions(
        {householdsOption, queriesOption, workOption, searchOnlyOption, skipSameSchemaOption});
    parser.process(app);

    QTemporaryDir temporary;
    const QString work = parser.isSet(workOption) ? parser.value(workOption) : temporary.path();
    QDir().mkpath(work);
    const QString households = work + QStringLiteral("/households.csv");
    const QString persons = work + QStringLiteral("/persons.csv");
    const QString productDb = work + QStringLiteral("/product.sqlite");
    const QString rawDb = work + QStringLiteral("/raw.sqlite");
    const QString plainDb = work + QStringLiteral("/raw-plain.sqlite");
    if (parser.isSet(searchOnlyOption)) {
        if (!parser.isSet(workOption) || !QFileInfo::exists(productDb)) {
            std::fprintf(stderr, "--search-only needs --work DIR with product.sqlite in it\n");
            return 2;
        }
        return measureSearch(productDb, parser.value(queriesOption).toInt());
    }
    for (const QString &db : {productDb, rawDb, plainDb}) {
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile::remove(db + QLatin1String(suffix));
        }
    }

    // The snapshot is written by a child of its own: Linux keeps a process's peak RSS across
    // exec, so a loader spawned by a parent that had generated a million people would report
    // the parent's peak instead of its own.
    const QString binDir = QFileInfo(QCoreApplication::applicationFilePath()).absolutePath();
    QElapsedTimer timer;
    timer.start();
    const ChildRun generated =
        runChild(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("generate"), parser.value(householdsOption), households, persons});
    if (generated.exitCode != 0) {
        std::fprintf(stderr, "snapshot generation failed\n");
        return 2;
    }
    figure("generate_s", double(timer.nsecsElapsed()) / 1e9, "");

    const ChildRun product =
        runChild(binDir + QStringLiteral("/tepat-cli"),
                 {QStringLiteral("import"), QStringLiteral("--db"), productDb,
                  QStringLiteral("--as-of"), QStringLiteral("2026-11-23"), households, persons});
    const bool sameSchema = !parser.isSet(skipSameSchemaOption);
    ChildRun raw;
    if (sameSchema) {
        raw = runChild(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("raw-load"), rawDb, households, persons});
    } else {
        raw.exitCode = 0;
    }
    const ChildRun plain =
        runChild(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("raw-load-plain"), plainDb, households, persons});
    if (product.exitCode != 0 || raw.exitCode != 0 || plain.exitCode != 0) {
        std::fprintf(stderr, "import failed (product exit %d, raw exit %d, raw plain exit %d)\n",
                     product.exitCode, raw.exitCode, plain.exitCode);
        return 2;
    }
    figure("import_product_s", product.seconds, "");
    if (sameSchema) {
        figure("import_raw_s", raw.seconds, "");
    }
    figure("import_raw_plain_s", plain.seconds, "");
    // Against the same-schema loader (same tables, indexes and triggers live) and against the
    // plain schema (the physical limit: what the 1.5x target is measured against).
    if (sameSchema) {
        figure("import_ratio", product.seconds / raw.seconds, "");
    }
    figure("import_plain_ratio", product.seconds / plain.seconds, "");
    figure("import_peak_rss_mb", double(product.peakRssKb) / 1024.0, "");
    if (sameSchema) {
        figure("import_raw_peak_rss_mb", double(raw.peakRssKb) / 1024.0, "");
    }
    figure("import_raw_plain_peak_rss_mb", double(plain.peakRssKb) / 1024.0, "");
    const double productMb = storeMb(productDb);
    const double plainMb = storeMb(plainDb);
    figure("store_product_mb", productMb, "");
    if (sameSchema) {
        figure("store_raw_mb", storeMb(rawDb), "");
    }
    figure("store_raw_plain_mb", plainMb, "");
    figure("store_plain_ratio", productMb / plainMb, "");
    objectSizes(productDb, "product");
    objectSizes(plainDb, "raw_plain");

    return measureSearch(productDb, parser.value(queriesOption).toInt());
}
