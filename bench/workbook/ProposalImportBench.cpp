// tepat-bench-workbook: a bulk-proposal workbook of N rows (default 100,000 program proposals
// for the people of a synthetic register) read, checked and turned into drafts by ProposalImport,
// against the physical limit of the same work: inflating the sheet and walking its XML without
// building anything, and inserting the same number of rows into SQLite with one prepared
// statement in one transaction. Figures one per line (name=value).
//   tepat-bench-workbook [--rows N] [--work DIR]

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/demo/DemoVillage.h"
#include "core/storage/Database.h"
#include "core/workbook/ProposalImport.h"
#include "core/workbook/ProposalLayout.h"
#include "core/workbook/XlsxWriter.h"
#include "core/workbook/ZipPackage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <cstdio>

using namespace tepat;

namespace {

void figure(const char *name, double value, const char *unit)
{
    std::printf("%s=%.2f%s\n", name, value, unit);
    std::fflush(stdout);
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
        }
    }
    return 0;
}

template<typename T>
T need(Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().message));
        std::exit(2);
    }
    return std::move(r).value();
}

void need(const Status &s, const char *what)
{
    if (!s) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(s.error().message));
        std::exit(2);
    }
}

// The program-proposal sheet of the shipped template, one row per active person of a family
// that receives nothing yet (so that every row can be accepted).
void writeWorkbook(const Database &db, const QString &path, int rows)
{
    auto writer = need(XlsxWriter::create(path), "workbook");
    const ProposalSheetLayout &layout = ProposalLayout::sheets().constFirst();
    QList<WorkbookColumn> columns;
    for (const ProposalColumn &c : layout.columns) {
        columns.append({QString::fromLatin1(c.key), c.kind, c.width});
    }
    need(writer->addSheet(ProposalLayout::tr(layout.title), columns), "sheet");
    auto q =
        need(db.query(QStringLiteral(
                          "SELECT p.household_id, p.id, p.nik FROM person p JOIN household h ON "
                          "h.id = p.household_id WHERE p.status = 'active' AND "
                          "h.status = 'active' AND NOT EXISTS (SELECT 1 FROM "
                          "program_membership m JOIN person q ON q.pk = "
                          "m.person_pk WHERE q.household_id = h.id AND m.until "
                          "IS NULL) ORDER BY p.pk LIMIT ?"),
                      {rows}),
             "people");
    const QStringList programs{QStringLiteral("PKH"), QStringLiteral("BPNT"),
                               QStringLiteral("PBI-JK")};
    int written = 0;
    while (q.next()) {
        need(writer->addRow({q.value(0), q.value(1), q.value(2), programs[written % 3],
                             QStringLiteral("Hasil verifikasi lapangan RT")}),
             "row");
        ++written;
    }
    need(writer->close(), "close");
    if (written < rows) {
        std::fprintf(stderr, "only %d active people for %d rows\n", written, rows);
        std::exit(2);
    }
}

// The least any reader does: inflate the sheet and visit every cell value once.
qint64 walkSheet(const QString &path)
{
    const ZipPackage zip = need(ZipPackage::open(path), "zip");
    // libxlsxwriter writes inline strings in its row-at-a-time mode: no shared strings then.
    Result<QByteArray> shared = zip.read(QStringLiteral("xl/sharedStrings.xml"), 1LL << 30);
    const QByteArray strings = shared ? *shared : QByteArray();
    const QByteArray sheet =
        need(zip.read(QStringLiteral("xl/worksheets/sheet1.xml"), 1LL << 30), "sheet");
    qint64 values = 0;
    for (const QByteArray *part : {&strings, &sheet}) {
        QXmlStreamReader xml(*part);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace()) {
                ++values;
            }
        }
    }
    return values;
}

