#pragma once

#include <QObject>

class QAbstractItemView;
class QLabel;

namespace tepat {

// Says what would appear in a table while it has no rows ("Belum ada perubahan status…"),
// centred over the empty view, and hides itself as soon as a row arrives.
class EmptyTableHint : public QObject
{
    Q_OBJECT

public:
    static EmptyTableHint *attach(QAbstractItemView *view, const QString &text);

    QLabel *label() const { return m_label; }
    void setText(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyTableHint(QAbstractItemView *view, QLabel *label);
    void update();
    void watchModel();

    QAbstractItemView *m_view;
    QLabel *m_label;
};

} // namespace tepat
