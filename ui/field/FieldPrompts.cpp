#include "ui/field/FieldPrompts.h"

#include <QInputDialog>
#include <QMessageBox>

namespace tepat {

FieldPrompts FieldPrompts::dialogs()
{
    FieldPrompts prompts;
    prompts.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
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
