#pragma once

#include "core/common/Result.h"
#include "core/letters/LetterSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace tepat {

// Lengths in a document's HTML: QTextDocument reads them as CSS pixels (1/96 inch) and scales
// them to the device it lays out on.
// Except text-indent, which Qt 6.4 takes in device pixels: indent().
struct DocumentUnits
{
    double pxPerMm = 96 / 25.4;
    double devicePxPerMm = 96 / 25.4;
    int px(double mm) const { return qRound(mm * pxPerMm); }
    int indent(double mm) const { return qRound(mm * devicePxPerMm); }
};

// A printable document: HTML body (built for the device's resolution), an optional kop surat
// drawn on the first page, images the HTML refers to by name, and an optional mark
// ("SALINAN", "DRAF") on every page.
struct PrintableDocument
{
    std::function<QString(const DocumentUnits &units)> html;
    QStringList letterhead; // empty: no kop
    QStringList contact;
    QImage logo;
    QString font = QStringLiteral("arial");
    QString mark;
    QString title; // PDF metadata
    QHash<QString, QImage> images;
    // Landscape for wide lists (the BNBA per RT/RW); used by toPdf.
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    // When set, drawn on every page in its margins (a running header and a footer with
    // "Halaman N dari M") instead of the page number at the top of later pages.
    std::function<void(QPainter &painter, const QRectF &paper, double pxPerMm, int page, int pages)>
        decorate;
};

// Lays a PrintableDocument out on paper (Tata Naskah Dinas margins: top 2.5, bottom 3,
// left 3, right 2.5 cm), page by page, onto a PDF or a printer. Later pages carry their number
// at the top; the kop surat is on the first page only.
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    static QPageSize pageSize(Paper paper);
    static QStringList fontFamilies(const QString &font);

    static Result<QByteArray> toPdf(const PrintableDocument &document, Paper paper);
    // Paints onto a device whose page size is set already (a QPrinter from a print dialog or a
    // preview). Returns the number of pages.
    static Result<int> paint(const PrintableDocument &document, QPagedPaintDevice &device);
};

} // namespace tepat
