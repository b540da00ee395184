#include "core/accounts/Role.h"
#include "core/letters/LetterPayload.h"
#include "core/letters/LetterRevocation.h"
#include "core/letters/LetterSigner.h"
#include "core/outbox/LetterRevocationOutbox.h"
#include "sync/server/LetterCheck.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/sync/SyncFixtures.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace tepat;
using namespace tepat::test;
using central::LetterCheck;

namespace {

QByteArray why(const sync::SyncReport &r)
{
    return r.error ? (r.error->code + QStringLiteral(": ") + r.error->message).toUtf8()
                   : QByteArray("no error");
}

} // namespace

// What the public letter check learns from a village at its sync (issue 16): the revocations
// from the desktop's outbox, and the letter keys in order, a rotated one only with the old
// key's endorsement, the old keys kept so that earlier letters still verify.
class TestLetterSync : public QObject
{
    Q_OBJECT

    struct World
    {
        ClientFixture client;
        CentralFixture central{client.store.clock};
        sync::Transport visitor{central.url(), 5000, nullptr}; // a phone, not signed in

        World()
        {
            central.addOperator();
            central.seedRegister(2);
        }
        LetterRecord letter(const QString &name) const
        {
            return signedLetter(*client.store.db, client.store.clock, name);
        }
        void sync()
        {
            const sync::SyncReport report = client.sync(central.url());
            QVERIFY2(!report.error, why(report).constData());
        }
        // The public page for the letter's QR link, as a phone opens it.
        QString page(const LetterRecord &l)
        {
            QUrlQuery indonesian; // Qt's own client asks for en-US otherwise
            indonesian.addQueryItem(QStringLiteral("lang"), QStringLiteral("id"));
            const sync::HttpResult r = visitor.send(
                "GET", QStringLiteral("/v/") + LetterCheck::codeOf(signedPayload(l)), indonesian);
            return r.status == 200 ? QString::fromUtf8(r.body) : QString::number(r.status);
        }
        LetterCheck::Verdict atCentral(const LetterRecord &l) const
        {
            return LetterCheck(central.server->database())
                .check(LetterCheck::codeOf(signedPayload(l)))
                ->verdict;
        }
        qint64 centralKeys(const QString &where = QStringLiteral("1")) const
        {
            return central.serverCount(
                QStringLiteral("SELECT count(*) FROM village_letter_key WHERE ") + where);
        }
    };

private Q_SLOTS:
    // Desktop revocation → outbox → POST /api/v1/letter-revocations → the /v/ page says
    // "dicabut"; nothing is sent twice.
    void aRevocationReachesThePublicCheck()
    {
        World w;
        const LetterRecord letter = w.letter(QStringLiteral("Siti Wulandari"));
        w.sync();
        QVERIFY(w.page(letter).contains(QStringLiteral("verdict-genuine")));

        const Session session = operatorSession();
        QVERIFY(LetterRevocation(*w.client.store.db, w.client.store.clock, session)
                    .revoke(letter.id, QStringLiteral("salah orang")));
        // Until the sync the regency server does not know.
        QVERIFY(w.page(letter).contains(QStringLiteral("verdict-genuine")));
        const LetterRevocationOutbox outbox(*w.client.store.db, w.client.store.clock);
        QCOMPARE(outbox.waiting()->size(), 1);

        w.sync();
        QCOMPARE(outbox.waiting()->size(), 0);
        QCOMPARE(w.central.serverCount(
                     QStringLiteral(
                         "SELECT count(*) FROM letter_revocation WHERE village_code = '%1' AND "
                         "number = '%2' AND reason = 'salah orang'")
                         .arg(kVillage, letter.number)),
                 1);
        const QString html = w.page(letter);
        QVERIFY2(html.contains(QStringLiteral("verdict-revoked")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("DICABUT")));
        QVERIFY(html.contains(letter.number.toHtmlEscaped()));
        QVERIFY(!html.contains(QStringLiteral("Wulandari")));
        QVERIFY(!html.contains(QStringLiteral("salah orang"))); // the reason stays with the village

        // Another letter of the village is still genuine; a second sync sends nothing again.
        const LetterRecord other = w.letter(QStringLiteral("Budi Santoso"));
        w.sync();
        QCOMPARE(w.atCentral(other), LetterCheck::Verdict::Genuine);
        QCOMPARE(w.central.serverCount(QStringLiteral("SELECT count(*) FROM letter_revocation")),
                 1);
    }

    // A revocation made while the server is away waits in the outbox and goes at the next sync.
    void aRevocationWaitsForTheServer()
    {
        World w;
        const LetterRecord letter = w.letter(QStringLiteral("Siti Wulandari"));
        w.sync();
        const Session session = operatorSession();
        QVERIFY(LetterRevocation(*w.client.store.db, w.client.store.clock, session)
                    .revoke(letter.id, QStringLiteral("ditarik kembali")));
        const QUrl url = w.central.url();
        w.central.stop();
        QVERIFY(w.client.sync(url).error);
        const LetterRevocationOutbox outbox(*w.client.store.db, w.client.store.clock);
        QCOMPARE(outbox.waiting()->size(), 1);
        w.central.start();
        w.sync();
        QCOMPARE(outbox.waiting()->size(), 0);
        QCOMPARE(w.atCentral(letter), LetterCheck::Verdict::Revoked);
    }

