#include "core/workbook/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace tepat {

namespace {

Error brokenXml(const QString &part, const QXmlStreamReader &xml)
{
    return Error{QStringLiteral("workbook.broken_xml"),
                 XlsxReader::tr("Isi buku kerja rusak (%1, baris %2: %3). Simpan ulang dari "
                                "Excel atau LibreOffice, lalu coba lagi.")
                     .arg(part)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString())};
}

Error dtdRefused(const QString &part)
{
    // A DTD is never part of a workbook; it is how entity-expansion attacks start.
    return Error{QStringLiteral("workbook.dtd"),
                 XlsxReader::tr("Buku kerja berisi deklarasi XML yang tidak diizinkan (%1); "
                                "mungkin berkas berbahaya. Tidak ada yang diubah.")
                     .arg(part)};
}

// Reads the next token; refuses DTDs. False at the end or on an error (see xml.hasError()).
bool next(QXmlStreamReader &xml, bool &dtd)
{
    const QXmlStreamReader::TokenType token = xml.readNext();
    if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
        dtd = true;
        return false;
    }
    return token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument;
}

// The text of every <t> under the current element (a shared or inline string with rich-text
// runs), skipping phonetic runs (<rPh>).
QString stringItem(QXmlStreamReader &xml, bool &dtd)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (next(xml, dtd)) {
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh") {
                ++phonetic;
            } else if (xml.name() == u"t" && phonetic == 0) {
                text += xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh") {
                --phonetic;
            } else if (xml.name() == end) {
                break;
            }
        }
    }
    return text;
}

// A number format that shows a date or time: d, m, y, h or s outside quotes, brackets
// ("[Red]", "[$-421]") and escapes.
bool isDateFormat(QStringView code)
{
    bool inQuote = false;
    bool inBracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (inQuote) {
            inQuote = c != u'"';
        } else if (inBracket) {
            // [h], [mm], [ss] are elapsed times: still dates in Excel's sense.
            if (c == u']') {
                inBracket = false;
            } else if (QStringView(u"hHmMsS").contains(c) && i > 0 && code[i - 1] == u'[') {
                return true;
            }
        } else if (c == u'"') {
            inQuote = true;
        } else if (c == u'[') {
            inBracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (QStringView(u"dDmMyYhHsS").contains(c)) {
            return true;
        } else if (c == u';') {
            break; // the positive section decides
        }
    }
    return false;
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

// "worksheets/sheet1.xml" relative to "xl/", or "/xl/worksheets/sheet1.xml".
QString partPath(const QString &base, const QString &target)
{
    if (target.startsWith(u'/')) {
        return target.mid(1);
    }
    return QDir::cleanPath(base.isEmpty() ? target : base + u'/' + target);
}

} // namespace

QVariant WorkbookSheet::value(int rowNumber, int column) const
{
    for (const CellRange &m : merged) {
        if (rowNumber >= m.firstRow && rowNumber <= m.lastRow && column >= m.firstColumn &&
            column <= m.lastColumn) {
            rowNumber = m.firstRow;
            column = m.firstColumn;
            break;
        }
    }
    for (const WorkbookRow &row : rows) {
        if (row.number == rowNumber) {
            return row.cells.value(column);
        }
    }
    return {};
}

