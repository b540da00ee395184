#include "core/storage/Database.h"
#include "sync/client/SyncSettings.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestSyncSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverAndUserAreCheckedAndKept()
    {
        TempStore store;
        const sync::SyncSettings settings(*store.db);
        QVERIFY(settings.serverUrl().isEmpty());
        QVERIFY(settings.automatic()); // on until switched off

        for (const char *bad : {"", "tepat.dinsos.go.id", "ftp://tepat.dinsos.go.id", "https://"}) {
            const Status refused = settings.setServerUrl(QString::fromLatin1(bad));
            QVERIFY2(!refused, bad);
            QCOMPARE(refused.error().code, QStringLiteral("sync.server_url"));
            QVERIFY(refused.error().message.contains(QStringLiteral("https://")));
        }
        QVERIFY(settings.serverUrl().isEmpty());
        QVERIFY(!settings.setUsername(QStringLiteral("  ")));

        QVERIFY(settings.setServerUrl(QStringLiteral(" https://tepat.dinsos.kedirikota.go.id ")));
        QVERIFY(settings.setUsername(QStringLiteral(" op.bangsal ")));
        QVERIFY(settings.setAutomatic(false));
        QCOMPARE(settings.serverUrl(), QStringLiteral("https://tepat.dinsos.kedirikota.go.id"));
        QCOMPARE(settings.username(), QStringLiteral("op.bangsal"));
        QVERIFY(!settings.automatic());
    }

    void plainHttpIsOnlyForThisComputer()
    {
        TempStore store;
        const sync::SyncSettings settings(*store.db);
        for (const char *clear : {"http://192.168.1.10:8080", "http://tepat.dinsos.go.id"}) {
            const Status refused = settings.setServerUrl(QString::fromLatin1(clear));
            QVERIFY2(!refused, clear);
            QCOMPARE(refused.error().code, QStringLiteral("sync.server_url"));
            QVERIFY(refused.error().message.contains(QStringLiteral("https://")));
        }
        QVERIFY(settings.serverUrl().isEmpty());
        for (const char *local :
             {"http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]"}) {
            QVERIFY2(settings.setServerUrl(QString::fromLatin1(local)), local);
        }
        // A plain address kept by an older version no longer starts a session.
        QVERIFY(store.db->setSetting(QStringLiteral("sync.server_url"),
                                     QStringLiteral("http://192.168.1.10:8080")));
        QVERIFY(settings.setUsername(QStringLiteral("op.bangsal")));
        QCOMPARE(settings.sessionOptions().error().code, QStringLiteral("sync.server_url"));
    }

    void deviceIdIsMadeOnceAndKept()
    {
        TempStore store;
        const sync::SyncSettings settings(*store.db);
        const Result<QString> first = settings.deviceId();
        QVERIFY(first);
        QCOMPARE(first->size(), 36);
        QCOMPARE(*sync::SyncSettings(*store.db).deviceId(), *first);
    }

    void sessionOptionsNeedAServerAndAReadableCa()
    {
        TempStore store;
        const sync::SyncSettings settings(*store.db);
        QCOMPARE(settings.sessionOptions().error().code, QStringLiteral("sync.server_url"));
        QVERIFY(settings.setServerUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(settings.sessionOptions().error().code, QStringLiteral("sync.username"));
        QVERIFY(settings.setUsername(QStringLiteral("op.bangsal")));

        const Result<sync::SyncOptions> o = settings.sessionOptions();
        QVERIFY(o);
        QCOMPARE(o->server, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(o->username, QStringLiteral("op.bangsal"));
        QCOMPARE(o->deviceId, *settings.deviceId());
        QVERIFY(o->trustedCertificates.isEmpty());

        // A file that is no certificate is refused when it is set, with its name.
        const QString notACertificate = store.file(QStringLiteral("ca.pem"));
        writeFile(notACertificate, "bukan sertifikat");
        const Status refused = settings.setCaFile(notACertificate);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("sync.ca_file"));
        QVERIFY(refused.error().message.contains(QStringLiteral("ca.pem")));
        QVERIFY(settings.caFile().isEmpty());

        // A real one is kept by its absolute path and trusted.
        const QString certificate = QStringLiteral(TEPAT_TEST_DATA "/tls/localhost.crt");
        QVERIFY(settings.setCaFile(certificate));
        QCOMPARE(settings.caFile(), QFileInfo(certificate).absoluteFilePath());
        QCOMPARE(settings.sessionOptions()->trustedCertificates.size(), 1);

        // Gone afterwards: the session cannot start, and says which file.
        const QString copy = store.file(QStringLiteral("dinsos-ca.crt"));
        QVERIFY(QFile::copy(certificate, copy));
        QVERIFY(settings.setCaFile(copy));
        QVERIFY(QFile::remove(copy));
        const Result<sync::SyncOptions> gone = settings.sessionOptions();
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, QStringLiteral("sync.ca_file"));
        QVERIFY(gone.error().message.contains(QStringLiteral("dinsos-ca.crt")));
    }
};

QTEST_GUILESS_MAIN(TestSyncSettings)
#include "TestSyncSettings.moc"
