#include "tests/core/fieldwork/FieldworkFixture.h"

#include "core/fieldwork/FieldEnvelope.h"
#include "core/fieldwork/FieldKeys.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The office side of a work package: which households, for whom, and what the file leaks.
class TestWorkPackageWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectsByRwAndRt()
    {
        FieldworkFixture f;
        auto q = f.office.db->query(QStringLiteral(
            "SELECT rw, rt, COUNT(*) FROM household WHERE status = 'active' GROUP BY rw, rt "
            "ORDER BY COUNT(*) DESC LIMIT 1"));
        QVERIFY(q && q->next());
        const QString rw = q->value(0).toString();
        const QString rt = q->value(1).toString();
        const int expected = q->value(2).toInt();
        const Result<QStringList> rtOnly = f.writer().select({rw, rt, {}});
        QVERIFY(rtOnly);
        QCOMPARE(rtOnly->size(), expected);
        const Result<QStringList> wholeRw = f.writer().select({rw, {}, {}});
        QVERIFY(wholeRw);
        QCOMPARE(wholeRw->size(),
                 int(f.office.count(QStringLiteral("SELECT COUNT(*) FROM household WHERE "
                                                   "status = 'active' AND rw = '%1'")
                                        .arg(rw))));
        const Result<QStringList> all = f.writer().select({});
        QVERIFY(all);
        QCOMPARE(all->size(), int(f.office.count(QStringLiteral(
                                  "SELECT COUNT(*) FROM household WHERE status = 'active'"))));
    }

    void selectsByIdList()
    {
        FieldworkFixture f;
        const QStringList ids = f.firstHouseholds(3);
        const Result<QStringList> chosen =
            f.writer().select({{}, {}, {ids[2], u' ' + ids[0], ids[2]}});
        QVERIFY(chosen);
        QCOMPARE(*chosen, (QStringList{ids[0], ids[2]}));
        const Result<QStringList> unknown = f.writer().select({{}, {}, {QStringLiteral("999")}});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("fieldwork.unknown_household"));
        const Result<QStringList> none = f.writer().select({QStringLiteral("099"), {}, {}});
        QVERIFY(!none);
        QCOMPARE(none.error().code, QStringLiteral("fieldwork.empty_selection"));
    }

    void writesAnEncryptedSignedPackageAndRecordsTheAssignment()
    {
        FieldworkFixture f;
        const QStringList ids = f.firstHouseholds(4);
        const Result<WorkPackageReport> report = f.exportPackage({{}, {}, ids}, f.packagePath());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->households, 4);
        QVERIFY(report->persons >= 4);
        QCOMPARE(report->bytes, QFileInfo(f.packagePath()).size());

        const QByteArray file = readFile(f.packagePath());
        QVERIFY(file.startsWith("TEPATFLD"));
        // A lost stick leaks nothing: no NIK, name or household id in clear text.
        auto p = f.office.db->query(
            QStringLiteral("SELECT nik, name FROM person WHERE household_id = ? AND nik IS NOT "
                           "NULL LIMIT 1"),
            {ids[0]});
        QVERIFY(p && p->next());
        QVERIFY(!file.contains(p->value(0).toString().toLatin1()));
        QVERIFY(!file.contains(p->value(1).toString().toUtf8()));
        QVERIFY(!file.contains(ids[0].toLatin1()));

        const Result<FieldEnvelope> envelope = FieldEnvelopeReader::read(file);
        QVERIFY(envelope);
        QCOMPARE(envelope->kind, FieldFileKind::WorkPackage);
        QCOMPARE(envelope->villageCode, f.office.db->setting(QStringLiteral("village_code")));
        const FieldKeys keys(*f.office.db, f.office.clock);
        QCOMPARE(keys.role().value(), FieldRole::Office);
        QCOMPARE(envelope->signerKey, keys.identity().value()->publicKey);

        QCOMPARE(f.office.count(QStringLiteral("SELECT COUNT(*) FROM field_assignment WHERE "
                                               "assignee = 'budi'")),
                 4);
        QCOMPARE(f.office.count(QStringLiteral("SELECT COUNT(*) FROM field_device")), 1);
        QCOMPARE(f.office.count(QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action = "
                                               "'fieldwork.package_export' AND actor = 'rina'")),
                 1);
    }

    void theSecondPackageKeepsTheOfficeAndVillageKeys()
    {
        FieldworkFixture f;
        QVERIFY(
            f.exportPackage({{}, {}, f.firstHouseholds(1)}, f.packagePath(QStringLiteral("a"))));
        const FieldKeys keys(*f.office.db, f.office.clock);
        const QByteArray village = keys.villageKey().value()->key;
        const QByteArray office = keys.identity().value()->publicKey;
        QVERIFY(
            f.exportPackage({{}, {}, f.firstHouseholds(2)}, f.packagePath(QStringLiteral("b"))));
        QCOMPARE(keys.villageKey().value()->key, village);
        QCOMPARE(keys.identity().value()->publicKey, office);
        QCOMPARE(f.office.count(QStringLiteral("SELECT COUNT(*) FROM field_device")), 2);
    }

    void refusesWeakPassphrasesFieldStaffAndMissingAssignees()
    {
        FieldworkFixture f;
        WorkPackageWriter::Request r;
        r.assignee = QStringLiteral("budi");
        r.passphrase = QStringLiteral("pendek");
        r.outputPath = f.packagePath();
        r.cost = PasswordCost::fastForTests();
        const QString before = storeFingerprint(*f.office.db);
        Result<WorkPackageReport> weak = f.writer().write(f.operatorSession, r);
        QVERIFY(!weak);
        QCOMPARE(weak.error().code, QStringLiteral("fieldwork.weak_passphrase"));

        r.passphrase = FieldworkFixture::passphrase;
        Result<WorkPackageReport> field = f.writer().write(f.fieldSession, r);
        QVERIFY(!field); // field staff may not take the register out of the office

        r.assignee.clear();
        Result<WorkPackageReport> nobody = f.writer().write(f.operatorSession, r);
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code, QStringLiteral("fieldwork.no_assignee"));
        QCOMPARE(storeFingerprint(*f.office.db), before);
        QVERIFY(!QFileInfo::exists(f.packagePath()));
    }

    void aFailedWriteLeavesNoAssignment()
    {
        FieldworkFixture f;
        const QString before = storeFingerprint(*f.office.db);
        // A folder where the file should be: the write fails.
        QVERIFY(QDir().mkpath(f.packagePath()));
        const Result<WorkPackageReport> report =
            f.exportPackage({{}, {}, f.firstHouseholds(2)}, f.packagePath());
        QVERIFY(!report);
        QCOMPARE(storeFingerprint(*f.office.db), before);
    }
};

QTEST_GUILESS_MAIN(TestWorkPackageWriter)
#include "TestWorkPackageWriter.moc"