XlsxReader::XlsxReader(ZipPackage package, Limits limits)
    : m_package(std::move(package))
    , m_limits(limits)
{}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, Limits limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("workbook.unreadable"),
                     tr("Berkas %1 tidak bisa dibuka (tidak ada atau tidak boleh dibaca).")
                         .arg(QDir::toNativeSeparators(path))};
    }
    if (file.size() > limits.maxFileBytes) {
        return Error{QStringLiteral("workbook.too_large"),
                     tr("Berkas terlalu besar (%1 MB; paling banyak %2 MB). Bagi datanya ke "
                        "beberapa buku kerja.")
                         .arg(file.size() / (1024 * 1024))
                         .arg(limits.maxFileBytes / (1024 * 1024))};
    }
    const QByteArray head = file.read(4096);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // An OLE compound file: an encrypted OOXML workbook keeps an "EncryptionInfo" stream.
        const QByteArray all = head + file.read(limits.maxFileBytes);
        static const QByteArray encryption =
            QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
        if (all.contains(encryption)) {
            return Error{QStringLiteral("workbook.password"),
                         tr("Buku kerja dilindungi kata sandi. Buka di Excel, hapus kata "
                            "sandinya (Info › Lindungi Buku Kerja), simpan, lalu coba lagi.")};
        }
        return Error{QStringLiteral("workbook.legacy_xls"),
                     tr("Ini buku kerja Excel lama (.xls). Buka di Excel atau LibreOffice dan "
                        "simpan sebagai Buku Kerja Excel (.xlsx), lalu coba lagi.")};
    }
    if (!head.startsWith("PK\x03\x04")) {
        const bool text = !head.isEmpty() && !head.contains('\0') &&
                          (head.contains(',') || head.contains(';') || head.contains('\t'));
        if (text) {
            return Error{QStringLiteral("workbook.csv"),
                         tr("Berkas ini berisi teks CSV, bukan buku kerja Excel, meski namanya "
                            ".xlsx. Buka di Excel dan simpan sebagai Buku Kerja Excel (.xlsx), "
                            "atau impor sebagai CSV.")};
        }
        return Error{QStringLiteral("workbook.not_xlsx"),
                     tr("Berkas ini bukan buku kerja Excel (.xlsx). Pilih berkas yang benar.")};
    }
    file.close();
    Result<ZipPackage> package = ZipPackage::open(path);
    if (!package) {
        return package.error();
    }
    std::unique_ptr<XlsxReader> reader(new XlsxReader(std::move(package.value()), limits));
    if (Status s = reader->load(); !s) {
        return s.error();
    }
    return reader;
}

Status XlsxReader::load()
{
    m_hasMacros = m_package.contains(QStringLiteral("xl/vbaProject.bin"));
    // Where the workbook part is: _rels/.rels names it (xl/workbook.xml almost always).
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (m_package.contains(QStringLiteral("_rels/.rels"))) {
        Result<QByteArray> rels = m_package.read(QStringLiteral("_rels/.rels"), 1 << 20);
        if (!rels) {
            return rels.error();
        }
        QXmlStreamReader xml(*rels);
        bool dtd = false;
        while (next(xml, dtd)) {
            if (xml.isStartElement() && xml.name() == u"Relationship" &&
                xml.attributes().value(QLatin1String("Type")).endsWith(u"/officeDocument")) {
                workbookPart =
                    partPath({}, xml.attributes().value(QLatin1String("Target")).toString());
            }
        }
        if (dtd) {
            return dtdRefused(QStringLiteral("_rels/.rels"));
        }
    }
    if (!m_package.contains(workbookPart)) {
        return Error{QStringLiteral("workbook.not_xlsx"),
                     tr("Berkas zip ini bukan buku kerja Excel (.xlsx) — mungkin dokumen Word "
                        "atau arsip biasa. Pilih berkas yang benar.")};
    }
    const QString base = QFileInfo(workbookPart).path();
    const QString relsPart = base + QStringLiteral("/_rels/") + QFileInfo(workbookPart).fileName() +
                             QStringLiteral(".rels");
    QHash<QString, QString> targets;
    {
        Result<QByteArray> rels = m_package.read(relsPart, 16 << 20);
        if (!rels) {
            return rels.error();
        }
        QXmlStreamReader xml(*rels);
        bool dtd = false;
        while (next(xml, dtd)) {
            if (xml.isStartElement() && xml.name() == u"Relationship") {
                targets.insert(
                    xml.attributes().value(QLatin1String("Id")).toString(),
                    partPath(base, xml.attributes().value(QLatin1String("Target")).toString()));
            }
        }
        if (dtd) {
            return dtdRefused(relsPart);
        }
        if (xml.hasError()) {
            return brokenXml(relsPart, xml);
        }
    }
    Result<QByteArray> book = m_package.read(workbookPart, 64 << 20);
    if (!book) {
        return book.error();
    }
    QXmlStreamReader xml(*book);
    bool dtd = false;
    while (next(xml, dtd)) {
        if (!xml.isStartElement()) {
            continue;
        }
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView d = a.value(QLatin1String("date1904"));
            m_date1904 = d == u"1" || d == u"true";
        } else if (xml.name() == u"sheet") {
            // r:id, whatever the prefix is called.
            QString id;
            for (const QXmlStreamAttribute &attribute : a) {
                if (attribute.name() == u"id") {
                    id = attribute.value().toString();
                }
            }
            if (targets.contains(id)) {
                m_sheetNames.append(a.value(QLatin1String("name")).toString());
                m_sheetParts.append(targets.value(id));
            }
        }
    }
    if (dtd) {
        return dtdRefused(workbookPart);
    }
    if (xml.hasError()) {
        return brokenXml(workbookPart, xml);
    }
    for (const QString &target : std::as_const(targets)) {
        if (target.endsWith(QStringLiteral("styles.xml"))) {
            if (Status s = loadStyles(); !s) {
                return s;
            }
        }
    }
    return loadSharedStrings();
}

