#include "core/domain/RegionDirectory.h"
#include "core/letters/LetterSigner.h"
#include "core/storage/Database.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/LetterCheck.h"
#include "sync/server/VillageLetterKeys.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/server/CentralApi.h"
#include "tests/sync/server/console/ConsoleClient.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tepat;
using namespace tepat::test;
using tepat::central::LetterCheck;
using tepat::central::VillageLetterKeys;
using V = tepat::central::LetterCheck::Verdict;

namespace {

const QString kVillageCode = QStringLiteral("3402012001");

// Siti Wulandari's letter, as the tests of the page sign it.
LetterClaim siti()
{
    LetterClaim claim;
    claim.number = QStringLiteral("474/12/KESRA/2026");
    claim.issuedOn = QDate(2026, 11, 23);
    claim.registered = true;
    claim.name = QStringLiteral("Siti Wulandari");
    claim.contentHash = QByteArray(32, 'h');
    return claim;
}

// Signs claim in the village's store, registers the village's key with the server and gives
// the letter's /v/ path.
bool signAndRegister(CentralApi &api, TempStore &village, const LetterClaim &claim, QString &path)
{
    const Result<QString> payload = LetterSigner(*village.db, village.clock).sign(claim);
    auto key = village.db->query(QStringLiteral("SELECT public_key FROM letter_key"));
    if (!payload || !key || !key->next()) {
        return false;
    }
    path = QStringLiteral("/v/") + LetterCheck::codeOf(*payload);
    return bool(VillageLetterKeys(api.central.server->database(), api.clock)
                    .registerKey(kVillage, key->value(0).toByteArray(), {}));
}

} // namespace

class TestLetterCheck : public QObject
{
    Q_OBJECT

    // A village store that signs letters, and a central store that learnt its key.
    struct Fixture
    {
        TempStore village;
        QTemporaryDir dir;
        std::unique_ptr<central::CentralDatabase> central;
        QString payload;

        Fixture()
        {
            auto opened = central::CentralDatabase::open(dir.path(), {}, true);
            if (!opened) {
                qFatal("cannot open central store");
            }
            central = std::move(opened.value());
            payload = sign(QStringLiteral("474/12/KESRA/2026"), QStringLiteral("Siti Wulandari"));
            registerKey();
        }
        QString sign(const QString &number, const QString &name) const
        {
            LetterClaim claim;
            claim.number = number;
            claim.issuedOn = QDate(2026, 11, 23);
            claim.registered = true;
            claim.name = name;
            claim.desil = 2;
            claim.contentHash =
                QCryptographicHash::hash(number.toUtf8(), QCryptographicHash::Sha256);
            return *LetterSigner(*village.db, village.clock).sign(claim);
        }
        void registerKey() const
        {
            auto q = village.db->query(
                QStringLiteral("SELECT public_key FROM letter_key WHERE retired_at IS NULL"));
            if (!q || !q->next()) {
                qFatal("no letter key");
            }
            if (!VillageLetterKeys(*central, village.clock)
                     .registerKey(kVillageCode, q->value(0).toByteArray(), {})) {
                qFatal("key not registered");
            }
        }
        LetterCheck::Answer check(const QString &payloadText) const
        {
            return *LetterCheck(*central).check(LetterCheck::codeOf(payloadText));
        }
    };

private Q_SLOTS:
    // A letter signed by a registered village key: genuine, with number, date, village and the
    // name masked; the code in the link is the payload, which holds no NIK.
    void aSignedLetterIsGenuine()
    {
        Fixture f;
        const LetterCheck::Answer a = f.check(f.payload);
        QCOMPARE(a.verdict, V::Genuine);
        QCOMPARE(a.number, QStringLiteral("474/12/KESRA/2026"));
        QCOMPARE(a.issuedOn, QDate(2026, 11, 23));
        QCOMPARE(a.villageCode, kVillageCode);
        QCOMPARE(a.maskedName, QStringLiteral("S*** W********"));
        const QString link =
            LetterCheck::linkFor(QStringLiteral("https://dinsos.example/"), f.payload);
        QVERIFY(link.startsWith(QStringLiteral("https://dinsos.example/v/")));
        QVERIFY(!link.contains(u'|'));
        QVERIFY(!link.contains(QStringLiteral("Siti")));
    }

