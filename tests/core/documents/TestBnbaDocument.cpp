#include "core/documents/BnbaDocument.h"
#include "core/domain/Household.h"
#include "tests/core/documents/PdfInspection.h"

#include <QRegularExpression>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestBnbaDocument : public QObject
{
    Q_OBJECT

    static DecisionRow row(const QString &name, const QString &nik, const QString &address,
                           Decision decision)
    {
        DecisionRow r;
        r.kindLabel = QStringLiteral("Usulan program bansos");
        r.householdId = QStringLiteral("H-") + name;
        r.personId = QStringLiteral("P-") + name;
        r.nik = nik;
        r.name = name;
        r.address = address;
        r.decision = decision;
        return r;
    }

    // In agenda order, deliberately not in RW/RT order; one rejected and one deferred.
    static MinutesContent content(int extraRows = 0)
    {
        MinutesContent c;
        c.villageCode = QStringLiteral("35.71.03.1001");
        c.settings = LetterSettings::defaults(c.villageCode);
        c.number = QStringLiteral("400.9.14.1/0007/Kel.Bangsal/XI/2026");
        c.meeting.state = MeetingState::Finalised;
        c.meeting.heldOn = QDate(2026, 11, 20);
        c.rows = {row(QStringLiteral("Warga-Tiga"), QStringLiteral("3571014101900003"),
                      QStringLiteral("Jl. C 3 RT 002/RW 003"), Decision::Approved),
                  row(QStringLiteral("Warga-Satu"), QStringLiteral("3571014101900001"),
                      QStringLiteral("Jl. A 1 RT 004/RW 001"), Decision::Approved),
                  row(QStringLiteral("Warga-Ditolak"), QStringLiteral("3571014101900009"),
                      QStringLiteral("Jl. A 9 RT 004/RW 001"), Decision::Rejected),
                  row(QStringLiteral("Warga-Dua"), QStringLiteral("3571014101900002"),
                      QStringLiteral("Jl. B 2 RT 1/RW 1"), Decision::Approved),
                  row(QStringLiteral("Warga-Tunda"), QStringLiteral("3571014101900008"),
                      QStringLiteral("Jl. B 8 RT 001/RW 001"), Decision::Deferred),
                  row(QStringLiteral("Warga-Empat"), QStringLiteral("3571014101900004"),
                      QStringLiteral("Jl. A 4 RT 004/RW 001"), Decision::Approved)};
        for (int i = 0; i < extraRows; ++i) {
            c.rows << row(QStringLiteral("Tambahan-%1").arg(i, 3, 10, QLatin1Char('0')),
                          QStringLiteral("35710141019%1").arg(i, 5, 10, QLatin1Char('0')),
                          QStringLiteral("Jl. D %1 RT 005/RW 002").arg(i), Decision::Approved);
        }
        return c;
    }

    static QByteArray pdf(const MinutesContent &c, Paper paper)
    {
        const Result<QByteArray> bytes = BnbaDocument::pdf(c, paper);
        if (!bytes) {
            qFatal("%s", qPrintable(bytes.error().message));
        }
        return *bytes;
    }

private Q_SLOTS:
    void approvedRowsAreGroupedPerRwThenRt()
    {
        const QList<BnbaGroup> groups = BnbaDocument::groups(content());
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups[0].rw, QStringLiteral("001"));
        QCOMPARE(groups[0].rt, QStringLiteral("001"));
        QCOMPARE(groups[0].rows.size(), 1); // the deferred one is not in it
        QCOMPARE(groups[0].rows[0].name, QStringLiteral("Warga-Dua"));
        QCOMPARE(groups[1].rt, QStringLiteral("004"));
        QCOMPARE(groups[1].rows.size(), 2); // agenda order kept, the rejected one left out
        QCOMPARE(groups[1].rows[0].name, QStringLiteral("Warga-Satu"));
        QCOMPARE(groups[1].rows[1].name, QStringLiteral("Warga-Empat"));
        QCOMPARE(groups[2].rw, QStringLiteral("003"));
    }

    void anAddressWithoutRtRwComesLast()
    {
        MinutesContent c = content();
        c.rows.prepend(row(QStringLiteral("Tanpa-Alamat"), QStringLiteral("3571014101900007"),
                           QString(), Decision::Approved));
        const QList<BnbaGroup> groups = BnbaDocument::groups(c);
        QCOMPARE(groups.last().rw, QString());
        QCOMPARE(groups.last().rows[0].name, QStringLiteral("Tanpa-Alamat"));
        QCOMPARE(neighbourhoodUnitsOf(QStringLiteral("Jl. X RT 7 / RW 12")),
                 std::pair(QStringLiteral("012"), QStringLiteral("007")));
        QCOMPARE(neighbourhoodUnitsOf(QStringLiteral("Gg. Melati 2, rt 003/rw 005")),
                 std::pair(QStringLiteral("005"), QStringLiteral("003")));
        QCOMPARE(neighbourhoodUnitsOf(QStringLiteral("Jl. Anggrek 9")),
                 (std::pair<QString, QString>()));
    }

    void thePdfIsLandscapeWithHeadingsInOrderAndWholeNiks()
    {
        const QByteArray bytes = pdf(content(), Paper::A4);
        const PdfPages pages = pdfPages(bytes);
        QCOMPARE(pages.count, 1);
        // A4 landscape: 297 × 210 mm.
        QCOMPARE(qRound(pages.firstPagePoints.width() * 25.4 / 72), 297);
        QCOMPARE(qRound(pages.firstPagePoints.height() * 25.4 / 72), 210);
        const QString text = pdfText(bytes);
        const QStringList inOrder{QStringLiteral("RW 001"),     QStringLiteral("RT 001 / RW 001"),
                                  QStringLiteral("Warga-Dua"),  QStringLiteral("RT 004 / RW 001"),
                                  QStringLiteral("Warga-Satu"), QStringLiteral("Warga-Empat"),
                                  QStringLiteral("RW 003"),     QStringLiteral("RT 002 / RW 003"),
                                  QStringLiteral("Warga-Tiga")};
        qsizetype at = 0;
        for (const QString &p : inOrder) {
            const qsizetype found = text.indexOf(p, at);
            QVERIFY2(found >= 0, qPrintable(p + QStringLiteral(" after ") + QString::number(at)));
            at = found + p.size();
        }
        QVERIFY(!text.contains(QStringLiteral("Warga-Ditolak")));
        QVERIFY(!text.contains(QStringLiteral("Warga-Tunda")));
        // Each NIK in one piece, as text in one word (not wrapped by its column).
        for (const QString &nik :
             {QStringLiteral("3571014101900001"), QStringLiteral("3571014101900002"),
              QStringLiteral("3571014101900003"), QStringLiteral("3571014101900004")}) {
            QVERIFY2(text.split(u' ').contains(nik), qPrintable(nik));
        }
        // The village's identity and the meeting in the running header, the page at the foot.
        QVERIFY(text.contains(QStringLiteral("Kecamatan")));
        QVERIFY(text.contains(QStringLiteral("20 November 2026")));
        QVERIFY(text.contains(QStringLiteral("Halaman 1 dari 1")));
        QVERIFY(text.contains(QStringLiteral("Jumlah: 4 usulan disetujui di 3 RT")));
    }

    void manyRowsRunOverPagesEachWithItsNumberOnF4()
    {
        const QByteArray bytes = pdf(content(90), Paper::F4);
        const PdfPages pages = pdfPages(bytes);
        QVERIFY(pages.count >= 2);
        // F4 landscape: 330 × 215 mm.
        QCOMPARE(qRound(pages.firstPagePoints.width() * 25.4 / 72), 330);
        QCOMPARE(qRound(pages.firstPagePoints.height() * 25.4 / 72), 215);
        for (int p = 1; p <= pages.count; ++p) {
            const QString text = pdfText(bytes, p);
            QVERIFY2(text.contains(QStringLiteral("Halaman %1 dari %2").arg(p).arg(pages.count)),
                     qPrintable(QString::number(p)));
            QVERIFY(text.contains(QStringLiteral("BNBA per RW/RT")));
        }
        const QString all = pdfText(bytes);
        QVERIFY(all.split(u' ').contains(QStringLiteral("3571014101900089")));
        QVERIFY(all.contains(QStringLiteral("Tambahan-089")));
    }

    void noHeadingIsLeftAtTheFootOfAPage()
    {
        // Sixty neighbourhoods of one to three people, each row one line tall: wherever a page
        // ends, the heading of an RT is on the same page as its first person (never alone at
        // the foot). (A row of several lines may still be split between two pages: Qt 6.4's
        // text layout breaks a table row between the lines of its cells.)
        MinutesContent c = content();
        c.rows.clear();
        int n = 0;
        for (int g = 0; g < 60; ++g) {
            for (int i = 0; i <= g % 3; ++i, ++n) {
                c.rows << row(
                    QStringLiteral("Orang-%1").arg(n, 3, 10, QLatin1Char('0')),
                    QStringLiteral("35710141019%1").arg(n, 5, 10, QLatin1Char('0')),
                    QStringLiteral("Jl. E %1 RT %2/RW %3").arg(n).arg(g % 9 + 1).arg(g / 9 + 1),
                    Decision::Approved);
                c.rows.last().kindLabel = QStringLiteral("Perbaikan");
            }
        }
        for (Paper paper : {Paper::A4, Paper::F4}) {
            const QByteArray bytes = pdf(c, paper);
            const int pages = pdfPages(bytes).count;
            QVERIFY(pages >= 3);
            static const QRegularExpression heading(QStringLiteral("RT \\d{3} / RW \\d{3}"));
            static const QRegularExpression person(QStringLiteral("Orang-\\d{3}"));
            for (int p = 1; p <= pages; ++p) {
                const QString text = pdfText(bytes, p);
                const qsizetype last = text.lastIndexOf(heading);
                QVERIFY2(last < 0 || text.indexOf(person, last) > last,
                         qPrintable(QStringLiteral("page %1").arg(p)));
            }
        }
    }

    void theTotalCountsNeighbourhoodsWithAnRtOnly()
    {
        MinutesContent c = content();
        c.rows.prepend(row(QStringLiteral("Tanpa-Alamat"), QStringLiteral("3571014101900007"),
                           QString(), Decision::Approved));
        QVERIFY(pdfText(pdf(c, Paper::A4))
                    .contains(QStringLiteral("Jumlah: 5 usulan disetujui di 3 RT")));
    }

    void aMeetingWithoutApprovalsSaysSo()
    {
        MinutesContent c = content();
        for (DecisionRow &r : c.rows) {
            r.decision = Decision::Rejected;
        }
        const QString text = pdfText(pdf(c, Paper::A4));
        QVERIFY(text.contains(QStringLiteral("Tidak ada usulan yang disetujui")));
    }

    void aDraftMeetingIsMarked()
    {
        MinutesContent c = content();
        c.draft = true;
        QVERIFY(pdfText(pdf(c, Paper::A4)).contains(QStringLiteral("DRAF")));
    }
};

QTEST_MAIN(TestBnbaDocument)
#include "TestBnbaDocument.moc"
