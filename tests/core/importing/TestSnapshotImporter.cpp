#include "core/domain/Vocabulary.h"
#include "core/importing/CsvReader.h"
#include "core/importing/SnapshotImporter.h"
#include "core/register/RegisterRepository.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

namespace {

const QByteArray kHouseholdHeader =
    "household_id,kk_number,village_code,rt,rw,address,desil,status,latitude,longitude\n";
const QByteArray kPersonHeader =
    "person_id,household_id,nik,name,sex,birth_place,birth_date,"
    "relationship,marital_status,occupation,disability,status,programs\n";

const QByteArray kHouseholds =
    kHouseholdHeader +
    "H1,3571031505180003,35.71.03.1001,1,2,\"Jl. Melati No. 3, Gg. 2\",2,active,-7.8301,112.0201\n"
    "H2,,35.71.03.1001,003,005,Jl. Kenanga,,,,\n";
const QByteArray kPersons =
    kPersonHeader +
    "H1.01,H1,3571030101800001,Budi "
    "Santoso,L,Kediri,1980-01-01,head,married,Petani,none,active,PKH;BPNT\n"
    "H1.02,H1,3571034202850002,Siti Aminah,P,Kediri,1985-02-02,spouse,married,,,active,PBI-JK\n"
    "H2.01,H2,3571030303500003,Soeparman,L,Nganjuk,1950-03-03,1,4,,,deceased,\n";

} // namespace

class TestSnapshotImporter : public QObject
{
    Q_OBJECT

    struct Files
    {
        QString households;
        QString persons;
    };

    static Files write(TempStore &store, const QByteArray &households, const QByteArray &persons)
    {
        Files f{store.file(QStringLiteral("households.csv")),
                store.file(QStringLiteral("persons.csv"))};
        writeFile(f.households, households);
        writeFile(f.persons, persons);
        return f;
    }

    static Result<ImportReport> run(TempStore &store, const Files &f, ImportOptions options = {})
    {
        if (options.rejectsPath.isEmpty()) {
            options.rejectsPath = store.file(QStringLiteral("rejects.csv"));
        }
        return SnapshotImporter(*store.db, store.clock).run(f.households, f.persons, options);
    }

    static QByteArray storeFingerprint(TempStore &store)
    {
        QByteArray all;
        for (const char *sql :
             {"SELECT group_concat(id || kk_number || rt) FROM household",
              "SELECT group_concat(id || name) FROM person",
              "SELECT count(*) FROM program_membership", "SELECT count(*) FROM person_name_fts",
              "SELECT group_concat(key || value) FROM setting"}) {
            auto q = store.db->query(QString::fromLatin1(sql));
            if (q && q->next()) {
                all += q->value(0).toString().toUtf8() + '|';
            }
        }
        return all;
    }

    // Everything a bulk load touches: rows, household figures, the name index, the schema.
    static QByteArray fullFingerprint(TempStore &store)
    {
        QByteArray all = storeFingerprint(store);
        for (const char *sql :
             {"SELECT group_concat(id || '=' || head_name || '/' || member_count, ';') FROM "
              "(SELECT * FROM household ORDER BY id)",
              "SELECT group_concat(p.id, ';') FROM person_name_fts f JOIN person p ON p.pk = "
              "f.rowid WHERE person_name_fts MATCH 'budi OR siti OR suparman OR orang'",
              "SELECT count(*) FROM program_membership WHERE until IS NULL",
              "SELECT group_concat(type || ':' || name || ':' || coalesce(sql, ''), '|') FROM "
              "(SELECT * FROM sqlite_schema ORDER BY type, name)"}) {
            auto q = store.db->query(QString::fromLatin1(sql));
            if (q && q->next()) {
                all += q->value(0).toString().toUtf8() + '|';
            }
        }
        return all;
    }

