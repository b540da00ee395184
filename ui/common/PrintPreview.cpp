#include "ui/common/PrintPreview.h"

#include "core/common/FileNames.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <algorithm>
#include <optional>

namespace tepat {

void PrintPreview::setUp(QPrinter &printer, const QPageSize &size, const QString &name)
{
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF()));
    // Qt's print dialog offers "<folder>/<document name>.pdf" for printing to a file: a name
    // with slashes (a register number) would become folders there.
    printer.setDocName(FileNames::safeBase(name));
    if (printer.outputFormat() == QPrinter::PdfFormat && printer.outputFileName().isEmpty()) {
        // No printer installed: "Cetak" saves a PDF; it starts in a folder that can be written.
        printer.setOutputFileName(FileNames::suggestedPath(name, QStringLiteral("pdf")));
    }
}

QPageSize PrintPreview::pdfPageSize(const QByteArray &pdf, const QPageSize &fallback)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1) {
        return fallback;
    }
    return QPageSize(document.pagePointSize(0), QPageSize::Point, QString(), QPageSize::ExactMatch);
}

Result<int> PrintPreview::paintPdf(const QByteArray &pdf, QPrinter &printer)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1) {
        return Error{QStringLiteral("print.pdf_unreadable"),
                     tr("Dokumen PDF yang tersimpan tidak bisa dibaca untuk dicetak.")};
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        return Error{QStringLiteral("print.printer"),
                     tr("Pencetak tidak bisa dipakai. Periksa pencetak lalu coba lagi.")};
    }
    const double dpi = std::min(300, printer.resolution());
    const QRectF target = printer.pageLayout().fullRectPixels(printer.resolution());
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0 && !printer.newPage()) {
            return Error{QStringLiteral("print.printer"),
                         tr("Pencetak tidak bisa dipakai. Periksa pencetak lalu coba lagi.")};
        }
        const QSizeF points = document.pagePointSize(page);
        const QImage image = document.render(page, (points * dpi / 72).toSize());
        if (image.isNull()) {
            return Error{QStringLiteral("print.pdf_unreadable"),
                         tr("Dokumen PDF yang tersimpan tidak bisa dibaca untuk dicetak.")};
        }
        painter.drawImage(target, image);
    }
    painter.end();
    return int(document.pageCount());
}

Result<bool> PrintPreview::exec(QPrinter &printer, const QString &title, const Paint &paint,
                                QWidget *parent)
{
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    std::optional<Error> failed;
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&paint, &failed](QPrinter *target) {
                         // The last paint is what went to the printer.
                         const Result<int> pages = paint(*target);
                         failed = pages ? std::nullopt : std::optional<Error>(pages.error());
                     });
    const bool printed = preview.exec() == QDialog::Accepted;
    if (failed) {
        return *failed;
    }
    return printed;
}

} // namespace tepat