// The least any writer does: the same number of draft rows through one prepared statement.
double rawInsertMs(const QString &dir, int rows)
{
    auto db = need(Database::open(dir + QStringLiteral("/raw.sqlite")), "raw store");
    need(db->execute("CREATE TABLE raw_request (id INTEGER PRIMARY KEY, kind TEXT, household_id "
                     "TEXT, person_id TEXT, payload TEXT, state TEXT, created_at TEXT)"),
         "raw table");
    QElapsedTimer t;
    t.start();
    need(db->execute("BEGIN"), "begin");
    for (int i = 0; i < rows; ++i) {
        need(db->query(QStringLiteral("INSERT INTO raw_request (kind, household_id, person_id, "
                                      "payload, state, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                       {QStringLiteral("program_proposal"), QStringLiteral("H%1").arg(i),
                        QStringLiteral("P%1").arg(i),
                        QStringLiteral("{\"program\":\"PKH\",\"reason\":\"Hasil verifikasi\"}"),
                        QStringLiteral("draft"), QStringLiteral("2026-12-02T09:00:00.000Z")}),
             "raw insert");
    }
    need(db->execute("COMMIT"), "commit");
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Proposal rows."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption workOption(QStringLiteral("work"),
                                        QStringLiteral("Folder for the stores and the workbook."),
                                        QStringLiteral("DIR"));
    parser.addOptions({rowsOption, workOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    QTemporaryDir temp;
    const QString dir = parser.isSet(workOption) ? parser.value(workOption) : temp.path();

    const QString storePath = dir + QStringLiteral("/product.sqlite");
    QFile::remove(storePath);
    QFile::remove(dir + QStringLiteral("/raw.sqlite"));
    auto db = need(Database::open(storePath), "store");
    FixedClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc()));
    DemoOptions demo;
    // About 3.4 people per family; a quarter of the people are in active families that receive
    // nothing yet.
    demo.households = rows + rows / 4 + 5000;
    demo.today = QDate(2026, 12, 2);
    const DemoReport village = need(DemoVillage::populate(*db, clock, demo), "demo");
    std::printf("rows=%d\nregister_persons=%lld\n", rows, village.persons);

    const QString book = dir + QStringLiteral("/proposals.xlsx");
    QElapsedTimer t;
    t.start();
    writeWorkbook(*db, book, rows);
    figure("write_ms", double(t.nsecsElapsed()) / 1e6, "");
    figure("workbook_mb", double(QFileInfo(book).size()) / 1e6, "");

    t.restart();
    const qint64 values = walkSheet(book);
    const double walkMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("raw_walk_values=%lld\n", values);
    figure("raw_walk_ms", walkMs, "");

    const Session session = Session::localAdministrator();
    const ProposalImport importer(*db, clock, session);
    t.restart();
    ProposalCheck checked = need(importer.check(book), "check");
    const double checkMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("checked_rows=%lld\nrefused_rows=%d\n", qint64(checked.rows.size()),
                checked.refused());
    // What refused rows there are (the register's own facts: a programme the family already
    // has, or one its desil does not allow), one line per kind of message.
    QHash<QString, int> refusals;
    for (const ProposalRow &row : checked.rows) {
        for (const ProposalIssue &issue : row.issues) {
            if (issue.severity == Severity::Error) {
                ++refusals[issue.message.left(70)];
            }
        }
    }
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it) {
        std::printf("refused\t%d\t%s\n", it.value(), qPrintable(it.key()));
    }
    figure("check_ms", checkMs, "");
    figure("check_vs_raw_walk", checkMs / walkMs, "x");

    t.restart();
    need(importer.create(checked), "create");
    const double createMs = double(t.nsecsElapsed()) / 1e6;
    figure("create_ms", createMs, "");
    const double rawMs = rawInsertMs(dir, rows);
    figure("raw_insert_ms", rawMs, "");
    figure("create_vs_raw_insert", createMs / rawMs, "x");
    figure("peak_rss_mb", double(peakRssKb()) / 1024.0, "");
    return 0;
}
