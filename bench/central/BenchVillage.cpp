#include "bench/central/BenchVillage.h"

#include "core/outbox/RequestEnvelope.h"
#include "sync/protocol/Messages.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace tepat::bench {

namespace {

const QByteArray kPassword = QByteArrayLiteral("bench-sandi-rahasia");
const QUuid kDeviceSpace(QStringLiteral("0b0e0f5c-7d1e-4c3a-9f52-3a7d0c8e1b20"));

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

qint64 monotonicNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

} // namespace

QHostAddress villageAddress(int index)
{
    // 127.0.1.2 … 127.0.1.251, 127.0.2.2 …: all of 127/8 is this machine's loopback.
    return QHostAddress(QStringLiteral("127.0.%1.%2").arg(1 + index / 250).arg(2 + index % 250));
}

void BenchStats::failed(const QString &kind, const BenchAnswer &a)
{
    ++errors;
    if (errorSamples.size() < 8) {
        errorSamples << QStringLiteral("%1: %2 %3 %4")
                            .arg(kind)
                            .arg(a.status)
                            .arg(a.failure, QString::fromUtf8(a.body.left(200)));
    }
}

BenchCaller::BenchCaller(BenchConnection &connection, BenchStats &stats, const BenchPlan &plan,
                         quint32 seed)
    : m_connection(connection)
    , m_stats(stats)
    , m_plan(plan)
    , m_random(seed)
{}

void BenchCaller::call(const QString &kind, const QByteArray &method, const QByteArray &target,
                       const QByteArray &body, std::function<void(const QJsonObject &)> ok,
                       std::function<void()> failed, bool think)
{
    const int wait =
        think ? m_plan.thinkMinMs +
                    int(m_random.bounded(quint32(m_plan.thinkMaxMs - m_plan.thinkMinMs + 1)))
              : 0;
    QTimer::singleShot(wait, &m_connection,
                       [=, this] { attempt(kind, method, target, body, ok, failed, 0); });
}

void BenchCaller::attempt(const QString &kind, const QByteArray &method, const QByteArray &target,
                          const QByteArray &body, std::function<void(const QJsonObject &)> ok,
                          std::function<void()> failed, int retries)
{
    // A busy answer is waited out as a client does, for as long as the server asks (bounded by
    // the scenario's deadline through the count).
    m_connection.send(method, target, body, [=, this](const BenchAnswer &a) {
        if ((a.status == 503 || a.status == 429) && a.retryAfter > 0 && retries < 600) {
            ++m_stats.busyRetries;
            QTimer::singleShot(int(a.retryAfter * 1000), &m_connection, [=, this] {
                attempt(kind, method, target, body, ok, failed, retries + 1);
            });
            return;
        }
        if (a.status != 0) {
            ++m_stats.calls;
            m_stats.ms[kind].append(a.ms);
        }
        if (a.status >= 200 && a.status < 300) {
            ok(QJsonDocument::fromJson(a.body).object());
            return;
        }
        m_stats.failed(kind, a);
        if (failed) {
            failed();
        }
    });
}

BenchVillage::BenchVillage(int index, VillageSeed seed, quint16 port, BenchStats &stats,
                           const BenchPlan &plan, std::function<void()> finished)
    : m_index(index)
    , m_seed(std::move(seed))
    , m_connection(villageAddress(index), port)
    , m_caller(m_connection, stats, plan, quint32(1000 + index))
    , m_plan(plan)
    , m_finished(std::move(finished))
{
    for (int p = 0; p < plan.photosPerVillage; ++p) {
        QByteArray bytes(plan.photoBytes, Qt::Uninitialized);
        for (char &c : bytes) {
            c = char(m_caller.random().bounded(256));
        }
        m_photoBytes << bytes;
        m_photos << QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
}

void BenchVillage::start(int delayMs)
{
    m_deadlineNs = monotonicNs() + qint64(m_plan.deadlineS) * 1000000000;
    QTimer::singleShot(delayMs, &m_connection, [this] { login(); });
}

void BenchVillage::login()
{
    const QJsonObject body{
        {QStringLiteral("username"), m_seed.username},
        {QStringLiteral("password"), QString::fromLatin1(kPassword)},
        {QStringLiteral("device_id"),
         QUuid::createUuidV5(kDeviceSpace, m_seed.username).toString(QUuid::WithoutBraces)},
        {QStringLiteral("device_name"), QStringLiteral("PC kantor desa")}};
    m_caller.call(
        QStringLiteral("login"), "POST", "/api/v1/login", compact(body),
        [this](const QJsonObject &o) {
            m_connection.setToken(o.value(QLatin1String("access_token")).toString().toLatin1());
            upload(0);
        },
        [this] { finish(); }, false);
}

void BenchVillage::upload(int photo)
{
    if (photo >= m_photos.size()) {
        push(0);
        return;
    }
    const QByteArray target = "/api/v1/attachments/" + m_photos[photo].toLatin1();
    m_caller.call(
        QStringLiteral("upload_state"), "GET", target, {},
        [this, photo, target](const QJsonObject &state) {
            if (state.value(QLatin1String("complete")).toBool()) {
                upload(photo + 1);
                return;
            }
            const QByteArray bytes = m_photoBytes[photo];
            m_caller.call(
                QStringLiteral("upload"), "PUT",
                target + "?offset=0&total=" + QByteArray::number(bytes.size()), bytes,
                [this, photo](const QJsonObject &) { upload(photo + 1); },
                [this, photo] { upload(photo + 1); }, false);
        },
        [this, photo] { upload(photo + 1); });
}

void BenchVillage::push(int batch)
{
    const int first = batch * m_plan.requestsPerPush;
    if (first >= m_plan.requestsPerVillage) {
        pull();
        return;
    }
    sync::PushRequest request;
    for (int k = first; k < qMin(first + m_plan.requestsPerPush, m_plan.requestsPerVillage); ++k) {
        QJsonArray attachments;
        if (k < m_photos.size()) {
            attachments.append(
                QJsonObject{{QStringLiteral("sha256"), m_photos[k]},
                            {QStringLiteral("role"), QStringLiteral("house_front")}});
        }
        const QJsonObject envelope{
            {QStringLiteral("kind"), QStringLiteral("program_proposal")},
            {QStringLiteral("household_id"), m_seed.households[k % m_seed.households.size()]},
            {QStringLiteral("person_id"), QString()},
            {QStringLiteral("base_version"), 1},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("program"), QStringLiteral("pkh")},
                         {QStringLiteral("note"),
                          QStringLiteral("Usulan %1 dari %2").arg(k + 1).arg(m_seed.code)}}},
            {QStringLiteral("attachments"), attachments},
            {QStringLiteral("warnings"), QJsonArray()},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-20T02:11:09.120Z")},
            {QStringLiteral("created_by"), QStringLiteral("operator")}};
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_keys << key;
        request.items.append({key, RequestEnvelope::hash(envelope), envelope});
    }
    m_caller.call(
        QStringLiteral("push"), "POST", "/api/v1/push", compact(request.toJson()),
        [this, batch](const QJsonObject &o) {
            for (const QJsonValue &v : o.value(QLatin1String("results")).toArray()) {
                const QJsonObject r = v.toObject();
                const QString key = r.value(QLatin1String("key")).toString();
                if (r.value(QLatin1String("outcome")).toString() == QLatin1String("accepted") &&
                    !r.value(QLatin1String("replay")).toBool()) {
                    if (accepted.contains(key)) {
                        ++acceptedTwice;
                    }
                    accepted.insert(key);
                }
            }
            push(batch + 1);
        },
        [this, batch] { push(batch + 1); });
}

