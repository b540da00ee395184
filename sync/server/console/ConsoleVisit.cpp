#include "sync/server/console/ConsoleVisit.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace tepat::central::console {

using html::esc;

namespace {

QString row(const QString &key, const QString &escapedValue)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(key), escapedValue);
}

QString scalar(const QJsonValue &v)
{
    return v.isString()   ? v.toString()
           : v.isDouble() ? QString::number(v.toDouble())
                          : QStringLiteral("—");
}

// One number for people: a decimal comma in Indonesian.
QString decimal(const PageContext &c, double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (c.language == Language::Indonesian) {
        text.replace(u'.', u',');
    }
    return text;
}

QString labelText(const PageContext &c, const QuestionnaireText &t)
{
    return c.language == Language::English && !t.en.isEmpty() ? t.en : t.id;
}

// The rows of one scope's answers in the definition's order: label, then the option's label
// with its code.
QString answerRows(const PageContext &c, const QJsonObject &given,
                   const QuestionnaireDefinition &form, QuestionnaireScope scope)
{
    QString rows;
    for (const QuestionnaireBlock &block : form.blocks()) {
        if (block.scope != scope) {
            continue;
        }
        for (const QuestionnaireQuestion &q : block.questions) {
            const QJsonValue v = given.value(q.id);
            if (v.isUndefined() || v.isNull()) {
                continue;
            }
            QString value = scalar(v);
            if (q.type == QuestionType::Choice) {
                const QuestionnaireOption *o = q.option(v.toString());
                value = o ? labelText(c, o->label) + QStringLiteral(" (") + o->code +
                                QStringLiteral(")")
                          : value;
            } else if (!q.unit.isEmpty()) {
                value += u' ' + q.unit;
            }
            rows += QStringLiteral("<tr><th>%1</th><td class=\"answer\">%2</td></tr>")
                        .arg(esc(labelText(c, q.label)), esc(value));
        }
    }
    return rows;
}

// Codes as they came, for a version this server does not know.
QString codeRows(const QJsonObject &given)
{
    QString rows;
    for (auto it = given.begin(); it != given.end(); ++it) {
        rows += QStringLiteral("<tr><th><code>%1</code></th><td class=\"answer\"><code>%2</code>"
                               "</td></tr>")
                    .arg(esc(it.key()), esc(scalar(it.value())));
    }
    return rows;
}

QString table(const QString &rows)
{
    return rows.isEmpty()
               ? QString()
               : QStringLiteral("<table class=\"kv\">") + rows + QStringLiteral("</table>");
}

} // namespace

double ConsoleVisit::distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthRadius = 6371008.8;
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(a)));
}

QString ConsoleVisit::point(const PageContext &c, const QJsonObject &location,
                            const std::optional<VillageCentre> &centre)
{
    if (location.isEmpty()) {
        return esc(c.t("visit.no_location"));
    }
    const double lat = location.value(QLatin1String("latitude")).toDouble();
    const double lon = location.value(QLatin1String("longitude")).toDouble();
    const QJsonValue accuracy = location.value(QLatin1String("accuracy_m"));
    QString out = QStringLiteral("<span class=\"gps\">%1, %2</span> · ")
                      .arg(QString::number(lat, 'f', 6), QString::number(lon, 'f', 6));
    out += esc(accuracy.isDouble()
                   ? QStringLiteral("± ") + QString::number(accuracy.toDouble(), 'f', 0) +
                         QStringLiteral(" m")
                   : c.t("request.accuracy_unknown"));
    if (!centre) {
        return out + QStringLiteral(" · <span class=\"distance\">") + esc(c.t("visit.no_centre")) +
               QStringLiteral("</span>");
    }
    const double km = distanceMetres(lat, lon, centre->latitude, centre->longitude) / 1000.0;
    return out + QStringLiteral(", <span class=\"distance\">") +
           esc(c.t("visit.distance").arg(decimal(c, km, km < 10 ? 1 : 0))) +
           QStringLiteral("</span> <span class=\"hint\">") +
           esc(c.t("visit.centre_basis").arg(centre->households)) + QStringLiteral("</span>");
}

QString ConsoleVisit::answers(const PageContext &c, const QJsonObject &questionnaire,
                              const HouseholdView &household, const QuestionnaireCatalog &catalog)
{
    if (questionnaire.isEmpty()) {
        return QStringLiteral("<p>") + esc(c.t("visit.no_questionnaire")) + QStringLiteral("</p>");
    }
    const QString id = questionnaire.value(QLatin1String("definition_id")).toString();
    const int version = questionnaire.value(QLatin1String("version")).toInt();
    const QJsonObject given = questionnaire.value(QLatin1String("answers")).toObject();
    const QuestionnaireDefinition *form = catalog.find(id, version);
    QString out = QStringLiteral("<h3>%1</h3><p class=\"meta\">%2</p>")
                      .arg(esc(form ? labelText(c, form->title()) : c.t("visit.questionnaire")),
                           esc(c.t("visit.form").arg(id).arg(version)));
    if (!form) {
        out += QStringLiteral("<p class=\"error\">") + esc(c.t("visit.form_unknown")) +
               QStringLiteral("</p>");
    }
    const QJsonObject home = given.value(QLatin1String("household")).toObject();
    out += table(form ? answerRows(c, home, *form, QuestionnaireScope::Household) : codeRows(home));
    const QJsonObject persons = given.value(QLatin1String("persons")).toObject();
    for (auto it = persons.begin(); it != persons.end(); ++it) {
        QString name;
        for (const QJsonObject &m : household.members) {
            if (m.value(QLatin1String("id")).toString() == it.key()) {
                name = m.value(QLatin1String("name")).toString();
            }
        }
        const QJsonObject own = it.value().toObject();
        out += QStringLiteral("<h4>%1 <code>%2</code></h4>")
                   .arg(esc(name.isEmpty() ? c.t("visit.member") : name), esc(it.key()));
        out += table(form ? answerRows(c, own, *form, QuestionnaireScope::Person) : codeRows(own));
    }
    return out;
}

QString ConsoleVisit::section(const PageContext &c, const QJsonObject &visit,
                              const HouseholdView &household,
                              const std::optional<VillageCentre> &centre,
                              const QuestionnaireCatalog &catalog)
{
    const QDate on =
        QDate::fromString(visit.value(QLatin1String("visited_on")).toString(), Qt::ISODate);
    QString rows;
    rows += row(c.t("visit.date"), esc(on.isValid() ? on.toString(QStringLiteral("dd-MM-yyyy"))
                                                    : QStringLiteral("—")));
    rows += row(c.t("visit.outcome"),
                esc(html::label(c, QStringLiteral("outcome"),
                                visit.value(QLatin1String("outcome")).toString())));
    rows +=
        row(c.t("visit.field_worker"), esc(visit.value(QLatin1String("field_worker")).toString()));
    rows += row(c.t("visit.location"),
                point(c, visit.value(QLatin1String("location")).toObject(), centre));
    rows += row(c.t("visit.photos"),
                esc(QString::number(visit.value(QLatin1String("photos")).toArray().size())));
    return table(rows) +
           answers(c, visit.value(QLatin1String("questionnaire")).toObject(), household, catalog);
}

} // namespace tepat::central::console
