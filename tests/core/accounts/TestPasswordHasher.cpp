#include "core/accounts/PasswordHasher.h"

#include <QTest>

#include <sodium.h>

using namespace tepat;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardCostIsAtLeastInteractive()
    {
        const PasswordCost standard = PasswordCost::standard();
        QVERIFY(standard.opsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE);
        QVERIFY(standard.memLimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE);
    }

    void hashesWithArgon2idAndVerifies()
    {
        const PasswordHasher hasher(PasswordCost::fastForTests());
        const Result<QString> hash = hasher.hash(QStringLiteral("kata sandi rahasia é"));
        QVERIFY(hash);
        QVERIFY2(hash->startsWith(QStringLiteral("$argon2id$")), qPrintable(hash.value()));
        QVERIFY(!hash->contains(QStringLiteral("rahasia")));
        QVERIFY(hasher.verify(hash.value(), QStringLiteral("kata sandi rahasia é")));
        QVERIFY(!hasher.verify(hash.value(), QStringLiteral("kata sandi rahasia e")));
        QVERIFY(!hasher.verify(QString(), QStringLiteral("x")));
        QVERIFY(!hasher.verify(QStringLiteral("bukan hash"), QStringLiteral("x")));
        // A fresh salt each time.
        QVERIFY(hasher.hash(QStringLiteral("kata sandi rahasia é")).value() != hash.value());
    }

    void olderLimitsNeedARehash()
    {
        const PasswordHasher fast(PasswordCost::fastForTests());
        const PasswordHasher interactive(PasswordCost::interactive());
        const QString hash = fast.hash(QStringLiteral("sandi-lama")).value();
        QVERIFY(!fast.needsRehash(hash));
        QVERIFY(interactive.needsRehash(hash));
        QVERIFY(interactive.verify(hash, QStringLiteral("sandi-lama")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
