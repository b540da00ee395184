#include "core/documents/MeetingDocuments.h"

#include "core/documents/LetterDocument.h"
#include "core/letters/IndonesianText.h"

#include <QMap>

namespace tepat {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString decisionText(const std::optional<Decision> &d)
{
    if (!d) {
        return QStringLiteral("Belum diputuskan");
    }
    switch (*d) {
    case Decision::Approved:
        return QStringLiteral("Disetujui");
    case Decision::Rejected:
        return QStringLiteral("Ditolak");
    case Decision::Deferred:
        return QStringLiteral("Ditunda");
    }
    return {};
}

QString countText(qsizetype n)
{
    return QStringLiteral("%1 (%2)").arg(n).arg(indonesian::numberInWords(n));
}

QString dotted(const QString &name)
{
    return name.trimmed().isEmpty()
               ? QStringLiteral("(................................................)")
               : QStringLiteral("<b><u>%1</u></b>").arg(esc(name.trimmed()));
}

struct Page
{
    const MinutesContent &c;
    const DocumentUnits &u;

    QString villageName() const
    {
        const Letterhead &h = c.settings.letterhead;
        return h.villageKind() + u' ' + h.village;
    }
    QString meetingName() const
    {
        return (c.settings.letterhead.desa ? QStringLiteral("Musyawarah Desa ")
                                           : QStringLiteral("Musyawarah Kelurahan ")) +
               c.settings.letterhead.village;
    }
    QString headPosition() const
    {
        return c.settings.letterhead.headTitle() + u' ' + c.settings.letterhead.village;
    }
    QString councilPosition() const
    {
        return (c.settings.letterhead.desa ? QStringLiteral("Ketua BPD ")
                                           : QStringLiteral("Ketua LPM ")) +
               c.settings.letterhead.village;
    }
    QString number() const
    {
        return c.number.isEmpty() ? QStringLiteral("..........") : esc(c.number);
    }
    QString placeAndDate(QDate date) const
    {
        const QString place = c.settings.place.trimmed();
        return (place.isEmpty() ? QString() : place + QStringLiteral(", ")) +
               indonesian::date(date);
    }
    QString title(const QStringList &lines, bool withNumber = true) const
    {
        QString h = QStringLiteral("<p align=\"center\" style=\"margin:0\"><b>");
        QStringList escaped;
        for (const QString &l : lines) {
            escaped << esc(l);
        }
        h += escaped.join(QStringLiteral("<br>")) + QStringLiteral("</b></p>");
        if (withNumber) {
            h += QStringLiteral("<p align=\"center\" style=\"margin-top:0; margin-bottom:%1px\">"
                                "Nomor: %2</p>")
                     .arg(u.px(5))
                     .arg(number());
        } else {
            h += QStringLiteral("<p style=\"margin:0 0 %1px 0\"></p>").arg(u.px(4));
        }
        return h;
    }
    QString para(const QString &escapedText, double after = 3) const
    {
        return QStringLiteral("<p align=\"justify\" style=\"margin-top:0; margin-bottom:%1px\">%2"
                              "</p>")
            .arg(u.px(after))
            .arg(escapedText);
    }
    QString signatureCell(const QString &heading, const QString &position, const QString &name,
                          const QString &nip) const
    {
        QString h = heading.isEmpty() ? QString() : esc(heading) + QStringLiteral("<br>");
        h += esc(position) + QStringLiteral(",");
        h += QStringLiteral("<p style=\"margin:0\"><img src=\"tepat-blank\" width=\"1\" "
                            "height=\"%1\"></p>")
                 .arg(u.px(20));
        h += dotted(name);
        if (!nip.trimmed().isEmpty()) {
            h += QStringLiteral("<br>NIP. ") + esc(nip.trimmed());
        }
        return h;
    }
    QString tableStart(const QStringList &headers, const QList<int> &widthsPercent,
                       double fontPt = 10) const
    {
        QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                   "cellpadding=\"%1\" style=\"border-collapse:collapse; "
                                   "border-color:#000; font-size:%2pt\"><thead><tr>")
                        .arg(u.px(1))
                        .arg(fontPt);
        for (qsizetype i = 0; i < headers.size(); ++i) {
            h += QStringLiteral("<th width=\"%1%\" align=\"center\" bgcolor=\"#e6e6e6\">%2</th>")
                     .arg(widthsPercent.value(i))
                     .arg(esc(headers[i]));
        }
        return h + QStringLiteral("</tr></thead>");
    }
    QString attachmentHeader(const QString &which, const QString &of) const
    {
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                              "style=\"font-size:10pt; page-break-before:always\"><tr><td "
                              "width=\"50%\"></td><td>%1<br>%2<br>Nomor: %3<br>Tanggal: %4</td>"
                              "</tr></table><p style=\"margin:0 0 %5px 0\"></p>")
            .arg(esc(which), esc(of), number(), indonesian::date(c.meeting.heldOn))
            .arg(u.px(4));
    }
    QString attendanceTable(int minimumRows) const
    {
        QString h = tableStart({QStringLiteral("No"), QStringLiteral("Nama"),
                                QStringLiteral("Jabatan/Unsur"), QStringLiteral("Tanda tangan")},
                               {6, 36, 30, 28}, 11);
        const qsizetype rows = std::max<qsizetype>(c.attendees.size(), minimumRows);
        for (qsizetype i = 0; i < rows; ++i) {
            QString name;
            QString role;
            if (i < c.attendees.size()) {
                const Attendee &a = c.attendees[i];
                name = esc(a.name);
                QStringList parts;
                for (const QString &p : {a.position.trimmed(), a.institution.trimmed()}) {
                    if (!p.isEmpty()) {
                        parts << esc(p);
                    }
                }
                role = parts.join(QStringLiteral(" / "));
            }
            // Signatures alternate left and right so neighbours do not overlap.
            const QString sign =
                QStringLiteral("<p align=\"%1\" style=\"margin:0\">%2. "
                               ".........................</p>")
                    .arg(i % 2 == 0 ? QStringLiteral("left") : QStringLiteral("right"))
                    .arg(i + 1);
            const QString cell = QStringLiteral("<td valign=\"middle\" style=\"padding-top:%1px; "
                                                "padding-bottom:%1px\"%2>%3</td>")
                                     .arg(u.px(2.5));
            h += QStringLiteral("<tr>%1%2%3%4</tr>")
                     .arg(cell.arg(QStringLiteral(" align=\"center\""), QString::number(i + 1)),
                          cell.arg(QString(), name), cell.arg(QString(), role),
                          cell.arg(QString(), sign));
        }
        return h + QStringLiteral("</table>");
    }
    QString bnbaTable(bool approvedOnly) const
    {
        QString h =
            tableStart({QStringLiteral("No"), QStringLiteral("NIK"), QStringLiteral("ID DTKS"),
                        QStringLiteral("Nama"), QStringLiteral("Alamat"), QStringLiteral("Status"),
                        QStringLiteral("Keterangan")},
                       {5, 20, 21, 15, 15, 9, 15}, 8);
        int n = 0;
        for (const DecisionRow &r : c.rows) {
            if (approvedOnly && r.decision != Decision::Approved) {
                continue;
            }
            const QString id = r.personId.isEmpty() ? r.householdId : r.personId;
            QString note = esc(r.kindLabel);
            if (!r.detail.isEmpty()) {
                note += QStringLiteral(" (%1)").arg(esc(r.detail));
            }
            if (!r.reason.trimmed().isEmpty()) {
                note += QStringLiteral(": ") + esc(r.reason.trimmed());
            }
            h += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td "
                                "style=\"white-space:nowrap\">%3</td>"
                                "<td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                     .arg(++n)
                     .arg(r.nik.isEmpty() ? QStringLiteral("-") : esc(r.nik),
                          id.isEmpty() ? QStringLiteral("-") : esc(id),
                          r.name.isEmpty() ? QStringLiteral("-") : esc(r.name),
                          r.address.isEmpty() ? QStringLiteral("-") : esc(r.address),
                          decisionText(r.decision), note);
        }
        if (n == 0) {
            h += QStringLiteral("<tr><td colspan=\"7\" align=\"center\">Tidak ada.</td></tr>");
        }
        return h + QStringLiteral("</table>");
    }

    QString minutes() const
    {
        const Meeting &m = c.meeting;
        QString h =
            title({QStringLiteral("BERITA ACARA"), meetingName().toUpper(),
                   QStringLiteral("PEMUTAKHIRAN DATA TERPADU KESEJAHTERAAN SOSIAL"),
                   QStringLiteral("DAN DATA TUNGGAL SOSIAL EKONOMI NASIONAL (DTKS/DTSEN)")});
        QString when = QStringLiteral("Pada hari ini %1 (%2)")
                           .arg(indonesian::dateInWords(m.heldOn),
                                m.heldOn.toString(QStringLiteral("dd-MM-yyyy")));
        if (!m.startTime.isEmpty()) {
            when += QStringLiteral(", pukul %1 %2")
                        .arg(QString(m.startTime).replace(u':', u'.'),
                             MeetingDocuments::timeZone(c.villageCode));
        }
        h += para(
            esc(when + QStringLiteral(", bertempat di %1, telah dilaksanakan %2, Kecamatan "
                                      "%3, %4, dalam rangka pemutakhiran Data Terpadu "
                                      "Kesejahteraan Sosial/Data Tunggal Sosial Ekonomi "
                                      "Nasional (DTKS/DTSEN), yang dihadiri oleh %5 orang "
                                      "sebagaimana tercantum dalam daftar hadir terlampir "
                                      "(Lampiran I).")
                           .arg(m.place, meetingName(), c.settings.letterhead.district,
                                c.settings.letterhead.regency, countText(c.attendees.size()))));
        // Agenda: how many of each kind of request.
        QMap<QString, int> kinds;
        int counts[3] = {0, 0, 0};
        for (const DecisionRow &r : c.rows) {
            ++kinds[r.kindLabel];
            if (r.decision) {
                ++counts[int(*r.decision)];
            }
        }
        QString agenda = esc(QStringLiteral("Agenda musyawarah adalah membahas %1 usulan "
                                            "pemutakhiran data, yaitu:")
                                 .arg(countText(c.rows.size())));
        agenda += QStringLiteral("<br>");
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
            agenda += QStringLiteral("&nbsp;&nbsp;&ndash; %1: %2 usulan<br>")
                          .arg(esc(it.key()))
                          .arg(it.value());
        }
        h += para(agenda);
        if (!m.discussion.trimmed().isEmpty()) {
            h += para(QStringLiteral("Pembahasan: ") + esc(m.discussion.trimmed()));
        }
        h += para(esc(QStringLiteral("Setelah dibahas bersama, musyawarah memutuskan: %1 usulan "
                                     "disetujui, %2 usulan ditolak, dan %3 usulan ditunda, dengan "
                                     "rincian sebagai berikut:")
                          .arg(countText(counts[0]), countText(counts[1]), countText(counts[2]))));
        h += tableStart({QStringLiteral("No"), QStringLiteral("Jenis usulan"),
                         QStringLiteral("Nama"), QStringLiteral("ID DTKS"),
                         QStringLiteral("Keputusan"), QStringLiteral("Alasan")},
                        {5, 18, 18, 24, 14, 21}, 10);
        for (qsizetype i = 0; i < c.rows.size(); ++i) {
            const DecisionRow &r = c.rows[i];
            const QString id = r.personId.isEmpty() ? r.householdId : r.personId;
            const QString kind =
                r.detail.isEmpty() ? esc(r.kindLabel)
                                   : QStringLiteral("%1 (%2)").arg(esc(r.kindLabel), esc(r.detail));
            h += QStringLiteral(
                     "<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td>"
                     "<td style=\"white-space:nowrap\">%4</td><td>%5</td><td>%6</td></tr>")
                     .arg(i + 1)
                     .arg(kind, r.name.isEmpty() ? QStringLiteral("-") : esc(r.name),
                          id.isEmpty() ? QStringLiteral("-") : esc(id), decisionText(r.decision),
                          r.reason.trimmed().isEmpty() ? QStringLiteral("-")
                                                       : esc(r.reason.trimmed()));
        }
        h += QStringLiteral("</table><p style=\"margin:0 0 %1px 0\"></p>").arg(u.px(3));
        h += recommenders();
        h += para(esc(QStringLiteral("Daftar nama dan alamat keluarga yang diputuskan terlampir "
                                     "(Lampiran II).")));
        QString followUp = QStringLiteral(
            "Tindak lanjut: usulan yang disetujui diunggah ke aplikasi SIKS-NG/server pusat "
            "beserta berita acara ini; usulan yang ditunda dibahas kembali pada musyawarah "
            "berikutnya; usulan yang ditolak tidak diproses lebih lanjut.");
        if (!m.followUp.trimmed().isEmpty()) {
            followUp += u' ' + m.followUp.trimmed();
        }
        h += para(esc(followUp));
        h += para(esc(QStringLiteral("Demikian berita acara ini dibuat dengan sebenarnya untuk "
                                     "dipergunakan sebagaimana mestinya.")),
                  6);
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td "
                            "width=\"50%\"></td><td align=\"center\">%1</td></tr>")
                 .arg(esc(placeAndDate(m.heldOn)));
        h += QStringLiteral("<tr><td align=\"center\" valign=\"top\">%1</td><td align=\"center\" "
                            "valign=\"top\">%2</td></tr>")
                 .arg(signatureCell({}, councilPosition(), m.councilName, {}),
                      signatureCell({}, headPosition(), m.headName, m.headNip));
        h += QStringLiteral("<tr><td colspan=\"2\" align=\"center\" style=\"padding-top:%1px\">"
                            "%2</td></tr></table>")
                 .arg(u.px(4))
                 .arg(signatureCell({}, QStringLiteral("Saksi"), m.witnessName, {}));
        h += attachmentHeader(QStringLiteral("Lampiran I"),
                              QStringLiteral("Berita Acara ") + meetingName());
        h += title({QStringLiteral("DAFTAR HADIR"), meetingName().toUpper()}, false);
        h += attendanceTable(0);
        h += attachmentHeader(QStringLiteral("Lampiran II"),
                              QStringLiteral("Berita Acara ") + meetingName());
        h += title({QStringLiteral("DAFTAR NAMA DAN ALAMAT (BY NAME BY ADDRESS)"),
                    QStringLiteral("HASIL ") + meetingName().toUpper()},
                   false);
        h += bnbaTable(false);
        return h;
    }

    // Who proposed each request (one line per request), and each conflict of interest.
    QString recommenders() const
    {
        QString lines;
        QString conflicts;
        for (qsizetype i = 0; i < c.rows.size(); ++i) {
            const DecisionRow &r = c.rows[i];
            if (!r.recommendation.isEmpty()) {
                lines += QStringLiteral("<br>%1. %2").arg(i + 1).arg(esc(r.recommendation));
            }
            if (!r.conflictOfInterest.isEmpty()) {
                conflicts += QStringLiteral("<br>Usulan no. %1 (%2): %3")
                                 .arg(i + 1)
                                 .arg(esc(r.name.isEmpty() ? r.kindLabel : r.name),
                                      esc(r.conflictOfInterest));
            }
        }
        QString h;
        if (!lines.isEmpty()) {
            h += para(QStringLiteral("Pengusul:") + lines);
        }
        if (!conflicts.isEmpty()) {
            h += para(QStringLiteral("<b>Konflik kepentingan</b> (pengusul berkaitan dengan "
                                     "keluarga yang diusulkan):") +
                      conflicts);
        }
        return h;
    }

    QString attendance() const
    {
        const Meeting &m = c.meeting;
        QString h = title({QStringLiteral("DAFTAR HADIR"), meetingName().toUpper(),
                           QStringLiteral("PEMUTAKHIRAN DTKS/DTSEN")},
                          false);
        QString time = m.startTime.isEmpty() ? QStringLiteral("-")
                                             : QStringLiteral("%1 %2 s.d. selesai")
                                                   .arg(QString(m.startTime).replace(u':', u'.'),
                                                        MeetingDocuments::timeZone(c.villageCode));
        h += QStringLiteral(
                 "<table cellspacing=\"0\" cellpadding=\"0\" style=\"margin-bottom:%1px\">")
                 .arg(u.px(4));
        const std::pair<const char *, QString> rows[] = {
            {"Hari/tanggal",
             indonesian::dayName(m.heldOn) + QStringLiteral(", ") + indonesian::date(m.heldOn)},
            {"Waktu", time},
            {"Tempat", m.place.trimmed().isEmpty() ? QStringLiteral("-") : m.place.trimmed()},
            {"Acara", QStringLiteral("Musyawarah pemutakhiran DTKS/DTSEN")}};
        for (const auto &[label, value] : rows) {
            h += QStringLiteral(
                     "<tr><td width=\"%1\">%2</td><td width=\"%3\">:</td><td>%4</td></tr>")
                     .arg(u.px(32))
                     .arg(QLatin1String(label))
                     .arg(u.px(4))
                     .arg(esc(value));
        }
        h += QStringLiteral("</table>");
        h += attendanceTable(int(c.attendees.size()) + 5);
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                            "style=\"margin-top:%1px\"><tr><td width=\"50%\"></td><td "
                            "align=\"center\">%2</td></tr></table>")
                 .arg(u.px(6))
                 .arg(signatureCell(QStringLiteral("Mengetahui,"), headPosition(), m.headName,
                                    m.headNip));
        return h;
    }

    QString sptjm() const
    {
        const Meeting &m = c.meeting;
        const Letterhead &lh = c.settings.letterhead;
        QString h = title({QStringLiteral("SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK")});
        h += para(esc(QStringLiteral("Yang bertanda tangan di bawah ini:")));
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" style=\"margin-left:%1px; "
                            "margin-bottom:%2px\">")
                 .arg(u.px(12))
                 .arg(u.px(3));
        QList<std::pair<QString, QString>> rows{
            {QStringLiteral("Nama"), m.headName.trimmed()},
            {QStringLiteral("Jabatan"), headPosition()},
            {QStringLiteral("Alamat kantor"),
             lh.address.trimmed().isEmpty() ? villageName() : lh.address.trimmed()}};
        if (!m.headNip.trimmed().isEmpty()) {
            rows.insert(1, {QStringLiteral("NIP"), m.headNip.trimmed()});
        }
        for (const auto &[label, value] : rows) {
            h += QStringLiteral(
                     "<tr><td width=\"%1\">%2</td><td width=\"%3\">:</td><td>%4</td></tr>")
                     .arg(u.px(40))
                     .arg(esc(label))
                     .arg(u.px(4))
                     .arg(value.isEmpty() ? QStringLiteral("-") : esc(value));
        }
        h += QStringLiteral("</table>");
        h += para(esc(QStringLiteral("dengan ini menyatakan dengan sesungguhnya bahwa:")));
        int approved = 0;
        for (const DecisionRow &r : c.rows) {
            approved += r.decision == Decision::Approved ? 1 : 0;
        }
        const QStringList points{
            QStringLiteral("Musyawarah %1 untuk pemutakhiran DTKS/DTSEN tidak dapat dilaksanakan "
                           "karena %2.")
                .arg(lh.desa ? QStringLiteral("desa") : QStringLiteral("kelurahan"),
                     m.sptjmReason.trimmed()),
            QStringLiteral("Usulan pemutakhiran data sebanyak %1 usulan sebagaimana tercantum "
                           "dalam daftar nama dan alamat terlampir telah kami periksa dan "
                           "verifikasi, dan sesuai dengan keadaan yang sebenarnya.")
                .arg(countText(approved)),
            QStringLiteral("Apabila di kemudian hari terdapat kesalahan atau ketidaksesuaian data "
                           "tersebut, kami bertanggung jawab sepenuhnya dan bersedia menerima "
                           "sanksi sesuai dengan ketentuan peraturan perundang-undangan.")};
        h += QStringLiteral(
                 "<table cellspacing=\"0\" cellpadding=\"0\" style=\"margin-bottom:%1px\">")
                 .arg(u.px(3));
        for (qsizetype i = 0; i < points.size(); ++i) {
            h += QStringLiteral("<tr><td width=\"%1\" valign=\"top\">%2.</td><td align=\"justify\" "
                                "style=\"padding-bottom:%3px\">%4</td></tr>")
                     .arg(u.px(7))
                     .arg(i + 1)
                     .arg(u.px(1.5))
                     .arg(esc(points[i]));
        }
        h += QStringLiteral("</table>");
        h += para(esc(QStringLiteral("Demikian surat pernyataan ini dibuat dengan sebenarnya, "
                                     "dalam keadaan sadar dan tanpa paksaan dari pihak mana pun, "
                                     "untuk dipergunakan sebagaimana mestinya.")),
                  6);
        // The stamp duty (meterai) is stuck where the head signs.
        h += QStringLiteral(
                 "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td "
                 "width=\"50%\"></td><td align=\"center\">%1<br>Yang membuat pernyataan,<br>%2,"
                 "<table cellspacing=\"0\" cellpadding=\"%3\" border=\"1\" style=\"border-style:"
                 "dashed; margin-top:%4px; margin-bottom:%4px\"><tr><td align=\"center\" "
                 "style=\"font-size:8pt\">Meterai<br>Rp10.000</td></tr></table>%5%6</td></tr>"
                 "</table>")
                 .arg(esc(placeAndDate(m.heldOn)), esc(headPosition()))
                 .arg(u.px(4))
                 .arg(u.px(2))
                 .arg(dotted(m.headName),
                      m.headNip.trimmed().isEmpty()
                          ? QString()
                          : QStringLiteral("<br>NIP. ") + esc(m.headNip.trimmed()));
        h += attachmentHeader(QStringLiteral("Lampiran"),
                              QStringLiteral("Surat Pernyataan Tanggung Jawab Mutlak"));
        h += title({QStringLiteral("DAFTAR NAMA DAN ALAMAT (BY NAME BY ADDRESS)"),
                    QStringLiteral("USULAN PEMUTAKHIRAN DTKS/DTSEN")},
                   false);
        h += bnbaTable(true);
        return h;
    }

    QString addendum() const
    {
        const Meeting &m = c.meeting;
        QString h = title({QStringLiteral("ADENDUM BERITA ACARA"), meetingName().toUpper()});
        h += para(esc(QStringLiteral("Berita Acara %1 Nomor %2 tanggal %3 diubah/dilengkapi "
                                     "sebagai berikut:")
                          .arg(meetingName(), m.number, indonesian::date(m.heldOn))));
        QString text = esc(c.addendumText);
        text.replace(u'\n', QStringLiteral("<br>"));
        h += QStringLiteral("<p align=\"justify\" style=\"margin:0 0 %1px %2px\">%3</p>")
                 .arg(u.px(3))
                 .arg(u.px(10))
                 .arg(text);
        h += para(esc(QStringLiteral("Hal-hal lain dalam berita acara tersebut tetap berlaku. "
                                     "Demikian adendum ini dibuat untuk dipergunakan sebagaimana "
                                     "mestinya.")),
                  6);
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td "
                            "width=\"50%\"></td><td align=\"center\">%1<br>%2</td></tr></table>")
                 .arg(esc(placeAndDate(c.addendumDate)),
                      signatureCell({}, headPosition(), m.headName, m.headNip));
        return h;
    }
};

} // namespace

