#pragma once

#include "core/common/Result.h"
#include "core/workbook/ZipPackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariant>

#include <functional>
#include <memory>

namespace tepat {

// One row with a value in it; `number` is the row number as Excel shows it (from 1), cells are
// indexed from column A = 0. A cell is a QString, a double, a bool, a QDate (a date cell, in
// either the 1900 or the 1904 system) or a QDateTime (a date with a time); empty cells are null.
struct WorkbookRow
{
    int number = 0;
    QVariantList cells;
};

struct CellRange
{
    int firstRow = 0; // row numbers from 1, columns from 0
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
};

struct WorkbookSheet
{
    QString name;
    QList<WorkbookRow> rows; // rows without values are left out (their numbers are skipped)
    QList<CellRange> merged;
    // The cell's value; inside a merged range, the value of its top-left cell.
    QVariant value(int rowNumber, int column) const;
};

// Called while a sheet is read with (done, total) in bytes; returning false cancels.
using ReadProgress = std::function<bool(qint64 done, qint64 total)>;

// Reads .xlsx and .xlsm workbooks: shared and inline strings, 1900 and 1904 dates, formulas by
// their cached values (never calculated), merged cells. Macros are never run or even read. A
// damaged or hostile workbook (zip bomb, entity expansion, a sheet claiming a million columns)
// is refused with a clear message; old .xls, password-protected workbooks and CSV files renamed
// .xlsx are named as such.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    struct Limits
    {
        qint64 maxFileBytes = 200LL * 1024 * 1024;
        qint64 maxPartBytes = 512LL * 1024 * 1024; // one part once inflated
        int maxRows = 1048576;                     // Excel's own limits
        int maxColumns = 1024;                     // a value further right is refused
        qint64 maxCells = 30'000'000;
    };

    static Result<std::unique_ptr<XlsxReader>> open(const QString &path, Limits limits);
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path)
    {
        return open(path, Limits{});
    }

    QStringList sheetNames() const { return m_sheetNames; }
    bool date1904() const { return m_date1904; }
    bool hasMacros() const { return m_hasMacros; }
    Result<WorkbookSheet> sheet(int index, const ReadProgress &progress = {}) const;

    // Serial day number → date (and time when it has a fraction), in the workbook's system.
    static QVariant dateFromSerial(double serial, bool date1904);
    // "AB12" → column 27 (from 0), row 12; false when it is not a cell reference.
    static bool parseReference(QStringView ref, int &column, int &row);
    static QString columnName(int column); // 0 → "A"

private:
    XlsxReader(ZipPackage package, Limits limits);
    Status load();
    Status loadStyles();
    Status loadSharedStrings();

    ZipPackage m_package;
    Limits m_limits;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles; // per cell style (xf) index
    bool m_date1904 = false;
    bool m_hasMacros = false;
};

} // namespace tepat
