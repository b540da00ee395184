#include "core/domain/Household.h"

#include <QRegularExpression>

namespace tepat {

int ageOn(QDate birthDate, QDate day)
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate) {
        return -1;
    }
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() ||
        (day.month() == birthDate.month() && day.day() < birthDate.day())) {
        --age;
    }
    return age;
}

std::optional<QString> normalizeNeighbourhoodUnit(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return QString();
    }
    if (text.size() > 3) {
        return std::nullopt;
    }
    for (QChar c : text) {
        if (!c.isDigit()) {
            return std::nullopt;
        }
    }
    const int value = text.toInt();
    if (value <= 0) {
        return std::nullopt;
    }
    return QStringLiteral("%1").arg(value, 3, 10, QLatin1Char('0'));
}

std::pair<QString, QString> neighbourhoodUnitsOf(const QString &address)
{
    static const QRegularExpression units(QStringLiteral("RT\\s*0*(\\d+)\\s*/\\s*RW\\s*0*(\\d+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = units.match(address);
    if (!m.hasMatch()) {
        return {};
    }
    return {m.captured(2).rightJustified(3, u'0'), m.captured(1).rightJustified(3, u'0')};
}

} // namespace tepat
