#include "core/accounts/Role.h"
#include "core/demo/DemoVillage.h"
#include "core/workbook/ProposalImport.h"
#include "core/workbook/ProposalLayout.h"
#include "tests/core/workbook/Openpyxl.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <algorithm>

using namespace tepat;
using namespace tepat::test;

class TestProposalImport : public QObject
{
    Q_OBJECT

    TempStore m_store;
    const Session m_admin = Session::localAdministrator();
    QString m_household; // an active family
    QString m_kk;
    QString m_memberNik;
    QString m_otherHousehold;

    QString value(const QString &sql)
    {
        auto q = m_store.db->query(sql);
        return q && q->next() ? q->value(0).toString() : QString();
    }

    // The shipped template, filled in by openpyxl as an operator would in Excel.
    QString filledTemplate(const QString &name, const QString &rows)
    {
        const QString path = m_store.file(name);
        if (!ProposalLayout::writeTemplate(path)) {
            return {};
        }
        return writeWithOpenpyxl(path, QStringLiteral("wb = openpyxl.load_workbook(path)\n") +
                                           rows + QStringLiteral("\nwb.save(path)"))
                   ? path
                   : QString();
    }

    qint64 requests()
    {
        return m_store.count(QStringLiteral("SELECT count(*) FROM change_request"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoOptions o;
        o.households = 40;
        o.today = QDate(2026, 11, 23);
        QVERIFY(DemoVillage::populate(*m_store.db, m_store.clock, o));
        m_household =
            value(QStringLiteral("SELECT min(id) FROM household WHERE status = 'active'"));
        m_otherHousehold =
            value(QStringLiteral("SELECT max(id) FROM household WHERE status = 'active'"));
        m_kk = value(QStringLiteral("SELECT kk_number FROM household WHERE id = '%1'")
                         .arg(m_otherHousehold));
        m_memberNik = value(QStringLiteral("SELECT nik FROM person WHERE household_id = '%1' AND "
                                           "status = 'active' ORDER BY id LIMIT 1")
                                .arg(m_household));
        QVERIFY(!m_household.isEmpty() && !m_kk.isEmpty() && !m_memberNik.isEmpty());
    }

    void templateHasASheetPerKindWithCodeLists()
    {
        const QString path = m_store.file(QStringLiteral("templat.xlsx"));
        QVERIFY(ProposalLayout::writeTemplate(path));
        const QJsonObject book = readWithOpenpyxl(path);
        const QJsonArray sheets = book[QStringLiteral("sheets")].toArray();
        QCOMPARE(sheets.size(), ProposalLayout::sheets().size());
        QCOMPARE(sheets[0][QStringLiteral("name")].toString(), QStringLiteral("Usulan program"));
        const QJsonObject programList = sheets[0][QStringLiteral("validations")][0].toObject();
        QCOMPARE(programList[QStringLiteral("sqref")].toString(), QStringLiteral("D2:D1001"));
        QVERIFY(programList[QStringLiteral("formula1")].toString().contains(QStringLiteral("PKH")));
        QCOMPARE(cellAt(book, 0, 2, 1)[QStringLiteral("v")].toString(), QStringLiteral("nama"));
    }

    void everyRowIsCheckedAndNamedByColumn()
    {
        const QString path = filledTemplate(
            QStringLiteral("periksa.xlsx"),
            QStringLiteral("ws = wb['Usulan program']\n"
                           "ws.append(['%1', None, None, 'BLT-DD', 'terdampak banjir'])\n"
                           "ws.append(['9999999999.999999', None, None, 'PKH', 'x'])\n"
                           "ws.append([None, None, %2, 'PKH', 'x'])\n"
                           "ws.append(['%1', None, None, 'SEMBAKO-X', 'x'])\n"
                           "ws.append([None, None, '%3', 'APBD', 'lansia'])\n")
                .arg(m_household, m_memberNik, m_memberNik));
        QVERIFY(!path.isEmpty());
        const Result<ProposalCheck> checked =
            ProposalImport(*m_store.db, m_store.clock, m_admin).check(path);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QCOMPARE(checked->rows.size(), 5);
        const auto &rows = checked->rows;
        QCOMPARE(rows[0].row, 2);
        QVERIFY(rows[0].worst() != Severity::Error);
        QCOMPARE(rows[0].request.kind, RequestKind::ProgramProposal);
        QCOMPARE(rows[0].request.payload.value(QStringLiteral("program")).toString(),
                 QStringLiteral("BLT-DD"));
        QCOMPARE(rows[1].worst(), Severity::Error); // unknown family
        QCOMPARE(rows[2].worst(), Severity::Error); // NIK typed as a number
        QCOMPARE(rows[2].issues[0].column, QStringLiteral("nik"));
        QVERIFY(rows[2].issues[0].message.contains(QStringLiteral("angka")));
        QCOMPARE(rows[3].worst(), Severity::Error);
        QCOMPARE(rows[3].issues[0].column, QStringLiteral("program"));
        // Found by NIK: the person and the family.
        QVERIFY(rows[4].worst() != Severity::Error);
        QCOMPARE(rows[4].request.householdId, m_household);
        QVERIFY(!rows[4].request.personId.isEmpty());
        QCOMPARE(checked->refused(), 3);

        // One refused row: nothing is created.
        ProposalCheck copy = *checked;
        const qint64 before = requests();
        const Status refused = ProposalImport(*m_store.db, m_store.clock, m_admin).create(copy);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("proposals.refused_rows"));
        QCOMPARE(requests(), before);
    }

    void cleanRowsBecomeDraftsInOneGo()
    {
        const QString path = filledTemplate(
            QStringLiteral("bersih.xlsx"),
            QStringLiteral("ws = wb['Usulan program']\n"
                           "ws.append(['%1', None, None, 'BLT-DD', 'terdampak banjir'])\n"
                           "ws = wb['Anggota baru']\n"
                           "ws.append(['%2', '3571034507260001', 'Bayi Sehat', 'P', 'Kediri', "
                           "datetime.date(2026, 7, 5), 'child', 'single', None, 'none', "
                           "'lahir'])\n")
                .arg(m_household, m_otherHousehold));
        const ProposalImport importer(*m_store.db, m_store.clock, m_admin);
        Result<ProposalCheck> checked = importer.check(path);
        QVERIFY(checked);
        QCOMPARE(checked->rows.size(), 2);
        for (const ProposalRow &row : checked->rows) {
            QStringList messages;
            for (const ProposalIssue &i : row.issues) {
                messages << i.column + QStringLiteral(": ") + i.message;
            }
            QVERIFY2(row.worst() != Severity::Error, qPrintable(messages.join(u'|')));
        }
        const QJsonObject member =
            checked->rows[1].request.payload.value(QStringLiteral("member")).toObject();
        QCOMPARE(member.value(QStringLiteral("birth_date")).toString(),
                 QStringLiteral("2026-07-05"));
        QCOMPARE(member.value(QStringLiteral("nik")).toString(),
                 QStringLiteral("3571034507260001"));
        const qint64 before = requests();
        QVERIFY(importer.create(*checked));
        QCOMPARE(requests(), before + 2);
        QVERIFY(checked->rows[0].createdId > 0);
        QCOMPARE(value(QStringLiteral("SELECT state FROM change_request WHERE id = %1")
                           .arg(checked->rows[1].createdId)),
                 QStringLiteral("draft"));
    }

    void nothingIsProposedTwice()
    {
        // A family that receives nothing: the same PKH row twice in one workbook refuses the
        // second; once the first is a draft, the same workbook again refuses it too.
        const QString family = value(QStringLiteral(
            "SELECT h.id FROM household h WHERE h.status = 'active' AND NOT EXISTS (SELECT 1 FROM "
            "program_membership m JOIN person p ON p.pk = "
            "m.person_pk WHERE p.household_id = h.id AND m.until IS NULL) AND NOT EXISTS (SELECT "
            "1 FROM change_request r WHERE r.household_id = h.id) ORDER BY h.id LIMIT 1"));
        QVERIFY(!family.isEmpty());
        const QString row =
            QStringLiteral("ws.append(['%1', None, None, 'PKH', 'lansia'])\n").arg(family);
        const ProposalImport importer(*m_store.db, m_store.clock, m_admin);
        const QString twice =
            filledTemplate(QStringLiteral("dua-kali.xlsx"),
                           QStringLiteral("ws = wb['Usulan program']\n") + row + row);
        Result<ProposalCheck> checked = importer.check(twice);
        QVERIFY(checked);
        QCOMPARE(checked->rows.size(), 2);
        QVERIFY(checked->rows[0].worst() != Severity::Error);
        QCOMPARE(checked->rows[1].worst(), Severity::Error);
        QVERIFY(std::any_of(
            checked->rows[1].issues.cbegin(), checked->rows[1].issues.cend(),
            [](const ProposalIssue &i) { return i.message.contains(QStringLiteral("baris 2")); }));
        const qint64 before = requests();
        QVERIFY(!importer.create(*checked));
        QCOMPARE(requests(), before);

        const QString once = filledTemplate(QStringLiteral("sekali.xlsx"),
                                            QStringLiteral("ws = wb['Usulan program']\n") + row);
        Result<ProposalCheck> first = importer.check(once);
        QVERIFY(first);
        QVERIFY(importer.create(*first));
        QCOMPARE(requests(), before + 1);
        Result<ProposalCheck> again = importer.check(once);
        QVERIFY(again);
        QCOMPARE(again->refused(), 1);
        const QString draftNumber = QStringLiteral("#%1").arg(first->rows[0].createdId);
        QVERIFY(std::any_of(again->rows[0].issues.cbegin(), again->rows[0].issues.cend(),
                            [&](const ProposalIssue &i) {
                                return i.severity == Severity::Error &&
                                       i.message.contains(draftNumber);
                            }));
        QVERIFY(!importer.create(*again));
        QCOMPARE(requests(), before + 1);
    }

    void aCorrectedRowIsCheckedAgain()
    {
        const QString path =
            filledTemplate(QStringLiteral("koreksi.xlsx"),
                           QStringLiteral("ws = wb['Usulan program']\n"
                                          "ws.append([None, None, %1, 'PKH', 'lansia'])\n")
                               .arg(m_memberNik));
        const ProposalImport importer(*m_store.db, m_store.clock, m_admin);
        Result<ProposalCheck> checked = importer.check(path);
        QVERIFY(checked);
        QCOMPARE(checked->rows.size(), 1);
        ProposalRow &row = checked->rows[0];
        QCOMPARE(row.worst(), Severity::Error);
        // The cells as read, by column key: the NIK came as a number.
        const auto nik =
            std::find_if(row.cells.begin(), row.cells.end(),
                         [](const ProposalCell &c) { return c.column == QLatin1String("nik"); });
        QVERIFY(nik != row.cells.end());
        QCOMPARE(nik->value.typeId(), int(QMetaType::Double));
        nik->value = m_memberNik; // typed again as text
        importer.recheck(row);
        QVERIFY(row.worst() != Severity::Error);
        QCOMPARE(row.request.householdId, m_household);
        QVERIFY(!row.request.personId.isEmpty());
        QCOMPARE(row.request.payload.value(QStringLiteral("program")).toString(),
                 QStringLiteral("PKH"));
        // And wrong again: the old request and issues do not linger.
        nik->value = QStringLiteral("3571019999999999");
        importer.recheck(row);
        QCOMPARE(row.worst(), Severity::Error);
        QVERIFY(row.request.personId.isEmpty());
    }

    void stoppingCreationLeavesNothing()
    {
        const QString path =
            filledTemplate(QStringLiteral("berhenti.xlsx"),
                           QStringLiteral("ws = wb['Usulan program']\n"
                                          "ws.append(['%1', None, None, 'APBD', 'banjir'])\n"
                                          "ws.append(['%2', None, None, 'BLT-DD', 'lansia'])\n")
                               .arg(m_household, m_otherHousehold));
        const ProposalImport importer(*m_store.db, m_store.clock, m_admin);
        Result<ProposalCheck> checked = importer.check(path);
        QVERIFY(checked);
        QCOMPARE(checked->refused(), 0);
        const qint64 before = requests();
        // Stopped after the first draft: the transaction is rolled back.
        const Status stopped =
            importer.create(*checked, [](qint64 done, qint64) { return done < 1; });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, QStringLiteral("proposals.cancelled"));
        QCOMPARE(requests(), before);
        for (const ProposalRow &row : checked->rows) {
            QCOMPARE(row.createdId, 0);
        }
    }

