#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace tepat {

struct AppContext;

// The operator's window: a header with the village and the date of the data, navigation on
// the left, one page per task on the right. Pages are built by WorkspacePages.
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

protected:
    // Open forms and other windows of Tepat close first (saving their drafts); if one stays
    // open, so does Tepat.
    void closeEvent(QCloseEvent *event) override;

private:
    AppContext &m_context;
    QLabel *m_header = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_keys;
};

} // namespace tepat
