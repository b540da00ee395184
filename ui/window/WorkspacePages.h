#pragma once

namespace tepat {

class MainWindow;
struct AppContext;

// Builds every page of the workspace into the window, in navigation order. Each capability
// adds its page here (one line), keeping its widgets and controller in its own folder.
void addWorkspacePages(MainWindow &window, AppContext &context);

} // namespace tepat
