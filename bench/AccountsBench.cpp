// Accounts, audit and backup figures, one per line (Release build: cmake --workflow --preset
// bench && build/bench/bin/tepat-bench-accounts).
//
//   password_check_ms{ops=…,mem_mib=…}   median time of one sign-in check at those limits
//   password_check_ms{standard}          the limits accounts use (PasswordCost::standard)
//   backup_key_derive_ms                 deriving a backup key (BackupKey::standardCost)
//   audit_verify_entries_per_s           AuditVerifier over 100,000 entries
//   backup_mb_per_s / restore_mb_per_s   a 2,000-family village plus 200 MB of photos

#include "core/accounts/PasswordHasher.h"
#include "core/audit/AuditVerifier.h"
#include "core/backup/BackupKey.h"
#include "core/backup/BackupRestorer.h"
#include "core/backup/BackupWriter.h"
#include "core/common/Clock.h"
#include "core/demo/DemoVillage.h"
#include "core/files/ContentStore.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace tepat;

namespace {

void print(const char *name, double value)
{
    std::printf("%s=%.1f\n", name, value);
    std::fflush(stdout);
}

double medianCheckMs(PasswordCost cost)
{
    const PasswordHasher hasher(cost);
    const QString hash = hasher.hash(QStringLiteral("kata-sandi-bench")).value();
    QList<double> ms;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        if (!hasher.verify(hash, QStringLiteral("kata-sandi-bench"))) {
            qFatal("verify failed");
        }
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::pair<unsigned long long, size_t> candidates[] = {{2, 64},  {5, 64},  {8, 64},
                                                                {3, 128}, {4, 128}, {2, 256}};
    for (const auto &[ops, mib] : candidates) {
        const QByteArray name = "password_check_ms{ops=" + QByteArray::number(ops) +
                                ",mem_mib=" + QByteArray::number(qulonglong(mib)) + '}';
        print(name.constData(), medianCheckMs({ops, mib << 20}));
    }
    print("password_check_ms{standard}", medianCheckMs(PasswordCost::standard()));
    {
        QElapsedTimer t;
        t.start();
        const auto key =
            BackupKey::derive(QStringLiteral("frasa sandi bench"), BackupKey::freshKdf());
        if (!key) {
            qFatal("derive failed");
        }
        print("backup_key_derive_ms", t.nsecsElapsed() / 1e6);
    }

    QTemporaryDir dir;
    FixedClock clock(QDateTime::currentDateTime());
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = Database::open(path);
    if (!db) {
        qFatal("%s", qPrintable(db.error().message));
    }
    {
        const AuditTrail trail(*db.value(), clock);
        Transaction tx(*db.value());
        for (int i = 0; i < 100000; ++i) {
            (void)trail.record(QStringLiteral("rina"), QStringLiteral("request.transition"),
                               QStringLiteral("change_request"), QString::number(i),
                               {{QStringLiteral("to"), QStringLiteral("approved")}});
        }
        (void)tx.commit();
        QElapsedTimer t;
        t.start();
        const auto verified = AuditVerifier(*db.value()).verify();
        if (!verified || !verified->intact()) {
            qFatal("verify failed");
        }
        print("audit_verify_entries_per_s", verified->checked / (t.nsecsElapsed() / 1e9));
    }
    DemoOptions options;
    options.households = 2000;
    if (!DemoVillage::populate(*db.value(), clock, options)) {
        qFatal("demo failed");
    }
    const ContentStore files(ContentStore::rootFor(path));
    for (int i = 0; i < 200; ++i) {
        QByteArray photo(1 << 20, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(photo.data()),
                                              photo.size() / 4);
        (void)files.put(photo);
    }
    const auto key = BackupKey::derive(QStringLiteral("frasa sandi bench"),
                                       BackupKey::freshKdf(PasswordCost::fastForTests()));
    const QString out = dir.filePath(QStringLiteral("bench.tepatbak"));
    QElapsedTimer t;
    t.start();
    const auto report = BackupWriter(key.value(), clock).write({path, {}, out});
    if (!report) {
        qFatal("%s", qPrintable(report.error().message));
    }
    const double mb = report->bytes / 1e6;
    print("backup_file_mb", mb);
    print("backup_mb_per_s", mb / (t.nsecsElapsed() / 1e9));
    t.restart();
    const auto restored = BackupRestorer().restore({out,
                                                    QStringLiteral("frasa sandi bench"),
                                                    dir.filePath(QStringLiteral("r/pulih.sqlite")),
                                                    {}});
    if (!restored) {
        qFatal("%s", qPrintable(restored.error().message));
    }
    print("restore_mb_per_s", mb / (t.nsecsElapsed() / 1e9));
    return 0;
}
