#include "SettingsPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace tepat {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

void SettingsPage::addSection(const QString &title, QWidget *section)
{
    m_tabs->addTab(section, title);
}

} // namespace tepat
