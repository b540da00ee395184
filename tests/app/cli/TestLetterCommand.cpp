// tepat-cli letter verify, as README documents it: one verdict and the number per line.

#include "core/letters/CertificateLetter.h"
#include "tests/app/cli/CliRunner.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestLetterCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 21: the code of a letter whose number was voided answers "void", exit 1.
    void verifyAnswersVoidForAVoidedNumber()
    {
        TempStore store;
        populateVillage(*store.db, store.clock, 5);
        saveSettings(*store.db, store.clock, officeSettings(*store.db));
        const Session session = operatorSession();
        const CertificateService service(*store.db, store.clock, session);
        const auto subject = CertificateComposer::fromRegister(
            *store.db, personWhere(*store.db, QStringLiteral("p.status = 'active'")));
        const LetterRecord kept = *service.issue(*subject, {}, LetterSettings::load(*store.db));
        const LetterRecord voided = *service.issue(*subject, {}, LetterSettings::load(*store.db));
        QVERIFY(service.voidLetter(voided.id, QStringLiteral("salah keperluan")));
        const QString keptCode = LetterContent::fromJson(kept.content).qrPayload;
        const QString voidedCode = LetterContent::fromJson(voided.content).qrPayload;

        const CliRun genuine = runCli(QStringLiteral(TEPAT_CLI),
                                      {QStringLiteral("letter"), QStringLiteral("verify"),
                                       QStringLiteral("--db"), store.path()},
                                      keptCode.toUtf8() + '\n');
        QCOMPARE(genuine.exit, 0);
        QCOMPARE(genuine.out, QStringLiteral("genuine\t%1\n").arg(kept.number));

        const CliRun both = runCli(QStringLiteral(TEPAT_CLI),
                                   {QStringLiteral("letter"), QStringLiteral("verify"),
                                    QStringLiteral("--db"), store.path()},
                                   (keptCode + u'\n' + voidedCode + u'\n').toUtf8());
        QCOMPARE(both.exit, 1);
        QCOMPARE(both.out,
                 QStringLiteral("genuine\t%1\nvoid\t%2\n").arg(kept.number, voided.number));
        QVERIFY2(both.err.contains(QStringLiteral("TIDAK BERLAKU")), qPrintable(both.err));
    }
};

QTEST_GUILESS_MAIN(TestLetterCommand)
#include "TestLetterCommand.moc"
