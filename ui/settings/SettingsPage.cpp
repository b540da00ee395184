#include "ui/settings/SettingsPage.h"

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
    // A title is text, not a mnemonic: "Surat & kop" shows its ampersand.
    m_tabs->addTab(section, QString(title).replace(u'&', QStringLiteral("&&")));
}

} // namespace tepat
