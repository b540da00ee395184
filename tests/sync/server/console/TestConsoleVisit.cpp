#include "sync/server/console/ConsoleVisit.h"
#include "tests/sync/server/console/ConsoleFixture.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;
using central::console::ConsoleVisit;

namespace {

QString requestPath(const QString &key)
{
    return QStringLiteral("/console/requests/") + key;
}

QJsonObject point(double lat, double lon, const QJsonValue &accuracy = 8)
{
    return {{QStringLiteral("latitude"), lat},
            {QStringLiteral("longitude"), lon},
            {QStringLiteral("accuracy_m"), accuracy},
            {QStringLiteral("recorded_at"), QStringLiteral("2026-11-20T02:40:00.000Z")}};
}

QJsonObject visit(const QJsonObject &location, const QJsonObject &questionnaire)
{
    QJsonObject v{{QStringLiteral("uuid"), QStringLiteral("7f0c8f5e-77b4-4a8d-9a3e-2f4c9b1e7d20")},
                  {QStringLiteral("revision"), 1},
                  {QStringLiteral("visited_on"), QStringLiteral("2026-11-20")},
                  {QStringLiteral("outcome"), QStringLiteral("visited")},
                  {QStringLiteral("field_worker"), QStringLiteral("budi.lapangan")},
                  {QStringLiteral("photos"), QJsonArray()}};
    if (!location.isEmpty()) {
        v.insert(QStringLiteral("location"), location);
    }
    if (!questionnaire.isEmpty()) {
        v.insert(QStringLiteral("questionnaire"), questionnaire);
    }
    return v;
}

QJsonObject questionnaire(int version, const QJsonObject &household, const QJsonObject &persons)
{
    return {{QStringLiteral("definition_id"), QStringLiteral("regsosek-dtsen")},
            {QStringLiteral("version"), version},
            {QStringLiteral("answers"), QJsonObject{{QStringLiteral("household"), household},
                                                    {QStringLiteral("persons"), persons}}}};
}

} // namespace

// The request page's "Kunjungan lapangan" section (issue 16, "One request"): the visit, the
// questionnaire answers with the labels of the definition the desktop used, and the GPS
// point's distance from the village's reference point (the median of its other households'
// known points on central).
class TestConsoleVisit : public QObject
{
    Q_OBJECT

    struct World
    {
        ConsoleFixture f;
        QStringList households;

        World()
        {
            auto q = f.api.central.server->database().query(
                QStringLiteral("SELECT id FROM record WHERE entity = 'household' AND "
                               "village_code = ? ORDER BY id"),
                {kVillage});
            while (q && q->next()) {
                households << q->value(0).toString();
            }
            q->finish();
        }
        // Three other households with points whose median is (-7.81, 112.01); and one of
        // another village far away, which does not count.
        void neighbours()
        {
            const QList<std::pair<double, double>> points{
                {-7.80, 112.00}, {-7.81, 112.01}, {-7.90, 112.30}};
            for (int i = 0; i < 3; ++i) {
                f.push(QStringLiteral("program_proposal"),
                       {{QStringLiteral("program"), QStringLiteral("PKH")},
                        {QStringLiteral("location"), point(points[i].first, points[i].second)}},
                       {}, {}, households[i + 1]);
            }
            f.api.login(QStringLiteral("op.lain"));
            f.push(QStringLiteral("program_proposal"),
                   {{QStringLiteral("location"), point(-1.0, 120.0)}}, {}, {},
                   f.api.household(QStringLiteral("35.71.03.1002")));
            f.api.login();
        }
        QString member() const
        {
            auto q = f.api.central.server->database().query(
                QStringLiteral("SELECT id FROM record WHERE entity = 'person' AND household_id = "
                               "? ORDER BY id LIMIT 1"),
                {households[0]});
            q->next();
            const QString id = q->value(0).toString();
            q->finish();
            return id;
        }
    };

private Q_SLOTS:
    void theSectionShowsTheVisitTheAnswersAndTheDistance()
    {
        World w;
        w.neighbours();
        const QString person = w.member();
        const QString key =
            w.f.push(QStringLiteral("program_proposal"),
                     {{QStringLiteral("program"), QStringLiteral("PKH")}}, {},
                     {{QStringLiteral("visit"),
                       visit(point(-7.81, 112.00),
                             questionnaire(
                                 1,
                                 {{QStringLiteral("status_kepemilikan_rumah"), QStringLiteral("1")},
                                  {QStringLiteral("luas_lantai"), 36}},
                                 {{person, QJsonObject{{QStringLiteral("partisipasi_sekolah"),
                                                        QStringLiteral("3")}}}}))}},
                     w.households[0]);
        w.f.signIn();
        const QString text = w.f.browser.get(requestPath(key)).text();
        QVERIFY(text.contains(QLatin1String("<section id=\"visit\"><h2>Kunjungan lapangan</h2>")));
        QVERIFY(text.contains(QLatin1String("20-11-2026")));
        QVERIFY(text.contains(QLatin1String("Dikunjungi, keluarga ditemui")));
        QVERIFY(text.contains(QLatin1String("budi.lapangan")));
        // The definition's words, in its order, with the code kept beside the label.
        QVERIFY(text.contains(QLatin1String(
            "<tr><th>Status kepemilikan bangunan tempat tinggal</th><td class=\"answer\">Milik "
            "sendiri (1)</td></tr>")));
        QVERIFY(text.contains(QStringLiteral("<tr><th>Luas lantai bangunan tempat tinggal</th>"
                                             "<td class=\"answer\">36 m²</td></tr>")));
        QVERIFY(text.indexOf(QLatin1String("Status kepemilikan")) <
                text.indexOf(QLatin1String("Luas lantai")));
        QVERIFY(
            text.contains(QLatin1String("<tr><th>Partisipasi sekolah</th><td "
                                        "class=\"answer\">Tidak bersekolah lagi (3)</td></tr>")));
        QVERIFY(text.contains(QStringLiteral("<code>%1</code>").arg(person)));
        // 0.01° of longitude at 7.81° S from the median (-7.81, 112.01): about 1.1 km.
        QVERIFY(text.contains(QLatin1String("-7.810000, 112.000000")));
        QVERIFY(text.contains(QStringLiteral("± 8 m, <span class=\"distance\">1,1 km dari titik "
                                             "tengah desa</span>")));
        QVERIFY(text.contains(QLatin1String("median lokasi 3 keluarga lain")));
        QVERIFY(!text.contains(QStringLiteral("⟦")));

        w.f.browser.setLanguage("en-GB,en;q=0.9");
        const QString english = w.f.browser.get(requestPath(key)).text();
        QVERIFY(english.contains(QLatin1String("Field visit")));
        QVERIFY(english.contains(QLatin1String("Owned (1)")));
        QVERIFY(english.contains(QLatin1String("1.1 km from the village centre")));
        QVERIFY(!english.contains(QStringLiteral("⟦")));
    }

