#include "ui/window/MainWindow.h"

#include "core/common/Language.h"
#include "core/domain/RegionDirectory.h"
#include "core/storage/Database.h"
#include "ui/common/AppContext.h"
#include "ui/common/Icons.h"
#include "ui/window/NavigationBar.h"
#include "ui/window/WorkspaceStatusBar.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tepat {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    m_header = new QLabel(central);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setObjectName(QStringLiteral("villageHeader"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    outer->addWidget(m_header);

    auto *body = new QHBoxLayout();
    m_navigation = new NavigationBar(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(196);
    m_pages = new QStackedWidget(central);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    setWindowIcon(Icons::application());
    m_status = new WorkspaceStatusBar(*this, context);
    refreshHeader();
    resize(1180, 760);
}

void MainWindow::refreshHeader()
{
    const QString villageCode = m_context.db.setting(QStringLiteral("village_code"));
    const std::optional<Village> village = RegionDirectory::instance().village(villageCode);
    const QDate dataDate =
        QDate::fromString(m_context.db.setting(QStringLiteral("data_date")), Qt::ISODate);
    setWindowTitle(village ? tr("Tepat — %1").arg(village->name) : tr("Tepat"));
    m_header->setText(village ? tr("%1 (%2), Kec. %3, %4 — data per %5")
                                    .arg(village->name, village->code, village->districtName,
                                         village->regencyName, Language::formatDate(dataDate))
                              : tr("Belum ada data kelurahan/desa. Muat snapshot atau buka data "
                                   "contoh (tepat --demo)."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QList<QWidget *> children = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (child->isWindow() && child->isVisible() && !child->close()) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::addPage(const QString &key, const QString &title, QWidget *page)
{
    m_keys.append(key);
    m_pages->addWidget(page);
    m_navigation->addEntry(key, title);
    m_status->scheduleRefresh();
    if (m_navigation->currentRow() < 0) {
        m_navigation->setCurrentRow(0);
    }
}

void MainWindow::showPage(const QString &key)
{
    const qsizetype index = m_keys.indexOf(key);
    if (index >= 0) {
        m_navigation->setCurrentRow(int(index));
    }
}

QWidget *MainWindow::page(const QString &key) const
{
    const qsizetype index = m_keys.indexOf(key);
    return index >= 0 ? m_pages->widget(int(index)) : nullptr;
}

QString MainWindow::currentPageKey() const
{
    return m_keys.value(m_pages->currentIndex());
}

} // namespace tepat
