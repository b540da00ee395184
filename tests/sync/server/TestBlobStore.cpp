#include "tests/sync/SyncFixtures.h"
#include "tests/sync/server/CentralApi.h"

#include <QFileInfo>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// BlobStore through the attachment endpoints: resumption after a crash, expiry, quota.
class TestBlobStore : public QObject
{
    Q_OBJECT

    using Api = CentralApi;

private Q_SLOTS:
    // What the store recorded wins over what a crash left in the partial file.
    void aResumedUploadFollowsTheRecordedLength()
    {
        Api api;
        api.login();
        const QByteArray file = sync::DemoRequests::photo(4, 30 * 1024);
        const QString sha = ContentStore::sha256Of(file);
        const QString path = sync::apiPath("attachments/") + sha;
        const auto put = [&](qint64 offset, const QByteArray &chunk) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
            q.addQueryItem(QStringLiteral("total"), QString::number(file.size()));
            return api.http.send("PUT", path, q, chunk, "application/octet-stream");
        };
        const auto received = [&] {
            return body(api.get(path)).value(QStringLiteral("received")).toInt();
        };
        const QString partial = api.central.server->blobs().partialPath(kVillage, sha);
        QCOMPARE(put(0, file.left(10000)).status, 200);
        // Longer than recorded (a chunk written, its commit lost): cut back.
        QFile longer(partial);
        QVERIFY(longer.open(QIODevice::Append));
        longer.write(QByteArray(5000, 'z'));
        longer.close();
        QCOMPARE(received(), 10000);
        QCOMPARE(QFileInfo(partial).size(), 10000);
        // Shorter than recorded (written but lost from the disk): resumed from the file's end.
        QVERIFY(QFile(partial).resize(4000));
        QCOMPARE(received(), 4000);
        const HttpResult stale = put(10000, file.mid(10000, 100));
        QCOMPARE(stale.status, 409);
        QCOMPARE(body(stale).value(QStringLiteral("received")).toInt(), 4000);
        QCOMPARE(put(4000, file.mid(4000)).status, 200);
        QCOMPARE(readFile(api.central.server->blobs().filePath(sha)), file);
        QVERIFY(!QFileInfo::exists(partial));
        // Recorded complete, not yet moved (a crash between the commit and the move).
        QVERIFY(QFile::rename(api.central.server->blobs().filePath(sha), partial));
        QVERIFY(!api.central.server->blobs().isComplete(sha).value());
        QVERIFY(body(api.get(path)).value(QStringLiteral("complete")).toBool());
        QCOMPARE(readFile(api.central.server->blobs().filePath(sha)), file);
    }

    void unfinishedUploadsExpireAfterAWeek()
    {
        Api api;
        api.login();
        const QByteArray file = sync::DemoRequests::photo(5, 20 * 1024);
        const QString sha = ContentStore::sha256Of(file);
        QCOMPARE(api.http
                     .send("PUT", sync::apiPath("attachments/") + sha,
                           QUrlQuery(QStringLiteral("offset=0&total=%1").arg(file.size())),
                           file.left(1000), "application/octet-stream")
                     .status,
                 200);
        const QString partial = api.central.server->blobs().partialPath(kVillage, sha);
        const QString stray = api.central.server->blobs().partialPath(kVillage, QString(64, u'b'));
        writeFile(stray, "left by a crash");
        api.clock.advanceDays(6);
        api.central.restart();
        QVERIFY(QFileInfo::exists(partial));
        QVERIFY(!QFileInfo::exists(stray));
        api.clock.advanceDays(2);
        api.central.restart(); // serving starts with the sweep
        QVERIFY(!QFileInfo::exists(partial));
        QCOMPARE(api.central.serverCount(QStringLiteral("SELECT count(*) FROM upload")), 0);
    }

    void aVillageCannotStoreMoreThanItsQuota()
    {
        FixedClock clock(referenceNow());
        CentralFixture central(clock, {}, 50 * 1024);
        central.addOperator();
        auto http = signedIn(central);
        const auto upload = [&](int seed, int size) {
            const QByteArray file(size, char('a' + seed));
            return http->send("PUT", sync::apiPath("attachments/") + ContentStore::sha256Of(file),
                              QUrlQuery(QStringLiteral("offset=0&total=%1").arg(file.size())), file,
                              "application/octet-stream");
        };
        QCOMPARE(upload(1, 30 * 1024).status, 200);
        const HttpResult full = upload(2, 30 * 1024);
        QCOMPARE(full.status, 507);
        QCOMPARE(errorCode(full), QStringLiteral("attachment.quota"));
        QCOMPARE(upload(3, 10 * 1024).status, 200);
        QCOMPARE(central.server->blobs().usage(kVillage).value(),
                 central.serverCount(QStringLiteral("SELECT sum(size) FROM blob")));
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "TestBlobStore.moc"
