#include "core/common/Language.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTranslator>

namespace tepat {

namespace {
QString &currentCode()
{
    static QString code = QStringLiteral("id");
    return code;
}
} // namespace

QString Language::install(const QString &code)
{
    static QTranslator translator;
    // Qt's own dialogs and menus (file chooser, print dialogs, Yes/No, Cut/Copy/Paste): Qt ships
    // no Indonesian, so the project carries its own (translations/qt_id.ts); English is Qt's.
    static QTranslator qtTranslator;
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::removeTranslator(&qtTranslator);
    const QString chosen =
        code == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
    if (translator.load(QStringLiteral(":/i18n/tepat_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(&translator);
    }
    if (chosen == QLatin1String("id") && qtTranslator.load(QStringLiteral(":/i18n/qt_id.qm"))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    currentCode() = chosen;
    QLocale::setDefault(locale());
    return chosen;
}

QString Language::current()
{
    return currentCode();
}

QLocale Language::locale()
{
    return currentCode() == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                : QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

QString Language::formatDate(QDate date)
{
    if (!date.isValid()) {
        return QStringLiteral("–");
    }
    return locale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString Language::formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid()) {
        return QStringLiteral("–");
    }
    const QDateTime local = dateTime.toLocalTime();
    return formatDate(local.date()) + u' ' +
           locale().toString(local.time(), QStringLiteral("HH.mm"));
}

QString Language::formatNumber(qint64 value)
{
    return locale().toString(value);
}

} // namespace tepat
