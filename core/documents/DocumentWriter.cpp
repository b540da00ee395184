#include "core/documents/DocumentWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace tepat {

namespace {

constexpr double kTop = 25;
constexpr double kBottom = 30;
constexpr double kLeft = 30;
constexpr double kRight = 25;
constexpr double kLogoMm = 24;
const QString kSpacer = QStringLiteral("tepat-kop-spacer");

QFont documentFont(const QString &font, double points, bool bold = false)
{
    QFont f;
    f.setFamilies(DocumentWriter::fontFamilies(font));
    f.setPointSizeF(points);
    f.setBold(bold);
    // Hinting only matters on screens; skipping it saves the TrueType interpreter per document.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

// The kop surat: logo at the left, the layered names centred, the address, a double rule.
// Returns its height in device pixels; paints only when a painter is given.
double letterhead(const PrintableDocument &doc, QPaintDevice &device, const QRectF &body,
                  QPainter *painter)
{
    const double pxPerMm = device.logicalDpiY() / 25.4;
    const double logo = doc.logo.isNull() ? 0 : kLogoMm * pxPerMm;
    const QRectF text(body.left() + logo, body.top(), body.width() - 2 * logo, body.height());
    double y = body.top();
    for (qsizetype i = 0; i < doc.letterhead.size() + doc.contact.size(); ++i) {
        const bool isName = i < doc.letterhead.size();
        const bool last = isName && i == doc.letterhead.size() - 1;
        const QFont f = documentFont(doc.font, isName ? (last ? 16 : 14) : 10.5, isName);
        const QString line = isName ? doc.letterhead[i] : doc.contact[i - doc.letterhead.size()];
        const QFontMetricsF metrics(f, &device);
        const QRectF bounds = metrics.boundingRect(QRectF(text.left(), y, text.width(), 1e6),
                                                   Qt::AlignHCenter | Qt::TextWordWrap, line);
        if (painter) {
            painter->setFont(f);
            painter->drawText(QRectF(text.left(), y, text.width(), bounds.height()),
                              Qt::AlignHCenter | Qt::TextWordWrap, line);
        }
        y += bounds.height();
    }
    y = std::max(y, body.top() + logo) + 1.5 * pxPerMm;
    if (painter) {
        if (!doc.logo.isNull()) {
            const QSizeF size = QSizeF(doc.logo.size()).scaled(logo, logo, Qt::KeepAspectRatio);
            const double top = body.top() + (y - body.top() - size.height()) / 2;
            painter->drawImage(QRectF(QPointF(body.left() + (logo - size.width()) / 2, top), size),
                               doc.logo);
        }
        painter->setPen(QPen(Qt::black, 0.8 * pxPerMm));
        painter->drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
        painter->setPen(QPen(Qt::black, 0.25 * pxPerMm));
        painter->drawLine(QPointF(body.left(), y + 1.1 * pxPerMm),
                          QPointF(body.right(), y + 1.1 * pxPerMm));
    }
    return y + 4 * pxPerMm - body.top();
}

void drawMark(QPainter &painter, const QString &mark, const QRectF &page, double pxPerMm,
              const QString &font)
{
    if (mark.isEmpty()) {
        return;
    }
    painter.save();
    // Boxed in the top-right margin, and faint across the page.
    QFont small = documentFont(font, 12, true);
    painter.setFont(small);
    const QFontMetricsF metrics(small, painter.device());
    const double w = metrics.horizontalAdvance(mark) + 4 * pxPerMm;
    const double h = metrics.height() + 2 * pxPerMm;
    const QRectF box(page.right() - kRight * pxPerMm - w, 9 * pxPerMm, w, h);
    painter.setPen(QPen(Qt::black, 0.4 * pxPerMm));
    painter.drawRect(box);
    painter.drawText(box, Qt::AlignCenter, mark);
    painter.setPen(QColor(0, 0, 0, 28));
    painter.setFont(documentFont(font, 96, true));
    painter.translate(page.center());
    painter.rotate(-45);
    painter.drawText(QRectF(-page.height() / 2, -page.width() / 4, page.height(), page.width() / 2),
                     Qt::AlignCenter, mark);
    painter.restore();
}

// A borderless table lays out a block that belongs together (a signature with its name, the
// identity rows of a letter): when it would straddle a page break and fits on one page, it
// starts a new page instead. Tables with borders are data and may run over pages.
void keepLayoutTablesTogether(QTextDocument &doc, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().border() > 0) {
            continue;
        }
        const QRectF box = layout->frameBoundingRect(table);
        const int first = int(box.top() / pageHeight);
        const int last = int((box.bottom() - 1) / pageHeight);
        if (first != last && box.height() < pageHeight) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}

// Pages that hold text: trailing margins alone never make an empty last page.
int pagesUsed(const QTextDocument &doc, double pageHeight)
{
    QTextBlock block = doc.lastBlock();
    while (block.isValid() && block.text().trimmed().isEmpty() && block.previous().isValid()) {
        block = block.previous();
    }
    const QRectF box = doc.documentLayout()->blockBoundingRect(block);
    return std::max(1, int((box.top() + box.height() - 1) / pageHeight) + 1);
}

} // namespace

