#include "ui/window/ShortcutSheet.h"

#include "ui/window/MainWindow.h"
#include "ui/window/NavigationBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tepat {

namespace {

// The page of the window that holds the object, by its sidebar title; empty: the whole window.
QString pageOf(const MainWindow &window, const QObject *object)
{
    const NavigationBar *navigation = window.navigation();
    for (const QObject *o = object; o; o = o->parent()) {
        const auto *widget = qobject_cast<const QWidget *>(o);
        if (!widget) {
            continue;
        }
        for (int row = 0; row < navigation->count(); ++row) {
            if (window.page(navigation->keyAt(row)) == widget) {
                return navigation->item(row)->text();
            }
        }
    }
    return {};
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).trimmed();
}

} // namespace

QList<ShortcutSheet::Entry> ShortcutSheet::collect(const MainWindow &window)
{
    QList<Entry> entries;
    const QString anywhere = tr("Di mana saja");
    const auto add = [&](const QKeySequence &keys, const QString &meaning, const QObject *owner,
                         bool everywhere) {
        if (keys.isEmpty()) {
            return;
        }
        const QString page = everywhere ? QString() : pageOf(window, owner);
        entries.append({keys, meaning, page.isEmpty() ? anywhere : page});
    };
    for (const QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        const bool everywhere = shortcut->parent() == &window;
        for (const QKeySequence &keys : shortcut->keys()) {
            add(keys, shortcut->whatsThis(), shortcut, everywhere);
        }
    }
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        const QString meaning =
            button->toolTip().isEmpty() ? plain(button->text()) : plain(button->toolTip());
        add(button->shortcut(), meaning, button, false);
    }
    for (const QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts()) {
            add(keys, plain(action->text()), action, false);
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [&anywhere](const Entry &a, const Entry &b) {
        if (a.where != b.where) {
            return a.where == anywhere || (b.where != anywhere && a.where < b.where);
        }
        return a.keys.toString() < b.keys.toString();
    });
    return entries;
}

ShortcutSheet::ShortcutSheet(MainWindow &window)
    : QDialog(&window)
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Tombol pintas"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Semua tombol pintas Tepat. Ketik untuk mencari, misalnya "
                                "\"cari\" atau \"Ctrl+F\"."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Cari tombol atau fungsi…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    const QList<Entry> entries = collect(window);
    m_table = new QTableWidget(int(entries.size()), 3, this);
    m_table->setHorizontalHeaderLabels({tr("Tombol"), tr("Fungsi"), tr("Berlaku di")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    for (int row = 0; row < entries.size(); ++row) {
        const Entry &e = entries[row];
        m_table->setItem(row, 0, new QTableWidgetItem(e.keys.toString(QKeySequence::NativeText)));
        m_table->setItem(row, 1, new QTableWidgetItem(e.meaning));
        m_table->setItem(row, 2, new QTableWidgetItem(e.where));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutSheet::filter);
    resize(720, 520);
}

void ShortcutSheet::show(MainWindow &window)
{
    if (auto *open = window.findChild<ShortcutSheet *>(QStringLiteral("shortcutSheet"),
                                                       Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *sheet = new ShortcutSheet(window);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->QDialog::show();
    sheet->m_search->setFocus();
}

void ShortcutSheet::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = needle.isEmpty();
        for (int column = 0; column < m_table->columnCount() && !match; ++column) {
            match = m_table->item(row, column)->text().contains(needle, Qt::CaseInsensitive);
        }
        m_table->setRowHidden(row, !match);
    }
}

} // namespace tepat
