// Benchmark: 1,000 surat keterangan DTKS to PDF (numbered, signed, registered, rendered, written),
// the way `tepat-cli letters` makes them. Target: at most 10 s (Release). Prints one figure per
// line; never fails on a number.

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/demo/DemoVillage.h"
#include "core/documents/LetterBatch.h"
#include "core/files/ContentStore.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <ctime>

using namespace tepat;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 1000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone("Asia/Jakarta")));
    auto db = Database::open(path);
    if (!db) {
        qFatal("%s", qPrintable(db.error().message));
    }
    DemoOptions demo;
    demo.households = count; // about three people each
    demo.today = clock.today();
    if (const auto r = DemoVillage::populate(*db.value(), clock, demo); !r) {
        qFatal("%s", qPrintable(r.error().message));
    }
    QStringList ids;
    auto q = db.value()->query(
        QStringLiteral("SELECT id FROM person WHERE status <> 'deceased' ORDER BY id LIMIT ?"),
        {count});
    while (q && q->next()) {
        ids << q->value(0).toString();
    }
    const Session session(Actor{QStringLiteral("bench"), QStringLiteral("bench"), Role::Operator});
    const LetterBatch batch(*db.value(), clock, session, ContentStore::rootFor(path));
    CertificateForm form;
    form.religion = QStringLiteral("Islam");
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const QList<LetterBatch::Item> items =
        batch.run(ids, dir.filePath(QStringLiteral("out")), form, Paper::A4);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    int failed = 0;
    for (const LetterBatch::Item &item : items) {
        failed += item.error ? 1 : 0;
    }
    printf("letters=%lld\n", static_cast<long long>(items.size() - failed));
    printf("failed=%d\n", failed);
    printf("seconds=%.2f\n", seconds);
    printf("letters_per_second=%.0f\n", (items.size() - failed) / seconds);
    printf("cpu_seconds=%.2f\n", cpu);
    return failed == 0 ? 0 : 1;
}
