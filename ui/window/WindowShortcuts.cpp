#include "ui/window/WindowShortcuts.h"

#include "ui/households/HouseholdsPage.h"
#include "ui/window/MainWindow.h"

#include <QShortcut>

namespace tepat {

void installWindowShortcuts(MainWindow &window, HouseholdsPage &households)
{
    auto *find = new QShortcut(QKeySequence::Find, &window);
    find->setContext(Qt::WindowShortcut);
    QObject::connect(find, &QShortcut::activated, &households, [&window, &households] {
        window.showPage(QStringLiteral("keluarga"));
        households.focusSearch();
    });

    // From the open forms too (they are windows of their own); a modal question blocks it.
    auto *quit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), &window);
    quit->setContext(Qt::ApplicationShortcut);
    QObject::connect(quit, &QShortcut::activated, &window, &MainWindow::close);
}

} // namespace tepat
