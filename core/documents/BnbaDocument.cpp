#include "core/documents/BnbaDocument.h"

#include "core/domain/Household.h"
#include "core/letters/IndonesianText.h"

#include <QFont>
#include <QPainter>

namespace tepat {

namespace {

QString esc(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text.toHtmlEscaped();
}

// The village as the documents name it: "Kelurahan Bangsal, Kecamatan Pesantren, Kota Kediri".
QString villageIdentity(const MinutesContent &c)
{
    const Letterhead &h = c.settings.letterhead;
    QStringList parts;
    if (!h.village.isEmpty()) {
        parts << h.villageKind() + u' ' + h.village;
    }
    if (!h.district.isEmpty()) {
        parts << QStringLiteral("Kecamatan ") + h.district;
    }
    if (!h.regency.isEmpty()) {
        parts << h.regency;
    }
    return parts.join(QStringLiteral(", "));
}

QString meetingLine(const MinutesContent &c)
{
    QString line = QStringLiteral("Musyawarah %1").arg(indonesian::date(c.meeting.heldOn));
    if (!c.number.isEmpty()) {
        line += QStringLiteral(", berita acara nomor ") + c.number;
    }
    return line;
}

QFont font(const QString &family, double points, bool bold = false)
{
    QFont f;
    f.setFamilies(DocumentWriter::fontFamilies(family));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace

QList<BnbaGroup> BnbaDocument::groups(const MinutesContent &content)
{
    QList<BnbaGroup> groups;
    for (const DecisionRow &row : content.rows) {
        if (row.decision != Decision::Approved) {
            continue;
        }
        const auto [rw, rt] = neighbourhoodUnitsOf(row.address);
        auto at = std::find_if(groups.begin(), groups.end(),
                               [&](const BnbaGroup &g) { return g.rw == rw && g.rt == rt; });
        if (at == groups.end()) {
            groups.append({rw, rt, {}});
            at = groups.end() - 1;
        }
        at->rows.append(row);
    }
    // Numbered neighbourhoods in order; an address without RT/RW at the end.
    std::stable_sort(groups.begin(), groups.end(), [](const BnbaGroup &a, const BnbaGroup &b) {
        const bool aNone = a.rw.isEmpty();
        const bool bNone = b.rw.isEmpty();
        if (aNone != bNone) {
            return bNone;
        }
        return std::pair(a.rw, a.rt) < std::pair(b.rw, b.rt);
    });
    return groups;
}

PrintableDocument BnbaDocument::build(const MinutesContent &content)
{
    PrintableDocument doc;
    doc.font = content.settings.font;
    doc.orientation = QPageLayout::Landscape;
    doc.mark = content.draft ? QStringLiteral("DRAF") : QString();
    doc.title =
        QStringLiteral("BNBA musyawarah %1").arg(content.meeting.heldOn.toString(Qt::ISODate));
    const QList<BnbaGroup> grouped = groups(content);
    doc.html = [content, grouped](const DocumentUnits &u) {
        QString h = QStringLiteral("<p align=\"center\" style=\"margin:0\"><b>DAFTAR NAMA DAN "
                                   "ALAMAT (BY NAME BY ADDRESS)<br>USULAN YANG DISETUJUI "
                                   "MUSYAWARAH PER RW/RT</b></p>"
                                   "<p align=\"center\" style=\"margin:0 0 %1px 0\">%2<br>%3</p>")
                        .arg(u.px(4))
                        .arg(esc(villageIdentity(content)), esc(meetingLine(content)));
        qsizetype total = 0;
        for (const BnbaGroup &g : grouped) {
            total += g.rows.size();
        }
        if (grouped.isEmpty()) {
            h += QStringLiteral("<p align=\"center\">Tidak ada usulan yang disetujui dalam "
                                "musyawarah ini.</p>");
            return h;
        }
        // The headings are the first header row of their table, so that a page never ends
        // on a heading without its people (and a table that runs on repeats them).
        QString lastRw = QStringLiteral("-");
        int n = 0;
        int neighbourhoods = 0;
        for (const BnbaGroup &g : grouped) {
            QString heading;
            if (g.rw != lastRw) {
                lastRw = g.rw;
                heading += QStringLiteral("<span style=\"font-size:12pt\"><b>%1</b></span><br>")
                               .arg(g.rw.isEmpty() ? QStringLiteral("Tanpa RT/RW")
                                                   : QStringLiteral("RW %1").arg(g.rw));
            }
            if (!g.rw.isEmpty()) {
                ++neighbourhoods;
                heading += QStringLiteral("<span style=\"font-size:11pt\"><b>RT %1 / RW %2</b> "
                                          "(%3 orang/keluarga)</span>")
                               .arg(g.rt, g.rw)
                               .arg(g.rows.size());
            }
            h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                "cellpadding=\"%1\" style=\"border-collapse:collapse; "
                                "border-color:#000; font-size:9pt; margin-top:%2px\"><thead>")
                     .arg(u.px(1))
                     .arg(u.px(3));
            if (!heading.isEmpty()) {
                h += QStringLiteral("<tr><th colspan=\"7\" align=\"left\">%1</th></tr>")
                         .arg(heading);
            }
            h += QStringLiteral("<tr>");
            const QList<std::pair<const char *, int>> headers{
                {"No", 4},      {"NIK", 15},          {"ID DTKS", 15},   {"Nama", 18},
                {"Alamat", 20}, {"Jenis usulan", 13}, {"Keterangan", 15}};
            for (const auto &[title, width] : headers) {
                h += QStringLiteral("<th width=\"%1%\" align=\"center\" bgcolor=\"#e6e6e6\">%2"
                                    "</th>")
                         .arg(width)
                         .arg(QString::fromLatin1(title));
            }
            h += QStringLiteral("</tr></thead>");
            for (const DecisionRow &r : g.rows) {
                const QString id = r.personId.isEmpty() ? r.householdId : r.personId;
                QString note = r.detail;
                if (!r.reason.trimmed().isEmpty()) {
                    note +=
                        (note.isEmpty() ? QString() : QStringLiteral(": ")) + r.reason.trimmed();
                }
                h += QStringLiteral("<tr><td align=\"center\">%1</td>"
                                    "<td style=\"white-space:nowrap\">%2</td>"
                                    "<td style=\"white-space:nowrap\">%3</td><td>%4</td>"
                                    "<td>%5</td><td>%6</td><td>%7</td></tr>")
                         .arg(++n)
                         .arg(esc(r.nik), esc(id), esc(r.name), esc(r.address), esc(r.kindLabel),
                              esc(note));
            }
            h += QStringLiteral("</table>");
        }
        h += QStringLiteral("<p style=\"margin:%1px 0 0 0\">Jumlah: %2 usulan disetujui di %3 "
                            "RT.</p>")
                 .arg(u.px(4))
                 .arg(total)
                 .arg(neighbourhoods);
        return h;
    };
    const QString identity = villageIdentity(content);
    const QString meeting = meetingLine(content);
    const QString family = content.settings.font;
    doc.decorate = [identity, meeting, family](QPainter &painter, const QRectF &page,
                                               double pxPerMm, int number, int pages) {
        // Inside the margins of DocumentWriter (left 30, right 25, top 25, bottom 30 mm).
        const QRectF band(30 * pxPerMm, 0, page.width() - 55 * pxPerMm, page.height());
        painter.setPen(Qt::black);
        painter.setFont(font(family, 9));
        const QRectF top(band.left(), 12 * pxPerMm, band.width(), 8 * pxPerMm);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("BNBA per RW/RT · ") + identity);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, meeting);
        painter.setPen(QPen(Qt::black, 0.25 * pxPerMm));
        painter.drawLine(QPointF(band.left(), top.bottom()), QPointF(band.right(), top.bottom()));
        const double footY = page.height() - 22 * pxPerMm;
        painter.drawLine(QPointF(band.left(), footY), QPointF(band.right(), footY));
        painter.drawText(QRectF(band.left(), footY, band.width(), 8 * pxPerMm),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("Halaman %1 dari %2").arg(number).arg(pages));
        painter.drawText(QRectF(band.left(), footY, band.width(), 8 * pxPerMm),
                         Qt::AlignLeft | Qt::AlignVCenter, identity);
    };
    return doc;
}

Result<QByteArray> BnbaDocument::pdf(const MinutesContent &content, Paper paper)
{
    return DocumentWriter::toPdf(build(content), paper);
}

} // namespace tepat