QPageSize DocumentWriter::pageSize(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QPageSize(QPageSize::A4);
    case Paper::F4:
        return QPageSize(QSizeF(215, 330), QPageSize::Millimeter, QStringLiteral("F4"),
                         QPageSize::ExactMatch);
    case Paper::F4Narrow:
        return QPageSize(QSizeF(210, 330), QPageSize::Millimeter, QStringLiteral("F4/Folio"),
                         QPageSize::ExactMatch);
    }
    return QPageSize(QPageSize::A4);
}

QStringList DocumentWriter::fontFamilies(const QString &font)
{
    // Metric-compatible free fonts stand in where the office fonts are not installed.
    if (font == QLatin1String("bookman")) {
        return {QStringLiteral("Bookman Old Style"), QStringLiteral("URW Bookman"),
                QStringLiteral("URW Bookman L"), QStringLiteral("DejaVu Serif")};
    }
    return {QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("Arimo"),
            QStringLiteral("DejaVu Sans")};
}

Result<int> DocumentWriter::paint(const PrintableDocument &document, QPagedPaintDevice &device)
{
    const double pxPerMm = device.logicalDpiY() / 25.4;
    const QSizeF paperMm = device.pageLayout().fullRectPoints().size() * (25.4 / 72.0);
    const QRectF page(0, 0, paperMm.width() * pxPerMm, paperMm.height() * pxPerMm);
    const QRectF body(kLeft * pxPerMm, kTop * pxPerMm, page.width() - (kLeft + kRight) * pxPerMm,
                      page.height() - (kTop + kBottom) * pxPerMm);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(documentFont(document.font, 12));
    doc.setDocumentMargin(0);
    doc.setPageSize(body.size());
    double kop = 0;
    if (!document.letterhead.isEmpty()) {
        kop = letterhead(document, device, body, nullptr);
        QImage spacer(1, 1, QImage::Format_Grayscale8);
        spacer.fill(255);
        doc.addResource(QTextDocument::ImageResource, QUrl(kSpacer), spacer);
    }
    for (auto it = document.images.cbegin(); it != document.images.cend(); ++it) {
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    }
    DocumentUnits units;
    units.devicePxPerMm = pxPerMm;
    QString html = document.html(units);
    if (kop > 0) {
        html.prepend(QStringLiteral("<p style=\"margin:0\"><img src=\"%1\" width=\"1\" "
                                    "height=\"%2\"></p>")
                         .arg(kSpacer)
                         .arg(qRound(kop * 96 / device.logicalDpiY())));
    }
    doc.setHtml(html);
    keepLayoutTablesTogether(doc, body.height());

    QPainter painter;
    if (!painter.begin(&device)) {
        return Error{QStringLiteral("document.cannot_paint"),
                     tr("Dokumen tidak bisa digambar ke printer atau berkas.")};
    }
    const int pages = pagesUsed(doc, body.height());
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !device.newPage()) {
            return Error{QStringLiteral("document.new_page"),
                         tr("Halaman baru tidak bisa dibuat (printer atau disk bermasalah?).")};
        }
        if (p == 0 && kop > 0) {
            letterhead(document, device, body, &painter);
        }
        if (document.decorate) {
            painter.save();
            document.decorate(painter, page, pxPerMm, p + 1, pages);
            painter.restore();
        } else if (p > 0) {
            painter.setFont(documentFont(document.font, 11));
            painter.drawText(QRectF(body.left(), 12 * pxPerMm, body.width(), 8 * pxPerMm),
                             Qt::AlignCenter, QStringLiteral("- %1 -").arg(p + 1));
        }
        painter.save();
        painter.translate(body.left(), body.top() - p * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        drawMark(painter, document.mark, page, pxPerMm, document.font);
    }
    if (!painter.end()) {
        return Error{QStringLiteral("document.cannot_finish"),
                     tr("Dokumen tidak bisa diselesaikan (disk penuh?).")};
    }
    return pages;
}

Result<QByteArray> DocumentWriter::toPdf(const PrintableDocument &document, Paper paper)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Tepat"));
        writer.setTitle(document.title);
        writer.setPageLayout(
            QPageLayout(pageSize(paper), document.orientation, QMarginsF(0, 0, 0, 0)));
        const Result<int> pages = paint(document, writer);
        if (!pages) {
            return pages.error();
        }
    }
    return bytes;
}

} // namespace tepat
