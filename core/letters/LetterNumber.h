#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace tepat {

// How a register number is written: a pattern over {kode} (classification code, Permendagri
// 83/2022), {nomor} (the year's serial, four digits), {unit} (the office, "Kel.Bangsal"),
// {bulan} (month in Roman numerals) and {tahun}, e.g. 400.9.14.1/0128/Kel.Bangsal/XI/2026.
struct NumberingRule
{
    QString pattern;
    QString classification;
    QString unit;
};

class LetterNumber
{
    Q_DECLARE_TR_FUNCTIONS(LetterNumber)

public:
    static QString defaultPattern()
    {
        return QStringLiteral("{kode}/{nomor}/{unit}/{bulan}/{tahun}");
    }
    static QString defaultClassification() { return QStringLiteral("400.9.14.1"); }
    static QStringList placeholders();

    // The pattern needs {nomor}, and {tahun} because the serial restarts each year.
    static Status validate(const NumberingRule &rule);
    static QString format(const NumberingRule &rule, int serial, QDate date);
};

} // namespace tepat
