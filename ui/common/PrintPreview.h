#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QPageSize>

#include <functional>

class QPrinter;
class QWidget;

namespace tepat {

// Print preview and printing of the office's documents (surat, berita acara, daftar hadir,
// SPTJM): the operator sees every page in QPrintPreviewDialog and prints from there.
class PrintPreview
{
    Q_DECLARE_TR_FUNCTIONS(PrintPreview)

public:
    // Draws the document onto the printer; returns the number of pages.
    using Paint = std::function<Result<int>(QPrinter &printer)>;

    // Sets the printer to `size`, full page and portrait: documents lay out their own margins.
    // `name` becomes a safe document name (FileNames::safeBase); printing to PDF starts in a
    // writable folder. Pass a title made from a serial, a year or a date, never a person.
    static void setUp(QPrinter &printer, const QPageSize &size, const QString &name);
    // The first page's size of a PDF; `fallback` when it cannot be read.
    static QPageSize pdfPageSize(const QByteArray &pdf, const QPageSize &fallback);
    // Paints a finished PDF (a stored berita acara) page by page onto the printer, each page
    // rendered as an image at the printer's resolution (at most 300 dpi).
    static Result<int> paintPdf(const QByteArray &pdf, QPrinter &printer);
    // Shows the preview of what `paint` draws. Returns true when the operator printed, false
    // when the preview was closed; an error when painting failed.
    static Result<bool> exec(QPrinter &printer, const QString &title, const Paint &paint,
                             QWidget *parent);
};

} // namespace tepat
