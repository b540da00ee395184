#include "core/requests/Recommendation.h"
#include "tests/sync/server/console/ConsoleFixture.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

namespace {

// The envelope's `recommendation` as the desktop writes it (Recommendations::envelope).
QJsonObject recommended(const QList<ConflictReason> &conflicts)
{
    RequestRecommendation r;
    r.accountName = QStringLiteral("Rina Wati");
    r.head = {QStringLiteral("Darto Wiyono"), QStringLiteral("3"), QStringLiteral("2")};
    r.conflicts = conflicts;
    return {
        {QStringLiteral("recommendation"), Recommendations::envelope(QStringLiteral("rina"), r)}};
}

ConflictReason likelySame()
{
    ConflictReason c;
    c.kind = InterestKind::LikelySame;
    c.recommender = Recommender::Head;
    c.memberName = QStringLiteral("Soeparman");
    c.score = 0.97;
    return c;
}

} // namespace

// Who recommended a request and the village's conflict-of-interest flag, on the review
// console's request page and queue.
class TestConsoleRecommendation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRequestPageShowsWhoRecommendedAndTheFlag()
    {
        ConsoleFixture f;
        ConflictReason kk;
        kk.kind = InterestKind::SameKk;
        const QString flagged =
            f.push(QStringLiteral("program_proposal"), {}, {}, recommended({kk, likelySame()}));
        const QString clean = f.push(QStringLiteral("program_proposal"), {}, {}, recommended({}));
        const QString old = f.push(QStringLiteral("program_proposal"), {});
        f.signIn();

        const QString page = f.browser.get(QStringLiteral("/console/requests/") + flagged).text();
        QVERIFY(page.contains(QLatin1String("<section id=\"recommendation\"><h2>Pengusul</h2>")));
        QVERIFY(page.contains(QLatin1String("Rina Wati (rina)")));
        QVERIFY(page.contains(QLatin1String("Ketua RT 003/RW 002 Darto Wiyono")));
        QVERIFY(
            page.contains(QLatin1String("<span class=\"flag coi\">Konflik kepentingan</span>")));
        QVERIFY(
            page.contains(QLatin1String("Akun pengusul: satu KK dengan keluarga yang diusulkan")));
        QVERIFY(page.contains(QLatin1String("Ketua RT/RW pengusul: kemungkinan sama dengan anggota "
                                            "keluarga Soeparman (skor 0.97)")));
        QVERIFY(!page.contains(QStringLiteral("⟦")));

        const QString calm = f.browser.get(QStringLiteral("/console/requests/") + clean).text();
        QVERIFY(calm.contains(QLatin1String("Ketua RT 003/RW 002 Darto Wiyono")));
        QVERIFY(calm.contains(QLatin1String("Tidak ada konflik kepentingan")));
        QVERIFY(!calm.contains(QLatin1String("class=\"flag coi\"")));
        const QString before = f.browser.get(QStringLiteral("/console/requests/") + old).text();
        QVERIFY(before.contains(QLatin1String(
            "<section id=\"recommendation\"><h2>Pengusul</h2><p>tidak tercatat</p>")));
        QVERIFY(!before.contains(QLatin1String("class=\"flag coi\"")));

        // The queue marks the flagged request only.
        const QString queue = f.browser.get(QStringLiteral("/console/queue")).text();
        QCOMPARE(queue.count(QLatin1String("class=\"flag coi\"")), 1);
        const qsizetype row = queue.indexOf(flagged.left(8));
        QVERIFY(row > 0);
        QVERIFY(queue.indexOf(QLatin1String("class=\"flag coi\""), row) <
                queue.indexOf(QLatin1String("</tr>"), row));

        f.browser.setLanguage("en");
        const QString english =
            f.browser.get(QStringLiteral("/console/requests/") + flagged).text();
        QVERIFY(english.contains(QLatin1String("Who recommended")));
        QVERIFY(english.contains(QLatin1String("Conflict of interest")));
        QVERIFY(english.contains(QLatin1String("shares the family")));
        QVERIFY(!english.contains(QStringLiteral("⟦")));
    }
};

QTEST_GUILESS_MAIN(TestConsoleRecommendation)
#include "TestConsoleRecommendation.moc"
