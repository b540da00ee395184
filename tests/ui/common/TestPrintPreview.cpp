// Print preview and printing (ui/common/PrintPreview) offscreen: what reaches a PDF printer and
// what the preview dialog shows.

#include "core/documents/DocumentWriter.h"
#include "tests/core/documents/PdfInspection.h"
#include "ui/common/PrintPreview.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tepat;
using namespace tepat::test;

class TestPrintPreview : public QObject
{
    Q_OBJECT

    // Long enough for several pages; the last words tell whether the end was printed.
    static PrintableDocument longDocument()
    {
        PrintableDocument d;
        d.title = QStringLiteral("Dokumen uji");
        d.html = [](const DocumentUnits &) {
            QString html;
            for (int i = 1; i <= 120; ++i) {
                html += QStringLiteral("<p>Paragraf uji nomor %1 dengan isi sintetis.</p>").arg(i);
            }
            return html + QStringLiteral("<p>AKHIR-DOKUMEN</p>");
        };
        return d;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void expectSize(QSizeF points, QSizeF mm)
    {
        QVERIFY2(qAbs(points.width() - mm.width() * 72 / 25.4) < 1.5,
                 qPrintable(QString::number(points.width())));
        QVERIFY2(qAbs(points.height() - mm.height() * 72 / 25.4) < 1.5,
                 qPrintable(QString::number(points.height())));
    }

private Q_SLOTS:
    void documentReachesThePrinterWhole()
    {
        const PrintableDocument document = longDocument();
        const Result<QByteArray> exported = DocumentWriter::toPdf(document, Paper::F4);
        QVERIFY(exported);
        const int expected = pdfPages(*exported).count;
        QVERIFY(expected >= 2);

        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("cetak.pdf")));
        PrintPreview::setUp(printer, DocumentWriter::pageSize(Paper::F4), QStringLiteral("uji"));
        const Result<int> pages = DocumentWriter::paint(document, printer);
        QVERIFY(pages);
        QCOMPARE(*pages, expected);
        const QByteArray printed = readAll(printer.outputFileName());
        QCOMPARE(pdfPages(printed).count, expected);
        expectSize(pdfPages(printed).firstPagePoints, PaperInfo::sizeMm(Paper::F4));
        QVERIFY(pdfText(printed, expected).contains(QStringLiteral("AKHIR-DOKUMEN")));
    }

    void storedPdfIsPrintedPageByPage()
    {
        const Result<QByteArray> stored = DocumentWriter::toPdf(longDocument(), Paper::A4);
        QVERIFY(stored);
        const int expected = pdfPages(*stored).count;
        QVERIFY(expected >= 2);

        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("salinan.pdf")));
        // The printer takes the stored document's paper, not the fallback.
        PrintPreview::setUp(printer,
                            PrintPreview::pdfPageSize(*stored, QPageSize(QPageSize::Letter)),
                            QStringLiteral("uji"));
        const Result<int> pages = PrintPreview::paintPdf(*stored, printer);
        QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
        QCOMPARE(*pages, expected);
        const QByteArray printed = readAll(printer.outputFileName());
        const PdfPages out = pdfPages(printed);
        QCOMPARE(out.count, expected);
        expectSize(out.firstPagePoints, PaperInfo::sizeMm(Paper::A4));
        // The pages carry the text as pictures: the last page is not blank.
        QBuffer buffer;
        buffer.setData(printed);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument doc;
        doc.load(&buffer);
        const QImage last = doc.render(expected - 1, QSize(300, 420));
        int dark = 0;
        for (int y = 0; y < last.height(); ++y) {
            for (int x = 0; x < last.width(); ++x) {
                dark += qGray(last.pixel(x, y)) < 128 ? 1 : 0;
            }
        }
        QVERIFY(dark > 20);
    }

    void unreadablePdfIsRefused()
    {
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("rusak.pdf")));
        const Result<int> pages = PrintPreview::paintPdf("bukan PDF", printer);
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, QStringLiteral("print.pdf_unreadable"));
        QCOMPARE(PrintPreview::pdfPageSize("bukan PDF", QPageSize(QPageSize::A5)),
                 QPageSize(QPageSize::A5));
    }

    void previewShowsEveryPage()
    {
        const PrintableDocument document = longDocument();
        const int expected = pdfPages(*DocumentWriter::toPdf(document, Paper::A4)).count;
        QPrinter printer(QPrinter::HighResolution);
        PrintPreview::setUp(printer, DocumentWriter::pageSize(Paper::A4), QStringLiteral("uji"));
        int shown = -1;
        QString title;
        QTimer::singleShot(0, [&shown, &title] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(w)) {
                    shown = dialog->findChild<QPrintPreviewWidget *>()->pageCount();
                    title = dialog->windowTitle();
                    dialog->reject();
                }
            }
        });
        const Result<bool> printed = PrintPreview::exec(
            printer, QStringLiteral("Pratinjau uji"),
            [&document](QPrinter &target) { return DocumentWriter::paint(document, target); },
            nullptr);
        QVERIFY(printed);
        QVERIFY(!*printed); // closed without printing
        QCOMPARE(shown, expected);
        QCOMPARE(title, QStringLiteral("Pratinjau uji"));
    }

    void previewReportsAFailedPaint()
    {
        QPrinter printer(QPrinter::HighResolution);
        QTimer::singleShot(0, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(w)) {
                    dialog->reject();
                }
            }
        });
        const Result<bool> printed = PrintPreview::exec(
            printer, QStringLiteral("Pratinjau uji"),
            [](QPrinter &) -> Result<int> {
                return Error{QStringLiteral("uji.gagal"), QStringLiteral("Gagal menggambar.")};
            },
            nullptr);
        QVERIFY(!printed);
        QCOMPARE(printed.error().message, QStringLiteral("Gagal menggambar."));
    }
};

QTEST_MAIN(TestPrintPreview)
#include "TestPrintPreview.moc"
