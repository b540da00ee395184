#include "sync/server/Accounts.h"
#include "sync/server/console/ConsoleHtml.h"
#include "sync/server/console/ConsoleSessions.h"
#include "tests/sync/server/console/ConsoleFixture.h"

#include <QJsonDocument>
#include <QNetworkCookie>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

namespace {

const QString kQueue = QStringLiteral("/console/queue");

QString requestPath(const QString &key)
{
    return QStringLiteral("/console/requests/") + key;
}

QList<std::pair<QString, QString>> decision(const char *name, const QString &reason = {},
                                            const QString &text = {})
{
    return {{QStringLiteral("decision"), QLatin1String(name)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("reason_text"), text}};
}

} // namespace

// The review console's pages, sessions and CSRF rules against an in-process tepat-central.
class TestConsoleSite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every page has a strict policy, cannot be framed and is not stored; the session cookie
    // is HttpOnly and SameSite=Strict.
    void signingInGivesAStrictSessionAndEveryPageIsProtected()
    {
        ConsoleFixture f;
        const ConsolePage form = f.browser.get(QStringLiteral("/console/login"));
        QCOMPARE(form.status, 200);
        const QByteArray csp = form.header("content-security-policy");
        QVERIFY(csp.contains("default-src 'none'"));
        QVERIFY(csp.contains("script-src 'self'"));
        QVERIFY(csp.contains("frame-ancestors 'none'"));
        QVERIFY(!csp.contains("unsafe-inline"));
        QCOMPARE(form.header("x-frame-options"), QByteArray("DENY"));
        QCOMPARE(form.header("cache-control"), QByteArray("no-store"));
        QVERIFY(!form.text().contains(QLatin1String("<script>")));
        QVERIFY(!form.text().contains(QLatin1String("style=")));
        const ConsolePage in = f.browser.signIn(QStringLiteral("dinsos.kediri"), kPassword);
        QCOMPARE(in.status, 303);
        QCOMPARE(in.location(), QByteArray("/console/queue"));
        const QByteArray cookies = in.headers.value("set-cookie").join('\n');
        QVERIFY(cookies.contains("tepat_console="));
        QVERIFY(cookies.contains("HttpOnly"));
        QVERIFY(cookies.contains("SameSite=Strict"));
        QVERIFY(!cookies.contains("Secure")); // plain http on loopback
        const ConsolePage queue = f.browser.get(kQueue);
        QCOMPARE(queue.status, 200);
        QVERIFY(queue.header("content-security-policy").contains("frame-ancestors 'none'"));
        QCOMPARE(queue.header("cache-control"), QByteArray("no-store"));
        QVERIFY(queue.text().contains(QLatin1String("Supervisor Uji")));
        QVERIFY(!f.browser.csrf().isEmpty());
        const ConsolePage css = f.browser.get(QStringLiteral("/console/assets/console.css"));
        QCOMPARE(css.status, 200);
        QVERIFY(css.header("content-type").startsWith("text/css"));
        QCOMPARE(f.browser.get(QStringLiteral("/console/assets/../text.json")).status, 404);
    }

    // Wrong password, operators, a form without its token, and the API's throttle.
    void signInIsRefusedAndThrottledLikeTheApi()
    {
        ConsoleFixture f;
        QCOMPARE(f.browser.signIn(QStringLiteral("dinsos.kediri"), "salah").status, 401);
        QCOMPARE(f.browser.signIn(QStringLiteral("op.bangsal"), kPassword).status, 403);
        const ConsolePage noToken =
            f.browser.post(QStringLiteral("/console/login"),
                           {{QStringLiteral("username"), QStringLiteral("dinsos.kediri")},
                            {QStringLiteral("password"), QString::fromLatin1(kPassword)}},
                           QString());
        QCOMPARE(noToken.status, 403);
        QVERIFY(f.browser.cookies().isEmpty() ||
                std::none_of(f.browser.cookies().cbegin(), f.browser.cookies().cend(),
                             [](const QNetworkCookie &c) { return c.name() == "tepat_console"; }));
        // Five failures are free (one above), the sixth makes the next one wait.
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(f.browser.signIn(QStringLiteral("dinsos.kediri"), "salah").status, 401);
        }
        const ConsolePage held = f.browser.signIn(QStringLiteral("dinsos.kediri"), kPassword);
        QCOMPARE(held.status, 429);
        QVERIFY(held.header("retry-after").toInt() > 0);
        f.api.clock.advanceSeconds(20 * 60);
        QCOMPARE(f.browser.signIn(QStringLiteral("dinsos.kediri"), kPassword).status, 303);
    }

    void pagesAndFilesNeedASession()
    {
        ConsoleFixture f;
        const QString sha = f.upload();
        const QString key = f.push(
            QStringLiteral("program_proposal"),
            {{QStringLiteral("program"), QStringLiteral("PKH")}},
            QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha},
                                   {QStringLiteral("role"), QStringLiteral("house_photo")}}});
        for (const QString &path : {kQueue, requestPath(key), QStringLiteral("/console/summary"),
                                    requestPath(key) + QStringLiteral("/files/") + sha}) {
            const ConsolePage r = f.browser.get(path);
            QCOMPARE(r.status, 303);
            QCOMPARE(r.location(), QByteArray("/console/login"));
        }
        QCOMPARE(f.browser
                     .post(requestPath(key) + QStringLiteral("/decide"), decision("verify"),
                           QStringLiteral("x"))
                     .status,
                 403);
        QVERIFY(f.state(key).startsWith(QLatin1String("received|")));
        // A forged cookie is no session either.
        f.browser.jar()->insertCookie([&] {
            QNetworkCookie c("tepat_console", central::console::ConsoleSessions::randomToken());
            c.setDomain(QStringLiteral("127.0.0.1"));
            c.setPath(QStringLiteral("/console"));
            return c;
        }());
        QCOMPARE(f.browser.get(kQueue).status, 303);
    }

    // Without the session's token, or from another origin, nothing is decided.
    void everyPostNeedsTheSessionsCsrfToken()
    {
        ConsoleFixture f;
        const QString key = f.push(QStringLiteral("program_proposal"), {});
        f.signIn();
        const QString path = requestPath(key) + QStringLiteral("/decide");
        QCOMPARE(f.browser.post(path, decision("verify"), QString()).status, 403);
        QCOMPARE(f.browser.post(path, decision("verify"), QStringLiteral("bukan-token")).status,
                 403);
        QCOMPARE(f.browser.post(QStringLiteral("/console/logout"), {}, QString()).status, 403);
        f.browser.setOrigin("http://evil.example");
        QCOMPARE(f.browser.post(path, decision("verify")).status, 403);
        QVERIFY(f.state(key).startsWith(QLatin1String("received|")));
        f.browser.setOrigin(f.api.central.url().toString(QUrl::StripTrailingSlash).toLatin1());
        QCOMPARE(f.browser.post(path, decision("verify")).status, 303);
        QVERIFY(f.state(key).startsWith(QLatin1String("verified|")));
    }

    void theQueueIsTheRegencysOldestFirstWithCountsFiltersPagesAndSearch()
    {
        ConsoleFixture f;
        QStringList keys;
        for (int i = 0; i < 27; ++i) {
            keys << f.push(i % 3 ? QStringLiteral("program_proposal")
                                 : QStringLiteral("citizen_proposal"),
                           {{QStringLiteral("text"), QStringLiteral("usul %1").arg(i)}});
            f.api.clock.advanceSeconds(20);
        }
        // Another regency's request is never shown.
        f.api.central.addOperator(QStringLiteral("op.blitar"), QStringLiteral("35.72.01.1001"));
        f.api.central.seedRegister(2, QStringLiteral("35.72.01.1001"));
        f.api.login(QStringLiteral("op.blitar"));
        const QString foreign = f.push(QStringLiteral("program_proposal"), {}, {}, {},
                                       f.api.household(QStringLiteral("35.72.01.1001")));
        f.signIn();
        const ConsolePage first = f.browser.get(kQueue);
        QVERIFY(first.text().contains(keys[0].left(8)));
        QVERIFY(first.text().contains(keys[24].left(8)));
        QVERIFY(!first.text().contains(keys[25].left(8))); // page two
        QVERIFY(!first.text().contains(foreign.left(8)));
        QVERIFY(first.text().indexOf(keys[0].left(8)) < first.text().indexOf(keys[1].left(8)));
        QVERIFY(first.text().contains(QLatin1String("Diterima <b>27</b>")));
        // Villages by name: in the rows and in the filter.
        QVERIFY(first.text().contains(
            QLatin1String("<td>Bangsal <span class=\"code\">35.71.03.1001</span></td>")));
        QVERIFY(first.text().contains(QLatin1String(">Bangsal (35.71.03.1001)</option>")));
        const ConsolePage second = f.browser.get(kQueue + QStringLiteral("?page=1"));
        QVERIFY(second.text().contains(keys[26].left(8)));
        QVERIFY(second.text().contains(QLatin1String("halaman 2/2")));
        const ConsolePage removals =
            f.browser.get(kQueue + QStringLiteral("?kind=citizen_proposal"));
        QVERIFY(removals.text().contains(keys[3].left(8)));
        QVERIFY(!removals.text().contains(keys[1].left(8)));
        QVERIFY(removals.text().contains(QLatin1String("Diterima <b>9</b>")));
        QCOMPARE(f.browser.get(requestPath(foreign)).status, 404);
        // Search: a key opens the request, a household id its requests; a NIK goes nowhere.
        const ConsolePage byKey =
            f.browser.post(QStringLiteral("/console/search"), {{QStringLiteral("q"), keys[5]}});
        QCOMPARE(byKey.status, 303);
        QCOMPARE(byKey.location(), requestPath(keys[5]).toLatin1());
        const ConsolePage byHousehold = f.browser.post(QStringLiteral("/console/search"),
                                                       {{QStringLiteral("q"), f.api.household()}});
        QCOMPARE(byHousehold.status, 303);
        QVERIFY(byHousehold.location().startsWith("/console/queue?household="));
        const QString nik = QStringLiteral("3571034512500001");
        const ConsolePage byNik =
            f.browser.post(QStringLiteral("/console/search"), {{QStringLiteral("q"), nik}});
        QCOMPARE(byNik.status, 404);
        QVERIFY(byNik.location().isEmpty());
        QVERIFY(!byNik.text().contains(nik));
        QCOMPARE(f.browser.post(QStringLiteral("/console/search"), {{QStringLiteral("q"), foreign}})
                     .status,
                 404);
    }

    // Old → new per field, the household as the register has it (NIKs masked), who drafted
    // it, on what approval, the warnings, the photo through the session, the GPS point.
    void oneRequestShowsWhatItChangesAndWhereItComesFrom()
    {
        ConsoleFixture f;
        const QString sha = f.upload();
        const QJsonObject payload{
            {QStringLiteral("changes"),
             QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("address")},
                                    {QStringLiteral("old"), QStringLiteral("Jl. Lama 1")},
                                    {QStringLiteral("new"), QStringLiteral("Jl. <Baru> 2")}}}},
            {QStringLiteral("location"), QJsonObject{{QStringLiteral("latitude"), -7.8166},
                                                     {QStringLiteral("longitude"), 112.0111},
                                                     {QStringLiteral("accuracy_m"), 6}}},
            {QStringLiteral("note"), QStringLiteral("<script>alert(1)</script>")}};
        const QJsonObject extra{
            {QStringLiteral("warnings"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("severity"), QStringLiteral("warning")},
                 {QStringLiteral("code"), QStringLiteral("x")},
                 {QStringLiteral("message"), QStringLiteral("Alamat mirip keluarga lain")}}}},
            {QStringLiteral("approval"),
             QJsonObject{{QStringLiteral("basis"), QStringLiteral("berita_acara")},
                         {QStringLiteral("number"), QStringLiteral("400.9/0128/Kel.Bangsal")}}}};
        const QString key =
            f.push(QStringLiteral("correction"), payload,
                   QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha},
                                          {QStringLiteral("role"), QStringLiteral("house_photo")}}},
                   extra);
        f.signIn();
        const ConsolePage page = f.browser.get(requestPath(key));
        QCOMPARE(page.status, 200);
        const QString text = page.text();
        QVERIFY(text.contains(QLatin1String("Jl. Lama 1")));
        QVERIFY(text.contains(QLatin1String("Jl. &lt;Baru&gt; 2")));
        QVERIFY(text.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!text.contains(QLatin1String("<script>alert")));
        QVERIFY(text.contains(QLatin1String("rina")));       // drafted by
        QVERIFY(text.contains(QLatin1String("op.bangsal"))); // sent by
        QVERIFY(text.contains(QLatin1String("400.9/0128/Kel.Bangsal")));
        QVERIFY(text.contains(QLatin1String("Alamat mirip keluarga lain")));
        QVERIFY(text.contains(QLatin1String("-7.816600, 112.011100")));
        QVERIFY(text.contains(QStringLiteral("± 6 m")));
        QVERIFY(!text.contains(QStringLiteral("⟦")));
        // The register's members, their NIKs masked.
        auto q = f.api.central.server->database().query(
            QStringLiteral("SELECT nik FROM record WHERE entity = 'person' AND household_id = ?"),
            {f.api.household()});
        QVERIFY(q && q->next());
        const QString nik = q->value(0).toString();
        q->finish();
        QVERIFY(!text.contains(nik));
        QVERIFY(text.contains(nik.left(4) + QString(10, u'•') + nik.right(2)));
        // The photo, full size, only through its request.
        const QString photo = requestPath(key) + QStringLiteral("/files/") + sha;
        QVERIFY(text.contains(QStringLiteral("<img src=\"%1\"").arg(photo)));
        const ConsolePage image = f.browser.get(photo);
        QCOMPARE(image.status, 200);
        QCOMPARE(image.header("content-type"), QByteArray("image/png"));
        QCOMPARE(image.header("cache-control"), QByteArray("no-store"));
        QCOMPARE(image.body, f.photos.value(sha));
        const QString other = f.push(QStringLiteral("program_proposal"), {});
        QCOMPARE(f.browser.get(requestPath(other) + QStringLiteral("/files/") + sha).status, 404);
        QCOMPARE(f.browser.get(requestPath(key) + QStringLiteral("/files/../../x")).status, 404);
    }

    // A NIK the request carries that is someone else's in the regency — in another village's
    // register, or in another open request — is shown with where it is, the name masked and
    // never the NIK itself; a request without such a NIK says so.
    void aNikUsedElsewhereInTheRegencyIsShownWithoutTheNik()
    {
        ConsoleFixture f;
        auto q = f.api.central.server->database().query(
            QStringLiteral("SELECT nik, id, data FROM record WHERE entity = 'person' AND "
                           "village_code = '35.71.03.1002' AND nik IS NOT NULL ORDER BY id "
                           "LIMIT 1"));
        QVERIFY(q && q->next());
        const QString nik = q->value(0).toString();
        const QString elsewhere = q->value(1).toString();
        const QString name = QJsonDocument::fromJson(q->value(2).toString().toUtf8())
                                 .object()
                                 .value(QLatin1String("name"))
                                 .toString();
        q->finish();
        QVERIFY(!name.isEmpty());
        const QString newHousehold = f.api.household().left(10) + QStringLiteral("999999");
        const QString member =
            f.push(QStringLiteral("new_member"),
                   QJsonObject{{QStringLiteral("nik"), nik},
                               {QStringLiteral("name"), QStringLiteral("Sumarni")}});
        const QString family =
            f.push(QStringLiteral("new_household"),
                   QJsonObject{{QStringLiteral("members"),
                                QJsonArray{QJsonObject{
                                    {QStringLiteral("nik"), nik},
                                    {QStringLiteral("name"), QStringLiteral("Sumarni")},
                                    {QStringLiteral("relationship"), QStringLiteral("head")}}}}},
                   {}, {}, newHousehold);
        const QString plain = f.push(QStringLiteral("program_proposal"), {});
        f.signIn();
        const QString page = f.browser.get(requestPath(member)).text();
        // The proposal's own fields show its NIK (the supervisor checks it); the section about
        // others never repeats it.
        const qsizetype from = page.indexOf(QLatin1String("id=\"same-nik\""));
        QVERIFY(from > 0);
        const QString text = page.mid(from, page.indexOf(QLatin1String("</section>"), from) - from);
        QVERIFY(text.contains(QStringLiteral("<code>%1</code>").arg(elsewhere)));
        QVERIFY(text.contains(QLatin1String("35.71.03.1002")));
        QVERIFY(text.contains(central::console::html::maskedName(name)));
        QVERIFY(text.contains(QStringLiteral("href=\"%1\"").arg(requestPath(family))));
        QVERIFY(!text.contains(nik));
        QVERIFY(!text.contains(name));
        const QString none = f.browser.get(requestPath(plain)).text();
        QVERIFY(none.contains(QStringLiteral("Tidak ada orang lain atau usulan lain")));
    }

    // verify, reject with a reason, ratify several at once, finalise: RequestDesk's
    // transitions, as the supervisor, in the village's pull stream.
    void decisionsAreTheReviewTransitionsAndReachTheVillage()
    {
        ConsoleFixture f;
        QStringList keys;
        for (int i = 0; i < 4; ++i) {
            keys << f.push(QStringLiteral("program_proposal"), {});
        }
        f.signIn();
        const auto decide = [&](const QString &key, const QList<std::pair<QString, QString>> &d) {
            return f.browser.post(requestPath(key) + QStringLiteral("/decide"), d);
        };
        // A rejection without a reason is refused, with the page again.
        const ConsolePage bare = decide(keys[0], decision("reject"));
        QCOMPARE(bare.status, 422);
        QVERIFY(bare.text().contains(QLatin1String("Alasan penolakan wajib diisi")));
        QCOMPARE(decide(keys[0], decision("reject", QStringLiteral("reason.other"))).status, 422);
        QVERIFY(f.state(keys[0]).startsWith(QLatin1String("received|")));
        const ConsolePage rejected =
            decide(keys[0], decision("reject", QStringLiteral("reason.photo_mismatch"),
                                     QStringLiteral("rumah di RT 03")));
        QCOMPARE(rejected.status, 303);
        QCOMPARE(rejected.location(), (requestPath(keys[0]) + "?done=dinsos_rejected").toLatin1());
        QCOMPARE(f.state(keys[0]),
                 QStringLiteral("dinsos_rejected|Foto rumah tidak sesuai alamat: rumah di RT 03|"
                                "dinsos.kediri"));
        QVERIFY(f.browser.get(QString::fromLatin1(rejected.location()))
                    .text()
                    .contains(QLatin1String("Usulan ditolak")));
        QCOMPARE(decide(keys[0], decision("verify")).status, 409);
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(decide(keys[i], decision("verify")).status, 303);
        }
        const ConsolePage verified = f.browser.get(kQueue + QStringLiteral("?state=verified"));
        QVERIFY(verified.text().contains(QLatin1String("id=\"select-all\"")));
        const ConsolePage ratified =
            f.browser.post(QStringLiteral("/console/ratify"),
                           {{QStringLiteral("keys"), keys[1]}, {QStringLiteral("keys"), keys[2]}});
        QCOMPARE(ratified.status, 303);
        QVERIFY(f.state(keys[1]).startsWith(QLatin1String("ratified|")));
        QVERIFY(f.state(keys[2]).startsWith(QLatin1String("ratified|")));
        QVERIFY(f.state(keys[3]).startsWith(QLatin1String("verified|")));
        QVERIFY(f.browser.get(QString::fromLatin1(ratified.location()))
                    .text()
                    .contains(QLatin1String("2 usulan disahkan")));
        QCOMPARE(
            decide(keys[1], {{QStringLiteral("decision"), QStringLiteral("finalize")},
                             {QStringLiteral("reason_text"), QStringLiteral("SK 12/HUK/2026")}})
                .status,
            303);
        QCOMPARE(f.state(keys[1]), QStringLiteral("final|SK 12/HUK/2026|dinsos.kediri"));
        // The village pulls the decisions as it pulls the API's.
        const HttpResult pulled =
            f.api.get(sync::apiPath("changes"), QUrlQuery(QStringLiteral("after=0&limit=500")));
        QCOMPARE(pulled.status, 200);
        const auto page = sync::ChangePage::fromJson(body(pulled));
        QVERIFY(page);
        QStringList seen;
        for (const auto &change : page->changes) {
            if (change.entity == QLatin1String("request")) {
                seen << change.id + u'=' + change.data.value(QLatin1String("state")).toString();
            }
        }
        QVERIFY(seen.contains(keys[0] + QStringLiteral("=dinsos_rejected")));
        QVERIFY(seen.contains(keys[1] + QStringLiteral("=final")));
        QVERIFY(seen.contains(keys[2] + QStringLiteral("=ratified")));
    }

    void theSummaryCountsWhatArrivedWhatWaitsAndHowLong()
    {
        ConsoleFixture f;
        const QString a = f.push(QStringLiteral("program_proposal"), {});
        f.push(QStringLiteral("program_proposal"), {});
        f.api.login(QStringLiteral("op.lain"));
        f.push(QStringLiteral("program_proposal"), {}, {}, {},
               f.api.household(QStringLiteral("35.71.03.1002")));
        f.api.clock.advanceSeconds(2 * 24 * 3600); // decided two days later
        f.signIn();
        QCOMPARE(
            f.browser.post(requestPath(a) + QStringLiteral("/decide"), decision("verify")).status,
            303);
        const ConsolePage s = f.browser.get(QStringLiteral("/console/summary"));
        QCOMPARE(s.status, 200);
        const QString text = s.text();
        // Each village by its name, with its code.
        QVERIFY(text.contains(QLatin1String("Bangsal <span class=\"code\">35.71.03.1001</span></a>"
                                            "</th><td>2</td><td>1</td><td>1</td><td>0</td>"
                                            "<td>2.0 hari</td>")));
        QVERIFY(text.contains(QStringLiteral("Pakunden <span class=\"code\">35.71.03.1002</span>"
                                             "</a></th><td>1</td><td>1</td><td>0</td><td>0</td>"
                                             "<td>—</td>")));
    }

    void sessionsEndOnSignOutWhenIdleAndWhenTheAccountIsDisabled()
    {
        ConsoleFixture f;
        f.signIn();
        const ConsolePage out = f.browser.post(QStringLiteral("/console/logout"), {});
        QCOMPARE(out.status, 303);
        QVERIFY(out.headers.value("set-cookie").join('\n').contains("Max-Age=0"));
        QCOMPARE(f.browser.get(kQueue).status, 303);
        f.signIn();
        f.api.clock.advanceSeconds(central::console::ConsoleSessions::kIdleMinutes * 60 - 5);
        QCOMPARE(f.browser.get(kQueue).status, 200); // still there, and seen again now
        f.api.clock.advanceSeconds(central::console::ConsoleSessions::kIdleMinutes * 60 + 1);
        QCOMPARE(f.browser.get(kQueue).status, 303);
        f.signIn();
        QVERIFY(
            f.api.central.server->accounts().setEnabled(QStringLiteral("dinsos.kediri"), false));
        QCOMPARE(f.browser.get(kQueue).status, 303);
    }

    // A password changed by the administrator (`tepat-central user password`, possibly in
    // another process) ends the sessions opened with the old one; signing in with the new one
    // works.
    void aPasswordChangeEndsTheSessionsOpenedWithTheOldOne()
    {
        ConsoleFixture f;
        f.signIn();
        QCOMPARE(f.browser.get(kQueue).status, 200);
        QVERIFY(f.api.central.server->accounts().setPassword(QStringLiteral("dinsos.kediri"),
                                                             "kata sandi baru 2026"));
        const ConsolePage after = f.browser.get(kQueue);
        QCOMPARE(after.status, 303);
        QCOMPARE(after.headers.value("location").value(0), QByteArray("/console/login"));
    }

    // Indonesian first; English by Accept-Language or the switch; no page misses a word.
    void everyPageSpeaksIndonesianOrEnglish()
    {
        ConsoleFixture f;
        const QString sha = f.upload();
        const QString key = f.push(
            QStringLiteral("citizen_proposal"), {{QStringLiteral("text"), QStringLiteral("usul")}},
            QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha},
                                   {QStringLiteral("role"), QStringLiteral("house_photo")}}});
        const QStringList paths{kQueue, requestPath(key), QStringLiteral("/console/summary"),
                                kQueue + QStringLiteral("?state=verified"),
                                requestPath(QStringLiteral("tidak-ada"))};
        f.browser.setLanguage("fr-FR,fr;q=0.9"); // neither: Indonesian
        QVERIFY(f.browser.get(QStringLiteral("/console/login"))
                    .text()
                    .contains(QLatin1String("Masuk ke konsol")));
        f.signIn();
        for (const QString &path : paths) {
            const ConsolePage p = f.browser.get(path);
            QVERIFY2(!p.text().contains(QStringLiteral("⟦")), qPrintable(path));
            QVERIFY(p.text().contains(QLatin1String("<html lang=\"id\">")));
        }
        f.browser.setLanguage("en-GB,en;q=0.9,id;q=0.5");
        for (const QString &path : paths) {
            const ConsolePage p = f.browser.get(path);
            QVERIFY2(!p.text().contains(QStringLiteral("⟦")), qPrintable(path));
            QVERIFY(p.text().contains(QLatin1String("<html lang=\"en\">")));
        }
        QVERIFY(f.browser.get(requestPath(key)).text().contains(QLatin1String("Citizen proposal")));
        // The switch wins over the browser's languages.
        QCOMPARE(f.browser.get(QStringLiteral("/console/lang/id")).status, 303);
        QVERIFY(f.browser.get(kQueue).text().contains(QLatin1String("Antrean usulan")));
        QCOMPARE(f.browser.get(QStringLiteral("/console/lang/fr")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestConsoleSite)
#include "TestConsoleSite.moc"
