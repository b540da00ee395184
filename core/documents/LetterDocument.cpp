#include "core/documents/LetterDocument.h"

#include "core/documents/QrCode.h"
#include "core/files/ContentStore.h"

namespace tepat {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString lines(const QStringList &list)
{
    QStringList escaped;
    for (const QString &s : list) {
        escaped << esc(s);
    }
    return escaped.join(QStringLiteral("<br>"));
}

// A signature block: place and date, the title lines, room to sign, name (bold, underlined),
// rank and NIP. A missing name leaves a dotted line to write on, never an empty hole.
QString signatureHtml(const SignatureBlock &s, const DocumentUnits &u)
{
    QString html;
    if (!s.placeAndDate.isEmpty()) {
        html += esc(s.placeAndDate) + QStringLiteral("<br>");
    }
    if (!s.heading.isEmpty()) {
        html += esc(s.heading) + QStringLiteral("<br>");
    }
    html += lines(s.titleLines);
    html += QStringLiteral("<p style=\"margin:0\"><img src=\"tepat-blank\" width=\"1\" "
                           "height=\"%1\"></p>")
                .arg(u.px(18));
    html += s.name.isEmpty() ? QStringLiteral("(................................................)")
                             : QStringLiteral("<b><u>%1</u></b>").arg(esc(s.name));
    if (!s.rank.isEmpty()) {
        html += QStringLiteral("<br>") + esc(s.rank);
    }
    if (!s.nip.isEmpty()) {
        html += QStringLiteral("<br>NIP. ") + esc(s.nip);
    }
    return html;
}

} // namespace

QImage loadLogo(const QString &filesRoot, const QString &sha256)
{
    if (sha256.isEmpty() || filesRoot.isEmpty()) {
        return {};
    }
    const Result<QByteArray> bytes = ContentStore(filesRoot).read(sha256);
    return bytes ? QImage::fromData(*bytes) : QImage();
}

Result<PrintableDocument> LetterDocument::build(const LetterContent &c, Mark mark,
                                                const QImage &logo)
{
    PrintableDocument doc;
    doc.letterhead = c.letterhead;
    doc.contact = c.contact;
    doc.logo = logo;
    doc.font = c.font;
    doc.title = c.title + QStringLiteral(" ") + c.number;
    doc.mark = mark == Mark::Copy    ? QStringLiteral("SALINAN")
               : mark == Mark::Draft ? QStringLiteral("DRAF")
                                     : QString();
    QImage blank(1, 1, QImage::Format_Grayscale8); // a spacer: one white pixel
    blank.fill(255);
    doc.images.insert(QStringLiteral("tepat-blank"), blank);
    const bool withQr = !c.qrPayload.isEmpty();
    if (withQr) {
        const Result<QImage> qr = QrCode::image(c.qrPayload);
        if (!qr) {
            return qr.error();
        }
        doc.images.insert(QStringLiteral("tepat-qr"), *qr);
    }
    doc.html = [c, withQr](const DocumentUnits &u) {
        QString h = QStringLiteral("<html><body>");
        h += QStringLiteral("<p align=\"center\" style=\"margin:0\"><b><u>%1</u></b></p>")
                 .arg(esc(c.title));
        h += QStringLiteral("<p align=\"center\" style=\"margin-top:0; margin-bottom:%1px\">Nomor: "
                            "%2</p>")
                 .arg(u.px(5))
                 .arg(c.number.isEmpty() ? QStringLiteral("..........") : esc(c.number));
        const QString para =
            QStringLiteral("<p align=\"justify\" style=\"margin-top:0; margin-bottom:%1px; "
                           "text-indent:%2px\">%3</p>");
        h += para.arg(u.px(2)).arg(u.indent(12)).arg(esc(c.opening));
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" style=\"margin-left:%1px; "
                            "margin-top:%2px; margin-bottom:%2px\">")
                 .arg(u.px(12))
                 .arg(u.px(2));
        for (qsizetype i = 0; i < c.identity.size(); ++i) {
            const QString value = i == 0
                                      ? QStringLiteral("<b>%1</b>").arg(esc(c.identity[i].second))
                                      : esc(c.identity[i].second);
            h += QStringLiteral(
                     "<tr><td width=\"%1\">%2</td><td width=\"%3\">:</td><td>%4</td></tr>")
                     .arg(u.px(45))
                     .arg(esc(c.identity[i].first))
                     .arg(u.px(4))
                     .arg(value);
        }
        h += QStringLiteral("</table>");
        for (const QString &s : c.statements) {
            h += para.arg(u.px(2)).arg(u.indent(12)).arg(esc(s));
        }
        h += para.arg(u.px(2)).arg(u.indent(12)).arg(esc(c.closing));
        // Signature at the right; the QR code (and a countersignature) at the left.
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                            "style=\"margin-top:%1px\"><tr>")
                 .arg(u.px(4));
        h += QStringLiteral("<td width=\"45%\" valign=\"bottom\">");
        if (withQr) {
            h += QStringLiteral("<img src=\"tepat-qr\" width=\"%1\" height=\"%1\"><br><span "
                                "style=\"font-size:8pt\">Pindai untuk memeriksa keaslian<br>"
                                "surat ini dengan aplikasi Tepat.</span>")
                     .arg(u.px(26));
        } else {
            // A preview: the cell keeps the QR code's room, so the page breaks as the letter's.
            h += QStringLiteral("<img src=\"tepat-blank\" width=\"%1\" height=\"%1\"><br><span "
                                "style=\"font-size:8pt\">Kode verifikasi dicetak pada surat<br>"
                                "yang sudah bernomor.</span>")
                     .arg(u.px(26));
        }
        h += QStringLiteral("</td><td width=\"55%\" align=\"center\" valign=\"top\">");
        h += signatureHtml(c.signer, u);
        h += QStringLiteral("</td></tr>");
        if (c.acknowledgement) {
            h +=
                QStringLiteral("<tr><td colspan=\"2\" align=\"center\" style=\"padding-top:%1px\">")
                    .arg(u.px(4));
            h += signatureHtml(*c.acknowledgement, u);
            h += QStringLiteral("</td></tr>");
        }
        h += QStringLiteral("</table>");
        if (!c.copiesTo.isEmpty()) {
            h += QStringLiteral("<p style=\"margin-top:%1px; margin-bottom:0; font-size:10pt\">"
                                "<u>Tembusan:</u></p><p style=\"margin:0; font-size:10pt\">")
                     .arg(u.px(2));
            QStringList copies;
            for (qsizetype i = 0; i < c.copiesTo.size(); ++i) {
                copies << QStringLiteral("%1. %2").arg(i + 1).arg(esc(c.copiesTo[i]));
            }
            h += copies.join(QStringLiteral("<br>"));
            h += QStringLiteral("</p>");
        }
        return h + QStringLiteral("</body></html>");
    };
    return doc;
}

Result<QByteArray> LetterDocument::pdf(const LetterContent &content, Mark mark, const QImage &logo,
                                       Paper paper)
{
    const Result<PrintableDocument> doc = build(content, mark, logo);
    if (!doc) {
        return doc.error();
    }
    return DocumentWriter::toPdf(*doc, paper);
}

} // namespace tepat
