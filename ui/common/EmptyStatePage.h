#pragma once

#include <QWidget>

namespace tepat {

// A page whose capability is not in this version yet: says so plainly instead of pretending.
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace tepat
