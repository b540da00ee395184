#include "ui/common/Prompts.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace tepat::Prompts {

namespace {

std::function<bool(const Question &)> &answerHook()
{
    static std::function<bool(const Question &)> hook;
    return hook;
}

} // namespace

bool confirm(QWidget *parent, const Question &question)
{
    if (answerHook()) {
        return answerHook()(question);
    }
    QMessageBox box(parent);
    box.setWindowTitle(question.title);
    box.setText(question.text);
    box.setIcon(question.kind == Kind::Destructive ? QMessageBox::Warning : QMessageBox::Question);
    QPushButton *accept = box.addButton(question.action, QMessageBox::AcceptRole);
    QPushButton *cancel =
        box.addButton(QCoreApplication::translate("Prompts", "Batal"), QMessageBox::RejectRole);
    box.setDefaultButton(question.kind == Kind::Destructive ? cancel : accept);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void setAnswer(std::function<bool(const Question &)> answer)
{
    answerHook() = std::move(answer);
}

} // namespace tepat::Prompts