void BenchVillage::pull()
{
    m_caller.call(
        QStringLiteral("pull"), "GET",
        "/api/v1/changes?limit=500&after=" + QByteArray::number(m_cursor), {},
        [this](const QJsonObject &page) {
            for (const QJsonValue &v : page.value(QLatin1String("changes")).toArray()) {
                const QJsonObject change = v.toObject();
                const qint64 seq = change.value(QLatin1String("seq")).toInteger();
                if (m_seenSeq.contains(seq)) {
                    ++changesPulledTwice;
                }
                m_seenSeq.insert(seq);
                m_cursor = qMax(m_cursor, seq);
                if (change.value(QLatin1String("entity")).toString() == QLatin1String("request")) {
                    ++decisionsSeen[change.value(QLatin1String("id")).toString()];
                }
            }
            if (page.value(QLatin1String("has_more")).toBool()) {
                pull();
                return;
            }
            int decided = 0;
            for (const QString &key : std::as_const(accepted)) {
                decided += decisionsSeen.contains(key);
            }
            if (decided >= accepted.size() || monotonicNs() > m_deadlineNs) {
                finish();
                return;
            }
            // The next automatic sync, a while later.
            QTimer::singleShot(1000 + int(m_caller.random().bounded(1000u)), &m_connection,
                               [this] { pull(); });
        },
        [this] {
            if (monotonicNs() > m_deadlineNs) {
                finish();
            } else {
                QTimer::singleShot(1000, &m_connection, [this] { pull(); });
            }
        });
}

void BenchVillage::finish()
{
    if (!m_done) {
        m_done = true;
        m_finished();
    }
}

BenchSupervisor::BenchSupervisor(int index, int of, quint16 port, BenchStats &stats,
                                 const BenchPlan &plan, std::function<bool()> stop,
                                 std::function<void()> finished)
    : m_index(index)
    , m_of(of)
    , m_connection(QHostAddress(QStringLiteral("127.0.0.%1").arg(10 + index)), port)
    , m_caller(m_connection, stats, plan, quint32(7 + index))
    , m_stop(std::move(stop))
    , m_finished(std::move(finished))
{}

void BenchSupervisor::start(const QByteArray &token)
{
    m_connection.setToken(token);
    poll();
}

void BenchSupervisor::poll()
{
    m_caller.call(
        QStringLiteral("review"), "GET", "/api/v1/review/requests?state=received&limit=200", {},
        [this](const QJsonObject &o) {
            QList<QString> mine;
            for (const QJsonValue &v : o.value(QLatin1String("requests")).toArray()) {
                const QJsonObject r = v.toObject();
                if (r.value(QLatin1String("id")).toInteger() % m_of == m_index) {
                    mine << r.value(QLatin1String("key")).toString();
                }
            }
            if (!mine.isEmpty()) {
                decide(mine);
            } else if (m_stop()) {
                m_finished();
            } else {
                QTimer::singleShot(500, &m_connection, [this] { poll(); });
            }
        },
        [this] { QTimer::singleShot(1000, &m_connection, [this] { poll(); }); }, false);
}

void BenchSupervisor::decide(QList<QString> keys)
{
    if (keys.isEmpty()) {
        poll();
        return;
    }
    const QString key = keys.takeFirst();
    m_caller.call(
        QStringLiteral("decide"), "POST", "/api/v1/review/requests/" + key.toLatin1() + "/verify",
        compact({{QStringLiteral("reason"), QString()}}),
        [this, keys](const QJsonObject &) {
            ++verified;
            decide(keys);
        },
        [this, keys] { decide(keys); }, false);
}

} // namespace tepat::bench
