#pragma once

#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

namespace tepat {

// The questions the field widgets ask the operator. Message boxes by default; tests answer
// them without a modal loop.
struct FieldPrompts
{
    std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
    std::function<std::optional<QString>(QWidget *parent, const QString &title,
                                         const QString &label)>
        askText;

    static FieldPrompts dialogs();
};

} // namespace tepat
