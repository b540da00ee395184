#include "sync/server/console/ConsoleRecommendation.h"

#include <QJsonArray>

namespace tepat::central::console::recommendation {

using html::esc;

namespace {

QJsonArray reasons(const QJsonObject &envelope)
{
    return envelope.value(QLatin1String("recommendation"))
        .toObject()
        .value(QLatin1String("conflict_of_interest"))
        .toArray();
}

// "Ketua RT 003/RW 002 Darto" in the page's language.
QString head(const PageContext &c, const QJsonObject &via)
{
    const QString rt = via.value(QLatin1String("rt")).toString();
    const QString rw = via.value(QLatin1String("rw")).toString();
    QString units;
    if (!rt.isEmpty()) {
        units = QStringLiteral("RT ") + rt;
    }
    if (!rw.isEmpty()) {
        units += (units.isEmpty() ? QString() : QStringLiteral("/")) + QStringLiteral("RW ") + rw;
    }
    return c.t("recommendation.head") + u' ' + units + u' ' +
           via.value(QLatin1String("name")).toString();
}

QString reason(const PageContext &c, const QJsonObject &r)
{
    const QString who = r.value(QLatin1String("recommender")).toString() == QLatin1String("head")
                            ? c.t("coi.by_head")
                            : c.t("coi.by_account");
    QString text = who + QStringLiteral(": ") +
                   html::label(c, QStringLiteral("coi"), r.value(QLatin1String("code")).toString());
    if (r.contains(QLatin1String("member"))) {
        text += QStringLiteral(" %1 (%2 %3)")
                    .arg(r.value(QLatin1String("member")).toString(), c.t("coi.score"),
                         QString::number(r.value(QLatin1String("score")).toDouble(), 'f', 2));
    }
    return text;
}

} // namespace

bool flagged(const QJsonObject &envelope)
{
    return !reasons(envelope).isEmpty();
}

QString badge(const PageContext &c)
{
    return QStringLiteral("<span class=\"flag coi\">") + esc(c.t("coi.badge")) +
           QStringLiteral("</span>");
}

QString section(const PageContext &c, const QJsonObject &envelope)
{
    if (!envelope.value(QLatin1String("recommendation")).isObject()) {
        return QStringLiteral("<p>") + esc(c.t("request.not_recorded")) + QStringLiteral("</p>");
    }
    const QJsonObject rec = envelope.value(QLatin1String("recommendation")).toObject();
    const QString drafter = rec.value(QLatin1String("drafted_by_name")).toString();
    const QString account = rec.value(QLatin1String("drafted_by")).toString();
    const QJsonObject via = rec.value(QLatin1String("via_head")).toObject();
    const auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    QString out = QStringLiteral("<table class=\"kv\">") +
                  row(c.t("recommendation.drafted_by"),
                      account.isEmpty() || account == drafter
                          ? drafter
                          : QStringLiteral("%1 (%2)").arg(drafter, account)) +
                  row(c.t("recommendation.via"),
                      via.isEmpty() ? c.t("recommendation.no_head") : head(c, via)) +
                  QStringLiteral("</table>");
    const QJsonArray list = reasons(envelope);
    if (list.isEmpty()) {
        return out + QStringLiteral("<p>") + esc(c.t("coi.none")) + QStringLiteral("</p>");
    }
    out += QStringLiteral("<p>") + badge(c) + QStringLiteral("</p><ul class=\"coi\">");
    for (const QJsonValue &r : list) {
        out += QStringLiteral("<li>") + esc(reason(c, r.toObject())) + QStringLiteral("</li>");
    }
    return out + QStringLiteral("</ul>");
}

} // namespace tepat::central::console::recommendation
