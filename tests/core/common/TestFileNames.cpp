#include "core/common/FileNames.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestFileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The register number of issue 21 became "…/400.9.14.1/0002/Kel.pdf" in the print dialog.
    void registerNumberBecomesOneName()
    {
        const QString name =
            FileNames::safe(QStringLiteral("Surat keterangan 400.9.14.1/0002/Kel.Bangsal/XI/2026"),
                            QStringLiteral("pdf"));
        QCOMPARE(name, QStringLiteral("surat-keterangan-400-9-14-1-0002-kel-bangsal-xi-2026.pdf"));
        QCOMPARE(QFileInfo(name).fileName(), name);
        QCOMPARE(QFileInfo(name).completeBaseName(), name.chopped(4)); // one dot: the extension
    }

    void dropsSeparatorsControlCharactersAndReservedNames()
    {
        QCOMPARE(FileNames::safeBase(QStringLiteral("a\\b:c*d?e\"f<g>h|i\tj\nk\x01l")),
                 QStringLiteral("a-b-c-d-e-f-g-h-i-j-k-l"));
        QCOMPARE(FileNames::safeBase(QStringLiteral("../../etc/passwd")),
                 QStringLiteral("etc-passwd"));
        QCOMPARE(FileNames::safeBase(QStringLiteral(" .. ")), QStringLiteral("dokumen"));
        QCOMPARE(FileNames::safeBase(QStringLiteral("CON")), QStringLiteral("con-dokumen"));
        QCOMPARE(FileNames::safeBase(QStringLiteral("Daftar hadir — Musyawarah Ü")),
                 QStringLiteral("daftar-hadir-musyawarah-u"));
        QVERIFY(FileNames::safeBase(QString(200, u'x')).size() <= 60);
    }

    void neverKeepsAnIdentityNumber()
    {
        const QString nik = QStringLiteral("3571014101900001");
        QCOMPARE(FileNames::safeBase(QStringLiteral("surat ") + nik), QStringLiteral("surat"));
        QCOMPARE(FileNames::safeBase(QStringLiteral("kk 3571.0141.0190.0001 x")),
                 QStringLiteral("kk-x"));
        // A serial and a year stay.
        QCOMPARE(FileNames::safeBase(QStringLiteral("SK 2026 0012")),
                 QStringLiteral("sk-2026-0012"));
    }

    void writableFolderSkipsFoldersThatCannotBeUsed()
    {
        TempStore store;
        writeFile(store.file(QStringLiteral("berkas")), "x");
        // A folder inside a regular file cannot exist, even for root.
        const QString impossible = store.file(QStringLiteral("berkas/dokumen"));
        const QString missing = store.file(QStringLiteral("belum-ada"));
        const QString good = store.file(QStringLiteral("Dokumen"));
        QVERIFY(QDir().mkpath(good));
        QCOMPARE(FileNames::writableFolder({impossible, missing, good}), QDir::cleanPath(good));
        QVERIFY(!QFileInfo::exists(missing)); // a suggestion creates nothing
        QCOMPARE(FileNames::writableFolder({impossible}), QDir::tempPath());
        QCOMPARE(FileNames::writableFolder({}), QDir::tempPath());
        // Nothing is left behind by the probe.
        QCOMPARE(QDir(good).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void suggestedPathIsInAWritableFolder()
    {
        const QString path =
            FileNames::suggestedPath(QStringLiteral("SK 2026/0002"), QStringLiteral("pdf"));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("sk-2026-0002.pdf"));
        QCOMPARE(QFileInfo(path).absolutePath(), FileNames::documentsFolder());
        QVERIFY(QFileInfo(QFileInfo(path).absolutePath()).isWritable());
    }
};

QTEST_GUILESS_MAIN(TestFileNames)
#include "TestFileNames.moc"
