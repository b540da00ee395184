#include "tests/ui/UiSupport.h"
#include "ui/window/MainWindow.h"
#include "ui/window/NavigationBar.h"
#include "ui/window/ShortcutSheet.h"
#include "ui/window/WorkspacePages.h"

#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestShortcutSheet : public QObject
{
    Q_OBJECT

    static bool has(const QList<ShortcutSheet::Entry> &entries, const QKeySequence &keys,
                    const QString &meaningPart)
    {
        return std::any_of(entries.begin(), entries.end(), [&](const ShortcutSheet::Entry &e) {
            return e.keys == keys && e.meaning.contains(meaningPart, Qt::CaseInsensitive);
        });
    }

private Q_SLOTS:
    // The sheet is read from the window itself, and every shortcut in it says what it does.
    void everyShortcutOfTheWorkspaceIsListedWithItsMeaning()
    {
        UiFixture f(10);
        MainWindow window(f.context);
        addWorkspacePages(window, f.context);
        const QList<ShortcutSheet::Entry> entries = ShortcutSheet::collect(window);
        QVERIFY(has(entries, QKeySequence::Find, QStringLiteral("Cari orang")));
        QVERIFY(has(entries, QKeySequence(Qt::CTRL | Qt::Key_Q), QStringLiteral("Tutup Tepat")));
        QVERIFY(has(entries, QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("Kunci")));
        QVERIFY(
            has(entries, QKeySequence(Qt::CTRL | Qt::Key_2), window.navigation()->item(1)->text()));
        QVERIFY(has(entries, QKeySequence(Qt::Key_F5), QStringLiteral("Sinkronkan")));
        QVERIFY(has(entries, QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("keluarga baru")));
        for (const ShortcutSheet::Entry &e : entries) {
            QVERIFY2(!e.meaning.isEmpty(),
                     qPrintable(e.keys.toString() +
                                QStringLiteral(" has no description (setWhatsThis)")));
        }
    }

    void pageKeysOpenThePagesInSidebarOrder()
    {
        UiFixture f(10);
        MainWindow window(f.context);
        addWorkspacePages(window, f.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPageKey(), window.navigation()->keyAt(2));
        QVERIFY(window.currentPageKey() != QStringLiteral("beranda"));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageKey(), QStringLiteral("beranda"));
    }

    void f1OpensTheSheetAndTypingFilters()
    {
        UiFixture f(10);
        MainWindow window(f.context);
        addWorkspacePages(window, f.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *sheet = window.findChild<ShortcutSheet *>();
        QVERIFY(sheet);
        QTRY_VERIFY(sheet->isVisible());
        QTest::keyClick(&window, Qt::Key_F1); // a second F1 does not open a second sheet
        QCOMPARE(window.findChildren<ShortcutSheet *>().size(), 1);
        QTableWidget *table = sheet->table();
        const int all = table->rowCount();
        QVERIFY(all >= 10);
        sheet->searchBox()->setText(QStringLiteral("sinkron"));
        int shown = 0;
        for (int row = 0; row < all; ++row) {
            if (!table->isRowHidden(row)) {
                ++shown;
                const QString line = table->item(row, 0)->text() + table->item(row, 1)->text() +
                                     table->item(row, 2)->text();
                QVERIFY(line.contains(QStringLiteral("sinkron"), Qt::CaseInsensitive));
            }
        }
        QVERIFY(shown >= 1 && shown < all);
        sheet->searchBox()->clear();
        for (int row = 0; row < all; ++row) {
            QVERIFY(!table->isRowHidden(row));
        }
    }
};

QTEST_MAIN(TestShortcutSheet)
#include "TestShortcutSheet.moc"
