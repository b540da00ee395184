#include "core/files/AtomicFile.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The operator is told in Indonesian what went wrong and what to do, with no English
    // system text such as "Is a directory" or "Permission denied".
    void failuresSayWhatToDo()
    {
        TempStore store;
        const QString blocked = store.file(QStringLiteral("surat.pdf"));
        QVERIFY(QDir().mkpath(blocked)); // a folder where the file should go
        const Status refused = AtomicFile::write(blocked, "x");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("files.write"));
        QCOMPARE(refused.error().message, AtomicFile::failure(blocked, QFileDevice::OpenError));
        QVERIFY(refused.error().message.contains(QStringLiteral("Pilih folder lain")));
        QVERIFY(
            !refused.error().message.contains(QStringLiteral("directory"), Qt::CaseInsensitive));

        writeFile(store.file(QStringLiteral("berkas")), "x");
        const Status noFolder =
            AtomicFile::write(store.file(QStringLiteral("berkas/sub/surat.pdf")), "x");
        QCOMPARE(noFolder.error().code, QStringLiteral("files.folder"));
        QVERIFY(noFolder.error().message.contains(QStringLiteral("Pilih folder lain")));

        QVERIFY(AtomicFile::failure(blocked, QFileDevice::ResourceError)
                    .contains(QStringLiteral("disk penuh")));
        QVERIFY(AtomicFile::failure(blocked, QFileDevice::PermissionsError)
                    .contains(QStringLiteral("izin menulis")));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "TestAtomicFile.moc"
