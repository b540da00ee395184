// tepat-central at the size of a regency, figures one per line (Release build:
// cmake --preset bench && cmake --build build/bench --target tepat-bench-central tepat-central &&
// build/bench/bin/tepat-bench-central [--villages 50,200,500] [--db pg,sqlite]).
//
// For each store (pg: a PostgreSQL cluster the bench starts, as the tests do; sqlite) and each
// village count, a fresh tepat-central runs as its own process on loopback with its default
// limits. Every village is a client of its own loopback address (127.0.x.y), so the limit of 32
// connections per address is never what is measured. Each village signs in, uploads its house
// photos, pushes 20 change requests and pulls until it has seen Dinsos's decision on each; a
// supervisor verifies the requests as they arrive. Calls wait a client's think time between
// them, and the villages arrive spread over a ramp.
//
//   <db>_villages<N>_<call>_p50_ms / _p99_ms   login, upload_state, upload, push, pull,
//                                              review, decide
//   <db>_villages<N>_calls                     answered calls
//   <db>_villages<N>_errors                    failed calls (no answer, or an error status other
//                                              than a busy answer with Retry-After)
//   <db>_villages<N>_busy_retries              busy answers (503/429 with Retry-After) retried
//   <db>_villages<N>_lost                      requests a push accepted that the server does not
//                                              list at the end, plus decisions never pulled
//   <db>_villages<N>_duplicated                requests the server lists more than once, or
//                                              accepted as new twice, plus changes pulled twice
//   <db>_villages<N>_wall_s, _calls_per_s      the whole run, and answered calls per second
//   <db>_villages<N>_server_cpu_s / _pct       tepat-central's CPU time (user + system)
//   <db>_villages<N>_server_rss_mb             its peak resident memory
//   pg_villages<N>_postgres_cpu_s              PostgreSQL's CPU time, all its processes

#include "bench/central/BenchVillage.h"
#include "tests/sync/PostgresCluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace tepat;
using namespace tepat::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption villages(QStringLiteral("villages"), QStringLiteral("counts"),
                                      QStringLiteral("N,N"), QStringLiteral("50,200,500"));
    const QCommandLineOption stores(QStringLiteral("db"), QStringLiteral("pg,sqlite"),
                                    QStringLiteral("LIST"), QStringLiteral("pg,sqlite"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("tepat-central"),
                                    QStringLiteral("FILE"));
    parser.addOptions({villages, stores, server});
    parser.process(app);
    BenchPlan plan;
    plan.serverBinary = parser.isSet(server) ? parser.value(server)
                                             : QCoreApplication::applicationDirPath() +
                                                   QStringLiteral("/tepat-central");
    std::unique_ptr<test::PostgresCluster> cluster;
    int databases = 0;
    for (const QString &store : parser.value(stores).split(u',')) {
        for (const QString &count : parser.value(villages).split(u',')) {
            plan.villages = count.toInt();
            plan.prefix = QStringLiteral("%1_villages%2_").arg(store, count);
            plan.databaseUrl.clear();
            plan.postgresPid = 0;
            if (store == QLatin1String("pg")) {
                if (!cluster) {
                    cluster = std::make_unique<test::PostgresCluster>(true);
                    if (!cluster->running()) {
                        qFatal("postgres: %s", qPrintable(cluster->problem()));
                    }
                }
                plan.databaseUrl =
                    cluster->createDatabase(QStringLiteral("bench_%1").arg(++databases));
                plan.postgresPid = cluster->pid();
            }
            if (!runScenario(plan)) {
                return 1;
            }
        }
    }
    return 0;
}
