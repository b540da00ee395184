#include "sync/server/console/ConsoleHtml.h"

#include "core/common/Clock.h"
#include "core/domain/RegionDirectory.h"
#include "sync/server/LetterCheck.h"
#include "sync/server/console/ConsoleSessions.h"

#include <QStringList>

namespace tepat::central::console {

QString PageContext::t(const char *key) const
{
    return ConsoleText::catalogue().get(language, QLatin1String(key));
}

QString PageContext::t(const QString &key) const
{
    return ConsoleText::catalogue().get(language, key);
}

QString PageContext::csrfField() const
{
    return session ? QStringLiteral("<input type=\"hidden\" name=\"csrf\" value=\"%1\">")
                         .arg(html::esc(QString::fromLatin1(session->csrf)))
                   : QString();
}

namespace html {

QString esc(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += ch;
        }
    }
    return out;
}

QString label(const PageContext &c, const QString &prefix, const QString &code)
{
    const QString key = prefix + u'.' + code;
    return ConsoleText::catalogue().has(key) ? c.t(key) : code;
}

QString when(const QString &storedUtc)
{
    const QDateTime at = parseStoredTime(storedUtc);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : storedUtc;
}

QString villageName(const QString &code)
{
    const std::optional<Village> village = RegionDirectory::instance().village(code);
    return village ? village->name + QStringLiteral(" (") + code + u')' : code;
}

QString villageCell(const QString &code)
{
    const std::optional<Village> village = RegionDirectory::instance().village(code);
    return village ? esc(village->name) + QStringLiteral(" <span class=\"code\">") + esc(code) +
                         QStringLiteral("</span>")
                   : esc(code);
}

QString masked(const QString &number)
{
    if (number.size() <= 6) {
        return QString(number.size(), u'•');
    }
    return number.left(4) + QString(number.size() - 6, u'•') + number.right(2);
}

QString maskedName(const QString &name)
{
    return LetterCheck::maskName(name); // the public letter check masks names the same way
}

QString page(const PageContext &c, const QString &title, const QString &active, const QString &body)
{
    const QString lang = ConsoleText::code(c.language);
    QString nav;
    if (c.session) {
        const auto link = [&](const char *name, const char *href, const char *key) {
            return QStringLiteral("<a href=\"%1\"%2>%3</a>")
                .arg(QLatin1String(href),
                     active == QLatin1String(name) ? QStringLiteral(" class=\"active\"")
                                                   : QString(),
                     esc(c.t(key)));
        };
        nav = QStringLiteral("<nav>%1 %2</nav><div class=\"who\">%3 <span>(%4)</span>"
                             "<form method=\"post\" action=\"/console/logout\">%5"
                             "<button type=\"submit\" class=\"link\">%6</button></form></div>")
                  .arg(link("queue", "/console/queue", "nav.queue"),
                       link("summary", "/console/summary", "nav.summary"),
                       esc(c.session->displayName), esc(c.session->username), c.csrfField(),
                       esc(c.t("nav.sign_out")));
    }
    const QString other =
        c.language == Language::English ? QStringLiteral("id") : QStringLiteral("en");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>%2 · %3</title>"
                          "<link rel=\"icon\" href=\"/console/assets/icon.svg\">"
                          "<link rel=\"stylesheet\" href=\"/console/assets/console.css\">"
                          "<script src=\"/console/assets/console.js\" defer></script></head>"
                          "<body><header><div class=\"brand\">%3</div>%4"
                          "<a class=\"lang\" href=\"/console/lang/%5\">%6</a></header>"
                          "<main>%7</main></body></html>\n")
        .arg(lang, esc(title), esc(c.t("app.name")), nav, other, esc(c.t("nav.other_language")),
             body);
}

} // namespace html

} // namespace tepat::central::console
