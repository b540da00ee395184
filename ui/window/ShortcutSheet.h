#pragma once

#include <QDialog>
#include <QKeySequence>

class QLineEdit;
class QTableWidget;

namespace tepat {

class MainWindow;

// F1: every keyboard shortcut of the window as it is now — read from the window's shortcuts,
// actions and buttons, so the sheet cannot drift from the keys — with what it does and where
// it works, searchable by key or by words.
class ShortcutSheet : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QKeySequence keys;
        QString meaning;
        QString where; // the page, or "everywhere"
    };

    explicit ShortcutSheet(MainWindow &window);
    static void show(MainWindow &window);

    // What the window offers; a shortcut without a description is listed by its key alone.
    static QList<Entry> collect(const MainWindow &window);

    QTableWidget *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }

private:
    void filter(const QString &text);

    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace tepat
