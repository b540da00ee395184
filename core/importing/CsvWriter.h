#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <string_view>

namespace tepat {

// Writes RFC 4180 CSV. For anything a person may open in a spreadsheet (exports, rejects) a
// cell that begins with = + - @ (or a tab or carriage return) gets a leading apostrophe so it
// is never run as a formula (CSV/formula injection); the snapshot interchange format, read
// only by programs, is written verbatim. The importer removes such an apostrophe again.
class CsvWriter
{
public:
    enum class Formulas
    {
        Defuse,
        Verbatim
    };

    explicit CsvWriter(QIODevice &device, char separator = ',',
                       Formulas formulas = Formulas::Defuse);

    void writeRow(const QStringList &cells);
    void writeRow(std::initializer_list<std::string_view> cells);
    bool ok() const { return m_ok; }

    static QByteArray cell(std::string_view value, char separator = ',',
                           Formulas formulas = Formulas::Defuse);
    // True for a cell the writer would defuse.
    static bool looksLikeFormula(std::string_view value);
    // "'=1+1" -> "=1+1": undoes the defusing on import.
    static std::string_view undefused(std::string_view value);

private:
    void put(const QByteArray &bytes);

    QIODevice &m_device;
    char m_separator;
    Formulas m_formulas;
    bool m_ok = true;
};

} // namespace tepat
