#include "core/storage/Database.h"
#include "tests/app/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QFileInfo>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// tepat-cli bundle export / import as scripts use them (docs/cli.md): office → laptop → office.
class TestBundleCommand : public QObject
{
    Q_OBJECT

    static CliRun cli(const QStringList &args, const QByteArray &input = {})
    {
        return runCli(QStringLiteral(TEPAT_CLI), args, input);
    }

    static QHash<QString, QString> fields(const QString &out)
    {
        QHash<QString, QString> map;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            map.insert(line.section(u'\t', 0, 0), line.section(u'\t', 1));
        }
        return map;
    }

    QTemporaryDir m_dir;
    QString m_office;
    QString m_laptop;
    QString m_package;
    const QByteArray m_phrase = "frasa sandi paket lapangan\nbaris lain diabaikan\n";

private Q_SLOTS:
    void initTestCase()
    {
        m_office = m_dir.filePath(QStringLiteral("kantor/tepat.sqlite"));
        m_laptop = m_dir.filePath(QStringLiteral("laptop/tepat.sqlite"));
        m_package = m_dir.filePath(QStringLiteral("usb/paket.tepatpkg"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), m_office,
                      QStringLiteral("--households"), QStringLiteral("40")})
                     .exit,
                 0);
    }

    void theOfficeWritesAWorkPackage()
    {
        const CliRun r =
            cli({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"),
                 m_office, QStringLiteral("--out"), m_package, QStringLiteral("--rw"),
                 QStringLiteral("001"), QStringLiteral("--assignee"), QStringLiteral("budi")},
                m_phrase);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const auto f = fields(r.out);
        QCOMPARE(f.value(QStringLiteral("kind")), QStringLiteral("work_package"));
        QVERIFY(f.value(QStringLiteral("households")).toInt() > 0);
        QCOMPARE(f.value(QStringLiteral("size")).toLongLong(), QFileInfo(m_package).size());
    }

    void aWrongPassphraseIsRefusedAndCreatesNothing()
    {
        const CliRun r = cli({QStringLiteral("bundle"), QStringLiteral("import"),
                              QStringLiteral("--db"), m_laptop, m_package},
                             "bukan frasa sandinya sama sekali\n");
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("Frasa sandi paket kerja salah")));
        QVERIFY(r.err.contains(QStringLiteral("Data tidak diubah")));
        QVERIFY(!QFileInfo::exists(m_laptop));
    }

    void aTruncatedPackageIsRefused()
    {
        QByteArray bytes = readFile(m_package);
        bytes.chop(100);
        const QString cut = m_dir.filePath(QStringLiteral("usb/terpotong.tepatpkg"));
        writeFile(cut, bytes);
        const CliRun r = cli({QStringLiteral("bundle"), QStringLiteral("import"),
                              QStringLiteral("--db"), m_laptop, cut},
                             m_phrase);
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("terpotong")));
        QVERIFY(!QFileInfo::exists(m_laptop));
    }

    void theLaptopTakesThePackage()
    {
        const CliRun r = cli({QStringLiteral("bundle"), QStringLiteral("import"),
                              QStringLiteral("--db"), m_laptop, m_package},
                             m_phrase);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const auto f = fields(r.out);
        for (const char *key : {"households", "visits", "photos", "locations", "answers", "drafts",
                                "unchanged", "conflicts", "audit"}) {
            QVERIFY2(f.contains(QLatin1String(key)), key);
        }
        QVERIFY(f.value(QStringLiteral("households")).toInt() > 0);
        QVERIFY(QFileInfo::exists(m_laptop));
    }

    void theLaptopsBundleMergesOnceAtTheOffice()
    {
        // The laptop records a point with the usual command, as on the office store.
        QString household;
        {
            auto laptop = Database::open(m_laptop);
            QVERIFY(laptop);
            auto q = laptop.value()->query(QStringLiteral("SELECT id FROM household LIMIT 1"));
            QVERIFY(q && q->next());
            household = q->value(0).toString();
        }
        const CliRun point =
            cli({QStringLiteral("location"), QStringLiteral("set"), QStringLiteral("--db"),
                 m_laptop, QStringLiteral("--household"), household, QStringLiteral("--lat"),
                 QStringLiteral("-7.8166"), QStringLiteral("--lon"), QStringLiteral("112.0119"),
                 QStringLiteral("--accuracy"), QStringLiteral("5")});
        QVERIFY2(point.exit == 0, qPrintable(point.err));
        const QString bundle = m_dir.filePath(QStringLiteral("usb/hasil.tepatpkg"));
        const CliRun written =
            cli({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"),
                 m_laptop, QStringLiteral("--out"), bundle});
        QVERIFY2(written.exit == 0, qPrintable(written.err));
        QCOMPARE(fields(written.out).value(QStringLiteral("kind")),
                 QStringLiteral("results_bundle"));
        const QStringList merge{QStringLiteral("bundle"), QStringLiteral("import"),
                                QStringLiteral("--db"), m_office, bundle};
        const CliRun first = cli(merge);
        QVERIFY2(first.exit == 0, qPrintable(first.err));
        QCOMPARE(fields(first.out).value(QStringLiteral("locations")), QStringLiteral("1"));
        QCOMPARE(fields(first.out).value(QStringLiteral("conflicts")), QStringLiteral("0"));
        // The laptop's own audit entries (the package, the point) join the office's trail once.
        QVERIFY(fields(first.out).value(QStringLiteral("audit")).toInt() >= 2);
        const CliRun second = cli(merge);
        QCOMPARE(second.exit, 0);
        QCOMPARE(fields(second.out).value(QStringLiteral("locations")), QStringLiteral("0"));
        QCOMPARE(fields(second.out).value(QStringLiteral("unchanged")), QStringLiteral("1"));
        QCOMPARE(fields(second.out).value(QStringLiteral("audit")), QStringLiteral("0"));
        // The laptop cannot merge its own bundle.
        const CliRun wrongStore = cli({QStringLiteral("bundle"), QStringLiteral("import"),
                                       QStringLiteral("--db"), m_laptop, bundle});
        QCOMPARE(wrongStore.exit, 1);
    }

    void allWritesTheWholeResultsAgain()
    {
        // After the bundle above, the next one has nothing new; --all has everything again
        // (the stick was lost), and the office takes none of it twice.
        const QString next = m_dir.filePath(QStringLiteral("usb/berikut.tepatpkg"));
        const CliRun nothing =
            cli({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"),
                 m_laptop, QStringLiteral("--out"), next});
        QVERIFY2(nothing.exit == 0, qPrintable(nothing.err));
        QCOMPARE(fields(nothing.out).value(QStringLiteral("locations")), QStringLiteral("0"));
        const QString again = m_dir.filePath(QStringLiteral("usb/semua.tepatpkg"));
        const CliRun all =
            cli({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"),
                 m_laptop, QStringLiteral("--out"), again, QStringLiteral("--all")});
        QVERIFY2(all.exit == 0, qPrintable(all.err));
        QCOMPARE(fields(all.out).value(QStringLiteral("locations")), QStringLiteral("1"));
        const CliRun merged = cli({QStringLiteral("bundle"), QStringLiteral("import"),
                                   QStringLiteral("--db"), m_office, again});
        QVERIFY2(merged.exit == 0, qPrintable(merged.err));
        QCOMPARE(fields(merged.out).value(QStringLiteral("locations")), QStringLiteral("0"));
        QCOMPARE(fields(merged.out).value(QStringLiteral("unchanged")), QStringLiteral("1"));
        // --all and a narrower choice together make no sense.
        const CliRun both = cli(
            {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"), m_office,
             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("usb/x.tepatpkg")),
             QStringLiteral("--all"), QStringLiteral("--rw"), QStringLiteral("001")},
            m_phrase);
        QCOMPARE(both.exit, 2);
        QVERIFY(both.err.contains(QStringLiteral("--all")));
    }
};

QTEST_GUILESS_MAIN(TestBundleCommand)
#include "TestBundleCommand.moc"