    static QByteArray manyPersons(int count)
    {
        QByteArray persons = kPersonHeader;
        for (int i = 0; i < count; ++i) {
            persons += QStringLiteral("P%1,H%2,,Orang Nomor %1,L,,,%3,,,,,PKH\n")
                           .arg(i)
                           .arg(1 + i % 2)
                           .arg(i == 1 ? QStringLiteral("head") : QStringLiteral("child"))
                           .toUtf8();
        }
        return persons;
    }

    static QList<QStringList> rejects(const QString &path)
    {
        QFile f(path);
        QList<QStringList> rows;
        if (!f.open(QIODevice::ReadOnly)) {
            return rows;
        }
        CsvReader reader(f);
        if (!reader.readHeader()) {
            return rows;
        }
        while (reader.next() == CsvReader::Next::Record) {
            QStringList row;
            for (std::string_view v : reader.fields()) {
                row << QString::fromUtf8(v.data(), qsizetype(v.size()));
            }
            rows << row;
        }
        return rows;
    }

private Q_SLOTS:
    void goodFile()
    {
        TempStore store;
        const Files f = write(store, kHouseholds, kPersons);
        const auto report = run(store, f);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->householdsInserted, 2);
        QCOMPARE(report->personsInserted, 3);
        QCOMPARE(report->householdsRejected + report->personsRejected, 0);
        QCOMPARE(report->warnings, 0);
        QVERIFY(report->rejectsFile.isEmpty());
        QVERIFY(!QFile::exists(store.file(QStringLiteral("rejects.csv"))));

        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM program_membership")), 3);
        QCOMPARE(store.count(QStringLiteral("SELECT member_count FROM household WHERE id = 'H1'")),
                 2);
        QCOMPARE(store.count(QStringLiteral("SELECT member_count FROM household WHERE id = 'H2'")),
                 0);
        auto head = store.db->query(QStringLiteral(
            "SELECT head_name, rt, rw, address, desil, latitude FROM household WHERE id = 'H1'"));
        QVERIFY(head && head->next());
        QCOMPARE(head->value(0).toString(), QStringLiteral("Budi Santoso"));
        QCOMPARE(head->value(1).toString(), QStringLiteral("001"));
        QCOMPARE(head->value(2).toString(), QStringLiteral("002"));
        QCOMPARE(head->value(3).toString(), QStringLiteral("Jl. Melati No. 3, Gg. 2"));
        QCOMPARE(head->value(4).toInt(), 2);
        QCOMPARE(head->value(5).toDouble(), -7.8301);
        // Codes are canonical whatever the file said ("1" -> head, "4" -> widowed).
        auto old = store.db->query(QStringLiteral("SELECT relationship, marital_status, status, "
                                                  "name_norm FROM person WHERE id = 'H2.01'"));
        QVERIFY(old && old->next());
        QCOMPARE(old->value(0).toString(), QStringLiteral("head"));
        QCOMPARE(old->value(1).toString(), QStringLiteral("widowed"));
        QCOMPARE(old->value(2).toString(), QStringLiteral("deceased"));
        QCOMPARE(old->value(3).toString(), QStringLiteral("suparman"));
        // A non-active status from the snapshot is in the history.
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM status_history WHERE person_id = "
                                            "'H2.01' AND status = 'deceased'")),
                 1);
        QCOMPARE(store.db->setting(QStringLiteral("data_date")), QStringLiteral("2026-11-23"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM village WHERE name = 'Bangsal'")),
                 1);
    }

    void badRowsGoToRejectsWithLineNumbers()
    {
        TempStore store;
        const QByteArray households =
            kHouseholdHeader + "H1,,35.71.03.1001,1,1,a,3,active,,\n"  // line 2 ok
                               "H2,,35.71.03.1001,1,1,a,11,active,,\n" // line 3 desil 11
                               "H3,,3571031001,1,1,a,,active,,\n"      // line 4 bad village
                               "H1,,35.71.03.1001,1,1,a,,active,,\n"   // line 5 duplicate
                               "H5,,35.71.03.1001,1,1,a,,active,91,\n" // line 6 half a point
                               "H6,9971031505180003,35.71.03.1001,1,1,a,,,,\n" // line 7 bad KK
                               "H7,,35.71.03.1001,RT1,1,a,,,,\n";              // line 8 bad RT
        const QByteArray persons =
            kPersonHeader +
            "P1,H1,3571030101800001,Budi,L,,1980-01-01,head,,,,,PKH\n" // 2 ok
            "P2,H1,3571033201800001,Ani,P,,,,,,,,\n"                   // 3 day 32
            "P3,H1,3.57103E+15,Ana,P,,,,,,,,\n"                        // 4 spreadsheet
            "P4,H9,3571030101800004,Ono,L,,,,,,,,\n"                   // 5 no household
            "P5,H1,3571030101800001,Copy,L,,,,,,,,\n"                  // 6 duplicate NIK
            "P6,H1,,Tanpa NIK,L,,,child,,,,,\n"                        // 7 ok + warning
            "P7,H1,3571030101800007,X,Z,,,,,,,,\n"                     // 8 sex
            "P8,H1,3571030101800008,Y,L,,1980-13-01,,,,,,\n"           // 9 date
            "P9,H1,3571030101800009,Z,L,,,,,,,,KIS\n"                  // 10 programme
            "P10,H1,3571030101800010,Q,P,,1980-01-01,,,,,,\n"          // 11 sex mismatch warning
            "P11,H1,3571030101800011,\n";                              // 12 columns
        const Files f = write(store, households, persons);
        const auto report = run(store, f);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->householdsInserted, 1);
        QCOMPARE(report->householdsRejected, 6);
        QCOMPARE(report->personsInserted, 3);
        QCOMPARE(report->personsRejected, 8);
        QCOMPARE(report->warnings, 2);
        QCOMPARE(report->rejectsFile, store.file(QStringLiteral("rejects.csv")));

        const QList<QStringList> rows = rejects(report->rejectsFile);
        QHash<QString, QString> byPlace; // "file:line" -> code
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), 6);
            byPlace.insert(row[0] + u':' + row[1], row[3]);
            QVERIFY(!row[4].isEmpty());
        }
        QCOMPARE(byPlace.value("households.csv:3"), QStringLiteral("household.desil_invalid"));
        QCOMPARE(byPlace.value("households.csv:4"), QStringLiteral("household.village_invalid"));
        QCOMPARE(byPlace.value("households.csv:5"), QStringLiteral("household.duplicate_id"));
        QCOMPARE(byPlace.value("households.csv:6"), QStringLiteral("household.location_invalid"));
        QCOMPARE(byPlace.value("households.csv:7"), QStringLiteral("kk.province_unknown"));
        QCOMPARE(byPlace.value("households.csv:8"), QStringLiteral("household.rt_invalid"));
        QCOMPARE(byPlace.value("persons.csv:3"), QStringLiteral("nik.day_invalid"));
        QCOMPARE(byPlace.value("persons.csv:4"), QStringLiteral("nik.spreadsheet_mangled"));
        QCOMPARE(byPlace.value("persons.csv:5"), QStringLiteral("person.household_unknown"));
        QCOMPARE(byPlace.value("persons.csv:6"), QStringLiteral("person.duplicate_nik"));
        QCOMPARE(byPlace.value("persons.csv:7"), QStringLiteral("person.nik_missing"));
        QCOMPARE(byPlace.value("persons.csv:8"), QStringLiteral("person.sex_invalid"));
        QCOMPARE(byPlace.value("persons.csv:9"), QStringLiteral("person.birth_date_invalid"));
        QCOMPARE(byPlace.value("persons.csv:10"), QStringLiteral("person.program_unknown"));
        QCOMPARE(byPlace.value("persons.csv:11"), QStringLiteral("nik.sex_mismatch"));
        QCOMPARE(byPlace.value("persons.csv:12"), QStringLiteral("import.columns"));
        // The original row is kept so the operator can fix it.
        bool sawRow = false;
        for (const QStringList &row : rows) {
            if (row[1] == QLatin1String("3") && row[0] == QLatin1String("households.csv")) {
                QCOMPARE(row[5], QStringLiteral("H2,,35.71.03.1001,1,1,a,11,active,,"));
                sawRow = true;
            }
        }
        QVERIFY(sawRow);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM person")), 3);
    }

    void wrongHeaderChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("households");
        QTest::addColumn<QByteArray>("persons");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing column")
            << QByteArray("household_id,kk_number,village_code,rt,rw,address,desil,status,"
                          "latitude\nX,,35.71.03.1001,,,,,,\n")
            << kPersons << "import.header";
        QTest::newRow("unknown column")
            << kHouseholds << (QByteArray("nama,") + kPersonHeader) << "import.header";
        QTest::newRow("persons not utf-8")
            << kHouseholds << (kPersons + "H2.02,H2,,Jos\xe9,L,,,,,,,,\n") << "csv.encoding";
        QTest::newRow("households empty") << QByteArray() << kPersons << "csv.empty";
        QTest::newRow("duplicate column")
            << QByteArray("household_id,household_id,kk_number,village_code,rt,rw,address,desil,"
                          "status,latitude,longitude\n")
            << kPersons << "import.header";
    }

    void wrongHeaderChangesNothing()
    {
        QFETCH(QByteArray, households);
        QFETCH(QByteArray, persons);
        QFETCH(QString, code);
        TempStore store;
        // Something already in the store must survive untouched.
        QVERIFY(run(store, write(store, kHouseholds, kPersons)));
        const QByteArray before = storeFingerprint(store);
        store.clock.advanceDays(1);
        const auto report = run(store, write(store, households, persons));
        QVERIFY(!report);
        QCOMPARE(report.error().code, code);
        QVERIFY(report.error().message.contains(QStringLiteral("Tidak ada data yang diubah")));
        QCOMPARE(storeFingerprint(store), before);
    }

    void semicolonQuotedCommasAndBom()
    {
        TempStore store;
        QByteArray households =
            "\xEF\xBB\xBF" + QByteArray(kHouseholdHeader).replace(',', ';') +
            "H1;;35.71.03.1001;1;2;\"Jl. Mawar; Gg. 1\";2;;\"'-7,83\";112,02\r\n";
        // (the latitude above was defused by a spreadsheet export: it reads back as the number)
        QByteArray persons = "\xEF\xBB\xBF" + QByteArray(kPersonHeader).replace(',', ';') +
                             "P1;H1;3571030101800001;\"Budi, S.Pd\";L;;;head;;;;;\"PKH;BPNT\"\r\n";
        const auto report = run(store, write(store, households, persons));
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->personsInserted, 1);
        QCOMPARE(report->householdsRejected + report->personsRejected, 0);
        auto q = store.db->query(QStringLiteral("SELECT h.address, p.name, h.latitude FROM person "
                                                "p JOIN household h ON h.id = p.household_id"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("Jl. Mawar; Gg. 1"));
        QCOMPARE(q->value(1).toString(), QStringLiteral("Budi, S.Pd"));
        QCOMPARE(q->value(2).toDouble(), -7.83);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM program_membership")), 2);
    }

    void reimportUpdatesAndEndsDroppedProgrammes()
    {
        TempStore store;
        QVERIFY(run(store, write(store, kHouseholds, kPersons)));
        store.clock.advanceDays(30);
        QByteArray persons = kPersons;
        persons.replace("Budi Santoso", "Budi Santosa");
        persons.replace("PKH;BPNT", "BPNT;BERAS");
        ImportOptions options;
        options.asOf = QDate(2026, 12, 23);
        const auto report = run(store, write(store, kHouseholds, persons), options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->personsUpdated, 3);
        QCOMPARE(report->personsInserted, 0);
        QCOMPARE(report->householdsUpdated, 2);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM person")), 3);
        // PKH ended, BPNT kept, BERAS new: nothing deleted.
        QCOMPARE(
            store.count(QStringLiteral(
                "SELECT count(*) FROM program_membership m JOIN person p ON p.pk = m.person_pk "
                "WHERE p.id = 'H1.01' AND m.program = 'PKH' AND m.until = '2026-12-23'")),
            1);
        QCOMPARE(store.count(
                     QStringLiteral("SELECT count(*) FROM program_membership m JOIN person p ON "
                                    "p.pk = m.person_pk WHERE p.id = 'H1.01' AND m.until IS NULL")),
                 2);
        // The search index follows the new name.
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM person_name_fts WHERE person_name_fts MATCH 'santosa'")),
                 1);
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM person_name_fts WHERE person_name_fts MATCH 'santoso'")),
                 0);
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT head_name = 'Budi Santosa' FROM household WHERE id = 'H1'")),
                 1);
    }

    // The desil is BPS's, with its date: kept with its history across snapshots. Older
    // snapshots have no desil_as_of column and still import.
    void desilArrivesWithItsDateAndKeepsItsHistory()
    {
        TempStore store;
        const QByteArray header = QByteArray(kHouseholdHeader).replace("\n", ",desil_as_of\n");
        const QByteArray july = header + "H1,,35.71.03.1001,1,2,Jl. Melati,5,active,,,2026-07-20\n"
                                         "H2,,35.71.03.1001,1,2,Jl. Kenanga,,active,,,\n";
        QVERIFY(run(store, write(store, july, kPersons)));
        const RegisterRepository reg(*store.db, store.clock);
        QCOMPARE(reg.household(QStringLiteral("H1"))->desilAsOf, QDate(2026, 7, 20));
        QCOMPARE(reg.household(QStringLiteral("H2"))->desil, 0);
        QVERIFY(reg.desilHistory(QStringLiteral("H2"))->isEmpty());

        store.clock.advanceDays(30);
        QByteArray october = july;
        october.replace(",5,active,,,2026-07-20", ",3,active,,,2026-10-20");
        QVERIFY(run(store, write(store, october, kPersons)));
        // An older snapshot without the column: the same desil keeps its date, nothing new.
        QVERIFY(run(store, write(store,
                                 QByteArray(kHouseholdHeader) +
                                     "H1,,35.71.03.1001,1,2,Jl. Melati,3,active,,\n"
                                     "H2,,35.71.03.1001,1,2,Jl. Kenanga,,active,,\n",
                                 kPersons)));
        const QList<DesilRecord> history = *reg.desilHistory(QStringLiteral("H1"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].desil, 5);
        QCOMPARE(history[0].asOf, QDate(2026, 7, 20));
        QCOMPARE(history[1].desil, 3);
        QCOMPARE(history[1].asOf, QDate(2026, 10, 20));
        QCOMPARE(history[1].source, QStringLiteral("snapshot"));
        QCOMPARE(history[1].recordedAt, store.clock.now().toUTC());
        QCOMPARE(reg.household(QStringLiteral("H1"))->desilAsOf, QDate(2026, 10, 20));

        // A new desil without a date: the old date does not stay with it.
        QVERIFY(run(store, write(store,
                                 QByteArray(kHouseholdHeader) +
                                     "H1,,35.71.03.1001,1,2,Jl. Melati,4,active,,\n",
                                 kPersons)));
        QVERIFY(!reg.household(QStringLiteral("H1"))->desilAsOf.isValid());
        QCOMPARE(reg.desilHistory(QStringLiteral("H1"))->size(), 3);
    }

    void desilDateMustBeARealPastDate()
    {
        TempStore store;
        const QByteArray header = QByteArray(kHouseholdHeader).replace("\n", ",desil_as_of\n");
        const auto report =
            run(store, write(store,
                             header + "H1,,35.71.03.1001,1,2,a,3,active,,,2026-02-30\n"
                                      "H2,,35.71.03.1001,1,2,b,3,active,,,2027-01-20\n"
                                      "H3,,35.71.03.1001,1,2,c,,active,,,2026-10-20\n",
                             kPersonHeader));
        QVERIFY(report);
        QCOMPARE(report->householdsRejected, 2);
        QCOMPARE(report->householdsInserted, 1);
        const QByteArray rejects = readFile(report->rejectsFile);
        QCOMPARE(rejects.count("household.desil_as_of_invalid"), 2);
        QCOMPARE(rejects.count("household.desil_as_of_alone"), 1);
        QVERIFY(!RegisterRepository(*store.db, store.clock)
                     .household(QStringLiteral("H3"))
                     ->desilAsOf.isValid());
    }

    void duplicateWithinAReimportIsRefused()
    {
        TempStore store;
        QVERIFY(run(store, write(store, kHouseholds, kPersons)));
        const QByteArray firstRow = kPersons.mid(kPersonHeader.size()).split('\n').first() + '\n';
        const auto report = run(store, write(store, kHouseholds, kPersons + firstRow));
        QVERIFY(report);
        QCOMPARE(report->personsRejected, 1);
    }

    void diskFullRollsBackAndKeepsNoRejects_data()
    {
        QTest::addColumn<bool>("readerOpen");
        // Bulk: nothing else reads on the connection. A query still open on it keeps the
        // importer from dropping indexes, so it falls back to the incremental path.
        QTest::newRow("bulk path") << false;
        QTest::newRow("incremental path, a reader open") << true;
    }

    void diskFullRollsBackAndKeepsNoRejects()
    {
        QFETCH(bool, readerOpen);
        TempStore store;
        int pageCount = 0;
        {
            auto pages = store.db->query(QStringLiteral("PRAGMA page_count"));
            QVERIFY(pages && pages->next());
            pageCount = pages->value(0).toInt();
        }
        QVERIFY(store.db->execute(
            QByteArray("PRAGMA max_page_count = " + QByteArray::number(pageCount + 2))
                .constData()));
        auto reader = store.db->query(QStringLiteral("SELECT name FROM sqlite_schema"));
        QVERIFY(reader && reader->next());
        if (!readerOpen) {
            reader->finish();
        }
        QByteArray persons = kPersonHeader;
        for (int i = 0; i < 2000; ++i) {
            persons +=
                QStringLiteral("P%1,H1,,Orang Nomor %1 Dengan Nama Yang Panjang Sekali,L,,,,,,,,\n")
                    .arg(i)
                    .toUtf8();
        }
        const auto report = run(store, write(store, kHouseholds, persons));
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("db.disk_full"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM person")), 0);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM household")), 0);
        QVERIFY(!QFile::exists(store.file(QStringLiteral("rejects.csv"))));
    }

    void bulkFailureHalfWayChangesNothing_data()
    {
        QTest::addColumn<QString>("step");
        for (const char *step :
             {"name_index", "person_indexes", "household_figures", "indexes", "triggers"}) {
            QTest::newRow(step) << QString::fromLatin1(step);
        }
    }

    void bulkFailureHalfWayChangesNothing()
    {
        QFETCH(QString, step);
        TempStore store;
        QVERIFY(run(store, write(store, kHouseholds, kPersons)));
        const QByteArray before = fullFingerprint(store);
        QVERIFY(before.contains("H1=Budi Santoso/2"));

        ImportOptions options;
        options.path = ImportOptions::Path::Bulk;
        QStringList reached;
        options.bulkCheckpoint = [&](const char *at) -> Status {
            reached << QString::fromLatin1(at);
            if (step == QLatin1String(at)) {
                return Error{QStringLiteral("test.fault"), QStringLiteral("injected")};
            }
            return {};
        };
        const auto report = run(store, write(store, kHouseholds, manyPersons(300)), options);
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("test.fault"));
        QCOMPARE(reached.last(), step);
        QCOMPARE(fullFingerprint(store), before);
        QVERIFY(!QFile::exists(store.file(QStringLiteral("rejects.csv"))));

        // The triggers are back: a small incremental import keeps the index and figures.
        options = {};
        options.path = ImportOptions::Path::Incremental;
        const auto again =
            run(store,
                write(store, kHouseholds,
                      kPersonHeader + "H2.02,H2,3571034404900002,Orang Baru,P,,,head,,,,,\n"),
                options);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QVERIFY(!again->bulk);
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM person_name_fts WHERE person_name_fts MATCH 'baru'")),
                 1);
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT (head_name = 'Orang Baru') + 10 * member_count FROM household "
                     "WHERE id = 'H2'")),
                 11);
    }

    // The bulk path writes its rows with SQLite's CHECK constraints off (the importer's own
    // checks refuse the same values, SnapshotImporter.cpp): every value the checker accepts must
    // satisfy them, and they are back on afterwards, after a success and after a failure.
    void bulkRowsPassTheStoresChecks()
    {
        QByteArray households = kHouseholdHeader;
        int n = 0;
        const auto household = [&](const QString &status, int desil, const char *lat,
                                   const char *lon) {
            households += QStringLiteral("H%1,,35.71.03.1001,1,1,Jl. %1,%2,%3,%4,%5\n")
                              .arg(++n)
                              .arg(desil > 0 ? QString::number(desil) : QString())
                              .arg(status, QLatin1String(lat), QLatin1String(lon))
                              .toUtf8();
        };
        for (const auto &e : VocabularyTable<HouseholdStatus>::entries()) {
            household(QLatin1String(e.code), 0, "", "");
        }
        household(QString(), 0, "", "");
        for (int desil = 1; desil <= 10; ++desil) {
            household(QStringLiteral("active"), desil, desil % 2 ? "-90" : "90",
                      desil % 2 ? "-180" : "180.0");
        }
        QByteArray persons = kPersonHeader;
        int p = 0;
        const auto person = [&](const QString &sex, const QString &status) {
            persons += QStringLiteral("P%1,H1,,Orang %1,%2,,,child,,,,%3,\n")
                           .arg(++p)
                           .arg(sex, status)
                           .toUtf8();
        };
        for (const auto &e : VocabularyTable<PersonStatus>::entries()) {
            person(QStringLiteral("P"), QLatin1String(e.code));
        }
        for (const auto &e : VocabularyTable<Sex>::entries()) {
            person(QLatin1String(e.code), QStringLiteral("active"));
        }
        person(QString(), QString());

        TempStore store;
        ImportOptions options;
        options.path = ImportOptions::Path::Bulk;
        const auto report = run(store, write(store, households, persons), options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->bulk);
        QCOMPARE(report->householdsRejected + report->personsRejected, 0);
        QCOMPARE(report->householdsInserted, n);
        QCOMPARE(report->personsInserted, p);
        QVERIFY(store.count(QStringLiteral("SELECT count(*) FROM status_history")) > 0);
        QVERIFY(store.count(QStringLiteral("SELECT count(*) FROM desil_history")) >= 10);
        // quick_check verifies every CHECK and NOT NULL constraint of every row.
        {
            auto check = store.db->query(QStringLiteral("PRAGMA quick_check"));
            QVERIFY(check && check->next());
            QCOMPARE(check->value(0).toString(), QStringLiteral("ok"));
        }
        QCOMPARE(store.count(QStringLiteral("PRAGMA ignore_check_constraints")), 0);

        options.bulkCheckpoint = [](const char *) -> Status {
            return Error{QStringLiteral("test.fault"), QStringLiteral("injected")};
        };
        const auto failed = run(store, write(store, households, persons), options);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("test.fault"));
        QCOMPARE(store.count(QStringLiteral("PRAGMA ignore_check_constraints")), 0);
        // The store refuses a bad status again.
        QVERIFY(!store.db->execute("UPDATE household SET status = 'lost' WHERE id = 'H1'"));
    }

    void bulkAndIncrementalGiveTheSameStore_data()
    {
        QTest::addColumn<bool>("reimport");
        QTest::newRow("fresh store") << false;
        QTest::newRow("re-import") << true;
    }

    void bulkAndIncrementalGiveTheSameStore()
    {
        QFETCH(bool, reimport);
        QByteArray second = kPersons + manyPersons(50).mid(kPersonHeader.size());
        second.replace("Budi Santoso", "Budi Santosa").replace(",active,PBI-JK", ",moved,PBI-JK");
        // A second active head comes last and names the household; a refused one counts nowhere.
        second += "H1.08,H1,3571030101800001,Kepala Tolak,L,,,head,,,,,\n"
                  "H1.09,H1,,Kepala Kedua,L,,,head,,,,,\n";
        QList<QByteArray> prints;
        for (const ImportOptions::Path path :
             {ImportOptions::Path::Bulk, ImportOptions::Path::Incremental}) {
            TempStore store;
            ImportOptions options;
            options.path = path;
            if (reimport) {
                QVERIFY(run(store, write(store, kHouseholds, kPersons), options));
            }
            const auto report = run(store, write(store, kHouseholds, second), options);
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            QCOMPARE(report->bulk, path == ImportOptions::Path::Bulk);
            QCOMPARE(report->personsInserted + report->personsUpdated, 54);
            QCOMPARE(report->personsRejected, 1);
            prints << fullFingerprint(store);
        }
        // Budi, 25 of the many and the second head are active in H1; Siti moved.
        QVERIFY(prints[0].contains("H1=Kepala Kedua/27;"));
        QVERIFY(prints[0].contains("H2=Orang Nomor 1/25|"));
        QVERIFY(prints[0].contains("Santosa"));
        QCOMPARE(prints[0], prints[1]);
    }

    void pathIsChosenBySize()
    {
        using Path = ImportOptions::Path;
        // A fresh store, or a file about as big as the store: bulk.
        QVERIFY(SnapshotImporter::choosePath(Path::Automatic, 0, 0));
        QVERIFY(SnapshotImporter::choosePath(Path::Automatic, 100'000'000, 1'000'000));
        // A small file into a big store: row by row.
        QVERIFY(!SnapshotImporter::choosePath(Path::Automatic, 100'000, 1'000'000));
        QVERIFY(!SnapshotImporter::choosePath(Path::Incremental, 0, 0));
        QVERIFY(SnapshotImporter::choosePath(Path::Bulk, 0, 1'000'000));

        TempStore store;
        const auto fresh = run(store, write(store, kHouseholds, kPersons));
        QVERIFY(fresh && fresh->bulk);
    }

    void missingFileIsAClearError()
    {
        TempStore store;
        const auto report = SnapshotImporter(*store.db, store.clock)
                                .run(store.file(QStringLiteral("nope.csv")),
                                     store.file(QStringLiteral("nope2.csv")));
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("import.unreadable"));
    }

    void defaultRejectsFileSitsBesideTheStore()
    {
        const QString path =
            SnapshotImporter::defaultRejectsPath(QStringLiteral("/data/kel/tepat.sqlite"),
                                                 QDateTime(QDate(2026, 11, 23), QTime(9, 5, 7)));
        QCOMPARE(path, QStringLiteral("/data/kel/tepat-rejects-20261123-090507.csv"));
    }

    void progressIsReported()
    {
        TempStore store;
        QByteArray persons = kPersonHeader;
        for (int i = 0; i < 10000; ++i) {
            persons += QStringLiteral("P%1,H1,,Orang %1,L,,,,,,,,\n").arg(i).toUtf8();
        }
        ImportOptions options;
        QList<qint64> seen;
        qint64 total = 0;
        options.progress = [&](qint64 done, qint64 all) {
            seen << done;
            total = all;
        };
        QVERIFY(run(store, write(store, kHouseholds, persons), options));
        QVERIFY(seen.size() >= 2);
        QCOMPARE(seen.last(), total);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotImporter)
#include "TestSnapshotImporter.moc"
