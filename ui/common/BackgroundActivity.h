#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace tepat {

// The slow work running now anywhere in the window (a backup, the audit check, a letter batch,
// a sync), for the status bar. BackgroundJob reports here when it has a title; other long work
// calls begin/progress/end itself. All calls on the UI thread.
class BackgroundActivity : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        int id = 0;
        QString title;
        qint64 done = 0;
        qint64 total = 0; // 0: unknown length
    };

    static BackgroundActivity &instance();

    int begin(const QString &title);
    void progress(int id, qint64 done, qint64 total);
    void end(int id);
    QList<Item> running() const { return m_items; }

Q_SIGNALS:
    void changed();

private:
    QList<Item> m_items;
    int m_lastId = 0;
};

} // namespace tepat
