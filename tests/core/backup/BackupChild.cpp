// A backup that stops in the middle of writing and waits to be killed (TestBackupWriter).
// Usage: BackupChild DATABASE OUTPUT

#include "BackupTestSupport.h"
#include "backup/BackupWriter.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace tepat;
using namespace tepat::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        return 2;
    }
    const BackupKey key = fastKey();
    FixedClock clock(referenceNow());
    const auto r =
        BackupWriter(key, clock).write({args[1], {}, args[2]}, [](qint64 done, qint64 total) {
            if (done * 2 >= total) {
                std::fputs("menulis\n", stdout);
                std::fflush(stdout);
                for (;;) {
                    QThread::sleep(1);
                }
            }
            return true;
        });
    return r ? 0 : 1;
}
