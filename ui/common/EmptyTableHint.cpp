#include "ui/common/EmptyTableHint.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPalette>

namespace tepat {

// The hint belongs to its label, so it goes with the viewport when the view is torn down
// (a model resetting itself in its destructor no longer reaches a deleted label).
EmptyTableHint::EmptyTableHint(QAbstractItemView *view, QLabel *label)
    : QObject(label)
    , m_view(view)
    , m_label(label)
{
    setObjectName(QStringLiteral("emptyTableHint"));
    m_label->setObjectName(QStringLiteral("emptyTableHint"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setContentsMargins(12, 12, 12, 12);
    QPalette muted = m_label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_label->setPalette(muted);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    watchModel();
    update();
}

EmptyTableHint *EmptyTableHint::attach(QAbstractItemView *view, const QString &text)
{
    return new EmptyTableHint(view, new QLabel(text, view->viewport()));
}

void EmptyTableHint::setText(const QString &text)
{
    m_label->setText(text);
}

void EmptyTableHint::watchModel()
{
    QAbstractItemModel *model = m_view->model();
    if (!model) {
        return;
    }
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyTableHint::update,
            Qt::UniqueConnection);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyTableHint::update,
            Qt::UniqueConnection);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyTableHint::update,
            Qt::UniqueConnection);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyTableHint::update,
            Qt::UniqueConnection);
}

void EmptyTableHint::update()
{
    const QAbstractItemModel *model = m_view->model();
    const bool empty = !model || model->rowCount(m_view->rootIndex()) == 0;
    m_label->setGeometry(m_view->viewport()->rect());
    m_label->setVisible(empty);
}

bool EmptyTableHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_label->setGeometry(m_view->viewport()->rect());
    } else if (watched == m_view && event->type() == QEvent::Show) {
        watchModel(); // the model may have been set after the hint
        update();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tepat
