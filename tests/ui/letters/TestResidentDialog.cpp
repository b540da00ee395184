// The dialog for a resident outside the DTKS data (issue 21): no default birth date, the NIK
// fills it, warnings need an acknowledgement, errors block.

#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/letters/ResidentDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestResidentDialog : public QObject
{
    Q_OBJECT

    struct Counter
    {
        TempStore store;
        Session session = operatorSession();
        CertificateService service{*store.db, store.clock, session};
        ResidentDialog dialog{service, store.clock};

        Counter() { populateVillage(*store.db, store.clock, 5); }
        QLineEdit *edit(const char *name) { return dialog.findChild<QLineEdit *>(name); }
        QComboBox *sex() { return dialog.findChild<QComboBox *>(QStringLiteral("sex")); }
        QCheckBox *acknowledge()
        {
            return dialog.findChild<QCheckBox *>(QStringLiteral("acknowledge"));
        }
        QString findings()
        {
            return dialog.findChild<QLabel *>(QStringLiteral("findings"))->text();
        }
    };

private Q_SLOTS:
    void birthDateAndSexComeFromTheNik()
    {
        Counter c;
        // Nothing chosen for the operator: no 01-01-1990, no sex.
        QCOMPARE(c.edit("birthDate")->text(), QString());
        QCOMPARE(c.sex()->currentIndex(), 0);
        QVERIFY(!c.dialog.acceptable());
        QVERIFY(!c.acknowledge()->isEnabled());

        c.edit("name")->setText(QStringLiteral("Warga Baru"));
        c.edit("nik")->setText(QStringLiteral("3506010404700001")); // 4 April 1970, male
        QCOMPARE(c.edit("birthDate")->text(), QStringLiteral("04-04-1970"));
        QCOMPARE(Sex(c.sex()->currentData().toInt()), Sex::Male);
        QVERIFY(c.dialog.acceptable());
        QCOMPARE(c.dialog.subject().birthDate, QDate(1970, 4, 4));

        // A corrected NIK fills again what the NIK had filled.
        c.edit("nik")->setText(QStringLiteral("3506014505800001")); // 5 May 1980, female
        QCOMPARE(c.edit("birthDate")->text(), QStringLiteral("05-05-1980"));
        QCOMPARE(Sex(c.sex()->currentData().toInt()), Sex::Female);
    }

    void disagreementNeedsAnAcknowledgement()
    {
        Counter c;
        c.edit("name")->setText(QStringLiteral("Warga Baru"));
        c.edit("nik")->setText(QStringLiteral("3506010404700001"));
        c.edit("birthDate")->setText(QStringLiteral("01-01-1990"));
        QVERIFY(!c.dialog.acceptable());
        QVERIFY2(c.findings().contains(QStringLiteral("berbeda")), qPrintable(c.findings()));
        QVERIFY(c.acknowledge()->isEnabled());
        c.acknowledge()->setChecked(true);
        QVERIFY(c.dialog.acceptable());
        QVERIFY(c.dialog.subject().warningsAcknowledged);
        // What the operator typed is kept when the NIK changes.
        c.edit("nik")->setText(QStringLiteral("3506010505700001"));
        QCOMPARE(c.edit("birthDate")->text(), QStringLiteral("01-01-1990"));
        // The date agrees again: no warning left, the tick is dropped.
        c.edit("birthDate")->setText(QStringLiteral("05-05-1970"));
        QVERIFY(!c.acknowledge()->isChecked());
        QVERIFY(c.dialog.acceptable());
    }

    void errorsBlock()
    {
        Counter c;
        c.edit("name")->setText(QStringLiteral("Warga Baru"));
        c.edit("nik")->setText(QStringLiteral("3506013204700001")); // 32 April
        QVERIFY(!c.dialog.acceptable());
        QVERIFY(!c.acknowledge()->isEnabled());
        QVERIFY(!c.findings().isEmpty());
        c.edit("nik")->setText(QStringLiteral("3506010404700001"));
        c.edit("birthDate")->setText(QStringLiteral("31-02-1970"));
        QVERIFY(!c.dialog.acceptable());
        QVERIFY(c.findings().contains(QStringLiteral("HH-BB-TTTT")));
        c.edit("birthDate")->setText(QStringLiteral("04-04-1970"));
        c.edit("name")->clear();
        QVERIFY(!c.dialog.acceptable());
        QVERIFY(c.findings().contains(QStringLiteral("Nama warga belum diisi")));
    }
};

QTEST_MAIN(TestResidentDialog)
#include "TestResidentDialog.moc"
