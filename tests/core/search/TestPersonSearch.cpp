#include "core/importing/SnapshotImporter.h"
#include "core/search/PersonSearch.h"
#include "core/storage/Migration.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestPersonSearch : public QObject
{
    Q_OBJECT

    TempStore m_store;

    QStringList ids(const QString &text, const SearchFilter &filter = {}, int limit = 50)
    {
        const auto page = PersonSearch(*m_store.db).find(text, filter, {}, limit);
        if (!page) {
            qWarning("%s", qPrintable(page.error().message));
            return {};
        }
        QStringList list;
        for (const SearchHit &h : page->hits) {
            list << h.personId;
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray households =
            "household_id,kk_number,village_code,rt,rw,address,desil,status,latitude,longitude\n"
            "H1,3571031505180003,35.71.03.1001,1,1,a,1,,,\n"
            "H2,3571031505180004,35.71.03.1001,2,1,b,6,,,\n"
            "H3,3571062010100001,35.71.03.1001,1,2,c,3,,,\n";
        const QByteArray persons =
            "person_id,household_id,nik,name,sex,birth_place,birth_date,relationship,"
            "marital_status,occupation,disability,status,programs\n"
            "P1,H1,3571030101800001,Soeparman,L,,1980-01-01,head,,,,,PKH\n"
            "P2,H1,3571034202850002,Siti Aminah,P,,1985-02-02,spouse,,,,,\n"
            "P3,H2,3571030303700003,Suparmanto,L,,1970-03-03,head,,,,,\n"
            "P4,H2,3571034404900004,Aminah Siti,P,,1990-04-04,spouse,,,,deceased,\n"
            "P5,H3,3506010505600005,Djoko Tjahjono,L,,1960-05-05,head,,,,,BPNT\n"
            "P6,H3,3571034606950006,Sitiana,P,,1995-06-06,child,,,,,\n";
        writeFile(m_store.file(QStringLiteral("h.csv")), households);
        writeFile(m_store.file(QStringLiteral("p.csv")), persons);
        ImportOptions options;
        options.rejectsPath = m_store.file(QStringLiteral("r.csv"));
        const auto report = SnapshotImporter(*m_store.db, m_store.clock)
                                .run(m_store.file(QStringLiteral("h.csv")),
                                     m_store.file(QStringLiteral("p.csv")), options);
        QVERIFY(report);
        QCOMPARE(report->personsInserted, 6);
    }

    void oldSpellingFindsNewAndBack()
    {
        // The whole word first, then "Suparmanto" where it is only a prefix.
        QCOMPARE(ids(QStringLiteral("suparman")), (QStringList{"P1", "P3"}));
        QCOMPARE(ids(QStringLiteral("Soeparman")), (QStringList{"P1", "P3"}));
        QCOMPARE(ids(QStringLiteral("joko cahjono")), QStringList{"P5"});
        QCOMPARE(ids(QStringLiteral("DJOKO")), QStringList{"P5"});
    }

    void wholeWordsRankBeforePrefixes()
    {
        // "siti" is a whole word of P2 and P4, a prefix of P6's "Sitiana".
        QCOMPARE(ids(QStringLiteral("siti")), (QStringList{"P2", "P4", "P6"}));
        // "suparman" whole (P1) before the prefix match "Suparmanto" (P3)... only with a prefix
        // query.
        QCOMPARE(ids(QStringLiteral("supar")), (QStringList{"P1", "P3"}));
    }

    void wordOrderDoesNotMatter()
    {
        QCOMPARE(ids(QStringLiteral("aminah siti")), (QStringList{"P2", "P4"}));
    }

    void nikAndKkByPrefix()
    {
        QCOMPARE(ids(QStringLiteral("3571034202850002")), QStringList{"P2"});
        QCOMPARE(ids(QStringLiteral("35710342")), QStringList{"P2"});
        // KK 3571031505180003 belongs to H1; its members come after NIK matches.
        QCOMPARE(ids(QStringLiteral("3571031505180003")), (QStringList{"P1", "P2"}));
        // Spaces and dots in a typed number are ignored.
        QCOMPARE(ids(QStringLiteral("3571 0342 0285 0002")), QStringList{"P2"});
        // A prefix shared by NIK and KK lists a person once.
        const QStringList shared = ids(QStringLiteral("357103"));
        QCOMPARE(shared.size(), QSet<QString>(shared.begin(), shared.end()).size());
        QCOMPARE(shared.size(), 5);
        QCOMPARE(ids(QStringLiteral("3506")), QStringList{"P5"});
        QCOMPARE(ids(QStringLiteral("3571062010")), (QStringList{"P5", "P6"}));
    }

    void filters()
    {
        SearchFilter rt1;
        rt1.rt = QStringLiteral("001");
        QCOMPARE(ids(QStringLiteral("siti"), rt1), (QStringList{"P2", "P6"}));
        SearchFilter rw2;
        rw2.rw = QStringLiteral("002");
        QCOMPARE(ids(QString(), rw2), (QStringList{"P5", "P6"}));
        SearchFilter pkh;
        pkh.program = Program::Pkh;
        QCOMPARE(ids(QString(), pkh), QStringList{"P1"});
        SearchFilter desil6;
        desil6.desil = 6;
        QCOMPARE(ids(QString(), desil6), (QStringList{"P3", "P4"}));
        SearchFilter deceased;
        deceased.status = PersonStatus::Deceased;
        QCOMPARE(ids(QStringLiteral("aminah"), deceased), QStringList{"P4"});
    }

    void pagingWalksEveryTierOnce()
    {
        const PersonSearch search(*m_store.db);
        QStringList all;
        SearchCursor cursor;
        for (int i = 0; i < 10; ++i) {
            const auto page = search.find(QStringLiteral("siti"), {}, cursor, 1);
            QVERIFY(page);
            for (const SearchHit &h : page->hits) {
                all << h.personId;
            }
            if (!page->hasMore) {
                break;
            }
            cursor = page->next;
        }
        QCOMPARE(all, (QStringList{"P2", "P4", "P6"}));

        QStringList numbers;
        cursor = {};
        for (int i = 0; i < 10; ++i) {
            const auto page = search.find(QStringLiteral("35710"), {}, cursor, 2);
            QVERIFY(page);
            for (const SearchHit &h : page->hits) {
                numbers << h.personId;
            }
            if (!page->hasMore) {
                break;
            }
            cursor = page->next;
        }
        // Five NIKs start with 35710, and P5 (NIK 3506…) belongs to KK 357106….
        QCOMPARE(numbers, (QStringList{"P1", "P3", "P2", "P4", "P6", "P5"}));
    }

    void prefixOnlyPagingUsesThePlainPrefixMatch()
    {
        // No name has the whole word "sit": the prefix tier runs without excluding anyone, and
        // the cursor carries that to the following pages.
        const PersonSearch search(*m_store.db);
        QStringList all;
        SearchCursor cursor;
        for (int i = 0; i < 10; ++i) {
            const auto page = search.find(QStringLiteral("sit"), {}, cursor, 1);
            QVERIFY(page);
            for (const SearchHit &h : page->hits) {
                all << h.personId;
            }
            if (!page->hasMore) {
                break;
            }
            QVERIFY(page->next.noWholeWordHits);
            cursor = page->next;
        }
        QCOMPARE(all, (QStringList{"P2", "P4", "P6"}));

        // "siti" has whole-word hits: the prefix tier must still leave them out.
        const auto first = search.find(QStringLiteral("siti"), {}, {}, 2);
        QVERIFY(first);
        QVERIFY(!first->next.noWholeWordHits);
        const auto rest = search.find(QStringLiteral("siti"), {}, first->next, 10);
        QVERIFY(rest);
        QCOMPARE(rest->hits.size(), 1);
        QCOMPARE(rest->hits.first().personId, QStringLiteral("P6"));
    }

    void partOfAWordIsTheLastTier()
    {
        // Neither a whole word nor a prefix: "parman" is inside suparman (P1, written Soeparman)
        // and suparmanto (P3), "mina" inside aminah.
        QCOMPARE(ids(QStringLiteral("parman")), (QStringList{"P1", "P3"}));
        QCOMPARE(ids(QStringLiteral("PARMAN")), (QStringList{"P1", "P3"}));
        QCOMPARE(ids(QStringLiteral("mina siti")), (QStringList{"P2", "P4"}));
        // After the whole words and the prefixes: "aman" is a prefix of nobody, "suparman"
        // is P1's whole word and P3's prefix; the part tier adds nobody twice.
        QCOMPARE(ids(QStringLiteral("aman")), QStringList{});
        QCOMPARE(ids(QStringLiteral("suparman")), (QStringList{"P1", "P3"}));
        QCOMPARE(ids(QStringLiteral("arman")), (QStringList{"P1", "P3"}));
        // Fewer than three letters are too little to look inside words.
        QCOMPARE(ids(QStringLiteral("rm")), QStringList{});
        QCOMPARE(ids(QStringLiteral("parman"), SearchFilter{{}, {}, Program::Pkh, 0, {}}),
                 QStringList{"P1"});
    }

    void partOfAWordPagesAndWaitsForFewNameHits()
    {
        const PersonSearch search(*m_store.db);
        QStringList all;
        SearchCursor cursor;
        for (int i = 0; i < 10; ++i) {
            const auto page = search.find(QStringLiteral("arman"), {}, cursor, 1);
            QVERIFY(page);
            for (const SearchHit &h : page->hits) {
                all << h.personId;
            }
            if (!page->hasMore) {
                break;
            }
            cursor = page->next;
        }
        QCOMPARE(all, (QStringList{"P1", "P3"}));

        // Once whole words and prefixes have found enough people, parts of words are not
        // searched: the cursor after such a tier carries the count.
        SearchCursor enough;
        enough.tier = 2;
        enough.nameHits = PersonSearch::kFewNameHits;
        const auto none = search.find(QStringLiteral("arman"), {}, enough, 10);
        QVERIFY(none);
        QVERIFY(none->hits.isEmpty());
        enough.nameHits = PersonSearch::kFewNameHits - 1;
        const auto some = search.find(QStringLiteral("arman"), {}, enough, 10);
        QVERIFY(some);
        QCOMPARE(some->hits.size(), 2);
    }

    void wordsThatAllBeginNamesSkipThePartTier()
    {
        // "Siti Raminah" holds "aminah" inside a word. Typed as two real names or their starts,
        // "siti aminah" and "sit amin" find the two people with those words and do not look
        // inside words; with a word that begins nobody's name word ("mina") it still does.
        TempStore store;
        const QByteArray households =
            "household_id,kk_number,village_code,rt,rw,address,desil,status,latitude,longitude\n"
            "H1,3571031505180003,35.71.03.1001,1,1,a,1,,,\n";
        const QByteArray persons =
            "person_id,household_id,nik,name,sex,birth_place,birth_date,relationship,"
            "marital_status,occupation,disability,status,programs\n"
            "P1,H1,3571034202850002,Siti Aminah,P,,1985-02-02,head,,,,,\n"
            "P2,H1,3571034404900004,Aminah Siti,P,,1990-04-04,spouse,,,,,\n"
            "P3,H1,3571034606950006,Siti Raminah,P,,1995-06-06,child,,,,,\n";
        writeFile(store.file(QStringLiteral("h.csv")), households);
        writeFile(store.file(QStringLiteral("p.csv")), persons);
        ImportOptions options;
        options.rejectsPath = store.file(QStringLiteral("r.csv"));
        QVERIFY(SnapshotImporter(*store.db, store.clock)
                    .run(store.file(QStringLiteral("h.csv")), store.file(QStringLiteral("p.csv")),
                         options));
        const auto found = [&store](const QString &text) {
            const auto page = PersonSearch(*store.db).find(text);
            QStringList list;
            for (const SearchHit &h : page->hits) {
                list << h.personId;
            }
            return list;
        };
        QCOMPARE(found(QStringLiteral("siti aminah")), (QStringList{"P1", "P2"}));
        QCOMPARE(found(QStringLiteral("Aminah  SITI")), (QStringList{"P1", "P2"}));
        QCOMPARE(found(QStringLiteral("sit amin")), (QStringList{"P1", "P2"}));
        QCOMPARE(found(QStringLiteral("siti mina")), (QStringList{"P1", "P2", "P3"}));
        // One word alone still looks inside words when few have it whole.
        QCOMPARE(found(QStringLiteral("aminah")), (QStringList{"P1", "P2", "P3"}));
    }

    void aStoreFromBeforeThePartTierIsIndexedWhenOpened()
    {
        // A store of the schema before the trigram index (11) with people in it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        Database::Options before;
        before.migrations = QList<Migration>();
        for (const Migration &m : Migration::shipped()) {
            if (m.version < 11) {
                before.migrations->append(m);
            }
        }
        {
            auto db = Database::open(path, before);
            QVERIFY(db);
            QVERIFY(db.value()->execute(
                "INSERT INTO village(code, name) VALUES ('35.71.03.1001', 'Bangsal');"
                "INSERT INTO household(id, village_code) VALUES ('H1', '35.71.03.1001');"
                "INSERT INTO person(id, household_id, name, name_norm, relationship) VALUES "
                "('P1', 'H1', 'Soeparman', 'suparman', 'head');"));
        }
        auto reopened = Database::open(path);
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->schemaVersion(), Database::latestSchemaVersion());
        const auto page = PersonSearch(*reopened.value()).find(QStringLiteral("parman"));
        QVERIFY(page);
        QCOMPARE(page->hits.size(), 1);
        QCOMPARE(page->hits.first().personId, QStringLiteral("P1"));
    }

    void emptyQueryListsEveryone()
    {
        QCOMPARE(ids(QString()).size(), 6);
        QCOMPARE(ids(QStringLiteral("zzz")), QStringList{});
        QCOMPARE(ids(QStringLiteral("\"; DROP TABLE person; --")), QStringList{});
        QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM person")), 6);
    }

    void hitsCarryWhatTheListShows()
    {
        const auto page = PersonSearch(*m_store.db).find(QStringLiteral("sitiana"));
        QVERIFY(page && page->hits.size() == 1);
        const SearchHit &h = page->hits.first();
        QCOMPARE(h.nik, QStringLiteral("3571034606950006"));
        QCOMPARE(h.householdId, QStringLiteral("H3"));
        QCOMPARE(h.rt, QStringLiteral("001"));
        QCOMPARE(h.rw, QStringLiteral("002"));
        QCOMPARE(h.sex, Sex::Female);
        QCOMPARE(h.birthDate, QDate(1995, 6, 6));
        QCOMPARE(h.relationship, Relationship::Child);
        QCOMPARE(h.desil, 3);
        QCOMPARE(h.kkNumber, QStringLiteral("3571062010100001"));
    }

    void matchExpressions()
    {
        QCOMPARE(PersonSearch::exactMatchExpression({"siti", "am"}),
                 QStringLiteral("\"siti\" \"am\""));
        QCOMPARE(PersonSearch::prefixMatchExpression({"siti", "am"}),
                 QStringLiteral("\"siti\"* \"am\"*"));
        QCOMPARE(PersonSearch::numberQuery(QStringLiteral("3571.03-42")),
                 QStringLiteral("35710342"));
        QCOMPARE(PersonSearch::numberQuery(QStringLiteral("35a")), QString());
    }
};

QTEST_GUILESS_MAIN(TestPersonSearch)
#include "TestPersonSearch.moc"
