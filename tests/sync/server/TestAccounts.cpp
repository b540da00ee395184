#include "sync/client/Transport.h"
#include "sync/protocol/Protocol.h"
#include "tests/sync/SyncFixtures.h"

#include <QJsonDocument>
#include <QTest>

using namespace tepat;
using namespace tepat::test;
using sync::HttpResult;

namespace {

QJsonObject body(const HttpResult &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QString errorCode(const HttpResult &r)
{
    return body(r).value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QString newDevice()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

// Accounts: disabling, passwords, devices and the refresh token's lifetime, as the server
// applies them to every request.
class TestAccounts : public QObject
{
    Q_OBJECT

    struct Api
    {
        FixedClock clock{referenceNow()};
        CentralFixture central{clock};
        sync::Transport http{central.url(), 5000, nullptr};

        Api()
        {
            central.addOperator();
            central.addOperator(QStringLiteral("op.lain"), QStringLiteral("35.71.03.1002"));
        }
        const central::Accounts &accounts() const { return central.server->accounts(); }
        HttpResult login(const QString &user, const QString &device,
                         const QByteArray &password = kPassword,
                         const QString &deviceName = QStringLiteral("PC kantor"))
        {
            return http.send(
                "POST", sync::apiPath("login"), {},
                QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                          {QStringLiteral("password"), QString::fromUtf8(password)},
                                          {QStringLiteral("device_id"), device},
                                          {QStringLiteral("device_name"), deviceName}})
                    .toJson());
        }
        HttpResult refresh(const QString &token, const QString &device)
        {
            return http.send("POST", sync::apiPath("token/refresh"), {},
                             QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), token},
                                                       {QStringLiteral("device_id"), device}})
                                 .toJson());
        }
        // A pull with the access token of `reply`.
        int pull(const HttpResult &reply)
        {
            http.setAccessToken(body(reply).value(QLatin1String("access_token")).toString());
            const int status =
                http.send("GET", sync::apiPath("changes"), QUrlQuery(QStringLiteral("after=0")))
                    .status;
            http.setAccessToken({});
            return status;
        }
        QString refreshToken(const HttpResult &reply) const
        {
            return body(reply).value(QLatin1String("refresh_token")).toString();
        }
    };

