#include "ui/field/FieldPrompts.h"

#include "ui/common/Prompts.h"

#include <QInputDialog>

namespace tepat {

FieldPrompts FieldPrompts::dialogs()
{
    FieldPrompts prompts;
    prompts.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return Prompts::confirm(parent, {title, text, title, Prompts::Kind::Destructive});
    };
    prompts.askText = [](QWidget *parent, const QString &title,
                         const QString &label) -> std::optional<QString> {
        bool ok = false;
        const QString text =
            QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    return prompts;
}

} // namespace tepat
