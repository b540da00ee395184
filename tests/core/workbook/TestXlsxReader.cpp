#include "core/workbook/XlsxReader.h"
#include "core/workbook/XlsxWriter.h"
#include "tests/core/workbook/Openpyxl.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestXlsxReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString generated(const QString &name, const QString &program)
    {
        const QString path = m_dir.filePath(name);
        return writeWithOpenpyxl(path, program) ? path : QString();
    }

    static Result<WorkbookSheet> firstSheet(const QString &path,
                                            XlsxReader::Limits limits = XlsxReader::Limits{})
    {
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path, limits);
        if (!reader) {
            return reader.error();
        }
        return (*reader)->sheet(0);
    }

    static QString errorCode(const QString &path, XlsxReader::Limits limits = XlsxReader::Limits{})
    {
        const Result<WorkbookSheet> sheet = firstSheet(path, limits);
        return sheet ? QStringLiteral("ok") : sheet.error().code;
    }

private Q_SLOTS:
    void sharedStringsNumbersAndTextNik()
    {
        const QString path = generated(
            QStringLiteral("shared.xlsx"),
            QStringLiteral("wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Usulan'\n"
                           "ws.append(['NIK', 'Nama', 'Desil', 'Aktif'])\n"
                           "ws.append(['3571010101900001', 'Siti Aminah', 3, True])\n"
                           "ws.append([3571010101900002, 'Budi', 4.5, False])\n"
                           "wb.save(path)"));
        QVERIFY(!path.isEmpty());
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
        QCOMPARE((*reader)->sheetNames(), QStringList{QStringLiteral("Usulan")});
        QVERIFY(!(*reader)->date1904());
        const Result<WorkbookSheet> sheet = (*reader)->sheet(0);
        QVERIFY(sheet);
        QCOMPARE(sheet->rows.size(), 3);
        QCOMPARE(sheet->value(1, 0).toString(), QStringLiteral("NIK"));
        QCOMPARE(sheet->value(2, 0).typeId(), QMetaType::QString);
        QCOMPARE(sheet->value(2, 0).toString(), QStringLiteral("3571010101900001"));
        QCOMPARE(sheet->value(2, 1).toString(), QStringLiteral("Siti Aminah"));
        QCOMPARE(sheet->value(2, 2).toDouble(), 3.0);
        QCOMPARE(sheet->value(2, 3).typeId(), QMetaType::Bool);
        QCOMPARE(sheet->value(2, 3).toBool(), true);
        // A NIK typed as a number stays a number here; the importers name it as such.
        QCOMPARE(sheet->value(3, 0).typeId(), QMetaType::Double);
        QCOMPARE(sheet->value(3, 2).toDouble(), 4.5);
    }

    void inlineStringsWrittenByTepatReadBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("tepat.xlsx"));
        auto book = XlsxWriter::create(path);
        QVERIFY(book);
        QVERIFY((*book)->addSheet(QStringLiteral("Keluarga"),
                                  {{QStringLiteral("No KK")},
                                   {QStringLiteral("Tanggal"), CellKind::Date},
                                   {QStringLiteral("Waktu"), CellKind::DateTime}}));
        QVERIFY((*book)->addRow({QStringLiteral("3571010101900099"), QDate(2026, 11, 23),
                                 QDateTime(QDate(2026, 11, 23), QTime(9, 30))}));
        QVERIFY((*book)->close());
        const Result<WorkbookSheet> sheet = firstSheet(path);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->value(2, 0).toString(), QStringLiteral("3571010101900099"));
        QCOMPARE(sheet->value(2, 1), QVariant(QDate(2026, 11, 23)));
        QCOMPARE(sheet->value(2, 2), QVariant(QDateTime(QDate(2026, 11, 23), QTime(9, 30))));
    }

    void inlineStringsAndCellsWithoutReferences()
    {
        const QString path = generated(
            QStringLiteral("inline.xlsx"),
            QStringLiteral(
                "write_package(path, [('Data', '<row><c t=\"inlineStr\"><is><t>NIK</t></is></c>"
                "<c t=\"inlineStr\"><is><r><t>Na</t></r><r><t>ma</t></r><rPh><t>x</t></rPh>"
                "</is></c></row><row><c t=\"inlineStr\"><is><t>3571010101900001</t></is></c>"
                "<c t=\"inlineStr\"><is><t>Ani</t></is></c></row>')])"));
        const Result<WorkbookSheet> sheet = firstSheet(path);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->value(1, 1).toString(), QStringLiteral("Nama"));
        QCOMPARE(sheet->value(2, 0).toString(), QStringLiteral("3571010101900001"));
        QCOMPARE(sheet->value(2, 1).toString(), QStringLiteral("Ani"));
    }

    void datesInBothSystems_data()
    {
        QTest::addColumn<bool>("mac");
        QTest::newRow("1900") << false;
        QTest::newRow("1904") << true;
    }

    void datesInBothSystems()
    {
        QFETCH(bool, mac);
        const QString path = generated(
            QStringLiteral("dates%1.xlsx").arg(mac),
            QStringLiteral("wb = openpyxl.Workbook(); ws = wb.active\n"
                           "%1\n"
                           "ws.append([datetime.date(2026, 11, 23), "
                           "datetime.datetime(2026, 11, 23, 9, 30), datetime.date(1950, 1, 2)])\n"
                           "wb.save(path)")
                .arg(mac ? QStringLiteral("wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904")
                         : QString()));
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
        QVERIFY(reader);
        QCOMPARE((*reader)->date1904(), mac);
        const Result<WorkbookSheet> sheet = (*reader)->sheet(0);
        QVERIFY(sheet);
        QCOMPARE(sheet->value(1, 0), QVariant(QDate(2026, 11, 23)));
        QCOMPARE(sheet->value(1, 1), QVariant(QDateTime(QDate(2026, 11, 23), QTime(9, 30))));
        QCOMPARE(sheet->value(1, 2), QVariant(QDate(1950, 1, 2)));
    }

    void serialsOfThe1900System()
    {
        QCOMPARE(XlsxReader::dateFromSerial(1, false), QVariant(QDate(1900, 1, 1)));
        QCOMPARE(XlsxReader::dateFromSerial(59, false), QVariant(QDate(1900, 2, 28)));
        QCOMPARE(XlsxReader::dateFromSerial(61, false), QVariant(QDate(1900, 3, 1)));
        QCOMPARE(XlsxReader::dateFromSerial(46349, false), QVariant(QDate(2026, 11, 23)));
        QCOMPARE(XlsxReader::dateFromSerial(44887, true), QVariant(QDate(2026, 11, 23)));
        QCOMPARE(XlsxReader::dateFromSerial(0, true), QVariant(QDate(1904, 1, 1)));
    }

    void emptyRowsKeepTheirNumbersAndMergedHeaders()
    {
        const QString path = generated(
            QStringLiteral("sparse.xlsx"),
            QStringLiteral("wb = openpyxl.Workbook(); ws = wb.active\n"
                           "ws['A1'] = 'Alamat'; ws.merge_cells('A1:B1'); ws['C1'] = 'Nama'\n"
                           "ws['A2'] = 'RT'; ws['B2'] = 'RW'\n"
                           "ws['A5'] = '003'; ws['B5'] = '005'; ws['C5'] = 'Ani'\n"
                           "wb.save(path)"));
        const Result<WorkbookSheet> sheet = firstSheet(path);
        QVERIFY(sheet);
        QList<int> numbers;
        for (const WorkbookRow &row : sheet->rows) {
            numbers << row.number;
        }
        QCOMPARE(numbers, (QList<int>{1, 2, 5}));
        QCOMPARE(sheet->merged.size(), 1);
        QCOMPARE(sheet->value(1, 1).toString(), QStringLiteral("Alamat")); // inside the merge
        QCOMPARE(sheet->value(1, 2).toString(), QStringLiteral("Nama"));
        QCOMPARE(sheet->value(5, 0).toString(), QStringLiteral("003"));
        QVERIFY(sheet->value(3, 0).isNull());
    }

    void formulasGiveTheirCachedValues()
    {
        const QString path = generated(
            QStringLiteral("formula.xlsx"),
            QStringLiteral("write_package(path, [('Data', '<row r=\"1\"><c r=\"A1\"><v>2</v></c>"
                           "<c r=\"B1\"><f>A1*2</f><v>4</v></c>"
                           "<c r=\"C1\" t=\"str\"><f>CONCAT(\"35\",\"71\")</f><v>3571</v></c>"
                           "<c r=\"D1\"><f>NOW()</f></c>"
                           "<c r=\"E1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>')])"));
        const Result<WorkbookSheet> sheet = firstSheet(path);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->value(1, 1).toDouble(), 4.0);
        QCOMPARE(sheet->value(1, 2).toString(), QStringLiteral("3571"));
        QVERIFY(sheet->value(1, 3).isNull()); // never calculated: no value, not the formula
        QCOMPARE(sheet->value(1, 4).toString(), QStringLiteral("#DIV/0!"));
    }

    void customDateFormatsAreDatesAndTextFormatsAreNot()
    {
        const QString path = generated(
            QStringLiteral("styles.xlsx"),
            QStringLiteral(
                "write_package(path, [('Data', '<row r=\"1\"><c r=\"A1\" s=\"1\"><v>46349</v></c>"
                "<c r=\"B1\" s=\"2\"><v>46349</v></c><c r=\"C1\" s=\"3\"><v>46349</v></c>"
                "</row>')], styles='<numFmts count=\"2\"><numFmt numFmtId=\"164\" "
                "formatCode=\"[$-421]dd mmmm yyyy\"/><numFmt numFmtId=\"165\" "
                "formatCode=\"&quot;Rp&quot;#,##0\"/></numFmts><cellXfs count=\"4\"><xf "
                "numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf "
                "numFmtId=\"14\"/></cellXfs>')"));
        const Result<WorkbookSheet> sheet = firstSheet(path);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->value(1, 0), QVariant(QDate(2026, 11, 23)));
        QCOMPARE(sheet->value(1, 1).typeId(), QMetaType::Double);
        QCOMPARE(sheet->value(1, 2), QVariant(QDate(2026, 11, 23)));
    }

    void macroWorkbooksAreReadAndTheMacrosLeftAlone()
    {
        const QString path = generated(
            QStringLiteral("macro.xlsm"),
            QStringLiteral("write_package(path, [('Data', '<row r=\"1\"><c r=\"A1\" "
                           "t=\"inlineStr\"><is><t>ok</t></is></c></row>')], "
                           "extra={'xl/vbaProject.bin': b'\\xd0\\xcf\\x11\\xe0' + b'x' * 100})"));
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
        QVERIFY(reader);
        QVERIFY((*reader)->hasMacros());
        QCOMPARE((*reader)->sheet(0)->value(1, 0).toString(), QStringLiteral("ok"));
    }

    void zipBombStopsAtTheCap()
    {
        // 8 MB of XML that compresses to a few kilobytes; the cap is 1 MB.
        const QString path = generated(
            QStringLiteral("bomb.xlsx"),
            QStringLiteral("write_package(path, [('Data', '<row r=\"1\"><c r=\"A1\"><v>1</v></c>"
                           "</row>' + ' ' * 8000000)])"));
        XlsxReader::Limits limits;
        limits.maxPartBytes = 1 << 20;
        QCOMPARE(errorCode(path, limits), QStringLiteral("workbook.too_large"));
        QCOMPARE(errorCode(path), QStringLiteral("ok"));
    }

    void hugeDimensionsAreNotBelieved()
    {
        const QString claims = generated(
            QStringLiteral("dimension.xlsx"),
            QStringLiteral("write_package(path, [('Data', sheet_xml('<row r=\"1\"><c r=\"A1\">"
                           "<v>1</v></c><c r=\"XFD1\" s=\"0\"/></row><row r=\"1048576\"/>', "
                           "'<dimension ref=\"A1:XFD1048576\"/>'))], raw_sheets=True)"));
        const Result<WorkbookSheet> sheet = firstSheet(claims);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->rows.size(), 1);
        QCOMPARE(sheet->rows[0].cells.size(), 1);

        const QString farRight = generated(
            QStringLiteral("farright.xlsx"),
            QStringLiteral("write_package(path, [('Data', '<row r=\"1\"><c r=\"XFD1\"><v>1</v>"
                           "</c></row>')])"));
        QCOMPARE(errorCode(farRight), QStringLiteral("workbook.too_large"));
    }

    void brokenAndHostileXmlIsRefused_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("code");
        QTest::newRow("broken xml")
            << QStringLiteral(
                   "write_package(path, [('Data', '<row r=\"1\"><c r=\"A1\"><v>1</c>')])")
            << QStringLiteral("workbook.broken_xml");
        QTest::newRow("entity expansion")
            << QStringLiteral(
                   "write_package(path, [('Data', '<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a "
                   "\"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet "
                   "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                   "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c>"
                   "</row></sheetData></worksheet>')], raw_sheets=True)")
            << QStringLiteral("workbook.dtd");
        QTest::newRow("bad shared string index")
            << QStringLiteral("write_package(path, [('Data', '<row r=\"1\"><c r=\"A1\" "
                              "t=\"s\"><v>7</v></c></row>')], shared=['<t>x</t>'])")
            << QStringLiteral("workbook.broken_xml");
        QTest::newRow("word document")
            << QStringLiteral("import zipfile\nwith zipfile.ZipFile(path, 'w') as z: "
                              "z.writestr('word/document.xml', '<w/>')")
            << QStringLiteral("workbook.not_xlsx");
        QTest::newRow("truncated")
            << QStringLiteral(
                   "write_package(path, [('Data', '<row r=\"1\"/>' * 5000)])\n"
                   "data = open(path, 'rb').read(); open(path, 'wb').write(data[:len(data)//2])")
            << QStringLiteral("workbook.damaged");
        QTest::newRow("csv renamed")
            << QStringLiteral("open(path, 'w').write('nik;nama\\n3571010101900001;Ani\\n')")
            << QStringLiteral("workbook.csv");
        QTest::newRow("old xls")
            << QStringLiteral(
                   "open(path, 'wb').write(b'\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1' + "
                   "'Workbook'.encode('utf-16-le') + bytes(600))")
            << QStringLiteral("workbook.legacy_xls");
        QTest::newRow("password")
            << QStringLiteral(
                   "open(path, 'wb').write(b'\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1' + "
                   "bytes(600) + 'EncryptionInfo'.encode('utf-16-le') + bytes(60))")
            << QStringLiteral("workbook.password");
        QTest::newRow("image") << QStringLiteral(
                                      "open(path, 'wb').write(b'\\x89PNG\\r\\n' + bytes(99))")
                               << QStringLiteral("workbook.not_xlsx");
    }

    void brokenAndHostileXmlIsRefused()
    {
        QFETCH(QString, program);
        QFETCH(QString, code);
        const QString path = generated(
            QStringLiteral("%1.xlsx").arg(QTest::currentDataTag()).replace(u' ', u'-'), program);
        QVERIFY(!path.isEmpty());
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
        const QString got = !reader ? reader.error().code
                                    : ((*reader)->sheet(0) ? QStringLiteral("ok")
                                                           : (*reader)->sheet(0).error().code);
        QCOMPARE(got, code);
        if (!reader) {
            QVERIFY(!reader.error().message.isEmpty());
        }
    }

    void cancelStopsReading()
    {
        const QString path =
            generated(QStringLiteral("long.xlsx"),
                      QStringLiteral("wb = openpyxl.Workbook(); ws = wb.active\n"
                                     "for i in range(3000): ws.append([str(i), i])\n"
                                     "wb.save(path)"));
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
        QVERIFY(reader);
        int calls = 0;
        const Result<WorkbookSheet> sheet =
            (*reader)->sheet(0, [&calls](qint64 done, qint64 total) {
                ++calls;
                return done < total / 2;
            });
        QVERIFY(!sheet);
        QCOMPARE(sheet.error().code, QStringLiteral("workbook.cancelled"));
        QVERIFY(calls >= 1);
        QCOMPARE((*reader)->sheet(0)->rows.size(), 3000);
    }

    void references()
    {
        int column = -1;
        int row = -1;
        QVERIFY(XlsxReader::parseReference(u"AB12", column, row));
        QCOMPARE(column, 27);
        QCOMPARE(row, 12);
        QVERIFY(!XlsxReader::parseReference(u"12", column, row));
        QVERIFY(!XlsxReader::parseReference(u"A0", column, row));
        QVERIFY(!XlsxReader::parseReference(u"AAAAA1", column, row));
        QCOMPARE(XlsxReader::columnName(0), QStringLiteral("A"));
        QCOMPARE(XlsxReader::columnName(27), QStringLiteral("AB"));
        QCOMPARE(XlsxReader::columnName(16383), QStringLiteral("XFD"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
