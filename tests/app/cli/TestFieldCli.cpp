#include "tests/support/FieldImages.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QTest>

using namespace tepat::test;

// tepat-cli photo add and location set as scripts use them (docs/cli.md).
class TestFieldCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(TEPAT_CLI), args);
        if (!p.waitForStarted()) {
            return {};
        }
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_dir;
    QString m_db;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = file(QStringLiteral("desa.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--households"), QStringLiteral("20")})
                     .exit,
                 0);
    }

    void photoAddReportsEachFile()
    {
        writeFile(file(QStringLiteral("depan.jpg")),
                  withExif(jpegOf(houseScene(QSize(2400, 1800), 1)), orientationTag(6)));
        writeFile(file(QStringLiteral("catatan.jpg")), "bukan foto");
        const Run r = cli({QStringLiteral("photo"), QStringLiteral("add"), QStringLiteral("--db"),
                           m_db, QStringLiteral("--household"), QStringLiteral("3571031001.000001"),
                           file(QStringLiteral("depan.jpg")), file(QStringLiteral("catatan.jpg"))});
        QCOMPARE(r.exit, 1); // one refused
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList ok = lines[0].split(u'\t');
        QCOMPARE(ok.size(), 3);
        QCOMPARE(ok[0], file(QStringLiteral("depan.jpg")));
        QCOMPARE(ok[1], QStringLiteral("ok"));
        QVERIFY(QFile::exists(file(QStringLiteral("desa-files/")) + ok[2].left(2) + u'/' + ok[2]));
        const QStringList bad = lines[1].split(u'\t');
        QCOMPARE(bad[1], QStringLiteral("error"));
        QVERIFY(bad[2].contains(QStringLiteral("bukan gambar")));

        // The same photo again: ok, same SHA-256, exit 0.
        const Run again =
            cli({QStringLiteral("photo"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--household"), QStringLiteral("3571031001.000001"),
                 file(QStringLiteral("depan.jpg"))});
        QCOMPARE(again.exit, 0);
        QCOMPARE(again.out.split(u'\t').value(2).trimmed(), ok[2]);
    }

    void photoAddUsageErrors()
    {
        QCOMPARE(cli({QStringLiteral("photo"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--household"), QStringLiteral("3571031001.000001")})
                     .exit,
                 2);
        const Run nik =
            cli({QStringLiteral("photo"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--household"), QStringLiteral("3571014101900001"),
                 file(QStringLiteral("depan.jpg"))});
        QCOMPARE(nik.exit, 2);
        QVERIFY(nik.err.contains(QStringLiteral("NIK")));
        QCOMPARE(cli({QStringLiteral("photo"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--household"), QStringLiteral("3571031001.000001"),
                      QStringLiteral("--view"), QStringLiteral("atap"),
                      file(QStringLiteral("depan.jpg"))})
                     .exit,
                 2);
    }

    void locationFromNmeaLog()
    {
        const Run r =
            cli({QStringLiteral("location"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--household"), QStringLiteral("3571031001.000002"),
                 QStringLiteral("--nmea"), QStringLiteral(TEPAT_TEST_DATA "/field/visit.nmea")});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out.trimmed().split(u'\t'),
                 (QStringList{"-7.816610", "112.011910", "9.2", "-"}));
        const Run nofix =
            cli({QStringLiteral("location"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--household"), QStringLiteral("3571031001.000002"),
                 QStringLiteral("--nmea"), QStringLiteral(TEPAT_TEST_DATA "/field/nofix.nmea")});
        QCOMPARE(nofix.exit, 1);
        QVERIFY(nofix.out.isEmpty());
        QCOMPARE(cli({QStringLiteral("location"), QStringLiteral("set"), QStringLiteral("--db"),
                      m_db, QStringLiteral("--household"), QStringLiteral("3571031001.000002"),
                      QStringLiteral("--nmea"), file(QStringLiteral("tidak-ada.nmea"))})
                     .exit,
                 2);
    }

    void locationTypedWithWarnings()
    {
        const Run r =
            cli({QStringLiteral("location"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--household"), QStringLiteral("3571031001.000003"),
                 QStringLiteral("--lat"), QStringLiteral("7,8166"), QStringLiteral("--lon"),
                 QStringLiteral("112°0'42.8\" BT"), QStringLiteral("--accuracy"),
                 QStringLiteral("35")});
        QCOMPARE(r.exit, 0);
        const QStringList columns = r.out.trimmed().split(u'\t');
        QCOMPARE(columns.mid(0, 3), (QStringList{"7.816600", "112.011889", "35.0"}));
        QVERIFY(columns[3].contains(QStringLiteral("location.accuracy")));
        QVERIFY(columns[3].contains(QStringLiteral("location.outside_indonesia")));
        QVERIFY(r.err.contains(QStringLiteral("luar wilayah Indonesia")));

        const Run bad =
            cli({QStringLiteral("location"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--household"), QStringLiteral("3571031001.000003"),
                 QStringLiteral("--lat"), QStringLiteral("-97"), QStringLiteral("--lon"),
                 QStringLiteral("112")});
        QCOMPARE(bad.exit, 1);
        QVERIFY(bad.out.isEmpty());
        QCOMPARE(cli({QStringLiteral("location"), QStringLiteral("set"), QStringLiteral("--db"),
                      m_db, QStringLiteral("--household"), QStringLiteral("3571031001.000003"),
                      QStringLiteral("--lat"), QStringLiteral("-7.8")})
                     .exit,
                 2);
    }

    void englishMessages()
    {
        const Run r =
            cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("photo"),
                 QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--household"),
                 QStringLiteral("3571031001.000001"), file(QStringLiteral("catatan.jpg"))});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.out.contains(QStringLiteral("This file is not a recognised image")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestFieldCli)
#include "TestFieldCli.moc"
