#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace tepat {

// The interface language. Indonesian is the source language of every string; English comes
// from translations/tepat_en.ts. Dates and numbers follow the chosen language.
class Language
{
public:
    // "id" (default) or "en"; anything else falls back to Indonesian. Returns the code used.
    static QString install(const QString &code);
    static QString current();
    static QLocale locale();

    static QString formatDate(QDate date);                    // "23 November 2026"
    static QString formatDateTime(const QDateTime &dateTime); // "23 November 2026 14.05"
    static QString formatNumber(qint64 value);                // "1.000.000"
};

} // namespace tepat
