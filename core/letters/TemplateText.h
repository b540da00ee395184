#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace tepat {

// The small template language of letters and numbering patterns, editable in the settings:
//   {name}            the value; when empty, a dash (a letter never prints an empty hole)
//   {name|text}       the value, or `text` when it is empty
//   [[ … ]]           an optional part, left out whole when a {name} directly inside it is
//                     empty (parts nest)
class TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateText)

public:
    using Values = QHash<QString, QString>;
    static constexpr QStringView kMissing = u"-";

    // Syntax errors and placeholders that are not in `known` (a typo would print a dash).
    static Status validate(const QString &text, const QStringList &known);
    static QString fill(const QString &text, const Values &values);
    // Every placeholder name used, in order of first use.
    static QStringList placeholders(const QString &text);
};

} // namespace tepat
