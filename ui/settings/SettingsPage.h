#pragma once

#include <QWidget>

class QTabWidget;

namespace tepat {

// Pengaturan: one tab per concern (language, letters, accounts, backups, server). Capabilities
// add their section with addSection().
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    void addSection(const QString &title, QWidget *section);

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace tepat
