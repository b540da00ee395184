#pragma once

#include "bench/central/BenchConnection.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <functional>

namespace tepat::bench {

struct BenchPlan
{
    QString prefix; // "pg_villages500_"
    int villages = 50;
    QString databaseUrl; // empty: SQLite
    qint64 postgresPid = 0;
    QString serverBinary;
    int requestsPerVillage = 20;
    int requestsPerPush = 5; // what a village's outbox holds at one automatic sync
    int photosPerVillage = 2;
    int photoBytes = 150 * 1024;
    int householdsPerVillage = 6;
    int rampMs = 0;       // 0: 40 ms per village
    int thinkMinMs = 200; // a client's own work between two calls (store, envelope, radio)
    int thinkMaxMs = 800;
    int supervisors = 2;
    int deadlineS = 600;
};

// Latencies per call kind, and what went wrong, for one scenario.
struct BenchStats
{
    QHash<QString, QList<double>> ms;
    int calls = 0;
    int errors = 0;
    int busyRetries = 0;
    QStringList errorSamples;
    void failed(const QString &kind, const BenchAnswer &a);
};

// Runs one call with the client's habits: waits its think time first, retries a busy answer
// after Retry-After, records the latency of every answered call.
class BenchCaller
{
public:
    BenchCaller(BenchConnection &connection, BenchStats &stats, const BenchPlan &plan,
                quint32 seed);
    // `ok` gets the body of a 2xx answer; other answers are counted as errors and `failed`
    // runs (default: nothing more).
    void call(const QString &kind, const QByteArray &method, const QByteArray &target,
              const QByteArray &body, std::function<void(const QJsonObject &)> ok,
              std::function<void()> failed = {}, bool think = true);
    BenchConnection &connection() { return m_connection; }
    QRandomGenerator &random() { return m_random; }

private:
    void attempt(const QString &kind, const QByteArray &method, const QByteArray &target,
                 const QByteArray &body, std::function<void(const QJsonObject &)> ok,
                 std::function<void()> failed, int retries);

    BenchConnection &m_connection;
    BenchStats &m_stats;
    const BenchPlan &m_plan;
    QRandomGenerator m_random;
};

struct VillageSeed
{
    QString code;
    QString username;
    QStringList households;
};

// One village's operator: login, photos, pushes, then pulls until Dinsos's decision on every
// request it sent has come back (or the deadline).
class BenchVillage
{
public:
    BenchVillage(int index, VillageSeed seed, quint16 port, BenchStats &stats,
                 const BenchPlan &plan, std::function<void()> finished);
    void start(int delayMs);
    bool done() const { return m_done; }

    QSet<QString> accepted;            // keys a push accepted as new
    int acceptedTwice = 0;             // keys accepted as new by two pushes
    QHash<QString, int> decisionsSeen; // key -> times its decision was pulled
    int changesPulledTwice = 0;

private:
    void login();
    void upload(int photo);
    void push(int batch);
    void pull();
    void finish();

    int m_index;
    VillageSeed m_seed;
    BenchConnection m_connection;
    BenchCaller m_caller;
    const BenchPlan &m_plan;
    std::function<void()> m_finished;
    QStringList m_photos; // SHA-256 of each photo
    QList<QByteArray> m_photoBytes;
    QStringList m_keys;
    qint64 m_cursor = 0;
    QSet<qint64> m_seenSeq;
    qint64 m_deadlineNs = 0;
    bool m_done = false;
};

// Dinsos: lists the received requests of the regency and verifies them, on its own connection,
// while the villages work; stops when `stop()` says so and nothing is left.
class BenchSupervisor
{
public:
    BenchSupervisor(int index, int of, quint16 port, BenchStats &stats, const BenchPlan &plan,
                    std::function<bool()> stop, std::function<void()> finished);
    void start(const QByteArray &token);
    int verified = 0;

private:
    void poll();
    void decide(QList<QString> keys);

    int m_index;
    int m_of;
    BenchConnection m_connection;
    BenchCaller m_caller;
    std::function<bool()> m_stop;
    std::function<void()> m_finished;
};

// One scenario: seeds a fresh store, starts tepat-central, runs the villages, checks, prints.
bool runScenario(const BenchPlan &plan);

QHostAddress villageAddress(int index);

} // namespace tepat::bench
