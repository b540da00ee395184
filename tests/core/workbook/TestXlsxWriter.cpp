#include "core/workbook/XlsxWriter.h"
#include "tests/core/workbook/Openpyxl.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestXlsxWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QList<WorkbookColumn> &columns,
                  const QList<QVariantList> &rows)
    {
        const QString path = m_dir.filePath(name);
        auto book = XlsxWriter::create(path);
        if (!book) {
            qWarning("%s", qPrintable(book.error().message));
            return {};
        }
        if (!(*book)->addSheet(QStringLiteral("Data"), columns)) {
            return {};
        }
        for (const QVariantList &row : rows) {
            if (!(*book)->addRow(row)) {
                return {};
            }
        }
        return (*book)->close() ? path : QString();
    }

private Q_SLOTS:
    void nikAndKkAreTextNeverNumbers()
    {
        const QString path =
            write(QStringLiteral("nik.xlsx"),
                  {{QStringLiteral("NIK"), CellKind::Text, 19},
                   {QStringLiteral("No KK"), CellKind::Text, 19}},
                  {{QStringLiteral("3571010101900001"), QStringLiteral("3571010101900099")},
                   {QStringLiteral("0012345678901234"), QVariant()}});
        QVERIFY(!path.isEmpty());
        const QJsonObject book = readWithOpenpyxl(path);
        QCOMPARE(cellAt(book, 1, 0)[QStringLiteral("t")].toString(), QStringLiteral("str"));
        QCOMPARE(cellAt(book, 1, 0)[QStringLiteral("v")].toString(),
                 QStringLiteral("3571010101900001"));
        QCOMPARE(cellAt(book, 1, 1)[QStringLiteral("v")].toString(),
                 QStringLiteral("3571010101900099"));
        // The leading zeros stay, and the cell is formatted as text so editing keeps it so.
        QCOMPARE(cellAt(book, 2, 0)[QStringLiteral("v")].toString(),
                 QStringLiteral("0012345678901234"));
        QCOMPARE(cellAt(book, 2, 0)[QStringLiteral("fmt")].toString(), QStringLiteral("@"));
        QCOMPARE(cellAt(book, 2, 1)[QStringLiteral("t")].toString(), QStringLiteral("none"));
    }

    void datesAreDatesAndNumbersNumbers()
    {
        const QString path =
            write(QStringLiteral("dates.xlsx"),
                  {{QStringLiteral("Tanggal"), CellKind::Date, 12},
                   {QStringLiteral("Waktu"), CellKind::DateTime, 17},
                   {QStringLiteral("Desil"), CellKind::Integer, 6},
                   {QStringLiteral("Lintang"), CellKind::Number, 10}},
                  {{QDate(2026, 11, 23), QDateTime(QDate(2026, 11, 23), QTime(9, 30)), 3, -7.25}});
        QVERIFY(!path.isEmpty());
        const QJsonObject book = readWithOpenpyxl(path);
        QCOMPARE(cellAt(book, 1, 0)[QStringLiteral("t")].toString(), QStringLiteral("date"));
        QCOMPARE(cellAt(book, 1, 0)[QStringLiteral("v")].toString(),
                 QStringLiteral("2026-11-23T00:00:00"));
        QCOMPARE(cellAt(book, 1, 1)[QStringLiteral("v")].toString(),
                 QStringLiteral("2026-11-23T09:30:00"));
        QCOMPARE(cellAt(book, 1, 2)[QStringLiteral("t")].toString(), QStringLiteral("int"));
        QCOMPARE(cellAt(book, 1, 2)[QStringLiteral("v")].toInt(), 3);
        QCOMPARE(cellAt(book, 1, 3)[QStringLiteral("v")].toDouble(), -7.25);
    }

    void headerIsBoldFrozenWithWidthsAndFilter()
    {
        const QString path = write(QStringLiteral("header.xlsx"),
                                   {{QStringLiteral("ID keluarga"), CellKind::Text, 16},
                                    {QStringLiteral("Alamat"), CellKind::Text, 32}},
                                   {{QStringLiteral("3571010001"), QStringLiteral("Jl. Mawar 3")}});
        const QJsonObject book = readWithOpenpyxl(path);
        const QJsonObject sheet = book[QStringLiteral("sheets")][0].toObject();
        QCOMPARE(sheet[QStringLiteral("freeze")].toString(), QStringLiteral("A2"));
        QCOMPARE(sheet[QStringLiteral("autofilter")].toString(), QStringLiteral("A1:B1"));
        QVERIFY(qAbs(sheet[QStringLiteral("widths")][QStringLiteral("A")].toDouble() - 16) < 1);
        QVERIFY(qAbs(sheet[QStringLiteral("widths")][QStringLiteral("B")].toDouble() - 32) < 1);
        QCOMPARE(cellAt(book, 0, 0)[QStringLiteral("v")].toString(), QStringLiteral("ID keluarga"));
        QVERIFY(cellAt(book, 0, 0)[QStringLiteral("bold")].toBool());
    }

    void controlCharactersAndFormulaTextStayText()
    {
        const QString path =
            write(QStringLiteral("text.xlsx"), {{QStringLiteral("Nama"), CellKind::Text, 20}},
                  {{QStringLiteral("=HYPERLINK(\"x\")")}, {QStringLiteral("Siti\x01 Aminah")}});
        const QJsonObject book = readWithOpenpyxl(path);
        QCOMPARE(cellAt(book, 1, 0)[QStringLiteral("v")].toString(),
                 QStringLiteral("=HYPERLINK(\"x\")"));
        QCOMPARE(cellAt(book, 2, 0)[QStringLiteral("v")].toString(), QStringLiteral("Siti Aminah"));
    }

    void fileIsPrivateAndNoPartLeft()
    {
        const QString path =
            write(QStringLiteral("private.xlsx"), {{QStringLiteral("A"), CellKind::Text, 5}}, {});
        QVERIFY(!path.isEmpty());
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
    }

    void abandonedWriterLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("abandoned.xlsx"));
        {
            auto book = XlsxWriter::create(path);
            QVERIFY(book);
            QVERIFY((*book)->addSheet(QStringLiteral("A"), {{QStringLiteral("A")}}));
            QVERIFY((*book)->addRow({QStringLiteral("x")}));
        }
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
    }

    void unwritableFolderIsAClearError()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        writeFile(blocker, "x");
        auto book = XlsxWriter::create(blocker + QStringLiteral("/sub/out.xlsx"));
        QVERIFY(!book);
        QCOMPARE(book.error().code, QStringLiteral("workbook.folder"));
    }

    void validationListsReachTheWorkbook()
    {
        const QString path = m_dir.filePath(QStringLiteral("validation.xlsx"));
        XlsxWriter::Options options;
        options.constantMemory = false;
        auto book = XlsxWriter::create(path, options);
        QVERIFY(book);
        QVERIFY((*book)->addSheet(QStringLiteral("Usulan"), {{QStringLiteral("Program")}}));
        QVERIFY(
            (*book)->addValidationList(0, 500, {QStringLiteral("pkh"), QStringLiteral("bpnt")}));
        QVERIFY((*book)->close());
        const QJsonObject read = readWithOpenpyxl(path);
        const QJsonObject v =
            read[QStringLiteral("sheets")][0][QStringLiteral("validations")][0].toObject();
        QCOMPARE(v[QStringLiteral("type")].toString(), QStringLiteral("list"));
        QCOMPARE(v[QStringLiteral("sqref")].toString(), QStringLiteral("A2:A501"));
        QCOMPARE(v[QStringLiteral("formula1")].toString(), QStringLiteral("\"pkh,bpnt\""));
    }

    void sheetNamesFollowExcelRules()
    {
        QCOMPARE(XlsxWriter::sheetName(QStringLiteral("BNBA RT 003/RW 005: [final]")),
                 QStringLiteral("BNBA RT 003RW 005 final"));
        QCOMPARE(XlsxWriter::sheetName(QString(40, u'x')).size(), 31);
        QCOMPARE(XlsxWriter::sheetName(QStringLiteral("///")), QStringLiteral("Lembar"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "TestXlsxWriter.moc"