private Q_SLOTS:
    void aDisabledAccountIsRefusedEverywhere()
    {
        Api api;
        const QString device = newDevice();
        const HttpResult session = api.login(QStringLiteral("op.bangsal"), device);
        QCOMPARE(session.status, 200);
        QCOMPARE(api.pull(session), 200);

        QVERIFY(api.accounts().setEnabled(QStringLiteral("op.bangsal"), false));
        QCOMPARE(api.pull(session), 401); // the running session ended
        const HttpResult refreshed = api.refresh(api.refreshToken(session), device);
        QVERIFY(refreshed.status == 401 || refreshed.status == 403);
        const HttpResult again = api.login(QStringLiteral("op.bangsal"), device);
        QCOMPARE(again.status, 403);
        QCOMPARE(errorCode(again), QStringLiteral("auth.disabled"));
        // A wrong password for a disabled account answers as any wrong password.
        QCOMPARE(errorCode(api.login(QStringLiteral("op.bangsal"), device, "salah-sekali")),
                 QStringLiteral("auth.invalid"));

        QVERIFY(api.accounts().setEnabled(QStringLiteral("op.bangsal"), true));
        const HttpResult back = api.login(QStringLiteral("op.bangsal"), device);
        QCOMPARE(back.status, 200);
        QCOMPARE(api.pull(back), 200);
        QCOMPARE(api.accounts().setEnabled(QStringLiteral("tidak.ada"), false).error().code,
                 QStringLiteral("account.unknown"));
    }

    void aDisabledAccountsAccessTokenIsRefusedEvenIfNotRevoked()
    {
        Api api;
        const HttpResult session = api.login(QStringLiteral("op.bangsal"), newDevice());
        // Disabled behind the server's back (another tool, an older version): still refused.
        QVERIFY(api.central.server->database().query(
            QStringLiteral("UPDATE account SET disabled_at = '2026-11-23T03:00:00.000Z' WHERE "
                           "username = 'op.bangsal'")));
        QCOMPARE(api.pull(session), 403);
    }

    void aNewPasswordEndsTheSessions()
    {
        Api api;
        const QString device = newDevice();
        const HttpResult session = api.login(QStringLiteral("op.bangsal"), device);
        QVERIFY(!api.accounts().setPassword(QStringLiteral("op.bangsal"), "pendek"));
        QCOMPARE(api.pull(session), 200);
        QVERIFY(api.accounts().setPassword(QStringLiteral("op.bangsal"), "kata-sandi-baru-2026"));
        QCOMPARE(api.pull(session), 401);
        QCOMPARE(api.refresh(api.refreshToken(session), device).status, 401);
        QCOMPARE(api.login(QStringLiteral("op.bangsal"), device).status, 401);
        QCOMPARE(api.login(QStringLiteral("op.bangsal"), device, "kata-sandi-baru-2026").status,
                 200);
    }

    void aRevokedDeviceCannotComeBack()
    {
        Api api;
        const QString lost = newDevice();
        const QString office = newDevice();
        const HttpResult laptop = api.login(QStringLiteral("op.bangsal"), lost, kPassword,
                                            QStringLiteral("Laptop lapangan"));
        const HttpResult pc = api.login(QStringLiteral("op.bangsal"), office);
        auto listed = api.accounts().devices(QStringLiteral("op.bangsal"));
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);

        QVERIFY(api.accounts().revokeDevice(lost));
        QCOMPARE(api.pull(laptop), 401);
        QCOMPARE(api.refresh(api.refreshToken(laptop), lost).status / 100, 4);
        const HttpResult back = api.login(QStringLiteral("op.bangsal"), lost);
        QCOMPARE(back.status, 403);
        QCOMPARE(errorCode(back), QStringLiteral("auth.device_revoked"));
        // The office PC goes on.
        QCOMPARE(api.pull(pc), 200);
        QCOMPARE(api.refresh(api.refreshToken(pc), office).status, 200);
        listed = api.accounts().devices();
        QVERIFY(listed);
        bool seen = false;
        for (const central::DeviceInfo &d : *listed) {
            if (d.deviceId == lost) {
                seen = true;
                QVERIFY(!d.revokedAt.isEmpty());
                QCOMPARE(d.deviceName, QStringLiteral("Laptop lapangan"));
            } else {
                QVERIFY(d.revokedAt.isEmpty());
            }
        }
        QVERIFY(seen);
        QCOMPARE(api.accounts().revokeDevice(newDevice()).error().code,
                 QStringLiteral("device.unknown"));
    }

    void aDeviceIdBelongsToTheAccountThatFirstUsedIt()
    {
        Api api;
        const QString device = newDevice();
        const HttpResult mine = api.login(QStringLiteral("op.bangsal"), device, kPassword,
                                          QStringLiteral("PC Bangsal"));
        QCOMPARE(mine.status, 200);
        QVERIFY(api.central.server->database().query(
            QStringLiteral("UPDATE device SET audit_head_id = 812, audit_head = 'ab12' WHERE "
                           "device_id = ?"),
            {device}));
        // Another village's operator logs in with that id.
        const HttpResult theirs =
            api.login(QStringLiteral("op.lain"), device, kPassword, QStringLiteral("PC lain"));
        QCOMPARE(theirs.status, 403);
        QCOMPARE(errorCode(theirs), QStringLiteral("auth.device_taken"));
        auto q = api.central.server->database().query(
            QStringLiteral("SELECT a.username, d.village_code, d.device_name, d.audit_head_id, "
                           "d.audit_head FROM device d JOIN account a ON a.id = d.account_id "
                           "WHERE d.device_id = ?"),
            {device});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("op.bangsal"));
        QCOMPARE(q->value(1).toString(), kVillage);
        QCOMPARE(q->value(2).toString(), QStringLiteral("PC Bangsal"));
        QCOMPARE(q->value(3).toInt(), 812);
        QCOMPARE(q->value(4).toString(), QStringLiteral("ab12"));
        // The owner goes on.
        QCOMPARE(api.pull(mine), 200);
        QCOMPARE(api.login(QStringLiteral("op.bangsal"), device).status, 200);
    }

    void theRefreshTokenEndsThirtyDaysAfterTheLogin()
    {
        Api api;
        const QString device = newDevice();
        const HttpResult session = api.login(QStringLiteral("op.bangsal"), device);
        const QString token = api.refreshToken(session);
        const QDateTime loggedIn = api.clock.now();
        for (int day = 0; day < 3; ++day) {
            api.clock.advanceDays(9);
            const HttpResult r = api.refresh(token, device);
            QCOMPARE(r.status, 200);
            const auto reply = sync::TokenReply::fromJson(body(r));
            QVERIFY(reply);
            QCOMPARE(reply->refreshExpiresAt, loggedIn.addDays(30).toUTC());
        }
        api.clock.advanceDays(4); // day 31: no refresh extended it
        QCOMPARE(api.refresh(token, device).status, 401);
        QCOMPARE(api.login(QStringLiteral("op.bangsal"), device).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "TestAccounts.moc"
