#pragma once

#include <QList>
#include <QString>

namespace tepat {

enum class Severity
{
    Ok,
    Warning,
    Error
};

// One verdict of a rule: errors block, warnings need an explicit "lanjutkan" and are recorded.
struct Finding
{
    Severity severity = Severity::Error;
    QString code;       // stable machine code, e.g. "nik.month_invalid"
    QString message;    // translated, for the operator
    QString field = {}; // the form field it is about ("members/0/nik"); empty: the whole thing

    bool operator==(const Finding &) const = default;
};

using Findings = QList<Finding>;

inline Severity worstOf(const Findings &findings)
{
    Severity worst = Severity::Ok;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error) {
            return Severity::Error;
        }
        worst = Severity::Warning;
    }
    return worst;
}

inline bool hasErrors(const Findings &findings)
{
    return worstOf(findings) == Severity::Error;
}

inline QString severityCode(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace tepat
