#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace tepat {

// Every question Tepat asks before it acts, in one style: the button says what will happen
// ("Hapus foto", not "Yes"), "Batal" is always there, and for what cannot be undone "Batal" is
// the default and the box shows a warning. Tests answer without a modal loop (setAnswer).
namespace Prompts {

enum class Kind
{
    Normal,     // can be changed back later
    Destructive // cannot be undone, or loses work
};

struct Question
{
    QString title;
    QString text;
    QString action; // the accept button: a verb and its object
    Kind kind = Kind::Normal;
};

bool confirm(QWidget *parent, const Question &question);

// For tests: answer every question with this function instead of showing a box; empty: boxes.
void setAnswer(std::function<bool(const Question &)> answer);

} // namespace Prompts

} // namespace tepat
