#include "core/importing/CsvReader.h"
#include "core/importing/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace tepat;

class TestCsvReader : public QObject
{
    Q_OBJECT

    struct Parsed
    {
        std::vector<std::string> header;
        QList<QStringList> records;
        QList<qint64> lines;
        QStringList malformed;
        QString fatal;
        char separator = 0;
    };

    static Parsed parse(const QByteArray &bytes, qsizetype chunk = 7)
    {
        QByteArray data = bytes;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, chunk); // tiny chunks: every boundary case gets exercised
        Parsed p;
        const Status header = reader.readHeader();
        if (!header) {
            p.fatal = header.error().code;
            return p;
        }
        p.header = reader.header();
        p.separator = reader.separator();
        for (;;) {
            const CsvReader::Next n = reader.next();
            if (n == CsvReader::Next::End) {
                break;
            }
            if (n == CsvReader::Next::Fatal) {
                p.fatal = reader.fatalError().code;
                break;
            }
            if (n == CsvReader::Next::Malformed) {
                p.malformed << reader.message();
                p.lines << reader.line();
                continue;
            }
            QStringList fields;
            for (std::string_view f : reader.fields()) {
                fields << QString::fromUtf8(f.data(), qsizetype(f.size()));
            }
            p.records << fields;
            p.lines << reader.line();
        }
        return p;
    }

