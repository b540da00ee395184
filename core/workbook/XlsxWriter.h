#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace tepat {

// How a column's cells are written. NIK, KK and ids are Text (never a number, so a spreadsheet
// shows "3571010101900001", not 3.57101E+15); dates are real dates with a date format.
enum class CellKind
{
    Text,
    Date,
    DateTime,
    Integer,
    Number
};

struct WorkbookColumn
{
    QString header;
    CellKind kind = CellKind::Text;
    double width = 14; // in characters
};

// Writes an .xlsx (libxlsxwriter) one sheet and one row at a time: a bold header row, frozen
// under the header, column widths, an autofilter. The workbook is written beside its name and
// renamed over it by close() (0600), so a failure never leaves half a file under the real name.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    struct Options
    {
        // Rows go to disk as they are written (exports of 100,000 households); data validation
        // lists need the default mode.
        bool constantMemory = true;
    };

    static Result<std::unique_ptr<XlsxWriter>> create(const QString &path, Options options);
    static Result<std::unique_ptr<XlsxWriter>> create(const QString &path)
    {
        return create(path, Options{});
    }
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // Starts a sheet with its header row; `name` is cut to Excel's rules (31 characters, no
    // []:*?/\).
    Status addSheet(const QString &name, const QList<WorkbookColumn> &columns);
    // One data row of the current sheet; a null or invalid value leaves the cell empty.
    Status addRow(const QVariantList &cells);
    // A drop-down list for `column` in the data rows 1..lastRow of the current sheet.
    Status addValidationList(int column, int lastRow, const QStringList &values);
    // Finishes the workbook and puts it under its name.
    Status close();

    qint64 rowsWritten() const { return m_rows; } // data rows of the current sheet

    static QString sheetName(const QString &name);

private:
    struct Handles;
    explicit XlsxWriter(QString path);
    Status failure(int code) const;

    QString m_path;
    QString m_partPath;
    std::unique_ptr<Handles> m_h;
    QList<WorkbookColumn> m_columns;
    qint64 m_rows = 0;
    bool m_closed = false;
};

} // namespace tepat
