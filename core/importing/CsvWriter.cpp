#include "core/importing/CsvWriter.h"

namespace tepat {

CsvWriter::CsvWriter(QIODevice &device, char separator, Formulas formulas)
    : m_device(device)
    , m_separator(separator)
    , m_formulas(formulas)
{}

bool CsvWriter::looksLikeFormula(std::string_view value)
{
    return !value.empty() &&
           (value.front() == '=' || value.front() == '+' || value.front() == '-' ||
            value.front() == '@' || value.front() == '\t' || value.front() == '\r');
}

std::string_view CsvWriter::undefused(std::string_view value)
{
    if (value.size() >= 2 && value.front() == '\'' && looksLikeFormula(value.substr(1))) {
        value.remove_prefix(1);
    }
    return value;
}

QByteArray CsvWriter::cell(std::string_view value, char separator, Formulas formulas)
{
    QByteArray out;
    out.reserve(qsizetype(value.size()) + 3);
    const bool dangerous = formulas == Formulas::Defuse && looksLikeFormula(value);
    const bool quote = dangerous || value.find_first_of("\"\r\n") != std::string_view::npos ||
                       value.find(separator) != std::string_view::npos;
    if (quote) {
        out += '"';
    }
    if (dangerous) {
        out += '\'';
    }
    for (char c : value) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    if (quote) {
        out += '"';
    }
    return out;
}

void CsvWriter::put(const QByteArray &bytes)
{
    if (m_ok && m_device.write(bytes) != bytes.size()) {
        m_ok = false;
    }
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line += m_separator;
        }
        const QByteArray utf8 = cells[i].toUtf8();
        line +=
            cell(std::string_view(utf8.constData(), size_t(utf8.size())), m_separator, m_formulas);
    }
    line += "\r\n";
    put(line);
}

void CsvWriter::writeRow(std::initializer_list<std::string_view> cells)
{
    QByteArray line;
    bool first = true;
    for (std::string_view c : cells) {
        if (!first) {
            line += m_separator;
        }
        first = false;
        line += cell(c, m_separator, m_formulas);
    }
    line += "\r\n";
    put(line);
}

} // namespace tepat
