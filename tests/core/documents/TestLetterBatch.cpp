#include "core/documents/LetterBatch.h"
#include "core/files/ContentStore.h"
#include "core/letters/LetterRegister.h"
#include "tests/core/documents/PdfInspection.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestLetterBatch : public QObject
{
    Q_OBJECT

    struct Office
    {
        TempStore store;
        Session clerk = operatorSession();
        Office()
        {
            populateVillage(*store.db, store.clock, 60);
            saveSettings(*store.db, store.clock, officeSettings(*store.db));
        }
        LetterBatch batch() const
        {
            return LetterBatch(*store.db, store.clock, clerk, ContentStore::rootFor(store.path()));
        }
        QStringList people(int n) const
        {
            QStringList ids;
            auto q = store.db->query(QStringLiteral("SELECT id FROM person WHERE status <> "
                                                    "'deceased' ORDER BY id LIMIT ?"),
                                     {n});
            while (q && q->next()) {
                ids << q->value(0).toString();
            }
            return ids;
        }
    };

private Q_SLOTS:
    void everyoneGetsANumberedPdf()
    {
        Office o;
        QStringList ids = o.people(6);
        const QString dead = personWhere(*o.store.db, QStringLiteral("p.status = 'deceased'"));
        QVERIFY(!dead.isEmpty());
        ids.insert(2, dead);
        ids.insert(4, QStringLiteral("tidak-ada"));
        QList<qsizetype> progress;
        const QString out = o.store.file(QStringLiteral("surat"));
        const auto items = o.batch().run(
            ids, out, {}, Paper::F4, [&progress](qsizetype done, qsizetype) { progress << done; });
        QCOMPARE(items.size(), 8);
        QCOMPARE(progress.last(), 8);
        QCOMPARE(items[2].error->code, QStringLiteral("letter.deceased"));
        QCOMPARE(items[4].error->code, QStringLiteral("person.not_found"));
        int serial = 0;
        for (const LetterBatch::Item &item : items) {
            if (item.error) {
                continue;
            }
            ++serial;
            QCOMPARE(item.number, QStringLiteral("400.9.14.1/%1/Kel.Bangsal/XI/2026")
                                      .arg(serial, 4, 10, QLatin1Char('0')));
            QCOMPARE(QFileInfo(item.file).fileName(),
                     QStringLiteral("SK-2026-%1.pdf").arg(serial, 4, 10, QLatin1Char('0')));
            const QByteArray pdf = readFile(item.file);
            QVERIFY(pdfText(pdf).contains(item.number));
            QCOMPARE(qRound(pdfPages(pdf).firstPagePoints.height()), 935);
        }
        QCOMPARE(serial, 6);
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 6);
        QCOMPARE(o.store.count(QStringLiteral("SELECT count(*) FROM letter")), 6);
        QCOMPARE(o.store.count(QStringLiteral("SELECT count(*) FROM letter_print WHERE copy = 0")),
                 6);
    }

    void cancelStopsWithEveryRegisteredLetterPrinted()
    {
        Office o;
        const QString out = o.store.file(QStringLiteral("surat"));
        bool stop = false;
        const auto items = o.batch().run(
            o.people(40), out, {}, {}, [&stop](qsizetype, qsizetype) { stop = true; },
            [&stop] { return stop; });
        QVERIFY(!items.isEmpty());
        QVERIFY(items.size() < 40);
        const qint64 letters = o.store.count(QStringLiteral("SELECT count(*) FROM letter"));
        QCOMPARE(letters, qint64(items.size()));
        QCOMPARE(qint64(QDir(out).entryList(QDir::Files).size()), letters);
        QCOMPARE(o.store.count(QStringLiteral("SELECT count(*) FROM letter_print")), letters);
    }

    void aFileThatCannotBeWrittenLosesNothing()
    {
        Office o;
        const QString out = o.store.file(QStringLiteral("surat"));
        // Something already sits where the first PDF should go.
        QVERIFY(QDir().mkpath(out + QStringLiteral("/SK-2026-0001.pdf")));
        const auto items = o.batch().run(o.people(2), out, {}, {});
        QCOMPARE(items.size(), 2);
        QVERIFY(items[0].error);
        QVERIFY(items[0].error->message.contains(QStringLiteral("400.9.14.1/0001")));
        QVERIFY(items[0].error->message.contains(QStringLiteral("register")));
        QVERIFY(!items[1].error);
        // The letter is in the register, not marked printed: its first print is still the original.
        const LetterRegister reg(*o.store.db, o.store.clock);
        QCOMPARE(reg.byNumber(items[0].number)->prints, 0);
        QCOMPARE(reg.byNumber(items[1].number)->prints, 1);

        const QString notAFolder = o.store.file(QStringLiteral("berkas"));
        writeFile(notAFolder, "x");
        const auto refused =
            o.batch().run(o.people(1), notAFolder + QStringLiteral("/sub"), {}, {});
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused[0].error->code, QStringLiteral("letter.out_dir"));
    }

    void singleLetterAndReprint()
    {
        Office o;
        const QString file = o.store.file(QStringLiteral("satu.pdf"));
        CertificateForm form;
        form.religion = QStringLiteral("Hindu");
        const auto item = o.batch().single(o.people(1).first(), file, form, Paper::A4);
        QVERIFY2(!item.error, qPrintable(item.error ? item.error->message : QString()));
        QCOMPARE(item.file, file);
        QVERIFY(pdfText(readFile(file)).contains(QStringLiteral("Agama : Hindu")));
        const LetterRecord letter =
            LetterRegister(*o.store.db, o.store.clock).get(item.letterId).value();
        const auto copy =
            LetterBatch::render(letter, true, Paper::A4, ContentStore::rootFor(o.store.path()));
        QVERIFY(copy);
        const QString text = pdfText(*copy);
        QVERIFY(text.contains(QStringLiteral("SALINAN")));
        QVERIFY(text.contains(item.number)); // same number, nothing new taken
        QCOMPARE(o.store.count(QStringLiteral("SELECT count(*) FROM letter")), 1);
        QCOMPARE(o.batch().single(QStringLiteral("tidak-ada"), file, form, {}).error->code,
                 QStringLiteral("person.not_found"));
    }
};

QTEST_MAIN(TestLetterBatch)
#include "TestLetterBatch.moc"
