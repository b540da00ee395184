#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QIODevice>

#include <string>
#include <string_view>
#include <vector>

namespace tepat {

// Streaming RFC 4180 reader for UTF-8 files: `,` or `;` separator detected from the header,
// optional BOM, quoted fields with doubled quotes and embedded line breaks, LF or CRLF.
// Fields are views that stay valid until the next call to next(). Memory stays bounded by
// the chunk size and the longest record.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Next
    {
        Record,    // fields() holds the record
        Malformed, // the record could not be read (bad quoting); message() says why
        End,       // no more records
        Fatal      // reading must stop (not UTF-8, I/O error); fatalError() says why
    };

    explicit CsvReader(QIODevice &device, qsizetype chunkSize = 1 << 20);

    // Reads the header row; detects BOM, encoding and separator.
    Status readHeader();
    const std::vector<std::string> &header() const { return m_header; }
    char separator() const { return m_separator; }

    Next next();
    const std::vector<std::string_view> &fields() const { return m_fields; }
    std::string_view rawRecord() const { return m_raw; }
    qint64 line() const { return m_recordLine; }
    QString message() const { return m_message; }
    const Error &fatalError() const { return m_fatal; }
    qint64 bytesConsumed() const { return m_consumedBefore + qint64(m_pos); }

    static bool isValidUtf8(std::string_view bytes);

private:
    struct FieldRange
    {
        size_t begin;
        size_t end;
        bool escaped; // holds "" pairs to fold
    };
    struct Scan
    {
        std::vector<FieldRange> ranges;
        qint64 lines = 0; // line breaks inside quoted fields
        size_t end = 0;   // one past the record's last byte
        size_t next = 0;  // where the following record starts
        QString problem;
    };

    bool fill();
    Next parseRecord();
    bool scanRecord(Scan &scan); // false: the buffer ends before the record does
    Next finishRecord(const Scan &scan);

    QIODevice &m_device;
    qsizetype m_chunk;
    std::string m_buffer;
    size_t m_pos = 0;
    qint64 m_consumedBefore = 0;
    bool m_eof = false;
    bool m_readFailed = false;
    char m_separator = ',';
    qint64 m_line = 1;       // line number of m_pos
    qint64 m_recordLine = 0; // first line of the current record
    std::vector<std::string> m_header;
    std::vector<std::string_view> m_fields;
    std::string m_scratch;
    Scan m_scan;
    std::string_view m_raw;
    QString m_message;
    Error m_fatal;
};

} // namespace tepat
