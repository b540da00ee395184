#pragma once

#include <QIcon>

namespace tepat {

// The project's icons (Breeze, LGPL-3.0+, resources/icons/LICENSE.md), shipped as resources at
// 1× and 2× so they look the same on every desktop and on high-DPI screens.
namespace Icons {

QIcon named(const QString &name);   // "save", "print", "online", …
QIcon page(const QString &pageKey); // the navigation icon of a page ("beranda", …); may be null
QIcon application();                // the window and menu icon

} // namespace Icons

} // namespace tepat
