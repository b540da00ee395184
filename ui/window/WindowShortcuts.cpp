#include "ui/window/WindowShortcuts.h"

#include "ui/households/HouseholdsPage.h"
#include "ui/window/MainWindow.h"
#include "ui/window/NavigationBar.h"
#include "ui/window/ShortcutSheet.h"

#include <QCoreApplication>
#include <QShortcut>

namespace tepat {

void installWindowShortcuts(MainWindow &window, HouseholdsPage &households)
{
    auto *find = new QShortcut(QKeySequence::Find, &window);
    find->setContext(Qt::WindowShortcut);
    find->setWhatsThis(QCoreApplication::translate(
        "WindowShortcuts", "Cari orang (nama, NIK atau nomor KK) di halaman Keluarga"));
    QObject::connect(find, &QShortcut::activated, &households, [&window, &households] {
        window.showPage(QStringLiteral("keluarga"));
        households.focusSearch();
    });

    // From the open forms too (they are windows of their own); a modal question blocks it.
    auto *quit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), &window);
    quit->setContext(Qt::ApplicationShortcut);
    quit->setWhatsThis(QCoreApplication::translate(
        "WindowShortcuts", "Tutup Tepat (formulir yang terbuka menyimpan drafnya dulu)"));
    QObject::connect(quit, &QShortcut::activated, &window, &MainWindow::close);

    // Ctrl+1 … Ctrl+9: the pages in the order of the sidebar.
    NavigationBar *navigation = window.navigation();
    for (int row = 0; row < qMin(9, navigation->count()); ++row) {
        auto *page = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)), &window);
        page->setContext(Qt::WindowShortcut);
        page->setWhatsThis(QCoreApplication::translate("WindowShortcuts", "Buka halaman %1")
                               .arg(navigation->item(row)->text()));
        const QString key = navigation->keyAt(row);
        QObject::connect(page, &QShortcut::activated, &window,
                         [&window, key] { window.showPage(key); });
    }

    auto *help = new QShortcut(QKeySequence::HelpContents, &window);
    help->setContext(Qt::WindowShortcut);
    help->setWhatsThis(
        QCoreApplication::translate("WindowShortcuts", "Daftar tombol pintas (yang ini)"));
    QObject::connect(help, &QShortcut::activated, &window,
                     [&window] { ShortcutSheet::show(window); });
}

} // namespace tepat