Status XlsxReader::loadStyles()
{
    const QString part = QStringLiteral("xl/styles.xml");
    if (!m_package.contains(part)) {
        return {};
    }
    Result<QByteArray> bytes = m_package.read(part, 64 << 20);
    if (!bytes) {
        return bytes.error();
    }
    QHash<int, bool> customDate;
    QXmlStreamReader xml(*bytes);
    bool dtd = false;
    bool inCellXfs = false;
    while (next(xml, dtd)) {
        if (xml.isStartElement()) {
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"numFmt") {
                customDate.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                  isDateFormat(a.value(QLatin1String("formatCode"))));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = a.value(QLatin1String("numFmtId")).toInt();
                m_dateStyles.append(customDate.contains(id) ? customDate.value(id)
                                                            : isBuiltinDateFormat(id));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (dtd) {
        return dtdRefused(part);
    }
    return xml.hasError() ? Status(brokenXml(part, xml)) : Status();
}

Status XlsxReader::loadSharedStrings()
{
    QString part;
    for (const QString &name : m_package.names()) {
        if (name.compare(QStringLiteral("xl/sharedStrings.xml"), Qt::CaseInsensitive) == 0) {
            part = name;
        }
    }
    if (part.isEmpty()) {
        return {};
    }
    Result<QByteArray> bytes = m_package.read(part, m_limits.maxPartBytes);
    if (!bytes) {
        return bytes.error();
    }
    QXmlStreamReader xml(*bytes);
    bool dtd = false;
    while (next(xml, dtd)) {
        if (xml.isStartElement() && xml.name() == u"si") {
            m_sharedStrings.append(stringItem(xml, dtd));
        }
    }
    if (dtd) {
        return dtdRefused(part);
    }
    return xml.hasError() ? Status(brokenXml(part, xml)) : Status();
}

Result<WorkbookSheet> XlsxReader::sheet(int index, const ReadProgress &progress) const
{
    Q_ASSERT(index >= 0 && index < m_sheetParts.size());
    const QString part = m_sheetParts[index];
    Result<QByteArray> bytes = m_package.read(part, m_limits.maxPartBytes);
    if (!bytes) {
        return bytes.error();
    }
    WorkbookSheet sheet;
    sheet.name = m_sheetNames[index];
    QXmlStreamReader xml(*bytes);
    const qint64 total = bytes->size();
    bool dtd = false;
    qint64 cells = 0;
    int rowNumber = 0;
    WorkbookRow row;
    int column = -1;
    const auto tooBig = [&](const QString &what) {
        return Error{QStringLiteral("workbook.too_large"),
                     tr("Lembar \"%1\" terlalu besar (%2). Tidak ada yang diubah. Bagi datanya "
                        "ke beberapa lembar atau buku kerja.")
                         .arg(sheet.name, what)};
    };
    while (next(xml, dtd)) {
        if (xml.isEndElement() && xml.name() == u"row") {
            if (!row.cells.isEmpty()) {
                sheet.rows.append(std::move(row));
                if (progress && sheet.rows.size() % 1000 == 0 &&
                    !progress(xml.characterOffset(), total)) {
                    return Error{QStringLiteral("workbook.cancelled"),
                                 tr("Pembacaan buku kerja dibatalkan.")};
                }
            }
            row = {};
            continue;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"row") {
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            rowNumber = r.isEmpty() ? rowNumber + 1 : r.toInt();
            if (rowNumber <= 0 || rowNumber > m_limits.maxRows) {
                return tooBig(tr("baris %1").arg(r.toString()));
            }
            row = {};
            row.number = rowNumber;
            column = -1;
        } else if (name == u"c") {
            const QXmlStreamAttributes a = xml.attributes();
            const QStringView ref = a.value(QLatin1String("r"));
            int refRow = rowNumber;
            if (ref.isEmpty()) {
                ++column;
            } else if (!parseReference(ref, column, refRow)) {
                return Error{QStringLiteral("workbook.broken_xml"),
                             tr("Isi lembar \"%1\" rusak (alamat sel \"%2\"). Simpan ulang dari "
                                "Excel atau LibreOffice, lalu coba lagi.")
                                 .arg(sheet.name, ref.toString())};
            }
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            QVariant value;
            QString raw;
            bool hasRaw = false;
            // The cell's children: <v> (the value or a formula's cached result), <is> (an inline
            // string), <f> (the formula, never calculated).
            while (next(xml, dtd)) {
                if (xml.isEndElement() && xml.name() == u"c") {
                    break;
                }
                if (!xml.isStartElement()) {
                    continue;
                }
                if (xml.name() == u"v") {
                    raw = xml.readElementText();
                    hasRaw = true;
                } else if (xml.name() == u"is") {
                    value = stringItem(xml, dtd);
                } else if (xml.name() == u"f") {
                    xml.readElementText();
                }
            }
            if (dtd || xml.hasError()) {
                break;
            }
            if (hasRaw) {
                if (type == u"s") {
                    bool ok = false;
                    const int i = raw.toInt(&ok);
                    if (!ok || i < 0 || i >= m_sharedStrings.size()) {
                        return Error{QStringLiteral("workbook.broken_xml"),
                                     tr("Isi lembar \"%1\" rusak (teks bersama %2 tidak ada). "
                                        "Simpan ulang dari Excel atau LibreOffice.")
                                         .arg(sheet.name, raw)};
                    }
                    value = m_sharedStrings[i];
                } else if (type == u"str" || type == u"inlineStr" || type == u"e") {
                    value = raw;
                } else if (type == u"b") {
                    value = raw.trimmed() == u"1" || raw.trimmed() == u"true";
                } else if (type == u"d") {
                    const QDateTime at = QDateTime::fromString(raw, Qt::ISODate);
                    value = at.time() == QTime(0, 0) ? QVariant(at.date()) : QVariant(at);
                } else {
                    bool ok = false;
                    const double number = raw.toDouble(&ok);
                    if (ok) {
                        value = style >= 0 && style < m_dateStyles.size() && m_dateStyles[style]
                                    ? dateFromSerial(number, m_date1904)
                                    : QVariant(number);
                    } else {
                        value = raw;
                    }
                }
            }
            if (!value.isValid() ||
                (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
                continue;
            }
            if (column >= m_limits.maxColumns) {
                return tooBig(tr("ada isi di kolom %1").arg(columnName(column)));
            }
            if (++cells > m_limits.maxCells) {
                return tooBig(tr("lebih dari %1 sel").arg(m_limits.maxCells));
            }
            if (refRow != rowNumber && row.cells.isEmpty()) {
                row.number = rowNumber = refRow;
            }
            while (row.cells.size() <= column) {
                row.cells.append(QVariant());
            }
            row.cells[column] = value;
        } else if (name == u"mergeCell") {
            const QStringList ends =
                xml.attributes().value(QLatin1String("ref")).toString().split(u':');
            CellRange m;
            if (ends.size() == 2 && parseReference(ends[0], m.firstColumn, m.firstRow) &&
                parseReference(ends[1], m.lastColumn, m.lastRow)) {
                sheet.merged.append(m);
            }
        }
    }
    if (dtd) {
        return dtdRefused(part);
    }
    if (xml.hasError()) {
        return brokenXml(part, xml);
    }
    if (progress) {
        progress(total, total);
    }
    return sheet;
}

QVariant XlsxReader::dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) { // after 9999-12-31
        return serial;
    }
    double days = std::floor(serial);
    QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    // Excel's 1900 system counts a 29 February 1900 that never was: serials before it are
    // one day later than a plain count.
    if (!date1904 && days < 61) {
        base = QDate(1899, 12, 31);
        if (days == 60) {
            days = 59; // the day that never was reads as 28 February
        }
    }
    const QDate date = base.addDays(qint64(days));
    const qint64 ms = std::llround((serial - std::floor(serial)) * 86400000.0);
    if (ms == 0) {
        return date;
    }
    if (ms >= 86400000) {
        return date.addDays(1);
    }
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(ms)));
}

bool XlsxReader::parseReference(QStringView ref, int &column, int &row)
{
    qsizetype i = 0;
    int c = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (c > 16384) {
            return false;
        }
        ++i;
    }
    if (i == 0 || i == ref.size()) {
        return false;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r <= 0 || r > 1048576) {
        return false;
    }
    column = c - 1;
    row = r;
    return true;
}

QString XlsxReader::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
        name.prepend(QChar(u'A' + (c - 1) % 26));
    }
    return name;
}

} // namespace tepat
