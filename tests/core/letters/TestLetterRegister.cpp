#include "core/letters/LetterRegister.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QSet>
#include <QTest>

#include <thread>

using namespace tepat;
using namespace tepat::test;

class TestLetterRegister : public QObject
{
    Q_OBJECT

    static NewLetter certificate(const Clock &clock, const QString &name = QStringLiteral("Siti"))
    {
        NewLetter l;
        l.kind = LetterKind::Certificate;
        l.numbering = {LetterNumber::defaultPattern(), QStringLiteral("400.9.14.1"),
                       QStringLiteral("Kel.Bangsal")};
        l.issuedOn = clock.today();
        l.registered = true;
        l.personId = QStringLiteral("3571031001.000001.01");
        l.subjectName = name;
        l.purpose = QStringLiteral("beasiswa");
        return l;
    }

    static LetterSealer sealWithNumber()
    {
        return [](const LetterRecord &r) -> Result<LetterSeal> {
            return LetterSeal{
                {{QStringLiteral("number"), r.number}}, QStringLiteral("hash"), {}, {}};
        };
    }

private Q_SLOTS:
    void numbersFollowEachOtherAndRestartEachYear()
    {
        TempStore store;
        const LetterRegister reg(*store.db, store.clock);
        store.clock.set(QDateTime(QDate(2026, 12, 31), QTime(15, 0), QTimeZone("Asia/Jakarta")));
        const auto first =
            reg.issue(certificate(store.clock), QStringLiteral("rina"), sealWithNumber());
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->number, QStringLiteral("400.9.14.1/0001/Kel.Bangsal/XII/2026"));
        QCOMPARE(first->content.value(QStringLiteral("number")).toString(), first->number);
        const auto second =
            reg.issue(certificate(store.clock), QStringLiteral("rina"), sealWithNumber());
        QCOMPARE(second->serial, 2);
        store.clock.set(QDateTime(QDate(2027, 1, 2), QTime(8, 0), QTimeZone("Asia/Jakarta")));
        const auto next =
            reg.issue(certificate(store.clock), QStringLiteral("rina"), sealWithNumber());
        QCOMPARE(next->serial, 1);
        QCOMPARE(next->number, QStringLiteral("400.9.14.1/0001/Kel.Bangsal/I/2027"));
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'letter.issue'")),
                 3);
        QCOMPARE(reg.years().value(), (QList<int>{2027, 2026}));
    }

    void failedSealTakesNoNumber()
    {
        TempStore store;
        const LetterRegister reg(*store.db, store.clock);
        const auto failed =
            reg.issue(certificate(store.clock), QStringLiteral("rina"),
                      [](const LetterRecord &) -> Result<LetterSeal> {
                          return Error{QStringLiteral("x"), QStringLiteral("gagal")};
                      });
        QVERIFY(!failed);
        QCOMPARE(failed.error().message, QStringLiteral("gagal"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter")), 0);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry")), 0);
        QCOMPARE(
            reg.issue(certificate(store.clock), QStringLiteral("rina"), sealWithNumber())->serial,
            1);
    }

    void noDuplicatesNoGapsFromTwoConnectionsAtOnce()
    {
        TempStore store;
        constexpr int perThread = 40;
        QStringList errors[2];
        const auto work = [&store, &errors](int index) {
            auto db = Database::open(store.path());
            if (!db) {
                errors[index] << db.error().message;
                return;
            }
            const LetterRegister reg(*db.value(), store.clock);
            for (int i = 0; i < perThread; ++i) {
                const auto r = reg.issue(certificate(store.clock), QStringLiteral("t%1").arg(index),
                                         sealWithNumber());
                if (!r) {
                    errors[index] << r.error().message;
                }
            }
        };
        std::thread a(work, 0);
        std::thread b(work, 1);
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(),
                 qPrintable((errors[0] + errors[1]).join(u'\n')));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter")), 2 * perThread);
        QCOMPARE(store.count(QStringLiteral("SELECT count(DISTINCT number) FROM letter")),
                 2 * perThread);
        QCOMPARE(store.count(QStringLiteral("SELECT min(serial) FROM letter")), 1);
        QCOMPARE(store.count(QStringLiteral("SELECT max(serial) FROM letter")), 2 * perThread);
        // Both connections really interleaved, and each letter's content has its own number.
        QCOMPARE(store.count(QStringLiteral("SELECT count(DISTINCT issued_by) FROM letter")), 2);
        QCOMPARE(
            store.count(QStringLiteral(
                "SELECT count(*) FROM letter WHERE json_extract(content, '$.number') = number")),
            2 * perThread);
    }

    void registerIsNeverRewritten()
    {
        TempStore store;
        const LetterRegister reg(*store.db, store.clock);
        QVERIFY(reg.issue(certificate(store.clock), QStringLiteral("rina"), sealWithNumber()));
        QVERIFY(!store.db->execute("UPDATE letter SET subject_name = 'x'"));
        QVERIFY(!store.db->execute("DELETE FROM letter"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter WHERE subject_name = "
                                            "'Siti'")),
                 1);
    }

    void printsAndReprints()
    {
        TempStore store;
        const LetterRegister reg(*store.db, store.clock);
        const qint64 id =
            reg.issue(certificate(store.clock), QStringLiteral("rina"), sealWithNumber())->id;
        QCOMPARE(reg.get(id)->prints, 0);
        QVERIFY(reg.recordPrint(id, QStringLiteral("rina"), false, QStringLiteral("A4"),
                                QStringLiteral("pdf")));
        QVERIFY(reg.recordPrint(id, QStringLiteral("rina"), true, QStringLiteral("F4"),
                                QStringLiteral("printer")));
        QCOMPARE(reg.get(id)->prints, 2);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter")), 1);
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'letter.reprint'")),
                 1);
        QCOMPARE(
            store.count(QStringLiteral("SELECT copy FROM letter_print ORDER BY id DESC LIMIT 1")),
            1);
        QVERIFY(!reg.recordPrint(999, QStringLiteral("rina"), false, QStringLiteral("A4"),
                                 QStringLiteral("pdf")));
        QVERIFY(!store.db->execute("DELETE FROM letter_print"));
    }

    void searchByNumberNameYearAndKind()
    {
        TempStore store;
        const LetterRegister reg(*store.db, store.clock);
        for (const char *name : {"Siti Aminah", "Budi Santoso", "50% Diskon_x"}) {
            QVERIFY(reg.issue(certificate(store.clock, QString::fromUtf8(name)),
                              QStringLiteral("rina"), sealWithNumber()));
        }
        NewLetter minutes = certificate(store.clock, QStringLiteral("Berita acara"));
        minutes.kind = LetterKind::Minutes;
        minutes.registered.reset();
        QVERIFY(reg.issue(minutes, QStringLiteral("rina"), {}));
        QCOMPARE(reg.search({QStringLiteral("aminah"), 0, {}}, 10)->size(), 1);
        QCOMPARE(reg.search({QStringLiteral("/0002/"), 0, {}}, 10)->first().subjectName,
                 QStringLiteral("Budi Santoso"));
        QCOMPARE(reg.search({QStringLiteral("50%"), 0, {}}, 10)->size(), 1);
        QCOMPARE(reg.search({QStringLiteral("_"), 0, {}}, 10)->size(), 1);
        QCOMPARE(reg.search({{}, 2026, LetterKind::Minutes}, 10)->size(), 1);
        QCOMPARE(reg.search({{}, 2025, {}}, 10)->size(), 0);
        const auto page = reg.search({}, 2);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->first().serial, 4); // newest first
        QCOMPARE(reg.search({}, 10, page->last().id)->size(), 2);
    }

    void exportIsSpreadsheetSafe()
    {
        TempStore store;
        const LetterRegister reg(*store.db, store.clock);
        QVERIFY(reg.issue(certificate(store.clock, QStringLiteral("=HYPERLINK(\"http://x\")")),
                          QStringLiteral("rina"), sealWithNumber()));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(reg.exportCsv({}, buffer));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("Nomor urut;Tahun;Nomor surat;")));
        QVERIFY2(lines[1].contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")),
                 qPrintable(lines[1]));
        QVERIFY(lines[1].contains(QStringLiteral("400.9.14.1/0001/Kel.Bangsal/XI/2026")));
        QVERIFY(lines[1].contains(QStringLiteral(";Terdaftar;")));
    }

    // Issue 21: a number issued by mistake is voided with a reason, kept, audited, never reused.
    void voidedNumberStaysInTheRegisterAndIsNeverReused()
    {
        TempStore store;
        const LetterRegister reg(*store.db, store.clock);
        const LetterRecord first =
            *reg.issue(certificate(store.clock), QStringLiteral("rina"), sealWithNumber());
        // A reason is required.
        const Status noReason =
            reg.voidLetter(first.id, QStringLiteral("rina"), QStringLiteral(" "));
        QCOMPARE(noReason.error().code, QStringLiteral("letter.void_reason"));
        QVERIFY(!reg.get(first.id)->isVoid());

        store.clock.advanceSeconds(60);
        QVERIFY(reg.voidLetter(first.id, QStringLiteral("rina"),
                               QStringLiteral("salah nama, NIK 3571014101900001 tertukar")));
        const LetterRecord voided = *reg.get(first.id);
        QVERIFY(voided.isVoid());
        QCOMPARE(voided.voidedBy, QStringLiteral("rina"));
        QCOMPARE(voided.voidedAt, store.clock.now());
        QVERIFY(voided.voidReason.startsWith(QStringLiteral("salah nama")));
        QCOMPARE(LetterRegister::stateLabel(voided), QStringLiteral("dibatalkan"));
        QCOMPARE(voided.number, first.number); // still there, same number
        // Audited without the NIK the operator typed.
        QCOMPARE(
            store.count(
                QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'letter.void' AND "
                               "object_id = '%1' AND details NOT LIKE '%3571014101900001%'")
                    .arg(first.id)),
            1);
        // Once voided, always voided; it is not printed again.
        QCOMPARE(reg.voidLetter(first.id, QStringLiteral("rina"), QStringLiteral("lagi-lagi"))
                     .error()
                     .code,
                 QStringLiteral("letter.already_void"));
        QCOMPARE(reg.recordPrint(first.id, QStringLiteral("rina"), false, QStringLiteral("A4"),
                                 QStringLiteral("pdf"))
                     .error()
                     .code,
                 QStringLiteral("letter.void"));
        QVERIFY(!store.db->execute("DELETE FROM letter_void"));
        QVERIFY(!store.db->execute("UPDATE letter_void SET reason = 'x'"));
        // The next letter takes the next serial: the voided number is never given again.
        const LetterRecord next =
            *reg.issue(certificate(store.clock), QStringLiteral("rina"), sealWithNumber());
        QCOMPARE(next.serial, first.serial + 1);
        QVERIFY(!reg.get(next.id)->isVoid());
        // Berita acara and SPTJM are corrected by an addendum, not voided.
        NewLetter minutes = certificate(store.clock, QStringLiteral("Berita acara"));
        minutes.kind = LetterKind::Minutes;
        const qint64 minutesId = reg.issue(minutes, QStringLiteral("rina"), {})->id;
        QCOMPARE(reg.voidLetter(minutesId, QStringLiteral("rina"), QStringLiteral("keliru sekali"))
                     .error()
                     .code,
                 QStringLiteral("letter.void_kind"));
        // The CSV export says which letters are void and why.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(reg.exportCsv({}, buffer));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral(";dibatalkan;salah nama")));
    }

    void refusesAPatternThatWouldRepeatNumbers()
    {
        TempStore store;
        const LetterRegister reg(*store.db, store.clock);
        NewLetter letter = certificate(store.clock);
        letter.numbering.pattern = QStringLiteral("{kode}/{unit}");
        const auto refused = reg.issue(letter, QStringLiteral("rina"), sealWithNumber());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("letter.pattern_incomplete"));
        QVERIFY(!reg.issue(certificate(store.clock), QString(), sealWithNumber()));
    }
};

QTEST_GUILESS_MAIN(TestLetterRegister)
#include "TestLetterRegister.moc"
