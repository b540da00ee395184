#pragma once

#include <QObject>

class QAbstractItemView;

namespace tepat {

// `tepat --startup-probe`: waits until the first rows of a list are painted, prints
// "ready_ms=N rss_kb=N" (time since the process started, resident memory) and quits.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QAbstractItemView *view, QObject *parent = nullptr);

    static qint64 millisecondsSinceProcessStart();
    static qint64 residentKilobytes();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    bool m_done = false;
};

} // namespace tepat
