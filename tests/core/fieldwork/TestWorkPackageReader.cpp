#include "tests/core/fieldwork/FieldworkFixture.h"

#include "core/fieldwork/FieldEnvelope.h"
#include "core/fieldwork/FieldKeys.h"

#include <QFileInfo>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The laptop side of a work package: a new store from it, a second package into it, and every
// refusal leaving everything as it was.
class TestWorkPackageReader : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Database> openLaptop(const FieldworkFixture &f)
    {
        return std::move(Database::open(f.laptopPath()).value());
    }

    static qint64 count(const Database &db, const QString &sql)
    {
        auto q = db.query(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void createsTheLaptopStoreFromThePackage()
    {
        FieldworkFixture f;
        const QStringList ids = f.firstHouseholds(5);
        QVERIFY(f.exportPackage({{}, {}, ids}, f.packagePath()));
        const Result<PackageImportReport> report = f.importPackage(f.packagePath());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->createdStore);
        QCOMPARE(report->households, 5);
        QCOMPARE(report->assignee, QStringLiteral("budi"));

        const auto laptop = openLaptop(f);
        QCOMPARE(count(*laptop, QStringLiteral("SELECT COUNT(*) FROM household")), 5);
        // Members with their NIKs and programmes, as the office holds them.
        const QString list = u'\'' + ids.join(QStringLiteral("','")) + u'\'';
        const QString persons =
            QStringLiteral("SELECT group_concat(id || nik || name || status, '|') FROM (SELECT * "
                           "FROM person WHERE household_id IN (%1) ORDER BY id)")
                .arg(list);
        auto officePersons = f.office.db->query(persons);
        auto laptopPersons = laptop->query(persons);
        QVERIFY(officePersons && officePersons->next() && laptopPersons && laptopPersons->next());
        QCOMPARE(laptopPersons->value(0).toString(), officePersons->value(0).toString());
        const QString programs =
            QStringLiteral("SELECT COUNT(*) FROM program_membership m JOIN person p ON p.pk = "
                           "m.person_pk WHERE m.until IS NULL AND p.household_id IN (%1)")
                .arg(list);
        QCOMPARE(count(*laptop, programs), f.office.count(programs));
        QCOMPARE(laptop->setting(QStringLiteral("village_code")),
                 f.office.db->setting(QStringLiteral("village_code")));
        // The register's date comes along, so the laptop's header says "data per …".
        QVERIFY(!f.office.db->setting(QStringLiteral("data_date")).isEmpty());
        QCOMPARE(laptop->setting(QStringLiteral("data_date")),
                 f.office.db->setting(QStringLiteral("data_date")));
        QCOMPARE(count(*laptop, QStringLiteral("SELECT COUNT(*) FROM field_assignment")), 5);

        // The keys: the laptop's own pair, the village key, the office it trusts.
        const FieldKeys laptopKeys(*laptop, f.office.clock);
        const FieldKeys officeKeys(*f.office.db, f.office.clock);
        QCOMPARE(laptopKeys.role().value(), FieldRole::Laptop);
        QCOMPARE(laptopKeys.villageKey().value()->key, officeKeys.villageKey().value()->key);
        QCOMPARE(laptopKeys.villageKey().value()->officePublicKey,
                 officeKeys.identity().value()->publicKey);
        QCOMPARE(officeKeys.deviceAssignee(laptopKeys.identity().value()->publicKey).value(),
                 QStringLiteral("budi"));
        QCOMPARE(count(*laptop, QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action = "
                                               "'fieldwork.package_import'")),
                 1);
    }

    void theSamePackageTwiceChangesNothing()
    {
        FieldworkFixture f;
        QVERIFY(f.exportPackage({{}, {}, f.firstHouseholds(3)}, f.packagePath()));
        QVERIFY(f.importPackage(f.packagePath()));
        const QString before = storeFingerprint(*openLaptop(f));
        const Result<PackageImportReport> again = f.importPackage(f.packagePath());
        QVERIFY(again);
        QCOMPARE(again->households, 0);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(storeFingerprint(*openLaptop(f)), before);
    }

    void anExistingLaptopStoreTakesANewPackage()
    {
        FieldworkFixture f;
        const QStringList ids = f.firstHouseholds(6);
        QVERIFY(f.exportPackage({{}, {}, ids.mid(0, 3)}, f.packagePath(QStringLiteral("1"))));
        QVERIFY(f.importPackage(f.packagePath(QStringLiteral("1"))));
        const QByteArray device =
            FieldKeys(*openLaptop(f), f.office.clock).identity().value()->publicKey;
        QVERIFY(f.exportPackage({{}, {}, ids.mid(2, 4)}, f.packagePath(QStringLiteral("2"))));
        const Result<PackageImportReport> second =
            f.importPackage(f.packagePath(QStringLiteral("2")));
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QVERIFY(!second->createdStore);
        const auto laptop = openLaptop(f);
        QCOMPARE(count(*laptop, QStringLiteral("SELECT COUNT(*) FROM household")), 6);
        QCOMPARE(count(*laptop, QStringLiteral("SELECT COUNT(DISTINCT household_id) FROM "
                                               "field_assignment")),
                 6);
        // The laptop keeps the key it signs with; the office knows both it issued.
        QCOMPARE(FieldKeys(*laptop, f.office.clock).identity().value()->publicKey, device);
    }

    void aWrongPassphraseCreatesNothing()
    {
        FieldworkFixture f;
        QVERIFY(f.exportPackage({{}, {}, f.firstHouseholds(2)}, f.packagePath()));
        const Result<PackageImportReport> report =
            f.importPackage(f.packagePath(), QStringLiteral("frasa sandi lain sekali"));
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("fieldwork.wrong_passphrase"));
        QVERIFY(report.error().message.contains(QStringLiteral("Frasa sandi paket kerja salah")));
        QVERIFY(!QFileInfo::exists(f.laptopPath()));
    }

    void truncatedAndAlteredPackagesAreRefused_data()
    {
        QTest::addColumn<int>("cut");    // bytes cut off the end; 0: none
        QTest::addColumn<int>("flipAt"); // byte changed, counted from the end; 0: none
        QTest::addColumn<QString>("code");
        QTest::newRow("cut in the signature") << 10 << 0 << QStringLiteral("fieldwork.truncated");
        QTest::newRow("cut in the data") << -2 << 0 << QStringLiteral("fieldwork.truncated");
        QTest::newRow("header only") << -1 << 0 << QStringLiteral("fieldwork.truncated");
        QTest::newRow("a byte of the data") << 0 << 500 << QStringLiteral("fieldwork.forged");
        QTest::newRow("a byte of the signature") << 0 << 3 << QStringLiteral("fieldwork.forged");
    }

    void truncatedAndAlteredPackagesAreRefused()
    {
        QFETCH(int, cut);
        QFETCH(int, flipAt);
        QFETCH(QString, code);
        FieldworkFixture f;
        QVERIFY(f.exportPackage({{}, {}, f.firstHouseholds(4)}, f.packagePath()));
        QByteArray bytes = readFile(f.packagePath());
        if (cut == -1) {
            bytes = bytes.first(20);
        } else if (cut == -2) {
            bytes.chop(bytes.size() / 2);
        } else if (cut > 0) {
            bytes.chop(cut);
        }
        if (flipAt > 0) {
            bytes = flipByte(bytes, bytes.size() - flipAt);
        }
        writeFile(f.packagePath(QStringLiteral("rusak")), bytes);
        const Result<PackageImportReport> report =
            f.importPackage(f.packagePath(QStringLiteral("rusak")));
        QVERIFY(!report);
        QCOMPARE(report.error().code, code);
        QVERIFY(!QFileInfo::exists(f.laptopPath()));
    }

    void aPackageResignedByAnotherKeyIsForged()
    {
        FieldworkFixture f;
        QVERIFY(f.exportPackage({{}, {}, f.firstHouseholds(2)}, f.packagePath()));
        FieldEnvelope envelope = FieldEnvelopeReader::readFile(f.packagePath()).value();
        const SigningKeyPair other = SigningKeyPair::generate();
        envelope.signerKey = other.publicKey;
        writeFile(f.packagePath(QStringLiteral("palsu")), envelope.write(other));
        const Result<PackageImportReport> report =
            f.importPackage(f.packagePath(QStringLiteral("palsu")));
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("fieldwork.forged"));
        QVERIFY(!QFileInfo::exists(f.laptopPath()));
    }

    void foreignPackagesLeaveTheLaptopAsItWas()
    {
        FieldworkFixture f;
        QVERIFY(f.exportPackage({{}, {}, f.firstHouseholds(2)}, f.packagePath()));
        QVERIFY(f.importPackage(f.packagePath()));
        const QString before = storeFingerprint(*openLaptop(f));

        // Another office of the same village (another installation): not the office it knows.
        FieldworkFixture otherOffice;
        QVERIFY(otherOffice.exportPackage({{}, {}, otherOffice.firstHouseholds(2)},
                                          f.packagePath(QStringLiteral("lain"))));
        Result<PackageImportReport> foreign =
            f.importPackage(f.packagePath(QStringLiteral("lain")));
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, QStringLiteral("fieldwork.foreign_signer"));

        // A package of another village.
        TempStore elsewhere;
        DemoOptions o;
        o.villageCodes = {QStringLiteral("35.71.01.1002")};
        o.households = 3;
        o.today = QDate(2026, 11, 23);
        QVERIFY(DemoVillage::populate(*elsewhere.db, elsewhere.clock, o));
        WorkPackageWriter::Request r;
        r.assignee = QStringLiteral("budi");
        r.passphrase = FieldworkFixture::passphrase;
        r.outputPath = f.packagePath(QStringLiteral("desa-lain"));
        r.cost = PasswordCost::fastForTests();
        QVERIFY(WorkPackageWriter(*elsewhere.db, elsewhere.clock, {}).write(f.operatorSession, r));
        Result<PackageImportReport> village = f.importPackage(r.outputPath);
        QVERIFY(!village);
        QCOMPARE(village.error().code, QStringLiteral("fieldwork.foreign_village"));
        QCOMPARE(storeFingerprint(*openLaptop(f)), before);
    }

    void theOfficeStoreDoesNotTakeAPackage()
    {
        FieldworkFixture f;
        QVERIFY(f.exportPackage({{}, {}, f.firstHouseholds(2)}, f.packagePath()));
        const QString before = storeFingerprint(*f.office.db);
        const Result<PackageImportReport> report = WorkPackageReader(f.office.clock)
                                                       .import({f.packagePath(),
                                                                FieldworkFixture::passphrase,
                                                                f.office.path(),
                                                                {},
                                                                QStringLiteral("rina")});
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("fieldwork.office_store"));
        QCOMPARE(storeFingerprint(*f.office.db), before);
    }

    void notAPackageAtAll()
    {
        FieldworkFixture f;
        const QString path = f.office.file(QStringLiteral("bukan-paket.tepatpkg"));
        writeFile(path, "bukan paket");
        const Result<PackageImportReport> report = f.importPackage(path);
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("fieldwork.not_a_package"));
        QVERIFY(!QFileInfo::exists(f.laptopPath()));
    }
};

QTEST_GUILESS_MAIN(TestWorkPackageReader)
#include "TestWorkPackageReader.moc"