QString MeetingDocuments::timeZone(const QString &villageCode)
{
    const int province = villageCode.left(2).toInt();
    if (province == 51 || province == 52 || province == 53 || (province >= 63 && province <= 65) ||
        (province >= 71 && province <= 76)) {
        return QStringLiteral("WITA");
    }
    if (province >= 81) {
        return QStringLiteral("WIT");
    }
    return QStringLiteral("WIB");
}

PrintableDocument MeetingDocuments::build(const MinutesContent &content, const QImage &logo)
{
    PrintableDocument doc;
    const LetterSettings &s = content.settings;
    doc.letterhead = s.letterhead.lines();
    doc.contact = s.letterhead.contactLines();
    doc.logo = logo;
    doc.font = s.font;
    const bool numbered = content.document != MeetingDocument::AttendanceList;
    doc.mark = content.draft && numbered ? QStringLiteral("DRAF") : QString();
    QImage blank(1, 1, QImage::Format_Grayscale8); // a spacer: one white pixel
    blank.fill(255);
    doc.images.insert(QStringLiteral("tepat-blank"), blank);
    switch (content.document) {
    case MeetingDocument::Minutes:
        doc.title = QStringLiteral("Berita Acara Musyawarah ") + content.number;
        break;
    case MeetingDocument::AttendanceList:
        doc.title = QStringLiteral("Daftar Hadir Musyawarah");
        break;
    case MeetingDocument::Sptjm:
        doc.title = QStringLiteral("SPTJM ") + content.number;
        break;
    case MeetingDocument::Addendum:
        doc.title = QStringLiteral("Adendum Berita Acara ") + content.number;
        break;
    }
    doc.html = [content](const DocumentUnits &u) {
        const Page page{content, u};
        QString body;
        switch (content.document) {
        case MeetingDocument::Minutes:
            body = page.minutes();
            break;
        case MeetingDocument::AttendanceList:
            body = page.attendance();
            break;
        case MeetingDocument::Sptjm:
            body = page.sptjm();
            break;
        case MeetingDocument::Addendum:
            body = page.addendum();
            break;
        }
        return QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>");
    };
    return doc;
}

Result<QByteArray> MeetingDocuments::pdf(const MinutesContent &content, const QImage &logo,
                                         Paper paper)
{
    return DocumentWriter::toPdf(build(content, logo), paper);
}

MeetingDocumentRenderer MeetingDocuments::renderer(const QString &filesRoot)
{
    return [filesRoot](const MinutesContent &content) {
        return pdf(content, loadLogo(filesRoot, content.settings.letterhead.logoSha256),
                   content.settings.paper);
    };
}

} // namespace tepat
