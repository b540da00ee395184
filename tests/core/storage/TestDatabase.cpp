#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace tepat;
using namespace tepat::test;

class TestDatabase : public QObject
{
    Q_OBJECT

    static QByteArray fileHash(const QString &path)
    {
        return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
    }

    // A store as an older release wrote it: the shipped migrations below `version` only.
    static Database::Options shippedBelow(int version)
    {
        Database::Options options;
        options.migrations = QList<Migration>();
        for (const Migration &m : Migration::shipped()) {
            if (m.version < version) {
                options.migrations->append(m);
            }
        }
        return options;
    }

    static std::unique_ptr<Database> openOrFail(const QString &path,
                                                const Database::Options &options = {})
    {
        auto db = Database::open(path, options);
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return nullptr;
        }
        return std::move(db.value());
    }

private Q_SLOTS:
    void aStoreIsReadableByItsOwnerOnly()
    {
        // A new store under a permissive umask, and one an older version left world-readable.
        constexpr QFileDevice::Permissions others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
            QFileDevice::WriteOther;
        QTemporaryDir dir;
        const mode_t before = ::umask(022);
        const QString fresh = dir.filePath(QStringLiteral("baru.sqlite"));
        {
            auto db = Database::open(fresh);
            QVERIFY(db);
            QVERIFY((*db)->execute("CREATE TABLE t (x)"));
        }
        ::umask(before);
        QCOMPARE(QFile::permissions(fresh) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(fresh) & QFileDevice::ReadOwner);

        const QString old = dir.filePath(QStringLiteral("lama.sqlite"));
        QVERIFY(QFile::copy(fresh, old));
        QVERIFY(QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(Database::open(old));
        QCOMPARE(QFile::permissions(old) & others, QFileDevice::Permissions());
    }

    void freshStoreIsMigratedWithWalAndForeignKeys()
    {
        TempStore store;
        QCOMPARE(store.db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        auto mode = store.db->query(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && mode->next());
        QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
        auto fk = store.db->query(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk && fk->next());
        QCOMPARE(fk->value(0).toInt(), 1);
        QVERIFY(store.db->handle() != nullptr);
    }

    void reopeningDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = openOrFail(path);
            QVERIFY(db);
            QVERIFY(db->setSetting(QStringLiteral("k"), QStringLiteral("v")));
        }
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(db->setting(QStringLiteral("k")), QStringLiteral("v"));
    }

    void upgradeAppliesOnlyNewSteps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("u.sqlite"));
        QList<Migration> first{
            {1, QStringLiteral("one"), "CREATE TABLE a(x); INSERT INTO a VALUES (1);"}};
        QList<Migration> both = first;
        both.append(
            {2, QStringLiteral("two"), "CREATE TABLE b(y); INSERT INTO b SELECT x FROM a;"});
        Database::Options options;
        options.migrations = first;
        {
            auto db = openOrFail(path, options);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), 1);
        }
        options.migrations = both;
        auto db = openOrFail(path, options);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 2);
        auto q =
            db->query(QStringLiteral("SELECT (SELECT count(*) FROM a), (SELECT count(*) FROM b)"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 1); // step 1 did not run twice
        QCOMPARE(q->value(1).toInt(), 1);
    }

    void upgradeToTheSmallerNameIndexKeepsSearchWorking()
    {
        // A store written before schema 20: its people must still be found afterwards, and
        // the triggers must keep the new index up to date.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const Database::Options before = shippedBelow(20);
        {
            auto db = openOrFail(path, before);
            QVERIFY(db);
            QVERIFY(db->execute(
                "INSERT INTO village(code, name) VALUES ('35.71.03.1001', 'Bangsal');"
                "INSERT INTO household(id, village_code) VALUES ('H1', '35.71.03.1001');"
                "INSERT INTO person(id, household_id, name, name_norm, relationship) VALUES "
                "('H1.01', 'H1', 'Budi Santoso', 'budi santoso', 'head'),"
                "('H1.02', 'H1', 'Siti Aminah', 'siti aminah', 'spouse');"));
        }
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        const auto count = [&db](const char *sql) {
            auto q = db->query(QString::fromLatin1(sql));
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        QCOMPARE(count("SELECT count(*) FROM sqlite_schema WHERE name = 'household_area'"), 0);
        QCOMPARE(count("SELECT count(*) FROM sqlite_schema WHERE name = 'person_name_fts' AND "
                       "sql LIKE '%detail = none%'"),
                 1);
        QCOMPARE(count("SELECT count(*) FROM person_name_fts WHERE person_name_fts MATCH "
                       "'\"sant\"* \"budi\"'"),
                 1);
        QCOMPARE(count("SELECT count(*) FROM person_name_fts WHERE person_name_fts MATCH 'si*'"),
                 1);
        QVERIFY(db->execute("UPDATE person SET name = 'Siti Aminah Putri', name_norm = 'siti "
                            "aminah putri' WHERE id = 'H1.02'"));
        QCOMPARE(count("SELECT count(*) FROM person_name_fts WHERE person_name_fts MATCH 'putri'"),
                 1);
        QCOMPARE(count("SELECT count(*) FROM person_name_fts WHERE person_name_fts MATCH "
                       "'aminah'"),
                 1);
        QCOMPARE(count("SELECT head_name = 'Budi Santoso' AND member_count = 2 FROM household"), 1);
    }

    // Schema 32 rebuilds the letter register (a new kind) with foreign keys pointing at it, and
    // keeps the desil households already had as the first line of their history.
    void upgradeTo32KeepsLettersAndStartsTheDesilHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const Database::Options before = shippedBelow(32);
        {
            auto db = openOrFail(path, before);
            QVERIFY(db);
            QVERIFY(db->execute(
                "INSERT INTO village(code, name) VALUES ('35.71.03.1001', 'Bangsal');"
                "INSERT INTO household(id, village_code, desil) VALUES ('H1', '35.71.03.1001', 4),"
                "('H2', '35.71.03.1001', NULL);"
                "INSERT INTO letter(id, year, serial, number, kind, issued_on, issued_at, "
                "issued_by) VALUES (7, 2026, 1, 'A/1', 'certificate', '2026-11-23', "
                "'2026-11-23T03:00:00.000Z', 'rina');"
                "INSERT INTO letter_print(letter_id, at, actor, copy, paper, target) VALUES "
                "(7, '2026-11-23T03:00:00.000Z', 'rina', 0, 'A4', 'pdf');"));
        }
        auto db = openOrFail(path);
        QVERIFY(db);
        const auto count = [&db](const char *sql) {
            auto q = db->query(QString::fromLatin1(sql));
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        QCOMPARE(count("SELECT count(*) FROM desil_history WHERE household_id = 'H1' AND desil = 4 "
                       "AND as_of IS NULL AND source = 'schema'"),
                 1);
        QCOMPARE(count("SELECT count(*) FROM desil_history"), 1);
        QCOMPARE(count("SELECT count(*) FROM letter l JOIN letter_print p ON p.letter_id = l.id "
                       "WHERE l.id = 7 AND l.number = 'A/1'"),
                 1);
        QCOMPARE(count("PRAGMA foreign_keys"), 1);
        // The new kind goes in; the register still refuses to be rewritten or deleted from.
        QVERIFY(db->execute("INSERT INTO letter(year, serial, number, kind, issued_on, issued_at, "
                            "issued_by) VALUES (2026, 2, 'A/2', 'reactivation', '2026-11-23', "
                            "'2026-11-23T03:00:00.000Z', 'rina');"));
        QVERIFY(!db->execute("DELETE FROM letter WHERE id = 7;"));
        QVERIFY(!db->execute("UPDATE letter SET number = 'X' WHERE id = 7;"));
        QVERIFY(!db->execute("INSERT INTO letter_print(letter_id, at, actor, copy, paper, target) "
                             "VALUES (99, 'x', 'rina', 0, 'A4', 'pdf');"));
    }

    // Schema 38 shrinks the household indexes and the part-of-a-word index: the KK and the
    // part-of-a-word searches still find people, and the triggers keep the new index current.
    void upgradeTo38KeepsTheKkAndPartOfAWordSearches()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const Database::Options before = shippedBelow(38);
        {
            auto db = openOrFail(path, before);
            QVERIFY(db);
            QVERIFY(db->execute(
                "INSERT INTO village(code, name) VALUES ('35.71.03.1001', 'Bangsal');"
                "INSERT INTO household(id, kk_number, village_code) VALUES "
                "('H1', '3571030101260001', '35.71.03.1001'), ('H2', NULL, '35.71.03.1001');"
                "INSERT INTO person(id, household_id, name, name_norm, relationship) VALUES "
                "('H1.01', 'H1', 'Suparman', 'suparman', 'head'),"
                "('H2.01', 'H2', 'Siti Aminah', 'siti aminah', 'head');"));
        }
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        const auto count = [&db](const char *sql) {
            auto q = db->query(QString::fromLatin1(sql));
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        QCOMPARE(count("SELECT count(*) FROM sqlite_schema WHERE name = 'household_kk'"), 0);
        QCOMPARE(count("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                       "'household' AND name LIKE 'household_by_%' AND sql LIKE '%, id)%'"),
                 0);
        QCOMPARE(count("SELECT count(*) FROM person_name_trigram WHERE name_norm LIKE "
                       "'%parman%'"),
                 1);
        QVERIFY(db->execute("UPDATE person SET name = 'Soeparmin', name_norm = 'suparmin' WHERE "
                            "id = 'H1.01'"));
        QCOMPARE(count("SELECT count(*) FROM person_name_trigram WHERE name_norm LIKE "
                       "'%parman%'"),
                 0);
        QCOMPARE(count("SELECT count(*) FROM person_name_trigram WHERE name_norm LIKE "
                       "'%parmin%'"),
                 1);
        // The KK search's range on the one remaining KK index, as PersonSearch asks it.
        QCOMPARE(count("SELECT count(*) FROM household h JOIN person p ON p.household_id = h.id "
                       "WHERE coalesce(h.kk_number, '') >= '357103' AND "
                       "coalesce(h.kk_number, '') < '357103:'"),
                 1);
    }

    void newerStoreIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "CREATE TABLE future(x); PRAGMA user_version = 999;",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(raw);
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("db.newer_schema"));
        QVERIFY(db.error().message.contains(QStringLiteral("999")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void failedMigrationRollsBackCompletely()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fail.sqlite"));
        QList<Migration> good{
            {1, QStringLiteral("one"), "CREATE TABLE a(x); INSERT INTO a VALUES (1);"}};
        Database::Options options;
        options.migrations = good;
        {
            auto db = openOrFail(path, options);
            QVERIFY(db);
        }
        QList<Migration> broken = good;
        broken.append({2, QStringLiteral("two"), "CREATE TABLE b(y); INSERT INTO a VALUES (2);"});
        broken.append({3, QStringLiteral("three"), "INSERT INTO no_such_table VALUES (1);"});
        options.migrations = broken;
        auto failed = Database::open(path, options);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("db.migration_failed"));
        QVERIFY(failed.error().message.contains(QStringLiteral("three")));

        options.migrations = good;
        auto db = openOrFail(path, options);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 1);
        auto tables =
            db->query(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'b'"));
        QVERIFY(tables && tables->next());
        QCOMPARE(tables->value(0).toInt(), 0); // step 2 rolled back with step 3
        auto rows = db->query(QStringLiteral("SELECT count(*) FROM a"));
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 1);
    }

    void foreignDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE accounts(x);", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("db.foreign"));
        QCOMPARE(fileHash(path), before);
    }

    void garbageIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        writeFile(path, QByteArray(8192, 'x'));
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("db.corrupt"));
        QCOMPARE(readFile(path), QByteArray(8192, 'x'));
    }

    void readerConnectionCannotWrite()
    {
        TempStore store;
        auto reader = store.db->openReader();
        QVERIFY(reader);
        auto q = reader.value()->query(QStringLiteral("INSERT INTO setting VALUES ('a', 'b')"));
        QVERIFY(!q);
        auto ok = reader.value()->query(QStringLiteral("SELECT count(*) FROM household"));
        QVERIFY(ok);
    }

    void registerRowsAreNeverDeleted()
    {
        TempStore store;
        QVERIFY(store.db->execute(
            "INSERT INTO village(code, name) VALUES ('35.71.03.1001', 'Bangsal');"
            "INSERT INTO household(id, village_code) VALUES ('h1', '35.71.03.1001');"));
        const Status deleted = store.db->execute("DELETE FROM household WHERE id = 'h1'");
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, QStringLiteral("db.constraint"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM household")), 1);
    }

    void nestedTransactionsBecomeSavepoints()
    {
        TempStore store;
        {
            Transaction outer(*store.db);
            QVERIFY(outer.begun());
            QVERIFY(store.db->setSetting(QStringLiteral("a"), QStringLiteral("1")));
            {
                Transaction inner(*store.db);
                QVERIFY(inner.begun());
                QVERIFY(store.db->setSetting(QStringLiteral("b"), QStringLiteral("2")));
                // inner not committed: rolled back to its savepoint
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(store.db->setting(QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(store.db->setting(QStringLiteral("b")), QString());
    }

    void diskFullIsReportedAndLosesNothing()
    {
        TempStore store;
        QVERIFY(store.db->setSetting(QStringLiteral("kept"), QStringLiteral("yes")));
        auto pages = store.db->query(QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages && pages->next());
        const int current = pages->value(0).toInt();
        QVERIFY(store.db->execute(
            QByteArray("PRAGMA max_page_count = " + QByteArray::number(current)).constData()));
        Transaction tx(*store.db);
        QVERIFY(tx.begun());
        const Status big =
            store.db->execute("CREATE TABLE filler(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                              "SELECT i + 1 FROM n "
                              "WHERE i < 20000) INSERT INTO filler SELECT randomblob(500) FROM n;");
        QVERIFY(!big);
        QCOMPARE(big.error().code, QStringLiteral("db.disk_full"));
        tx.rollback();
        QCOMPARE(store.db->setting(QStringLiteral("kept")), QStringLiteral("yes"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
