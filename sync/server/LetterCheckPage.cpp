#include "sync/server/LetterCheckPage.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/domain/RegionDirectory.h"
#include "sync/server/CentralServices.h"
#include "sync/server/LetterCheck.h"
#include "sync/server/LoginThrottle.h"
#include "sync/server/console/ConsoleHtml.h"
#include "sync/server/console/ConsoleSite.h"

#include <QLocale>

namespace tepat::central {

using console::Language;
using console::PageContext;
using console::html::esc;

namespace {

// The other language as a link to the same page (?lang=…).
QString languageLink(const PageContext &c)
{
    const QString other =
        c.language == Language::English ? QStringLiteral("id") : QStringLiteral("en");
    return QStringLiteral("<p class=\"lang\"><a href=\"?lang=%1\" hreflang=\"%1\">%2</a></p>")
        .arg(other, esc(c.t("nav.other_language")));
}

QString page(const PageContext &c, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\"><title>%2</title><link rel=\"stylesheet\" "
                          "href=\"/console/assets/console.css\"></head><body><main "
                          "class=\"letter-check\">%3%4</main></body></html>")
        .arg(console::ConsoleText::code(c.language), esc(c.t("letter.title")), body,
             languageLink(c));
}

CentralReply htmlReply(int status, const QString &html)
{
    CentralReply reply{status, html.toUtf8(), 0, {}, "text/html; charset=utf-8", {}};
    console::ConsoleSite::secure(reply);
    reply.headers.emplaceBack("Cache-Control", "no-store");
    reply.headers.emplaceBack("X-Robots-Tag", "noindex");
    reply.headers.emplaceBack("Vary", "Accept-Language, Cookie");
    return reply;
}

QString dateFor(const PageContext &c, QDate date)
{
    return c.language == Language::English
               ? QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"))
               : tepat::Language::formatDate(date);
}

// "Bangsal, Pesantren, Kota Kediri (35.71.03.1001)"; the code alone for a village the
// directory does not know.
QString villageFor(const QString &code)
{
    const std::optional<Village> v = RegionDirectory::instance().village(code);
    if (!v) {
        return code;
    }
    QStringList parts{v->name};
    for (const QString &part : {v->districtName, v->regencyName}) {
        if (!part.isEmpty()) {
            parts << part;
        }
    }
    return QStringLiteral("%1 (%2)").arg(parts.join(QStringLiteral(", ")), code);
}

} // namespace

Language LetterCheckPage::language(const console::ConsoleCall &call)
{
    const QString asked = call.query.queryItemValue(QStringLiteral("lang"));
    if (asked == QLatin1String("en")) {
        return Language::English;
    }
    if (asked == QLatin1String("id")) {
        return Language::Indonesian;
    }
    return call.language();
}

CentralReply LetterCheckPage::render(const console::ConsoleCall &call, CentralServices &services)
{
    const PageContext c{language(call), nullptr};
    const QString code = call.path.mid(3);
    const Result<LetterCheck::Answer> answer = LetterCheck(services.database()).check(code);
    if (!answer) {
        return htmlReply(
            503, page(c, QStringLiteral("<h1>%1</h1><p>%2</p>")
                             .arg(esc(c.t("letter.title")), esc(c.t("letter.unavailable")))));
    }
    const QString verdict = LetterCheck::verdictCode(answer->verdict);
    const QString key = QStringLiteral("letter.") + verdict;
    QString body = QStringLiteral("<h1>%1</h1><p class=\"verdict verdict-%2\">%3</p><p>%4</p>")
                       .arg(esc(c.t("letter.title")), verdict, esc(c.t(key)),
                            esc(c.t(key + QStringLiteral("_text"))));
    if (answer->verdict == LetterCheck::Verdict::Genuine ||
        answer->verdict == LetterCheck::Verdict::Revoked) {
        body += QStringLiteral("<dl><dt>%1</dt><dd>%2</dd><dt>%3</dt><dd>%4</dd><dt>%5</dt>"
                               "<dd>%6</dd><dt>%7</dt><dd>%8</dd></dl>")
                    .arg(esc(c.t("letter.number")), esc(answer->number), esc(c.t("letter.date")),
                         esc(dateFor(c, answer->issuedOn)), esc(c.t("letter.village")),
                         esc(villageFor(answer->villageCode)), esc(c.t("letter.name")),
                         esc(answer->maskedName));
    }
    return htmlReply(200, page(c, body));
}

CentralReply LetterCheckPage::tooMany(qint64 waitSeconds, Language language)
{
    const PageContext c{language, nullptr};
    CentralReply reply = htmlReply(
        429,
        page(c, QStringLiteral("<h1>%1</h1><p>%2</p>")
                    .arg(esc(c.t("letter.title")), esc(c.t("letter.too_many").arg(waitSeconds)))));
    reply.headers.emplaceBack("Retry-After", QByteArray::number(waitSeconds));
    return reply;
}

LetterCheckLimit::LetterCheckLimit(const Clock &clock)
    : m_clock(clock)
{}

qint64 LetterCheckLimit::take(const QHostAddress &peer)
{
    const QDateTime now = m_clock.now();
    if (m_windows.size() > 100000) {
        m_windows.clear(); // a flood of addresses: start again rather than grow without end
    }
    Window &w = m_windows[LoginThrottle::addressKey(peer)];
    if (!w.start.isValid() || w.start.secsTo(now) >= 60) {
        w = {now, 0};
    }
    if (w.count >= kPerMinute) {
        return qMax<qint64>(1, 60 - w.start.secsTo(now));
    }
    ++w.count;
    return 0;
}

} // namespace tepat::central
