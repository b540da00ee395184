#pragma once

#include <QObject>
#include <QString>

namespace tepat {

class MainWindow;
struct AppContext;

// `tepat --screenshots DIR`: shows every page of the real window (and a household and a
// request form) and saves each as DIR/<name>.png, then quits. For the README and for looking.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow &window, AppContext &context, QString folder,
                   QObject *parent = nullptr);
    void start();

private:
    void save(QWidget *widget, const QString &name);

    MainWindow &m_window;
    AppContext &m_context;
    QString m_folder;
};

} // namespace tepat