    void dtsenExportLayoutWithATitleAbove()
    {
        const QString path = m_store.file(QStringLiteral("dtsen.xlsx"));
        QVERIFY(writeWithOpenpyxl(
            path, QStringLiteral("wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'DTSEN'\n"
                                 "ws['A1'] = 'Data keluarga DTSEN'; ws.merge_cells('A1:F1')\n"
                                 "ws.append(['no_kk', 'nik', 'nama_lengkap', 'desil_nasional', "
                                 "'program', 'keterangan', 'jenis_atap', 'Luas Lantai'])\n"
                                 "ws.append(['%1', None, 'Kepala', 2, 'BLT-DD', 'usulan RT', "
                                 "'seng', 36])\n"
                                 "wb.save(path)")
                      .arg(m_kk)));
        const Result<ProposalCheck> checked =
            ProposalImport(*m_store.db, m_store.clock, m_admin).check(path);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QCOMPARE(checked->rows.size(), 1);
        QCOMPARE(checked->rows[0].row, 3);
        QCOMPARE(checked->rows[0].request.kind, RequestKind::ProgramProposal);
        QCOMPARE(checked->rows[0].request.householdId, m_otherHousehold);
        QCOMPARE(checked->rows[0].request.payload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("usulan RT"));
        // The name (the family is found by its KK), the BPS desil and the housing and asset
        // columns are read past and named, never stored.
        QCOMPARE(checked->ignoredColumns,
                 (QStringList{QStringLiteral("nama"), QStringLiteral("desil_nasional"),
                              QStringLiteral("jenis_atap"), QStringLiteral("luas_lantai")}));
        QVERIFY(!checked->rows[0].request.payload.contains(QStringLiteral("jenis_atap")));
    }

