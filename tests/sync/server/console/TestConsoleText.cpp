#include "sync/server/console/ConsolePages.h"
#include "sync/server/console/ConsoleText.h"

#include <QTest>

using namespace tepat::central::console;

class TestConsoleText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The console's own catalogue: every key has both languages, and the words the pages
    // look up by code (states, kinds, reasons) are all in it.
    void everyKeyHasIndonesianAndEnglish()
    {
        const ConsoleText &text = ConsoleText::catalogue();
        QVERIFY(text.keys().size() > 100);
        QCOMPARE(text.missing(Language::Indonesian), QStringList());
        QCOMPARE(text.missing(Language::English), QStringList());
        QStringList coded = pages::rejectReasons();
        for (const QString &s : pages::states()) {
            coded << QStringLiteral("state.") + s << QStringLiteral("done.") + s;
        }
        for (const QString &k : pages::kinds()) {
            coded << QStringLiteral("kind.") + k;
        }
        for (const QString &key : coded) {
            QVERIFY2(text.has(key), qPrintable(key));
        }
        QCOMPARE(text.get(Language::English, QStringLiteral("nav.sign_out")),
                 QStringLiteral("Sign out"));
        QCOMPARE(text.get(Language::Indonesian, QStringLiteral("nav.sign_out")),
                 QStringLiteral("Keluar"));
    }

    void aMissingTextIsVisible()
    {
        const ConsoleText text = ConsoleText::parse(R"({"a": {"id": "satu", "en": ""}})");
        QCOMPARE(text.missing(Language::English), QStringList{QStringLiteral("a")});
        QCOMPARE(text.get(Language::English, QStringLiteral("a")), QStringLiteral("⟦a⟧"));
        QCOMPARE(text.get(Language::Indonesian, QStringLiteral("b")), QStringLiteral("⟦b⟧"));
    }

    void theLanguageComesFromTheSwitchThenTheBrowser()
    {
        QCOMPARE(ConsoleText::choose({}, {}), Language::Indonesian);
        QCOMPARE(ConsoleText::choose({}, "en-US,en;q=0.9"), Language::English);
        QCOMPARE(ConsoleText::choose({}, "id-ID,id;q=0.9,en;q=0.8"), Language::Indonesian);
        QCOMPARE(ConsoleText::choose({}, "fr,en;q=0.4,id;q=0.6"), Language::Indonesian);
        QCOMPARE(ConsoleText::choose({}, "fr,en;q=0.7,id;q=0.6"), Language::English);
        QCOMPARE(ConsoleText::choose("id", "en"), Language::Indonesian);
        QCOMPARE(ConsoleText::choose("en", "id"), Language::English);
        QCOMPARE(ConsoleText::choose("xx", "de"), Language::Indonesian);
    }
};

QTEST_GUILESS_MAIN(TestConsoleText)
#include "TestConsoleText.moc"
