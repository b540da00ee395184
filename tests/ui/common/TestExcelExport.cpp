#include "core/common/FileNames.h"
#include "core/register/HouseholdBrowser.h"
#include "tests/core/workbook/Openpyxl.h"
#include "tests/ui/UiSupport.h"
#include "ui/common/ExcelExport.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/matching/DuplicatesPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace tepat;
using namespace tepat::test;

namespace {

template<typename W>
W *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<W *>(w); found && found->isVisible()) {
            return found;
        }
    }
    return nullptr;
}

} // namespace

class TestExcelExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void householdsButtonOffersASafeNameAndSavesTheFilteredList()
    {
        UiFixture f;
        HouseholdsPage page(f.context);
        page.resize(1366, 768);
        page.show();
        // The filters the operator chose, as the list shows them.
        HouseholdFilter chosen;
        chosen.rw = QStringLiteral("001");
        page.householdModel()->setFilter(chosen);
        const HouseholdFilter filter = page.householdModel()->filter();
        QCOMPARE(filter.rw, QStringLiteral("001"));
        const qint64 expected = HouseholdBrowser(*f.db).count(filter).value();

        const QString target = f.file(QStringLiteral("hasil.xlsx"));
        QString offered;
        QTimer::singleShot(0, [&offered, &target] {
            auto *dialog = topLevel<QFileDialog>();
            QVERIFY(dialog);
            offered = QDir(dialog->directory()).filePath(dialog->selectedFiles().value(0));
            dialog->selectFile(target);
            static_cast<QDialog *>(dialog)->accept();
        });
        QSignalSpy finished(page.excelExport(), &ExcelExport::finished);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("exportExcel"));
        QVERIFY(button);
        button->click();
        QCOMPARE(QFileInfo(offered).fileName(), QStringLiteral("keluarga-rw-001.xlsx"));
        QCOMPARE(QFileInfo(offered).absolutePath(), FileNames::documentsFolder());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toString(), target);
        QCOMPARE(finished.at(0).at(1).toLongLong(), expected);
        QCOMPARE(sheetRows(readWithOpenpyxl(target)).size(), expected + 1);
        auto *box = topLevel<QMessageBox>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QFileInfo(target).fileName()));
        box->close();
    }

    void duplicatesPageSavesItsList()
    {
        // A village with more duplicates than the demo's usual share.
        TempStore f;
        DemoOptions o;
        o.households = 300;
        o.today = QDate(2026, 11, 23);
        o.duplicatesPermille = DemoVillage::kDemoDuplicatesPermille * 4;
        QVERIFY(DemoVillage::populate(*f.db, f.clock, o));
        Session session{Actor{QStringLiteral("rina"), QStringLiteral("Rina"), Role::Operator}};
        AppContext context{*f.db, f.clock, session, f.dir.filePath(QStringLiteral("tepat-files"))};
        DuplicatesPage page(context);
        page.resize(1366, 768);
        page.show();
        auto *button = page.findChild<QPushButton *>(QStringLiteral("exportExcel"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // nothing to save before the register is checked
        QSignalSpy scanned(&page, &DuplicatesPage::scanFinished);
        page.findChild<QPushButton *>(QStringLiteral("scan"))->click();
        QVERIFY(scanned.wait(60000));
        QVERIFY2(page.pairCount() > 0, qPrintable(page.statusText()));
        QVERIFY(button->isEnabled());

        const QString target = f.file(QStringLiteral("ganda.xlsx"));
        QString offered;
        QTimer::singleShot(0, [&offered, &target] {
            auto *dialog = topLevel<QFileDialog>();
            QVERIFY(dialog);
            offered = dialog->selectedFiles().value(0);
            dialog->selectFile(target);
            static_cast<QDialog *>(dialog)->accept();
        });
        auto *excel = page.findChild<ExcelExport *>();
        QVERIFY(excel);
        QSignalSpy finished(excel, &ExcelExport::finished);
        button->click();
        QCOMPARE(QFileInfo(offered).fileName(), QStringLiteral("kemungkinan-ganda.xlsx"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(page.pairCount()));
        const QJsonObject book = readWithOpenpyxl(target);
        QCOMPARE(sheetRows(book).size(), page.pairCount() + 1);
        QCOMPARE(cellAt(book, 1, 5)[QStringLiteral("t")].toString(), QStringLiteral("str"));
        if (auto *box = topLevel<QMessageBox>()) {
            box->close();
        }
    }

    void cancelLeavesNoFile()
    {
        UiFixture f(5);
        QWidget parent;
        ExcelExport excel(f.context, &parent);
        QSignalSpy cancelled(&excel, &ExcelExport::cancelled);
        QSignalSpy failed(&excel, &ExcelExport::failed);
        const QString target = f.file(QStringLiteral("batal.xlsx"));
        excel.writeTo(
            target,
            [](const Database &, const QString &,
               const ExportProgress &progress) -> Result<qint64> {
                for (qint64 i = 0; progress(i, 0); ++i) {
                }
                return Error{QStringLiteral("workbook.cancelled"), QStringLiteral("batal")};
            });
        QVERIFY(excel.running());
        auto *progress = parent.findChild<QProgressDialog *>();
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(failed.size(), 0);
        QVERIFY(!excel.running());
        QVERIFY(!QFileInfo::exists(target));
    }

    void aFailureIsShownInWords()
    {
        UiFixture f(5);
        QWidget parent;
        ExcelExport excel(f.context, &parent);
        QSignalSpy failed(&excel, &ExcelExport::failed);
        excel.writeTo(f.file(QStringLiteral("x.xlsx")),
                      [](const Database &, const QString &, const ExportProgress &) {
                          return Result<qint64>(Error{QStringLiteral("workbook.write"),
                                                      QStringLiteral("Disk penuh.")});
                      });
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Disk penuh."));
        auto *box = parent.findChild<QMessageBox *>();
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Disk penuh."));
    }
};

QTEST_MAIN(TestExcelExport)
#include "TestExcelExport.moc"
