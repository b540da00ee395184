#include "ui/window/NavigationBar.h"

#include "core/common/Language.h"
#include "ui/common/Icons.h"

#include <QPainter>
#include <QStyledItemDelegate>

namespace tepat {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int BadgeRole = Qt::UserRole + 2;
constexpr int ToneRole = Qt::UserRole + 3;

// Draws the entry as usual, then its count as a rounded badge at the right edge.
class BadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height() + 12, option.fontMetrics.height() + 16));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(BadgeRole).toInt();
        if (count <= 0) {
            return;
        }
        const bool warning = index.data(ToneRole).toInt() == int(NavigationBar::Tone::Warning);
        const QString text = count > 999 ? QStringLiteral("999+") : Language::formatNumber(count);
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = qMax(height, metrics.horizontalAdvance(text) + 12);
        const QRect pill(option.rect.right() - width - 8, option.rect.center().y() - height / 2 + 1,
                         width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(warning ? QColor(0xc0, 0x39, 0x2b) : QColor(0x17, 0x80, 0x5a));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }
};

} // namespace

NavigationBar::NavigationBar(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new BadgeDelegate(this));
    setIconSize(QSize(22, 22));
    setFrameShape(QFrame::NoFrame);
    setSpacing(1);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(window); }"
                                 "QListWidget#navigation::item { padding-left: 6px; }"));
}

void NavigationBar::addEntry(const QString &key, const QString &title)
{
    auto *item = new QListWidgetItem(Icons::page(key), title, this);
    item->setData(KeyRole, key);
    item->setToolTip(title);
}

void NavigationBar::setBadge(const QString &key, int count, Tone tone, const QString &meaning)
{
    QListWidgetItem *item = entry(key);
    if (!item) {
        return;
    }
    item->setData(BadgeRole, count);
    item->setData(ToneRole, int(tone));
    item->setToolTip(count > 0 ? item->text() + QStringLiteral(" — ") + meaning : item->text());
}

int NavigationBar::badge(const QString &key) const
{
    const QListWidgetItem *item = entry(key);
    return item ? item->data(BadgeRole).toInt() : 0;
}

QString NavigationBar::keyAt(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->data(KeyRole).toString() : QString();
}

QListWidgetItem *NavigationBar::entry(const QString &key) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(KeyRole).toString() == key) {
            return item(row);
        }
    }
    return nullptr;
}

} // namespace tepat
