#include "core/workbook/XlsxWriter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <cstdio>

namespace tepat {

namespace {

// Excel's limit for a cell's text; XML cannot carry most control characters.
QByteArray cellText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n') {
            clean.append(c);
        }
    }
    if (clean.size() > 32767) {
        clean.truncate(32767);
    }
    return clean.toUtf8();
}

lxw_datetime toLxw(const QDateTime &at)
{
    const QDate d = at.date();
    const QTime t = at.time();
    return lxw_datetime{d.year(), d.month(),  d.day(),
                        t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
}

} // namespace

struct XlsxWriter::Handles
{
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    QByteArray tmpDir;
};

XlsxWriter::XlsxWriter(QString path)
    : m_path(std::move(path))
    , m_partPath(m_path + QStringLiteral(".part"))
    , m_h(std::make_unique<Handles>())
{}

XlsxWriter::~XlsxWriter()
{
    if (!m_closed && m_h->book) {
        workbook_close(m_h->book);
        QFile::remove(m_partPath);
    }
}

Result<std::unique_ptr<XlsxWriter>> XlsxWriter::create(const QString &path, Options options)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{QStringLiteral("workbook.folder"),
                     tr("Folder %1 tidak bisa dibuat. Pilih folder lain.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    }
    std::unique_ptr<XlsxWriter> writer(new XlsxWriter(info.absoluteFilePath()));
    writer->m_h->tmpDir = QFile::encodeName(info.absolutePath());
    lxw_workbook_options lxw{};
    lxw.constant_memory = options.constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw.tmpdir = writer->m_h->tmpDir.data();
    lxw.use_zip64 = LXW_TRUE;
    const QByteArray part = QFile::encodeName(writer->m_partPath);
    writer->m_h->book = workbook_new_opt(part.constData(), &lxw);
    if (!writer->m_h->book) {
        return Error{QStringLiteral("workbook.create"),
                     tr("Buku kerja tidak bisa dibuat di %1. Pilih folder lain.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    }
    Handles &h = *writer->m_h;
    h.header = workbook_add_format(h.book);
    format_set_bold(h.header);
    format_set_text_wrap(h.header);
    format_set_align(h.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(h.header, 0xDDE7F0);
    format_set_bottom(h.header, LXW_BORDER_THIN);
    h.text = workbook_add_format(h.book);
    format_set_num_format(h.text, "@");
    h.date = workbook_add_format(h.book);
    format_set_num_format(h.date, "dd/mm/yyyy");
    h.dateTime = workbook_add_format(h.book);
    format_set_num_format(h.dateTime, "dd/mm/yyyy hh:mm");
    return writer;
}

QString XlsxWriter::sheetName(const QString &name)
{
    QString clean;
    for (const QChar c : name) {
        if (!QStringView(u"[]:*?/\\").contains(c) && c.unicode() >= 0x20) {
            clean.append(c);
        }
    }
    clean = clean.trimmed();
    while (clean.startsWith(u'\'')) {
        clean.remove(0, 1);
    }
    clean.truncate(31);
    return clean.isEmpty() ? QStringLiteral("Lembar") : clean;
}

Status XlsxWriter::failure(int code) const
{
    return Error{QStringLiteral("workbook.write"),
                 tr("Buku kerja tidak bisa ditulis (%1). Periksa ruang disk dan folder tujuan.")
                     .arg(QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(code))))};
}

Status XlsxWriter::addSheet(const QString &name, const QList<WorkbookColumn> &columns)
{
    Q_ASSERT(!m_closed);
    Handles &h = *m_h;
    const QByteArray sheet = sheetName(name).toUtf8();
    h.sheet = workbook_add_worksheet(h.book, sheet.constData());
    if (!h.sheet) {
        return Error{QStringLiteral("workbook.sheet"),
                     tr("Lembar \"%1\" tidak bisa dibuat (nama ganda?).").arg(sheetName(name))};
    }
    m_columns = columns;
    m_rows = 0;
    for (int c = 0; c < columns.size(); ++c) {
        const WorkbookColumn &column = columns[c];
        lxw_format *format = column.kind == CellKind::Text       ? h.text
                             : column.kind == CellKind::Date     ? h.date
                             : column.kind == CellKind::DateTime ? h.dateTime
                                                                 : nullptr;
        if (const lxw_error e =
                worksheet_set_column(h.sheet, lxw_col_t(c), lxw_col_t(c), column.width, format);
            e != LXW_NO_ERROR) {
            return failure(e);
        }
        if (const lxw_error e = worksheet_write_string(
                h.sheet, 0, lxw_col_t(c), cellText(column.header).constData(), h.header);
            e != LXW_NO_ERROR) {
            return failure(e);
        }
    }
    worksheet_freeze_panes(h.sheet, 1, 0);
    if (!columns.isEmpty()) {
        worksheet_autofilter(h.sheet, 0, 0, 0, lxw_col_t(columns.size() - 1));
    }
    return {};
}

Status XlsxWriter::addRow(const QVariantList &cells)
{
    Q_ASSERT(m_h->sheet);
    Handles &h = *m_h;
    const lxw_row_t row = lxw_row_t(m_rows + 1);
    if (row >= LXW_ROW_MAX) {
        return Error{QStringLiteral("workbook.too_many_rows"),
                     tr("Daftar terlalu panjang untuk satu lembar Excel (lebih dari %1 baris). "
                        "Saring daftarnya dulu.")
                         .arg(LXW_ROW_MAX - 1)};
    }
    for (int c = 0; c < cells.size() && c < m_columns.size(); ++c) {
        const QVariant &value = cells[c];
        if (value.isNull() || !value.isValid()) {
            continue;
        }
        const lxw_col_t col = lxw_col_t(c);
        lxw_error e = LXW_NO_ERROR;
        switch (m_columns[c].kind) {
        case CellKind::Text: {
            const QString text = value.toString();
            if (!text.isEmpty()) {
                e = worksheet_write_string(h.sheet, row, col, cellText(text).constData(), h.text);
            }
            break;
        }
        case CellKind::Date: {
            const QDate date = value.toDate();
            if (date.isValid()) {
                lxw_datetime at = toLxw(date.startOfDay());
                at.hour = at.min = 0;
                at.sec = 0;
                e = worksheet_write_datetime(h.sheet, row, col, &at, h.date);
            }
            break;
        }
        case CellKind::DateTime: {
            const QDateTime at = value.toDateTime();
            if (at.isValid()) {
                lxw_datetime lxw = toLxw(at);
                e = worksheet_write_datetime(h.sheet, row, col, &lxw, h.dateTime);
            }
            break;
        }
        case CellKind::Integer:
        case CellKind::Number: {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (ok) {
                e = worksheet_write_number(h.sheet, row, col, number, nullptr);
            }
            break;
        }
        }
        if (e != LXW_NO_ERROR) {
            return failure(e);
        }
    }
    ++m_rows;
    return {};
}

Status XlsxWriter::addValidationList(int column, int lastRow, const QStringList &values)
{
    Q_ASSERT(m_h->sheet);
    // Excel keeps a list of at most 255 characters in the rule itself.
    QList<QByteArray> bytes;
    for (const QString &v : values) {
        bytes.append(cellText(v));
    }
    std::vector<const char *> list;
    for (const QByteArray &b : bytes) {
        list.push_back(b.constData());
    }
    list.push_back(nullptr);
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = const_cast<char **>(list.data());
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    const QByteArray title = tr("Kode tidak dikenal").toUtf8();
    const QByteArray message = tr("Pilih salah satu kode dari daftar.").toUtf8();
    validation.error_title = const_cast<char *>(title.constData());
    validation.error_message = const_cast<char *>(message.constData());
    const lxw_error e = worksheet_data_validation_range(
        m_h->sheet, 1, lxw_col_t(column), lxw_row_t(lastRow), lxw_col_t(column), &validation);
    return e == LXW_NO_ERROR ? Status{} : failure(e);
}

Status XlsxWriter::close()
{
    Q_ASSERT(!m_closed);
    m_closed = true;
    const lxw_error e = workbook_close(m_h->book);
    m_h->book = nullptr;
    if (e != LXW_NO_ERROR) {
        QFile::remove(m_partPath);
        return failure(e);
    }
    QFile::setPermissions(m_partPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (std::rename(QFile::encodeName(m_partPath).constData(),
                    QFile::encodeName(m_path).constData()) != 0) {
        QFile::remove(m_partPath);
        return Error{QStringLiteral("workbook.rename"),
                     tr("Buku kerja tidak bisa disimpan sebagai %1. Pilih nama atau folder lain.")
                         .arg(QDir::toNativeSeparators(m_path))};
    }
    return {};
}

} // namespace tepat
