#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTest>

namespace tepat::test {

// The independent side of the workbook tests: python3-openpyxl reads what Tepat wrote
// (dump_xlsx.py) and writes what Tepat must read. Debian's interpreter, where python3-openpyxl is
// installed (TEPAT_PYTHON3), not whichever python3 comes first on the PATH.
inline QJsonObject readWithOpenpyxl(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral(TEPAT_PYTHON3),
                 {QStringLiteral(TEPAT_SOURCE_DIR "/tests/core/workbook/dump_xlsx.py"), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("openpyxl could not read %s: %s", qPrintable(path),
                 python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// Runs a Python program with openpyxl and xlsx_parts (write_package, sheet_xml) imported and
// `path` as the workbook to write.
inline bool writeWithOpenpyxl(const QString &path, const QString &program)
{
    QProcess python;
    const QString code =
        QStringLiteral("import sys, datetime, openpyxl\npath = sys.argv[1]\n"
                       "sys.path.insert(0, '" TEPAT_SOURCE_DIR "/tests/core/workbook')\n"
                       "from xlsx_parts import write_package, sheet_xml\n") +
        program;
    python.start(QStringLiteral(TEPAT_PYTHON3), {QStringLiteral("-c"), code, path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("openpyxl could not write %s: %s", qPrintable(path),
                 python.readAllStandardError().constData());
        return false;
    }
    return true;
}

inline QJsonArray sheetRows(const QJsonObject &book, int sheet = 0)
{
    return book.value(QStringLiteral("sheets"))
        .toArray()
        .at(sheet)
        .toObject()
        .value(QStringLiteral("rows"))
        .toArray();
}

// {"t": type, "v": value} of a cell (row and column from 0, the header is row 0).
inline QJsonObject cellAt(const QJsonObject &book, int row, int column, int sheet = 0)
{
    // Out of range gives an empty object, so a short sheet fails the comparison.
    return sheetRows(book, sheet).at(row).toArray().at(column).toObject();
}

} // namespace tepat::test
