#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace tepat {

struct AppContext;
class NavigationBar;
class WorkspaceStatusBar;

// The operator's window: a header with the village and the date of the data, the navigation
// sidebar (icons and live counts) on the left, one page per task on the right, and the status
// bar. Pages are built by WorkspacePages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);

    // Adds a page under a stable key ("beranda", "keluarga", …) with its navigation title.
    void addPage(const QString &key, const QString &title, QWidget *page);
    void showPage(const QString &key);
    QWidget *page(const QString &key) const;
    QString currentPageKey() const;
    void refreshHeader();
    NavigationBar *navigation() const { return m_navigation; }
    WorkspaceStatusBar *workspaceStatus() const { return m_status; }

protected:
    // Open forms and other windows of Tepat close first (saving their drafts); if one stays
    // open, so does Tepat.
    void closeEvent(QCloseEvent *event) override;

private:
    AppContext &m_context;
    QLabel *m_header = nullptr;
    NavigationBar *m_navigation = nullptr;
    WorkspaceStatusBar *m_status = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_keys;
};

} // namespace tepat
