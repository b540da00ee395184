#include "core/workbook/ProposalLayout.h"
#include "tests/core/workbook/Openpyxl.h"
#include "tests/ui/UiSupport.h"
#include "ui/requests/ProposalImportController.h"
#include "ui/requests/ProposalImportDialog.h"
#include "ui/requests/ProposalVerdictModel.h"
#include "ui/requests/RequestsPage.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestProposalImportDialog : public QObject
{
    Q_OBJECT

    QString value(UiFixture &f, const QString &sql)
    {
        auto q = f.db->query(sql);
        return q && q->next() ? q->value(0).toString() : QString();
    }

    qint64 requests(UiFixture &f)
    {
        return f.count(QStringLiteral("SELECT count(*) FROM change_request"));
    }

    // The template filled in with openpyxl: two good program proposals and, between them, one
    // whose NIK Excel turned into a number.
    QString workbookWithOneBadRow(UiFixture &f)
    {
        const QString household =
            value(f, QStringLiteral("SELECT min(id) FROM household WHERE status = 'active'"));
        const QString other =
            value(f, QStringLiteral("SELECT max(id) FROM household WHERE status = 'active'"));
        // A member of the other family who receives no PKH yet.
        const QString nik = value(f, QStringLiteral("SELECT nik FROM person p WHERE household_id "
                                                    "= '%1' AND status = 'active' AND NOT EXISTS "
                                                    "(SELECT 1 FROM program_membership m WHERE "
                                                    "m.person_pk = p.pk AND m.program = 'PKH') "
                                                    "ORDER BY id LIMIT 1")
                                         .arg(other));
        if (nik.isEmpty()) {
            return {};
        }
        const QString path = f.file(QStringLiteral("usulan.xlsx"));
        if (!ProposalLayout::writeTemplate(path)) {
            return {};
        }
        const bool written = writeWithOpenpyxl(
            path, QStringLiteral("wb = openpyxl.load_workbook(path)\n"
                                 "ws = wb['Usulan program']\n"
                                 "ws.append(['%1', None, None, 'BLT-DD', 'terdampak banjir'])\n"
                                 "ws.append([None, None, %2, 'PKH', 'lansia'])\n"
                                 "ws.append(['%3', None, None, 'APBD', 'rumah rusak'])\n"
                                 "wb.save(path)")
                      .arg(household, nik, other));
        m_nik = nik;
        return written ? path : QString();
    }

    QString m_nik;

    static void readAndWait(ProposalImportDialog &dialog, const QString &path)
    {
        QSignalSpy checked(dialog.controller(), &ProposalImportController::checked);
        dialog.readWorkbook(path);
        QVERIFY(checked.wait(30000));
    }

    static int rowOf(const QTableWidget *values, const QString &key)
    {
        for (int r = 0; r < values->rowCount(); ++r) {
            if (values->item(r, 0)->text() == key) {
                return r;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void theUsulanPageOpensTheDialog()
    {
        UiFixture f(20);
        RequestsPage page(f.context);
        page.resize(1366, 768);
        page.show();
        auto *button = page.findChild<QPushButton *>(QStringLiteral("importExcel"));
        QVERIFY(button);
        QVERIFY(!button->text().isEmpty());
        button->click();
        auto *dialog = page.findChild<ProposalImportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        dialog->close();
    }

    void aBadRowIsShownAndBlocksCreating()
    {
        UiFixture f(30);
        const QString path = workbookWithOneBadRow(f);
        QVERIFY(!path.isEmpty());
        ProposalImportDialog dialog(f.context);
        dialog.show();
        readAndWait(dialog, path);

        auto *table = dialog.findChild<QTableView *>(QStringLiteral("verdicts"));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createDrafts"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY(table && create && summary);
        QAbstractItemModel *model = table->model();
        // The refused row: sheet, row 3, column nik, "Ditolak", the message about the number.
        int refusedLine = -1;
        QStringList lines;
        for (int l = 0; l < model->rowCount(); ++l) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c) {
                cells << model->index(l, c).data().toString();
            }
            lines << cells.join(u'|');
            if (model->index(l, ProposalVerdictModel::Level).data().toString() ==
                    QStringLiteral("Ditolak") &&
                refusedLine < 0) {
                refusedLine = l;
            }
        }
        QVERIFY2(refusedLine >= 0, qPrintable(lines.join(u'\n')));
        // Every refused line is about that one row (its NIK, and so no family found).
        for (int l = 0; l < model->rowCount(); ++l) {
            if (model->index(l, ProposalVerdictModel::Level).data().toString() ==
                QStringLiteral("Ditolak")) {
                QCOMPARE(model->index(l, ProposalVerdictModel::Row).data().toInt(), 3);
            }
        }
        QCOMPARE(model->index(refusedLine, ProposalVerdictModel::Sheet).data().toString(),
                 QStringLiteral("Usulan program"));
        QCOMPARE(model->index(refusedLine, ProposalVerdictModel::Row).data().toInt(), 3);
        QCOMPARE(model->index(refusedLine, ProposalVerdictModel::Field).data().toString(),
                 QStringLiteral("nik"));
        QVERIFY(model->index(refusedLine, ProposalVerdictModel::Message)
                    .data()
                    .toString()
                    .contains(QStringLiteral("angka")));
        QVERIFY(summary->text().contains(QStringLiteral("3 baris")));
        QVERIFY(summary->text().contains(QStringLiteral("1 ditolak")));
        QVERIFY(!create->isEnabled());
        QCOMPARE(dialog.controller()->counts().errors, 1);

        // Closing without creating leaves the store as it was.
        const qint64 before = requests(f);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(requests(f), before);
    }

    void fixingTheRowInPlaceThenCreatesEveryDraft()
    {
        UiFixture f(30);
        const QString path = workbookWithOneBadRow(f);
        QVERIFY(!path.isEmpty());
        ProposalImportDialog dialog(f.context);
        dialog.resize(1366, 700);
        dialog.show();
        readAndWait(dialog, path);
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("verdicts"));
        auto *values = dialog.findChild<QTableWidget *>(QStringLiteral("rowValues"));
        auto *recheck = dialog.findChild<QPushButton *>(QStringLiteral("recheckRow"));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createDrafts"));
        QVERIFY(table && values && recheck && create);
        const ProposalCheck &check = dialog.controller()->result();
        QCOMPARE(check.rows.size(), 3);

        // Choose the refused line with the keyboard: its values show, the NIK as Excel kept it.
        auto *model = static_cast<ProposalVerdictModel *>(table->model());
        const int line = model->lineOf(1);
        QVERIFY(line >= 0);
        table->setFocus();
        table->setCurrentIndex(model->index(line, 0));
        const int nikRow = rowOf(values, QStringLiteral("nik"));
        QVERIFY(nikRow >= 0);
        QVERIFY(values->item(nikRow, 1)->text().contains(QStringLiteral("E+15")));
        QVERIFY(recheck->isEnabled());

        // Type the NIK as text and check the row again.
        values->item(nikRow, 1)->setText(m_nik);
        QSignalSpy rechecked(dialog.controller(), &ProposalImportController::rowChecked);
        recheck->click();
        QCOMPARE(rechecked.size(), 1);
        QStringList issues;
        for (const ProposalIssue &i : check.rows[1].issues) {
            issues << i.column + u':' + i.message;
        }
        QVERIFY2(check.rows[1].worst() != Severity::Error, qPrintable(issues.join(u'|')));
        QVERIFY(!check.rows[1].request.personId.isEmpty());
        QCOMPARE(dialog.controller()->counts().errors, 0);
        QVERIFY(create->isEnabled());
        QVERIFY(create->text().contains(QStringLiteral("3")));

        const qint64 before = requests(f);
        QSignalSpy created(dialog.controller(), &ProposalImportController::createdDrafts);
        create->click();
        QVERIFY(created.wait(30000));
        QCOMPARE(created.at(0).at(0).toInt(), 3);
        QCOMPARE(requests(f), before + 3);
        QStringList ids;
        for (const ProposalRow &row : dialog.controller()->result().rows) {
            QVERIFY(row.createdId > 0);
            ids << QString::number(row.createdId);
        }
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM change_request WHERE state = "
                                        "'draft' AND kind = 'program_proposal' AND id IN (%1)")
                             .arg(ids.join(u','))),
                 3);
        QVERIFY(!create->isEnabled()); // not twice
    }

    void rereadingAfterFixingInExcelClearsTheError()
    {
        UiFixture f(30);
        const QString path = workbookWithOneBadRow(f);
        QVERIFY(!path.isEmpty());
        ProposalImportDialog dialog(f.context);
        dialog.show();
        readAndWait(dialog, path);
        QCOMPARE(dialog.controller()->counts().errors, 1);
        // The operator fixes the cell in Excel (here: openpyxl) and reads the workbook again.
        QVERIFY(writeWithOpenpyxl(path, QStringLiteral("wb = openpyxl.load_workbook(path)\n"
                                                       "ws = wb['Usulan program']\n"
                                                       "ws['C3'] = '%1'\n"
                                                       "wb.save(path)")
                                            .arg(m_nik)));
        auto *reread = dialog.findChild<QPushButton *>(QStringLiteral("rereadWorkbook"));
        QVERIFY(reread && reread->isEnabled());
        QSignalSpy checked(dialog.controller(), &ProposalImportController::checked);
        reread->click();
        QVERIFY(checked.wait(30000));
        QCOMPARE(dialog.controller()->counts().errors, 0);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("createDrafts"))->isEnabled());
    }

    void anUnreadableFileIsNamedAndChangesNothing()
    {
        UiFixture f(20);
        const QString path = f.file(QStringLiteral("bukan.xlsx"));
        writeFile(path, "nik;nama\n3571010101900001;Ani\n");
        ProposalImportDialog dialog(f.context);
        dialog.show();
        QSignalSpy failed(dialog.controller(), &ProposalImportController::failed);
        const qint64 before = requests(f);
        dialog.readWorkbook(path);
        QVERIFY(failed.wait(30000));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
        QCOMPARE(summary->text(), failed.at(0).at(0).toString());
        QVERIFY(summary->text().contains(QStringLiteral("CSV")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("createDrafts"))->isEnabled());
        QCOMPARE(requests(f), before);
    }

    void fitsTheSmallScreen()
    {
        UiFixture f(20);
        ProposalImportDialog dialog(f.context);
        dialog.show();
        QVERIFY(dialog.minimumSizeHint().width() <= 1366);
        QVERIFY(dialog.minimumSizeHint().height() <= 768 - 60);
        QVERIFY(dialog.width() <= 1366 && dialog.height() <= 768 - 60);
    }
};

QTEST_MAIN(TestProposalImportDialog)
#include "TestProposalImportDialog.moc"