    // One changed character (the name, the number) breaks the signature: altered, and nothing
    // of the altered text is shown.
    void aChangedLetterIsAltered()
    {
        Fixture f;
        // Only the field itself changes (a blind replace could hit the random key id too).
        const auto withField = [&](int index, const QString &value) {
            QStringList fields = f.payload.split(u'|');
            fields[index] = value;
            return fields.join(u'|');
        };
        QString forged = withField(4, QStringLiteral("Sita%20Wulandari"));
        LetterCheck::Answer a = f.check(forged);
        QCOMPARE(a.verdict, V::Altered);
        QVERIFY(a.maskedName.isEmpty());
        QVERIFY(a.number.isEmpty());
        forged = withField(1, QStringLiteral("475/12/KESRA/2026"));
        QCOMPARE(f.check(forged).verdict, V::Altered);
    }

    // Not a Tepat code, a garbled code, an overlong one, or a key no village registered.
    void aCodeOfNoKnownVillageIsUnknown()
    {
        Fixture f;
        const LetterCheck check(*f.central);
        QCOMPARE(check.check(QStringLiteral("abc"))->verdict, V::Unknown);
        QCOMPARE(check.check(QStringLiteral("!!!!"))->verdict, V::Unknown);
        QCOMPARE(check.check(QString(5000, u'A'))->verdict, V::Unknown);
        TempStore other;
        LetterClaim claim;
        claim.number = QStringLiteral("1/2026");
        claim.issuedOn = QDate(2026, 11, 23);
        claim.name = QStringLiteral("Budi");
        claim.contentHash = QByteArray(32, 'x');
        const QString stranger = *LetterSigner(*other.db, other.clock).sign(claim);
        const LetterCheck::Answer a = f.check(stranger);
        QCOMPARE(a.verdict, V::Unknown);
        QVERIFY(a.maskedName.isEmpty());
    }

    // A letter the village revoked (and that revocation reached central) is revoked; another
    // letter of the same village stays genuine.
    void aRevokedLetterIsRevoked()
    {
        Fixture f;
        const QString other = f.sign(QStringLiteral("475/12/KESRA/2026"), QStringLiteral("Budi"));
        QVERIFY(f.central->query(
            QStringLiteral("INSERT INTO letter_revocation(village_code, number, reason, "
                           "revoked_at) VALUES (?, ?, ?, ?)"),
            {kVillageCode, QStringLiteral("474/12/KESRA/2026"), QStringLiteral("salah orang"),
             QStringLiteral("2026-11-24T01:00:00.000Z")}));
        QCOMPARE(f.check(f.payload).verdict, V::Revoked);
        QCOMPARE(f.check(other).verdict, V::Genuine);
    }

