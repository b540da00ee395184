#pragma once

#include <QListWidget>

namespace tepat {

// The sidebar: one entry per page with its icon and a live count (drafts, what waits, what
// went wrong) drawn as a badge on the right. Moves with the arrow keys only.
class NavigationBar : public QListWidget
{
    Q_OBJECT

public:
    enum class Tone
    {
        Normal,
        Warning
    };

    explicit NavigationBar(QWidget *parent = nullptr);

    void addEntry(const QString &key, const QString &title);
    // 0 hides the badge. The tooltip says what the number counts.
    void setBadge(const QString &key, int count, Tone tone, const QString &meaning);
    int badge(const QString &key) const;
    QString keyAt(int row) const;

    // Typing a letter must not jump to another page (Qt's type-ahead search): it belongs to
    // the page the operator is working on.
    void keyboardSearch(const QString &) override {}

private:
    QListWidgetItem *entry(const QString &key) const;
};

} // namespace tepat
