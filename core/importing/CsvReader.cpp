#include "core/importing/CsvReader.h"

#include <cstring>

namespace tepat {

CsvReader::CsvReader(QIODevice &device, qsizetype chunkSize)
    : m_device(device)
    , m_chunk(chunkSize)
{}

bool CsvReader::isValidUtf8(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const auto *end = p + s.size();
    while (p < end) {
        // Skip ASCII eight bytes at a time.
        while (end - p >= 8) {
            uint64_t word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL) {
                break;
            }
            p += 8;
        }
        if (p >= end) {
            break;
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra) {
            return false;
        }
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        const uint32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        p += extra + 1;
    }
    return true;
}

bool CsvReader::fill()
{
    if (m_eof) {
        return false;
    }
    // Keep the unread tail, then append a chunk.
    if (m_pos > 0) {
        m_consumedBefore += qint64(m_pos);
        m_buffer.erase(0, m_pos);
        m_pos = 0;
    }
    const size_t old = m_buffer.size();
    m_buffer.resize(old + size_t(m_chunk));
    const qint64 got = m_device.read(m_buffer.data() + old, m_chunk);
    if (got <= 0) {
        m_buffer.resize(old);
        m_eof = true;
        m_readFailed = got < 0;
        return false;
    }
    m_buffer.resize(old + size_t(got));
    return true;
}

Status CsvReader::readHeader()
{
    fill();
    if (m_readFailed) {
        return Error{QStringLiteral("csv.read"),
                     tr("Berkas tidak bisa dibaca: %1").arg(m_device.errorString())};
    }
    if (m_buffer.size() >= 2 && ((m_buffer[0] == '\xFF' && m_buffer[1] == '\xFE') ||
                                 (m_buffer[0] == '\xFE' && m_buffer[1] == '\xFF'))) {
        return Error{QStringLiteral("csv.encoding"),
                     tr("Berkas tersimpan sebagai UTF-16; simpan ulang sebagai CSV UTF-8.")};
    }
    if (m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        m_pos = 3;
    }
    // The separator is whichever of `,` and `;` the header line uses more.
    size_t lineEnd = m_buffer.find_first_of("\r\n", m_pos);
    if (lineEnd == std::string::npos) {
        lineEnd = m_buffer.size();
    }
    const std::string_view headerLine(m_buffer.data() + m_pos, lineEnd - m_pos);
    if (headerLine.empty()) {
        return Error{QStringLiteral("csv.empty"),
                     tr("Berkas kosong: baris judul kolom tidak ada.")};
    }
    size_t commas = 0;
    size_t semicolons = 0;
    for (char c : headerLine) {
        commas += c == ',';
        semicolons += c == ';';
    }
    m_separator = semicolons > commas ? ';' : ',';

    const Next n = next();
    if (n == Next::Fatal) {
        return m_fatal;
    }
    if (n != Next::Record) {
        return Error{QStringLiteral("csv.header"), tr("Baris judul kolom tidak bisa dibaca.")};
    }
    m_header.clear();
    for (std::string_view f : m_fields) {
        std::string name(f);
        // Trim and lower-case: "Household_ID " and "household_id" are the same column.
        while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) {
            name.pop_back();
        }
        size_t start = name.find_first_not_of(" \t");
        name = start == std::string::npos ? std::string() : name.substr(start);
        for (char &c : name) {
            if (c >= 'A' && c <= 'Z') {
                c = char(c + 32);
            }
        }
        m_header.push_back(std::move(name));
    }
    return {};
}

CsvReader::Next CsvReader::next()
{
    for (;;) {
        // Skip blank lines between records.
        while (true) {
            if (m_pos >= m_buffer.size() && !fill()) {
                if (m_readFailed) {
                    m_fatal = {QStringLiteral("csv.read"),
                               tr("Berkas tidak bisa dibaca: %1").arg(m_device.errorString())};
                    return Next::Fatal;
                }
                return Next::End;
            }
            const char c = m_buffer[m_pos];
            if (c == '\n') {
                ++m_line;
                ++m_pos;
            } else if (c == '\r') {
                ++m_pos;
                if (m_pos < m_buffer.size() && m_buffer[m_pos] == '\n') {
                    ++m_pos;
                }
                ++m_line;
            } else {
                break;
            }
        }
        const Next n = parseRecord();
        if (n != Next::End) {
            return n;
        }
    }
}

CsvReader::Next CsvReader::parseRecord()
{
    for (;;) {
        m_scan.ranges.clear();
        m_scan.lines = 0;
        m_scan.end = m_scan.next = 0;
        m_scan.problem.clear();
        if (scanRecord(m_scan)) {
            return finishRecord(m_scan);
        }
        fill(); // at end of data this sets m_eof, and the rescan then completes
    }
}

