// Backups and restores in a child process, for what a test cannot do to itself
// (TestBackupWriter, TestBackupRestorer):
//   BackupChild backup DATABASE OUTPUT pause    stops half-way and waits to be killed
//   BackupChild backup DATABASE OUTPUT BYTES    files may not grow past BYTES (a full disk)
//   BackupChild restore BACKUP DATABASE BYTES   the same while restoring
// Prints the error message and exits 1 when the work fails.

#include "core/backup/BackupRestorer.h"
#include "core/backup/BackupWriter.h"
#include "tests/core/backup/BackupTestSupport.h"

#include <QCoreApplication>
#include <QThread>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

using namespace tepat;
using namespace tepat::test;

namespace {

void limitFileSize(const QString &bytes)
{
    // Writing past the limit then fails with EFBIG instead of killing the process.
    std::signal(SIGXFSZ, SIG_IGN);
    const rlim_t limit = bytes.toULongLong();
    const rlimit r{limit, limit};
    setrlimit(RLIMIT_FSIZE, &r);
}

int report(const Status &status)
{
    if (!status) {
        std::fputs(status.error().message.toUtf8().constData(), stdout);
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        return 2;
    }
    FixedClock clock(referenceNow());
    if (args[1] == QLatin1String("backup")) {
        const bool pause = args[4] == QLatin1String("pause");
        if (!pause) {
            limitFileSize(args[4]);
        }
        const BackupKey key = fastKey();
        const auto r = BackupWriter(key, clock)
                           .write({args[2], {}, args[3]}, [pause](qint64 done, qint64 total) {
                               if (pause && done * 2 >= total) {
                                   std::fputs("menulis\n", stdout);
                                   std::fflush(stdout);
                                   for (;;) {
                                       QThread::sleep(1);
                                   }
                               }
                               return true;
                           });
        return report(r ? Status() : Status(r.error()));
    }
    if (args[1] == QLatin1String("restore")) {
        limitFileSize(args[4]);
        const auto r = BackupRestorer().restore({args[2], testPassphrase(), args[3], {}});
        return report(r ? Status() : Status(r.error()));
    }
    return 2;
}
