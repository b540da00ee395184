#pragma once

namespace tepat {

class HouseholdsPage;
class MainWindow;

// The keys that work wherever the focus is in the window (the navigation list included):
// Ctrl+F opens Keluarga with the cursor in the person search, Ctrl+Q closes Tepat (open
// forms save their drafts first or keep Tepat open), Ctrl+1…9 open the pages in the order of
// the sidebar, F1 shows every shortcut (ShortcutSheet). Esc and the tab keys of a family belong
// to the Keluarga page and work the same way while it is shown.
void installWindowShortcuts(MainWindow &window, HouseholdsPage &households);

} // namespace tepat