    // Over HTTP, without signing in: the page under the strict policy says genuine with the
    // masked name and never the whole name; the 31st check of a minute from one address waits.
    void thePublicPageAnswersAndIsRateLimited()
    {
        CentralApi api;
        TempStore village;
        const LetterClaim claim = siti();
        QString path;
        QVERIFY(signAndRegister(api, village, claim, path));
        HttpResult r = api.get(path);
        QCOMPARE(r.status, 200);
        const QString html = QString::fromUtf8(r.body);
        QVERIFY(html.contains(QStringLiteral("verdict-genuine")));
        QVERIFY(html.contains(QStringLiteral("S*** W********")));
        QVERIFY(html.contains(QStringLiteral("474/12/KESRA/2026")));
        QVERIFY(!html.contains(QStringLiteral("Wulandari")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        // The village revokes it (as its sync sends it): the page says revoked.
        api.login();
        r = api.post("letter-revocations",
                     {{QStringLiteral("number"), claim.number},
                      {QStringLiteral("reason"), QStringLiteral("salah orang")},
                      {QStringLiteral("revoked_at"), QStringLiteral("2026-11-24T01:00:00.000Z")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(api.post("letter-revocations", {{QStringLiteral("number"), claim.number}}).status,
                 422);
        r = api.get(path);
        QVERIFY(QString::fromUtf8(r.body).contains(QStringLiteral("verdict-revoked")));
        r = api.get(QStringLiteral("/v/bukan-kode"));
        QCOMPARE(r.status, 200);
        QVERIFY(QString::fromUtf8(r.body).contains(QStringLiteral("verdict-unknown")));
        for (int i = 3; i < central::LetterCheckLimit::kPerMinute; ++i) {
            QCOMPARE(api.get(path).status, 200);
        }
        r = api.get(path);
        QCOMPARE(r.status, 429);
        api.clock.advanceSeconds(61);
        QCOMPARE(api.get(path).status, 200);
    }

    // The page in English when asked (?lang=en, or the browser prefers English), Indonesian
    // otherwise, ?lang=id over the browser; both name the village from the region directory.
    void thePageSpeaksEnglishAndNamesTheVillage()
    {
        CentralApi api;
        TempStore village;
        const LetterClaim claim = siti();
        QString path;
        QVERIFY(signAndRegister(api, village, claim, path));
        const std::optional<Village> known = RegionDirectory::instance().village(kVillage);
        QVERIFY(known);

        ConsoleClient browser(api.central.url()); // an Indonesian browser
        const QString indonesian = browser.get(path).text();
        QVERIFY(indonesian.contains(QStringLiteral("<html lang=\"id\"")));
        QVERIFY(indonesian.contains(QStringLiteral(">ASLI<")));
        QVERIFY(indonesian.contains(QStringLiteral("23 November 2026")));
        QVERIFY(indonesian.contains(known->name.toHtmlEscaped()));
        QVERIFY(indonesian.contains(kVillage));
        QVERIFY(indonesian.contains(QStringLiteral("href=\"?lang=en\"")));

        const QString asked = browser.get(path + QStringLiteral("?lang=en")).text();
        QVERIFY(asked.contains(QStringLiteral("<html lang=\"en\"")));
        QVERIFY(asked.contains(QStringLiteral(">GENUINE<")));
        QVERIFY(asked.contains(QStringLiteral("Letter number")));
        QVERIFY(asked.contains(QStringLiteral("23 November 2026")));
        QVERIFY(asked.contains(known->name.toHtmlEscaped()));
        QVERIFY(asked.contains(QStringLiteral("href=\"?lang=id\"")));
        QVERIFY(!asked.contains(QStringLiteral("⟦")));
        QVERIFY(!asked.contains(QStringLiteral("Wulandari")));

        // The browser's preference, and ?lang=id over it.
        browser.setLanguage("en-GB,en;q=0.9,id;q=0.5");
        QVERIFY(browser.get(path).text().contains(QStringLiteral(">GENUINE<")));
        QVERIFY(browser.get(path + QStringLiteral("?lang=id"))
                    .text()
                    .contains(QStringLiteral(">ASLI<")));
        // Unknown codes in English too.
        QVERIFY(browser.get(QStringLiteral("/v/bukan-kode"))
                    .text()
                    .contains(QStringLiteral(">UNKNOWN<")));
    }

    void namesAreMaskedWordByWord()
    {
        QCOMPARE(LetterCheck::maskName(QStringLiteral("  Siti   Wulandari ")),
                 QStringLiteral("S*** W********"));
        QCOMPARE(LetterCheck::maskName(QStringLiteral("A")), QStringLiteral("A"));
    }
};

QTEST_GUILESS_MAIN(TestLetterCheck)
#include "TestLetterCheck.moc"