    void anUnknownFormVersionShowsItsCodes()
    {
        World w;
        const QString key = w.f.push(
            QStringLiteral("program_proposal"),
            {{QStringLiteral("program"), QStringLiteral("PKH")}}, {},
            {{QStringLiteral("visit"),
              visit(point(-7.81, 112.00, QJsonValue()),
                    questionnaire(7, {{QStringLiteral("pertanyaan_baru"), QStringLiteral("4")}},
                                  {}))}});
        w.f.signIn();
        const QString text = w.f.browser.get(requestPath(key)).text();
        QVERIFY(text.contains(QLatin1String("Formulir regsosek-dtsen versi 7")));
        QVERIFY(text.contains(QLatin1String("tidak dikenal server")));
        QVERIFY(text.contains(QLatin1String(
            "<tr><th><code>pertanyaan_baru</code></th><td class=\"answer\"><code>4</code></td>")));
        // Too few other households with a point: no distance, and it says why.
        QVERIFY(text.contains(QLatin1String("kurang dari 3 lokasi keluarga lain")));
        QVERIFY(text.contains(QLatin1String("akurasi tidak diketahui")));
    }

    void aRequestWithoutAVisitHasNoSection()
    {
        World w;
        const QString key = w.f.push(QStringLiteral("program_proposal"),
                                     {{QStringLiteral("program"), QStringLiteral("PKH")}});
        w.f.signIn();
        QVERIFY(!w.f.browser.get(requestPath(key)).text().contains(QLatin1String("id=\"visit\"")));
    }

    // A verification result is in the queue under its own kind; once verified there is
    // nothing to ratify.
    void aVerificationIsReviewedButNotRatified()
    {
        World w;
        const QString key = w.f.push(QStringLiteral("verification"), {}, {},
                                     {{QStringLiteral("visit"), visit({}, {})}});
        w.f.signIn();
        const QString queue =
            w.f.browser.get(QStringLiteral("/console/queue?kind=verification")).text();
        QVERIFY(queue.contains(QLatin1String("Hasil verifikasi kunjungan")));
        QVERIFY(queue.contains(key.left(8)));
        QVERIFY(
            w.f.browser.get(requestPath(key)).text().contains(QLatin1String("id=\"do-verify\"")));
        QVERIFY(w.f.api.central.server->desk().decide(w.f.api.central.supervisor(), key,
                                                      QStringLiteral("verify"), {}));
        const QString page = w.f.browser.get(requestPath(key)).text();
        QVERIFY(!page.contains(QLatin1String("id=\"do-ratify\"")));
        QVERIFY(page.contains(QLatin1String("Kunjungan ini tidak merekam titik GPS.")));
        // The summary does not count it as waiting for ratification.
        const auto summary = central::console::ConsoleQueries(w.f.api.central.server->database())
                                 .summary(QStringLiteral("35.71"), QDateTime());
        QVERIFY(summary);
        QCOMPARE(summary->size(), 1);
        QCOMPARE(summary->first().waitingRatification, 0);
        QCOMPARE(summary->first().decided, 1);
    }

    void theDistanceIsTheGreatCircle()
    {
        // One degree of latitude on the mean sphere; a quarter of the equator.
        QVERIFY(qAbs(ConsoleVisit::distanceMetres(-7.0, 112.0, -8.0, 112.0) - 111195.08) < 1);
        QVERIFY(qAbs(ConsoleVisit::distanceMetres(0, 0, 0, 90) - 10007557.2) < 5);
        QCOMPARE(ConsoleVisit::distanceMetres(-7.81, 112.01, -7.81, 112.01), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestConsoleVisit)
#include "TestConsoleVisit.moc"