private Q_SLOTS:
    void plainCommaFile()
    {
        const Parsed p = parse("a,b,c\n1,2,3\n4,5,6\n");
        QCOMPARE(p.separator, ',');
        QCOMPARE(p.header, (std::vector<std::string>{"a", "b", "c"}));
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records[1], (QStringList{"4", "5", "6"}));
        QCOMPARE(p.lines, (QList<qint64>{2, 3}));
    }

    void semicolonDetectedFromHeader()
    {
        const Parsed p = parse("a;b;c\r\n1;2,5;3\r\n");
        QCOMPARE(p.separator, ';');
        QCOMPARE(p.records.value(0), (QStringList{"1", "2,5", "3"}));
    }

    void quotedSeparatorsQuotesAndLineBreaks()
    {
        const Parsed p = parse(
            "name,note\n\"Siti, Aminah\",\"she said \"\"ya\"\"\"\n\"two\nlines\",x\nlast,y\n");
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.records[0], (QStringList{"Siti, Aminah", "she said \"ya\""}));
        QCOMPARE(p.records[1], (QStringList{"two\nlines", "x"}));
        QCOMPARE(p.lines, (QList<qint64>{2, 3, 5})); // the record after a 2-line field starts on 5
    }

    void byteOrderMarkAndHeaderCase()
    {
        const Parsed p = parse("\xEF\xBB\xBF"
                               "Household_ID , RT\n1,2\n");
        QCOMPARE(p.header, (std::vector<std::string>{"household_id", "rt"}));
        QCOMPARE(p.records.size(), 1);
    }

    void emptyFieldsAndTrailingSeparator()
    {
        const Parsed p = parse("a,b,c\n,,\n1,,");
        QCOMPARE(p.records[0], (QStringList{"", "", ""}));
        QCOMPARE(p.records[1], (QStringList{"1", "", ""}));
    }

    void blankLinesAreSkipped()
    {
        const Parsed p = parse("a\n\n1\n\r\n2\n\n");
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.lines, (QList<qint64>{3, 5}));
    }

    void noFinalNewline()
    {
        const Parsed p = parse("a,b\n1,2");
        QCOMPARE(p.records.value(0), (QStringList{"1", "2"}));
    }

    void malformedRecordsAreReportedAndSkipped()
    {
        const Parsed p = parse("a,b\n\"x\"y,1\ngood,2\n\"open,3\n");
        QCOMPARE(p.malformed.size(), 2);
        QCOMPARE(p.records, (QList<QStringList>{{"good", "2"}}));
        QCOMPARE(p.lines.first(), 2);
    }

    // A NUL or another control character from a damaged export spoils its row only (it used
    // to stop the whole file); tab and line breaks in a quoted field are text.
    void controlCharactersRefuseTheirRowOnly()
    {
        const Parsed p =
            parse(QByteArray("a,b\n1,ok\n2,Si\0ti\n3,\x1b[31m\n4,\"tab\there\nbaris\"\n"
                             "5,del\x7f\n6,akhir\n",
                             59));
        QVERIFY2(p.fatal.isEmpty(), qPrintable(p.fatal));
        QCOMPARE(p.records,
                 (QList<QStringList>{{"1", "ok"}, {"4", "tab\there\nbaris"}, {"6", "akhir"}}));
        QCOMPARE(p.malformed.size(), 3);
        QVERIFY2(p.malformed.at(0).contains(QStringLiteral("NUL")), qPrintable(p.malformed.at(0)));
        QVERIFY2(p.malformed.at(1).contains(QStringLiteral("kode 27")),
                 qPrintable(p.malformed.at(1)));
        QVERIFY2(p.malformed.at(2).contains(QStringLiteral("kode 127")),
                 qPrintable(p.malformed.at(2)));
        QCOMPARE(p.lines, (QList<qint64>{2, 3, 4, 5, 7, 8}));
    }

    void notUtf8IsFatal()
    {
        const Parsed p = parse("a,b\n1,ok\n2,Jos\xe9\n");
        QCOMPARE(p.fatal, QStringLiteral("csv.encoding"));
        QCOMPARE(p.records.size(), 1);
    }

    void utf16IsRefused()
    {
        const Parsed p = parse(QByteArray("\xFF\xFE"
                                          "a\0,\0b\0",
                                          8));
        QCOMPARE(p.fatal, QStringLiteral("csv.encoding"));
    }

    void emptyFileIsRefused() { QCOMPARE(parse("").fatal, QStringLiteral("csv.empty")); }

    void utf8Validation()
    {
        QVERIFY(CsvReader::isValidUtf8("Renée Nur’aini"));
        QVERIFY(!CsvReader::isValidUtf8("\xC0\xAF"));     // overlong
        QVERIFY(!CsvReader::isValidUtf8("\xED\xA0\x80")); // surrogate
        QVERIFY(!CsvReader::isValidUtf8("abc\xE2\x82"));  // truncated
    }

    void writerDefusesFormulas()
    {
        QCOMPARE(CsvWriter::cell("=1+1"), QByteArray("\"'=1+1\""));
        QCOMPARE(CsvWriter::cell("+62"), QByteArray("\"'+62\""));
        QCOMPARE(CsvWriter::cell("-7.8"), QByteArray("\"'-7.8\""));
        QCOMPARE(CsvWriter::cell("@SUM(A1)"), QByteArray("\"'@SUM(A1)\""));
        QCOMPARE(CsvWriter::cell("a,b"), QByteArray("\"a,b\""));
        QCOMPARE(CsvWriter::cell("say \"hi\""), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::cell("plain"), QByteArray("plain"));
        QCOMPARE(CsvWriter::cell("-7.8", ',', CsvWriter::Formulas::Verbatim), QByteArray("-7.8"));
        QCOMPARE(CsvWriter::undefused("'-7.8"), std::string_view("-7.8"));
        QCOMPARE(CsvWriter::undefused("'Aisyah"), std::string_view("'Aisyah"));
        QCOMPARE(CsvWriter::undefused("'"), std::string_view("'"));
    }

    void writerOutputReadsBack()
    {
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer);
        writer.writeRow(QStringList{QStringLiteral("h"), QStringLiteral("v")});
        writer.writeRow(QStringList{QStringLiteral("a,b"), QStringLiteral("line\nbreak")});
        buffer.close();
        const Parsed p = parse(out);
        QCOMPARE(p.records.value(0), (QStringList{"a,b", "line\nbreak"}));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