    void otherSheetsAreIgnoredNotGuessed()
    {
        const QString path = m_store.file(QStringLiteral("catatan.xlsx"));
        QVERIFY(writeWithOpenpyxl(
            path, QStringLiteral("wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Catatan'\n"
                                 "ws.append(['Isi sesuai petunjuk'])\nwb.save(path)")));
        const Result<ProposalCheck> checked =
            ProposalImport(*m_store.db, m_store.clock, m_admin).check(path);
        QVERIFY(checked);
        QVERIFY(checked->rows.isEmpty());
        QCOMPARE(checked->ignoredSheets, QStringList{QStringLiteral("Catatan")});
    }

    void aBadWorkbookChangesNothing()
    {
        const QString path = m_store.file(QStringLiteral("rusak.xlsx"));
        writeFile(path, "nik;nama\n3571010101900001;Ani\n");
        const qint64 before = requests();
        const Result<ProposalCheck> checked =
            ProposalImport(*m_store.db, m_store.clock, m_admin).check(path);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, QStringLiteral("workbook.csv"));
        QCOMPARE(requests(), before);
    }

    void onlyThoseWhoDraftMayImport()
    {
        const Session head(
            Actor{QStringLiteral("lurah"), QStringLiteral("Lurah"), Role::VillageHead});
        const Result<ProposalCheck> checked = ProposalImport(*m_store.db, m_store.clock, head)
                                                  .check(m_store.file(QStringLiteral("x.xlsx")));
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, QStringLiteral("auth.forbidden"));
    }
};

QTEST_GUILESS_MAIN(TestProposalImport)
#include "TestProposalImport.moc"
