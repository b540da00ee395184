#include "core/files/AtomicFile.h"
#include "core/files/ContentStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tepat;

class TestContentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBytesStoredOnce()
    {
        QTemporaryDir dir;
        const ContentStore store(dir.filePath(QStringLiteral("files")));
        const auto a = store.put("rumah depan");
        const auto b = store.put("rumah depan");
        QVERIFY(a && b);
        QCOMPARE(a.value(), b.value());
        QCOMPARE(a.value(), ContentStore::sha256Of("rumah depan"));
        QVERIFY(store.contains(a.value()));
        QCOMPARE(store.read(a.value()).value(), QByteArray("rumah depan"));
        QCOMPARE(
            QDir(dir.filePath(QStringLiteral("files/") + a->left(2))).entryList(QDir::Files).size(),
            1);
    }

    void damagedFileIsDetected()
    {
        QTemporaryDir dir;
        const ContentStore store(dir.filePath(QStringLiteral("files")));
        const QString sha = store.put("asli").value();
        QFile f(store.pathOf(sha));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("palsu");
        f.close();
        const auto read = store.read(sha);
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("files.corrupt"));
        QVERIFY(!store.read(QStringLiteral("../etc/passwd")));
    }

    void rootBesideTheStore()
    {
        QCOMPARE(ContentStore::rootFor(QStringLiteral("/data/kel/tepat.sqlite")),
                 QStringLiteral("/data/kel/tepat-files"));
        QVERIFY(ContentStore::isSha256(QString(64, u'a')));
        QVERIFY(!ContentStore::isSha256(QString(64, u'A')));
        QVERIFY(!ContentStore::isSha256(QStringLiteral("abc")));
    }

    void unwritableFolderIsAClearError()
    {
        const ContentStore store(QStringLiteral("/proc/tepat-cannot-write-here"));
        const auto put = store.put("x");
        QVERIFY(!put);
        QCOMPARE(put.error().code, QStringLiteral("files.folder"));
    }

    void atomicWriteReplacesWholeOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/surat.pdf"));
        QVERIFY(AtomicFile::write(path, "pertama"));
        QVERIFY(AtomicFile::write(path, "kedua"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("kedua"));
        // Only the file itself is left: no temporary beside it.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("a/b"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("surat.pdf")});

        // A folder where the file should go: refused, the folder is untouched.
        const QString blocked = dir.filePath(QStringLiteral("blocked.pdf"));
        QVERIFY(QDir().mkpath(blocked));
        const Status refused = AtomicFile::write(blocked, "x");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("files.write"));
        QVERIFY(refused.error().message.contains(QStringLiteral("blocked.pdf")));
        QVERIFY(QFileInfo(blocked).isDir());

        const Status noFolder =
            AtomicFile::write(QStringLiteral("/proc/tepat-cannot-write-here/x.pdf"), "x");
        QCOMPARE(noFolder.error().code, QStringLiteral("files.folder"));
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "TestContentStore.moc"
