#include "core/documents/LetterDocument.h"
#include "core/documents/QrCode.h"
#include "tests/core/documents/PdfInspection.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"

#include <QPdfWriter>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestLetterDocument : public QObject
{
    Q_OBJECT

    TempStore m_store;
    LetterSettings m_settings;

    LetterContent content(const QString &condition, const CertificateForm &form = {}) const
    {
        const QString id = personWhere(*m_store.db, condition);
        const auto subject = CertificateComposer::fromRegister(*m_store.db, id);
        if (!subject) {
            qFatal("%s", qPrintable(subject.error().message));
        }
        LetterContent c = CertificateComposer::compose(
            *subject, form, m_settings, QStringLiteral("400.9.14.1/0042/Kel.Bangsal/XI/2026"),
            QDate(2026, 11, 23), QDate(2026, 11, 20));
        c.qrPayload =
            QStringLiteral("TPT1|400.9.14.1/0042/Kel.Bangsal/XI/2026|20261123|R|x|3|h|k|s");
        return c;
    }

    static QByteArray pdf(const LetterContent &c,
                          LetterDocument::Mark mark = LetterDocument::Mark::Original,
                          Paper paper = Paper::A4)
    {
        const auto bytes = LetterDocument::pdf(c, mark, QImage(), paper);
        if (!bytes) {
            qFatal("%s", qPrintable(bytes.error().message));
        }
        return *bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        populateVillage(*m_store.db, m_store.clock, 120);
        m_settings = officeSettings(*m_store.db);
    }

    void registeredLetterSaysEverythingOnOnePage()
    {
        CertificateForm form;
        form.religion = QStringLiteral("Katolik");
        form.coverLetterNumber = QStringLiteral("07/RT.003/XI/2026");
        const LetterContent c = content(
            QStringLiteral("p.status = 'active' AND h.status = 'active' AND h.desil > 0"), form);
        const QByteArray bytes = pdf(c);
        const QString text = pdfText(bytes);
        for (const QString &expected :
             {QStringLiteral("PEMERINTAH KOTA KEDIRI"),
              QStringLiteral("KECAMATAN PESANTREN"),
              QStringLiteral("KELURAHAN BANGSAL"),
              QStringLiteral("Kode Pos 64131"),
              QStringLiteral("SURAT KETERANGAN"),
              QStringLiteral("Nomor: 400.9.14.1/0042/Kel.Bangsal/XI/2026"),
              c.name,
              c.identity[1].second,
              QStringLiteral("Agama : Katolik"),
              QStringLiteral("Surat Pengantar Ketua RT/RW"),
              QStringLiteral("BENAR TERDAFTAR"),
              QStringLiteral("per tanggal 20 November 2026"),
              QStringLiteral("berlaku sampai dengan tanggal 23 Februari 2027"),
              QStringLiteral("Demikian surat keterangan ini dibuat dengan sebenarnya"),
              QStringLiteral("Kediri, 23 November 2026"),
              QStringLiteral("Lurah Bangsal,"),
              QStringLiteral("Drs. Bambang Sutrisno Wibowo"),
              QStringLiteral("Pembina (IV/a)"),
              QStringLiteral("NIP. 197001011995031001"),
              QStringLiteral("Tembusan:"),
              QStringLiteral("2. Arsip"),
              QStringLiteral("Pindai untuk memeriksa keaslian")}) {
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in: ") + text));
        }
        QVERIFY(compact(text).contains(QStringLiteral("07/RT.003/XI/2026")));
        QVERIFY(!text.contains(QStringLiteral("TIDAK TERDAFTAR")));
        QVERIFY(!text.contains(QStringLiteral("SALINAN")));
        QVERIFY(!text.contains(u'{'));
        const PdfPages pages = pdfPages(bytes);
        QCOMPARE(pages.count, 1);
        QCOMPARE(qRound(pages.firstPagePoints.width()), 595);
        QCOMPARE(qRound(pages.firstPagePoints.height()), 842);
    }

    void notRegisteredVariant()
    {
        const QString text = pdfText(pdf(content(QStringLiteral("p.status = 'moved'"))));
        QVERIFY(text.contains(QStringLiteral("TIDAK TERDAFTAR dalam DTKS/DTSEN (status dalam data: "
                                             "pindah)")));
        QVERIFY(!text.contains(QStringLiteral("BENAR TERDAFTAR")));
        QVERIFY(text.contains(QStringLiteral("Agama : -")));
    }

    void paperSizes_data()
    {
        QTest::addColumn<Paper>("paper");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("A4") << Paper::A4 << 595 << 842;
        QTest::newRow("F4 215x330") << Paper::F4 << 609 << 935;
        QTest::newRow("F4 210x330") << Paper::F4Narrow << 595 << 935;
    }

    void paperSizes()
    {
        QFETCH(Paper, paper);
        QFETCH(int, width);
        QFETCH(int, height);
        const PdfPages pages = pdfPages(pdf(content(QStringLiteral("p.status = 'active'")),
                                            LetterDocument::Mark::Original, paper));
        QCOMPARE(pages.count, 1);
        QCOMPARE(qRound(pages.firstPagePoints.width()), width);
        QCOMPARE(qRound(pages.firstPagePoints.height()), height);
    }

    void copiesAndDraftsAreMarked()
    {
        const LetterContent c = content(QStringLiteral("p.status = 'active'"));
        QVERIFY(pdfText(pdf(c, LetterDocument::Mark::Copy)).contains(QStringLiteral("SALINAN")));
        LetterContent draft = c;
        draft.number.clear();
        draft.qrPayload.clear();
        const QString text = pdfText(pdf(draft, LetterDocument::Mark::Draft));
        QVERIFY(text.contains(QStringLiteral("DRAF")));
        QVERIFY(text.contains(QStringLiteral("Nomor: ..........")));
        QVERIFY(!text.contains(QStringLiteral("Pindai")));
    }

    void longContentIsNeverCut()
    {
        LetterContent c = content(QStringLiteral("p.status = 'active'"));
        c.identity[8].second = QStringLiteral("Perumahan Griya Sejahtera Blok ") +
                               QStringLiteral("AB-12 Gang Kenanga Tiga Nomor 117 ").repeated(8) +
                               QStringLiteral("RT 003/RW 005 AKHIR-ALAMAT");
        c.copiesTo = {QStringLiteral("Camat Pesantren"), QStringLiteral("Kepala Dinas Sosial"),
                      QStringLiteral("Kepala Dinas Pendidikan"), QStringLiteral("Ketua RT/RW"),
                      QStringLiteral("Arsip-Terakhir")};
        c.acknowledgement = SignatureBlock{{},
                                           QStringLiteral("Mengetahui,"),
                                           {QStringLiteral("Camat Pesantren,")},
                                           QStringLiteral("Camat Nama"),
                                           {},
                                           QStringLiteral("19800101")};
        const QByteArray bytes = pdf(c);
        const QString text = pdfText(bytes);
        QVERIFY(text.contains(QStringLiteral("AKHIR-ALAMAT")));
        QVERIFY(text.contains(QStringLiteral("NIP. 197001011995031001")));
        QVERIFY(text.contains(QStringLiteral("Camat Nama")));
        QVERIFY(text.contains(QStringLiteral("5. Arsip-Terakhir")));
        QCOMPARE(pdfPages(bytes).count, 2);
        QVERIFY(compact(text).contains(QStringLiteral("-2-"))); // later pages are numbered
        // The signature block moved to the second page whole: date, QR code, name and NIP (the
        // title "Lurah Bangsal," also opens the body, so it is not a marker).
        const QString first = pdfText(bytes, 1);
        const QString second = pdfText(bytes, 2);
        QVERIFY(first.contains(QStringLiteral("AKHIR-ALAMAT")));
        for (const QString &part : {QStringLiteral("Kediri, 23 November 2026"),
                                    QStringLiteral("Pindai untuk memeriksa keaslian"),
                                    QStringLiteral("NIP. 197001011995031001"),
                                    QStringLiteral("Drs. Bambang Sutrisno Wibowo")}) {
            QVERIFY2(second.contains(part) && !first.contains(part), qPrintable(part));
        }
    }

    void bookmanFontAndLogo()
    {
        LetterContent c = content(QStringLiteral("p.status = 'active'"));
        c.font = QStringLiteral("bookman");
        QImage logo(200, 240, QImage::Format_RGB32);
        logo.fill(Qt::darkGreen);
        const auto bytes = LetterDocument::pdf(c, LetterDocument::Mark::Original, logo, Paper::F4);
        QVERIFY(bytes);
        QVERIFY(pdfText(*bytes).contains(QStringLiteral("SURAT KETERANGAN")));
        QCOMPARE(pdfPages(*bytes).count, 1);
    }

    void paintsOnAnyPagedDevice()
    {
        const auto doc = LetterDocument::build(content(QStringLiteral("p.status = 'active'")),
                                               LetterDocument::Mark::Original, QImage());
        QVERIFY(doc);
        QTemporaryFile file;
        QVERIFY(file.open());
        QPdfWriter writer(file.fileName());
        writer.setPageSize(DocumentWriter::pageSize(Paper::F4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        const auto pages = DocumentWriter::paint(*doc, writer);
        QVERIFY(pages);
        QCOMPARE(*pages, 1);
    }
};

QTEST_MAIN(TestLetterDocument)
#include "TestLetterDocument.moc"