    // Two rotations between syncs: the keys go in order, each vouched for by the one before;
    // letters signed by every key verify at central.
    void rotatedKeysReachCentralInOrder()
    {
        World w;
        const LetterRecord first = w.letter(QStringLiteral("Siti Wulandari"));
        w.sync();
        QCOMPARE(w.centralKeys(), 1);
        const LetterSigner signer(*w.client.store.db, w.client.store.clock);
        w.client.store.clock.advanceSeconds(60);
        QVERIFY(signer.rotate(Session::localAdministrator()));
        const LetterRecord second = w.letter(QStringLiteral("Budi Santoso"));
        w.client.store.clock.advanceSeconds(60);
        const QString third = *signer.rotate(Session::localAdministrator());
        const LetterRecord last = w.letter(QStringLiteral("Wati Lestari"));
        QCOMPARE(w.atCentral(second), LetterCheck::Verdict::Unknown);

        w.sync();
        QCOMPARE(w.centralKeys(), 3);
        QCOMPARE(w.centralKeys(QStringLiteral("retired_at IS NULL AND key_id = '%1'").arg(third)),
                 1);
        QCOMPARE(signer.keysToRegister()->size(), 0);
        for (const LetterRecord &l : {first, second, last}) {
            QCOMPARE(w.atCentral(l), LetterCheck::Verdict::Genuine);
        }
        QVERIFY(w.page(first).contains(QStringLiteral("verdict-genuine")));
        w.sync(); // nothing left to register
        QCOMPARE(w.centralKeys(), 3);
    }

    // A key changed before the village ever synced: the first key is taken on trust, the next
    // with the first one's endorsement, and letters of both verify at central.
    void aRotationBeforeTheFirstSync()
    {
        World w;
        const LetterRecord before = w.letter(QStringLiteral("Siti Wulandari"));
        const LetterSigner signer(*w.client.store.db, w.client.store.clock);
        w.client.store.clock.advanceSeconds(60);
        const QString current = *signer.rotate(Session::localAdministrator());
        const LetterRecord after = w.letter(QStringLiteral("Budi Santoso"));
        w.sync();
        QCOMPARE(w.centralKeys(), 2);
        QCOMPARE(w.centralKeys(QStringLiteral("retired_at IS NULL AND key_id = '%1'").arg(current)),
                 1);
        QCOMPARE(w.atCentral(before), LetterCheck::Verdict::Genuine);
        QCOMPARE(w.atCentral(after), LetterCheck::Verdict::Genuine);
    }

    // A rotated key whose endorsement was not made by the old key (changed in the store, or
    // signed by another key) is refused: central keeps the old key, the sync goes on, and the
    // letters of the refused key do not pass as genuine.
    void aForgedEndorsementIsRefused()
    {
        World w;
        w.letter(QStringLiteral("Siti Wulandari"));
        w.sync();
        const LetterSigner signer(*w.client.store.db, w.client.store.clock);
        w.client.store.clock.advanceSeconds(60);
        const QString rotated = *signer.rotate(Session::localAdministrator());
        const LetterRecord afterRotation = w.letter(QStringLiteral("Budi Santoso"));

        // The endorsement of another key pair over the same message.
        auto q = w.client.store.db->query(
            QStringLiteral("SELECT public_key, endorsement FROM letter_key WHERE key_id = ?"),
            {rotated});
        QVERIFY(q && q->next());
        const QByteArray newKey = q->value(0).toByteArray();
        QVERIFY(!q->value(1).toByteArray().isEmpty());
        TempStore intruder;
        QVERIFY(LetterSigner(*intruder.db, intruder.clock).ensureKey());
        // The intruder's key signs a claim; its signature is 64 bytes like an endorsement.
        const QString forgedPayload = *LetterSigner(*intruder.db, intruder.clock)
                                           .sign({QStringLiteral("x"), QDate(2026, 11, 23), true,
                                                  QStringLiteral("x"), 1, QByteArray(32, 'x')});
        const QByteArray forged = LetterPayload::parse(forgedPayload.toUtf8())->signature;
        for (const QByteArray &endorsement : {forged, QByteArray(64, '\0'), QByteArray()}) {
            QVERIFY(w.client.store.db->query(
                QStringLiteral("UPDATE letter_key SET endorsement = ? WHERE key_id = ?"),
                {endorsement.isNull() ? QVariant(QMetaType::fromType<QByteArray>())
                                      : QVariant(endorsement),
                 rotated}));
            w.sync();
            QCOMPARE(w.centralKeys(), 1);
            QCOMPARE(w.centralKeys(QStringLiteral("key_id = '%1'").arg(rotated)), 0);
            QCOMPARE(signer.keysToRegister()->size(), 1); // tried again next time
            QCOMPARE(w.atCentral(afterRotation), LetterCheck::Verdict::Unknown);
        }
        QCOMPARE(newKey.size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestLetterSync)
#include "TestLetterSync.moc"