bool CsvReader::scanRecord(Scan &scan)
{
    size_t i = m_pos;
    const size_t size = m_buffer.size();
    const char sep = m_separator;
    for (;;) {
        FieldRange f{i, i, false};
        if (i < size && m_buffer[i] == '"') {
            size_t j = i + 1;
            bool closed = false;
            while (j < size) {
                const char c = m_buffer[j];
                if (c == '"') {
                    if (j + 1 < size && m_buffer[j + 1] == '"') {
                        f.escaped = true;
                        j += 2;
                        continue;
                    }
                    if (j + 1 >= size && !m_eof) {
                        return false; // a doubled quote may straddle the chunk
                    }
                    closed = true;
                    break;
                }
                scan.lines += c == '\n';
                ++j;
            }
            f.begin = i + 1;
            if (!closed) {
                if (!m_eof) {
                    return false;
                }
                scan.problem = tr("tanda kutip tidak ditutup sampai akhir berkas");
                f.end = size;
                i = size;
            } else {
                f.end = j;
                i = j + 1;
                if (i < size && m_buffer[i] != sep && m_buffer[i] != '\n' && m_buffer[i] != '\r') {
                    scan.problem = tr("ada teks setelah tanda kutip penutup");
                    while (i < size && m_buffer[i] != sep && m_buffer[i] != '\n' &&
                           m_buffer[i] != '\r') {
                        ++i;
                    }
                }
            }
        } else {
            const char *p = m_buffer.data() + i;
            const char *limit = m_buffer.data() + size;
            while (p < limit && *p != sep && *p != '\n' && *p != '\r') {
                ++p;
            }
            f.end = size_t(p - m_buffer.data());
            i = f.end;
        }
        scan.ranges.push_back(f);
        if (i >= size) {
            if (!m_eof) {
                return false;
            }
            scan.end = scan.next = i;
            return true;
        }
        const char c = m_buffer[i];
        if (c == sep) {
            ++i;
            if (i >= size) {
                if (!m_eof) {
                    return false;
                }
                scan.ranges.push_back({i, i, false});
                scan.end = scan.next = i;
                return true;
            }
            continue;
        }
        scan.end = i;
        if (c == '\r') {
            if (i + 1 >= size && !m_eof) {
                return false;
            }
            scan.next = (i + 1 < size && m_buffer[i + 1] == '\n') ? i + 2 : i + 1;
        } else {
            scan.next = i + 1;
        }
        return true;
    }
}

CsvReader::Next CsvReader::finishRecord(const Scan &scan)
{
    m_raw = std::string_view(m_buffer.data() + m_pos, scan.end - m_pos);
    m_recordLine = m_line;
    m_line += scan.lines + (scan.next > scan.end ? 1 : 0);
    if (!isValidUtf8(m_raw)) {
        m_fatal = {QStringLiteral("csv.encoding"),
                   tr("Baris %1 bukan teks UTF-8 (mungkin tersimpan sebagai ANSI/Windows-1252). "
                      "Simpan ulang berkas sebagai CSV UTF-8.")
                       .arg(m_recordLine)};
        return Next::Fatal;
    }
    // A control character (NUL and the like, from a damaged export; tab and line breaks are
    // text) spoils its row only: the row is refused, the rest of the file is read. No store
    // keeps such text (PostgreSQL cannot hold NUL at all) and no field needs it.
    QString controlProblem;
    for (const char c : m_raw) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F) {
            controlProblem =
                byte == 0 ? tr("ada karakter NUL (kode 0) yang bukan teks; hapus karakter itu "
                               "lalu impor lagi")
                          : tr("ada karakter kendali (kode %1) yang bukan teks; hapus karakter "
                               "itu lalu impor lagi")
                                .arg(byte);
            break;
        }
    }
    // Escaped fields are folded into scratch, reserved once so earlier views stay valid.
    m_fields.clear();
    m_scratch.clear();
    m_scratch.reserve(m_raw.size());
    for (const FieldRange &f : scan.ranges) {
        if (!f.escaped) {
            m_fields.emplace_back(m_buffer.data() + f.begin, f.end - f.begin);
            continue;
        }
        const size_t at = m_scratch.size();
        for (size_t k = f.begin; k < f.end; ++k) {
            m_scratch += m_buffer[k];
            if (m_buffer[k] == '"' && k + 1 < f.end && m_buffer[k + 1] == '"') {
                ++k;
            }
        }
        m_fields.emplace_back(m_scratch.data() + at, m_scratch.size() - at);
    }
    m_pos = scan.next;
    if (!scan.problem.isEmpty() || !controlProblem.isEmpty()) {
        m_message = scan.problem.isEmpty() ? controlProblem : scan.problem;
        return Next::Malformed;
    }
    return Next::Record;
}

} // namespace tepat
