#include "sync/server/console/ConsolePages.h"

#include "sync/server/console/ConsoleRecommendation.h"
#include "sync/server/console/ConsoleVisit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <tuple>

namespace tepat::central::console::pages {

using html::esc;

namespace {

QString notices(const QString &notice, const QString &error)
{
    QString out;
    if (!notice.isEmpty()) {
        out += QStringLiteral("<p class=\"notice\" role=\"status\">") + esc(notice) +
               QStringLiteral("</p>");
    }
    if (!error.isEmpty()) {
        out += QStringLiteral("<p class=\"error\" role=\"alert\">") + esc(error) +
               QStringLiteral("</p>");
    }
    return out;
}

QString option(const QString &value, const QString &text, const QString &selected)
{
    return QStringLiteral("<option value=\"%1\"%2>%3</option>")
        .arg(esc(value), value == selected ? QStringLiteral(" selected") : QString(), esc(text));
}

QString select(const char *name, const QString &all, const QStringList &values,
               const std::function<QString(const QString &)> &text, const QString &selected)
{
    QString out = QStringLiteral("<select name=\"%1\" id=\"f-%1\">").arg(QLatin1String(name)) +
                  option(QString(), all, selected);
    for (const QString &v : values) {
        out += option(v, text(v), selected);
    }
    return out + QStringLiteral("</select>");
}

QString stateBadge(const PageContext &c, const QString &state)
{
    return QStringLiteral("<span class=\"state state-%1\">%2</span>")
        .arg(esc(state), esc(html::label(c, QStringLiteral("state"), state)));
}

QString requestLink(const QString &key)
{
    return QStringLiteral("/console/requests/") + esc(key);
}

// A JSON value as text: strings as they are, the rest compact.
QString text(const QJsonValue &v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isNull() || v.isUndefined()) {
        return QStringLiteral("—");
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("✓") : QStringLiteral("✗");
    }
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString section(const QString &title, const QString &body, const char *id)
{
    return QStringLiteral("<section id=\"%1\"><h2>%2</h2>%3</section>")
        .arg(QLatin1String(id), esc(title), body);
}

QString keyValueTable(const PageContext &c, const QJsonObject &o, const QStringList &skip)
{
    QString rows;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (skip.contains(it.key())) {
            continue;
        }
        rows +=
            QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                .arg(esc(html::label(c, QStringLiteral("field"), it.key())), esc(text(it.value())));
    }
    return rows.isEmpty()
               ? QString()
               : QStringLiteral("<table class=\"kv\">") + rows + QStringLiteral("</table>");
}

// What changes, old and new per field: `changes` [{field, old, new}] as the desktop's
// corrections write it, or `fields` {field: {old, new}}.
QString changes(const PageContext &c, const RequestDetail &r)
{
    const QJsonObject payload = r.envelope.value(QLatin1String("payload")).toObject();
    QList<std::tuple<QString, QJsonValue, QJsonValue>> list;
    for (const QJsonValue &v : payload.value(QLatin1String("changes")).toArray()) {
        const QJsonObject change = v.toObject();
        list.append({change.value(QLatin1String("field")).toString(),
                     change.value(QLatin1String("old")), change.value(QLatin1String("new"))});
    }
    const QJsonObject fields = payload.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        list.append(
            {it.key(), change.value(QLatin1String("old")), change.value(QLatin1String("new"))});
    }
    QString out;
    if (!list.isEmpty()) {
        out +=
            QStringLiteral("<table class=\"changes\"><thead><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th></tr></thead><tbody>")
                .arg(esc(c.t("request.field")), esc(c.t("request.old")), esc(c.t("request.new")));
        for (const auto &[field, before, after] : list) {
            out += QStringLiteral("<tr><th>%1</th><td class=\"old\">%2</td>"
                                  "<td class=\"new\">%3</td></tr>")
                       .arg(esc(html::label(c, QStringLiteral("field"), field)), esc(text(before)),
                            esc(text(after)));
        }
        out += QStringLiteral("</tbody></table>");
    }
    out += keyValueTable(c, payload,
                         {QStringLiteral("changes"), QStringLiteral("fields"),
                          QStringLiteral("location"), QStringLiteral("questionnaire")});
    return out.isEmpty()
               ? QStringLiteral("<p>") + esc(c.t("request.no_payload")) + QStringLiteral("</p>")
               : out;
}

QString householdTable(const PageContext &c, const HouseholdView &h)
{
    if (h.household.isEmpty()) {
        return QStringLiteral("<p>") + esc(c.t("request.household_unknown")) +
               QStringLiteral("</p>");
    }
    QJsonObject shown = h.household;
    shown.insert(
        QStringLiteral("status"),
        html::label(c, QStringLiteral("status"), shown.value(QLatin1String("status")).toString()));
    shown.insert(QStringLiteral("kk_number"),
                 html::masked(shown.value(QLatin1String("kk_number")).toString()));
    QString out = keyValueTable(c, shown, {QStringLiteral("village_code"), QStringLiteral("id")});
    out +=
        QStringLiteral("<table class=\"members\"><thead><tr><th>%1</th><th>%2</th><th>%3</th>"
                       "<th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>")
            .arg(esc(c.t("member.name")), esc(c.t("member.nik")), esc(c.t("member.relationship")),
                 esc(c.t("member.sex")), esc(c.t("member.birth_date")), esc(c.t("member.status")));
    for (const QJsonObject &m : h.members) {
        const auto v = [&](const char *k) { return m.value(QLatin1String(k)).toString(); };
        out += QStringLiteral("<tr><td>%1</td><td class=\"nik\">%2</td><td>%3</td><td>%4</td>"
                              "<td>%5</td><td>%6</td></tr>")
                   .arg(esc(v("name")), esc(html::masked(v("nik"))),
                        esc(html::label(c, QStringLiteral("relationship"), v("relationship"))),
                        esc(html::label(c, QStringLiteral("sex"), v("sex"))), esc(v("birth_date")),
                        esc(html::label(c, QStringLiteral("status"), v("status"))));
    }
    return out + QStringLiteral("</tbody></table>");
}

QString provenance(const PageContext &c, const RequestDetail &r)
{
    const QJsonObject &e = r.envelope;
    const QJsonObject approval = e.value(QLatin1String("approval")).toObject();
    const auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    QString out = QStringLiteral("<table class=\"kv\">");
    out += row(c.t("request.drafted_by"), e.value(QLatin1String("created_by")).toString());
    out +=
        row(c.t("request.drafted_at"), html::when(e.value(QLatin1String("created_at")).toString()));
    out += row(c.t("request.sent_by"), r.sentBy);
    out +=
        row(c.t("request.channel"), e.contains(QLatin1String("channel"))
                                        ? html::label(c, QStringLiteral("channel"),
                                                      e.value(QLatin1String("channel")).toString())
                                        : c.t("request.not_recorded"));
    out += row(c.t("request.approval"),
               approval.isEmpty()
                   ? c.t("request.not_recorded")
                   : html::label(c, QStringLiteral("basis"),
                                 approval.value(QLatin1String("basis")).toString()) +
                         QStringLiteral(" ") + approval.value(QLatin1String("number")).toString());
    out += QStringLiteral("</table>");
    const QJsonArray warnings = e.value(QLatin1String("warnings")).toArray();
    out += QStringLiteral("<h3>") + esc(c.t("request.warnings")) + QStringLiteral("</h3>");
    if (warnings.isEmpty()) {
        out += QStringLiteral("<p>") + esc(c.t("request.no_warnings")) + QStringLiteral("</p>");
    } else {
        out += QStringLiteral("<ul class=\"warnings\">");
        for (const QJsonValue &w : warnings) {
            out += QStringLiteral("<li>") +
                   esc(w.toObject().value(QLatin1String("message")).toString()) +
                   QStringLiteral("</li>");
        }
        out += QStringLiteral("</ul>");
    }
    if (r.deviceHistoryRewritten) {
        out += QStringLiteral("<p class=\"error\">") + esc(c.t("request.history_rewritten")) +
               QStringLiteral("</p>");
    }
    if (!r.conflict.isEmpty()) {
        out += QStringLiteral("<p class=\"error\">") + esc(c.t("request.conflict")) +
               QStringLiteral("</p>");
    }
    return out;
}

QString files(const PageContext &c, const RequestDetail &r)
{
    if (r.files.isEmpty()) {
        return QStringLiteral("<p>") + esc(c.t("request.no_files")) + QStringLiteral("</p>");
    }
    QString photos;
    QString documents;
    for (const RequestFile &f : r.files) {
        const QString href = requestLink(r.key) + QStringLiteral("/files/") + esc(f.sha256);
        const QString role = esc(html::label(c, QStringLiteral("role"), f.role));
        if (f.role.contains(QLatin1String("photo"))) {
            photos += QStringLiteral("<a class=\"photo\" href=\"%1\" target=\"_blank\" "
                                     "rel=\"noopener\"><img src=\"%1\" alt=\"%2\"></a>")
                          .arg(href, role);
        } else {
            documents += QStringLiteral("<li><a href=\"%1\">%2</a></li>").arg(href, role);
        }
    }
    return (photos.isEmpty() ? QString()
                             : QStringLiteral("<div class=\"photos\">") + photos +
                                   QStringLiteral("</div><p class=\"hint\">") +
                                   esc(c.t("request.photo_hint")) + QStringLiteral("</p>")) +
           (documents.isEmpty() ? QString()
                                : QStringLiteral("<ul>") + documents + QStringLiteral("</ul>"));
}

QString location(const PageContext &c, const QJsonObject &payload)
{
    const QJsonObject p = payload.value(QLatin1String("location")).toObject();
    if (p.isEmpty()) {
        return QStringLiteral("<p>") + esc(c.t("request.no_location")) + QStringLiteral("</p>");
    }
    const double lat = p.value(QLatin1String("latitude")).toDouble();
    const double lon = p.value(QLatin1String("longitude")).toDouble();
    const QJsonValue accuracy = p.value(QLatin1String("accuracy_m"));
    return QStringLiteral("<p class=\"gps\">%1, %2 · %3</p>")
        .arg(QString::number(lat, 'f', 6), QString::number(lon, 'f', 6),
             esc(accuracy.isDouble()
                     ? c.t("request.accuracy") + QStringLiteral(" ± ") +
                           QString::number(accuracy.toDouble(), 'f', 0) + QStringLiteral(" m")
                     : c.t("request.accuracy_unknown")));
}

// Who else in the regency has a NIK this request carries: never the NIK itself, the name masked.
QString sameNikList(const PageContext &c, const QList<RegencyMatch> &matches)
{
    if (matches.isEmpty()) {
        return QStringLiteral("<p>") + esc(c.t("request.same_nik_none")) + QStringLiteral("</p>");
    }
    QString items;
    for (const RegencyMatch &m : matches) {
        if (m.requestKey.isEmpty()) {
            items += QStringLiteral("<li>%1 <code>%2</code> · %3 <code>%4</code> · %5</li>")
                         .arg(esc(c.t("request.same_nik_person")), esc(m.personId),
                              esc(c.t("queue.village")), html::villageCell(m.villageCode),
                              esc(html::maskedName(m.name)));
        } else {
            items += QStringLiteral("<li>%1 <a href=\"%2\"><code>%3</code></a> · %4 "
                                    "<code>%5</code></li>")
                         .arg(esc(c.t("request.same_nik_request")), requestLink(m.requestKey),
                              esc(m.requestKey), esc(c.t("queue.village")),
                              html::villageCell(m.villageCode));
        }
    }
    return QStringLiteral("<p class=\"error\">") + esc(c.t("request.same_nik_found")) +
           QStringLiteral("</p><ul class=\"same-nik\">") + items + QStringLiteral("</ul>");
}

QString decisions(const PageContext &c, const RequestDetail &r)
{
    const QString action = requestLink(r.key) + QStringLiteral("/decide");
    const auto button = [&](const char *decision, const char *key, const char *cls) {
        return QStringLiteral(
                   "<form method=\"post\" action=\"%1\" class=\"decide\">%2"
                   "<input type=\"hidden\" name=\"decision\" value=\"%3\">"
                   "<button type=\"submit\" class=\"%4\" id=\"do-%3\">%5</button></form>")
            .arg(action, c.csrfField(), QLatin1String(decision), QLatin1String(cls), esc(c.t(key)));
    };
    if (r.state == QLatin1String("received")) {
        QString reasons = QStringLiteral("<option value=\"\">") + esc(c.t("reject.choose")) +
                          QStringLiteral("</option>");
        for (const QString &k : rejectReasons()) {
            reasons += QStringLiteral("<option value=\"%1\">%2</option>").arg(esc(k), esc(c.t(k)));
        }
        return button("verify", "decide.verify", "primary") +
               QStringLiteral(
                   "<form method=\"post\" action=\"%1\" class=\"decide reject\">%2"
                   "<input type=\"hidden\" name=\"decision\" value=\"reject\">"
                   "<label for=\"reason\">%3</label><select name=\"reason\" id=\"reason\">%4"
                   "</select><label for=\"reason_text\">%5</label>"
                   "<textarea name=\"reason_text\" id=\"reason_text\" maxlength=\"1500\" "
                   "rows=\"2\"></textarea><button type=\"submit\" class=\"danger\" "
                   "id=\"do-reject\">%6</button></form>")
                   .arg(action, c.csrfField(), esc(c.t("reject.reason")), reasons,
                        esc(c.t("reject.text")), esc(c.t("decide.reject")));
    }
    if (r.state == QLatin1String("verified") && r.kind != QLatin1String("verification")) {
        return button("ratify", "decide.ratify", "primary");
    }
    if (r.state == QLatin1String("ratified")) {
        return QStringLiteral("<form method=\"post\" action=\"%1\" class=\"decide\">%2"
                              "<input type=\"hidden\" name=\"decision\" value=\"finalize\">"
                              "<label for=\"decree\">%3</label><input name=\"reason_text\" "
                              "id=\"decree\" maxlength=\"200\"><button type=\"submit\" "
                              "class=\"primary\" id=\"do-finalize\">%4</button></form>")
            .arg(action, c.csrfField(), esc(c.t("decide.decree")), esc(c.t("decide.finalize")));
    }
    return QStringLiteral("<p>") + esc(c.t("decide.none")) + QStringLiteral("</p>");
}

QString history(const PageContext &c, const RequestDetail &r)
{
    QString out =
        QStringLiteral("<table class=\"history\"><tbody><tr><td>%1</td><td>%2</td>"
                       "<td></td><td></td></tr>")
            .arg(esc(html::when(r.receivedAt)), stateBadge(c, QStringLiteral("received")));
    for (const RequestEvent &e : r.events) {
        out +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(esc(html::when(e.at)), stateBadge(c, e.toState), esc(e.actor), esc(e.reason));
    }
    return out + QStringLiteral("</tbody></table>");
}

} // namespace

QStringList rejectReasons()
{
    return {QStringLiteral("reason.photo_mismatch"), QStringLiteral("reason.incomplete"),
            QStringLiteral("reason.no_minutes"),     QStringLiteral("reason.duplicate"),
            QStringLiteral("reason.not_eligible"),   QStringLiteral("reason.other")};
}

QStringList kinds()
{
    return {QStringLiteral("new_household"), QStringLiteral("new_member"),
            QStringLiteral("correction"),    QStringLiteral("program_proposal"),
            QStringLiteral("removal"),       QStringLiteral("relocation"),
            QStringLiteral("objection"),     QStringLiteral("citizen_proposal"),
            QStringLiteral("verification")};
}

QStringList states()
{
    return {QStringLiteral("received"), QStringLiteral("verified"),
            QStringLiteral("dinsos_rejected"), QStringLiteral("ratified"), QStringLiteral("final")};
}

QString signIn(const PageContext &c, const QByteArray &loginToken, const QString &username,
               const QString &error)
{
    const QString body =
        QStringLiteral("<section class=\"signin\"><h1>%1</h1><p>%2</p>%3"
                       "<form method=\"post\" action=\"/console/login\">"
                       "<input type=\"hidden\" name=\"login_token\" value=\"%4\">"
                       "<label for=\"username\">%5</label><input name=\"username\" id=\"username\" "
                       "autocomplete=\"username\" required maxlength=\"64\" value=\"%6\">"
                       "<label for=\"password\">%7</label><input type=\"password\" "
                       "name=\"password\" id=\"password\" autocomplete=\"current-password\" "
                       "required maxlength=\"1024\"><button type=\"submit\" class=\"primary\" "
                       "id=\"sign-in\">%8</button></form></section>")
            .arg(esc(c.t("signin.title")), esc(c.t("signin.intro")), notices({}, error),
                 esc(QString::fromLatin1(loginToken)), esc(c.t("signin.username")), esc(username),
                 esc(c.t("signin.password")), esc(c.t("signin.submit")));
    return html::page(c, c.t("signin.title"), {}, body);
}

QString queue(const PageContext &c, const QueueFilter &f, const QueuePage &page,
              const QStringList &villages, const QString &notice, const QString &error)
{
    // The counts per state, each a link to the queue of that state with the other filters.
    const auto href = [&](const QString &state, int pageNo) {
        QUrlQuery q;
        const auto add = [&](const char *k, const QString &v) {
            if (!v.isEmpty()) {
                q.addQueryItem(QLatin1String(k), v);
            }
        };
        add("village", f.villageCode);
        add("kind", f.kind);
        add("household", f.householdId);
        add("state", state);
        if (pageNo > 0) {
            q.addQueryItem(QStringLiteral("page"), QString::number(pageNo));
        }
        const QString query = q.toString(QUrl::FullyEncoded);
        return esc(QStringLiteral("/console/queue") +
                   (query.isEmpty() ? QString() : QStringLiteral("?") + query));
    };
    QString counts = QStringLiteral("<ul class=\"counts\">");
    for (const QString &s : states()) {
        counts +=
            QStringLiteral("<li><a href=\"%1\"%2>%3 <b>%4</b></a></li>")
                .arg(href(s, 0), s == f.state ? QStringLiteral(" class=\"active\"") : QString(),
                     esc(html::label(c, QStringLiteral("state"), s)),
                     QString::number(page.byState.value(s)));
    }
    counts += QStringLiteral("</ul>");
    const auto kindText = [&](const QString &k) {
        return html::label(c, QStringLiteral("kind"), k);
    };
    const auto stateText = [&](const QString &s) {
        return html::label(c, QStringLiteral("state"), s);
    };
    const QString filters =
        QStringLiteral("<form method=\"get\" action=\"/console/queue\" class=\"filters\">"
                       "<label for=\"f-village\">%1</label>%2<label for=\"f-kind\">%3</label>%4"
                       "<label for=\"f-state\">%5</label>%6%7<button type=\"submit\">%8</button>"
                       "</form><form method=\"post\" action=\"/console/search\" class=\"search\">"
                       "%9")
            .arg(esc(c.t("queue.village")),
                 select("village", c.t("queue.all"), villages, html::villageName, f.villageCode),
                 esc(c.t("queue.kind")),
                 select("kind", c.t("queue.all"), kinds(), kindText, f.kind),
                 esc(c.t("queue.state")),
                 select("state", c.t("queue.all"), states(), stateText, f.state),
                 f.householdId.isEmpty()
                     ? QString()
                     : QStringLiteral("<input type=\"hidden\" name=\"household\" value=\"") +
                           esc(f.householdId) + QStringLiteral("\">"),
                 esc(c.t("queue.filter")), c.csrfField()) +
        QStringLiteral("<label for=\"q\">%1</label><input name=\"q\" id=\"q\" maxlength=\"64\" "
                       "size=\"30\" placeholder=\"%2\"><button type=\"submit\">%3</button></form>")
            .arg(esc(c.t("queue.search")), esc(c.t("queue.search_hint")),
                 esc(c.t("queue.search_button")));
    const bool ratifying = f.state == QLatin1String("verified");
    QString rows;
    for (const QueueRow &r : page.rows) {
        rows +=
            QStringLiteral("<tr>%1<td><a href=\"%2\">%3</a></td><td>%4</td><td>%5</td>"
                           "<td>%6</td><td>%7%8</td><td>%9</td></tr>")
                .arg(ratifying ? QStringLiteral("<td><input type=\"checkbox\" name=\"keys\" "
                                                "form=\"ratify\" value=\"") +
                                     esc(r.key) + QStringLiteral("\"></td>")
                               : QString(),
                     requestLink(r.key), esc(r.key.left(8)), esc(html::when(r.receivedAt)),
                     html::villageCell(r.villageCode),
                     esc(html::label(c, QStringLiteral("kind"), r.kind)), stateBadge(c, r.state),
                     (r.conflict ? QStringLiteral(" <span class=\"flag\">") +
                                       esc(c.t("queue.conflict")) + QStringLiteral("</span>")
                                 : QString()) +
                         (r.conflictOfInterest ? u' ' + recommendation::badge(c) : QString()),
                     esc(r.householdId));
    }
    const int pages = int((page.total + QueueFilter::kPageSize - 1) / QueueFilter::kPageSize);
    QString pager = QStringLiteral("<p class=\"pager\">") + esc(c.t("queue.total")) +
                    QStringLiteral(" ") + QString::number(page.total);
    if (f.page > 0) {
        pager += QStringLiteral(" <a href=\"%1\" rel=\"prev\">%2</a>")
                     .arg(href(f.state, f.page - 1), esc(c.t("queue.previous")));
    }
    if (pages > 1) {
        pager +=
            QStringLiteral(" · %1 %2/%3")
                .arg(esc(c.t("queue.page")), QString::number(f.page + 1), QString::number(pages));
    }
    if (f.page + 1 < pages) {
        pager += QStringLiteral(" <a href=\"%1\" rel=\"next\">%2</a>")
                     .arg(href(f.state, f.page + 1), esc(c.t("queue.next")));
    }
    pager += QStringLiteral("</p>");
    const QString table =
        rows.isEmpty()
            ? QStringLiteral("<p class=\"empty\">") + esc(c.t("queue.empty")) +
                  QStringLiteral("</p>")
            : QStringLiteral("<table class=\"queue\"><thead><tr>%1<th>%2</th><th>%3</th>"
                             "<th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr></thead><tbody>")
                      .arg(ratifying ? QStringLiteral("<th><input type=\"checkbox\" "
                                                      "id=\"select-all\" title=\"") +
                                           esc(c.t("queue.select_all")) + QStringLiteral("\"></th>")
                                     : QString(),
                           esc(c.t("queue.key")), esc(c.t("queue.received")),
                           esc(c.t("queue.village")), esc(c.t("queue.kind")),
                           esc(c.t("queue.state")), esc(c.t("queue.household"))) +
                  rows + QStringLiteral("</tbody></table>");
    const QString ratifyForm =
        ratifying && !rows.isEmpty()
            ? QStringLiteral("<form method=\"post\" action=\"/console/ratify\" id=\"ratify\">%1"
                             "<button type=\"submit\" class=\"primary\" id=\"do-ratify-many\">"
                             "%2</button></form>")
                  .arg(c.csrfField(), esc(c.t("queue.ratify_selected")))
            : QString();
    return html::page(c, c.t("queue.title"), QStringLiteral("queue"),
                      QStringLiteral("<h1>") + esc(c.t("queue.title")) + QStringLiteral("</h1>") +
                          notices(notice, error) + counts + filters + table + ratifyForm + pager);
}

QString request(const PageContext &c, const RequestDetail &r, const HouseholdView &household,
                const QList<RegencyMatch> &sameNik, const std::optional<VillageCentre> &centre,
                const QString &notice, const QString &error)
{
    const QJsonObject payload = r.envelope.value(QLatin1String("payload")).toObject();
    QString body =
        QStringLiteral("<p class=\"back\"><a href=\"/console/queue\">%1</a></p>"
                       "<h1>%2 %3</h1><p class=\"meta\">%4 · %5 %6 · %7 %8 · %9</p>")
            .arg(esc(c.t("request.back")), esc(html::label(c, QStringLiteral("kind"), r.kind)),
                 stateBadge(c, r.state), html::villageCell(r.villageCode),
                 esc(c.t("queue.household")),
                 esc(r.householdId.isEmpty() ? QStringLiteral("—") : r.householdId),
                 esc(c.t("queue.received")), esc(html::when(r.receivedAt)),
                 QStringLiteral("<code>") + esc(r.key) + QStringLiteral("</code>"));
    if (recommendation::flagged(r.envelope)) {
        body += QStringLiteral("<p class=\"meta\">") + recommendation::badge(c) +
                QStringLiteral("</p>");
    }
    if (!r.personId.isEmpty()) {
        QString name;
        for (const QJsonObject &m : household.members) {
            if (m.value(QLatin1String("id")).toString() == r.personId) {
                name = m.value(QLatin1String("name")).toString();
            }
        }
        body += QStringLiteral("<p class=\"meta\">%1 <code>%2</code> %3</p>")
                    .arg(esc(c.t("request.person")), esc(r.personId), esc(name));
    }
    body += notices(notice, error);
    body += QStringLiteral("<div class=\"columns\"><div>");
    body += section(c.t("request.changes"), changes(c, r), "changes");
    body += section(c.t("request.household"), householdTable(c, household), "household");
    if (payload.value(QLatin1String("questionnaire")).isObject()) {
        body +=
            section(c.t("request.questionnaire"),
                    keyValueTable(c, payload.value(QLatin1String("questionnaire")).toObject(), {}),
                    "questionnaire");
    }
    const QJsonObject visit = r.envelope.value(QLatin1String("visit")).toObject();
    if (!visit.isEmpty()) {
        body += section(c.t("request.visit"), ConsoleVisit::section(c, visit, household, centre),
                        "visit");
    }
    body += QStringLiteral("</div><div>");
    body += section(c.t("request.decide"), decisions(c, r), "decide");
    body += section(c.t("request.provenance"), provenance(c, r), "provenance");
    body += section(c.t("request.recommendation"), recommendation::section(c, r.envelope),
                    "recommendation");
    body += section(c.t("request.photos"), files(c, r), "photos");
    body += section(c.t("request.location"), location(c, payload), "location");
    body += section(c.t("request.same_nik"), sameNikList(c, sameNik), "same-nik");
    body += section(c.t("request.history"), history(c, r), "history");
    body += QStringLiteral("</div></div>");
    return html::page(c, html::label(c, QStringLiteral("kind"), r.kind), QStringLiteral("queue"),
                      body);
}

QString summary(const PageContext &c, const QList<VillageSummary> &villages,
                const QDateTime &monthStart)
{
    QString rows;
    VillageSummary total{c.t("summary.total"), 0, 0, 0, 0, 0, -1};
    for (const VillageSummary &v : villages) {
        total.arrivedThisMonth += v.arrivedThisMonth;
        total.waitingVerification += v.waitingVerification;
        total.waitingRatification += v.waitingRatification;
        total.waitingFinal += v.waitingFinal;
        rows += QStringLiteral("<tr><th><a href=\"/console/queue?village=%1\">%7</a></th>"
                               "<td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(v.villageCode), QString::number(v.arrivedThisMonth),
                         QString::number(v.waitingVerification),
                         QString::number(v.waitingRatification), QString::number(v.waitingFinal),
                         v.averageHours < 0 ? QStringLiteral("—")
                                            : esc(QString::number(v.averageHours / 24.0, 'f', 1) +
                                                  QStringLiteral(" ") + c.t("summary.days")),
                         html::villageCell(v.villageCode));
    }
    const QString table =
        rows.isEmpty()
            ? QStringLiteral("<p class=\"empty\">") + esc(c.t("summary.empty")) +
                  QStringLiteral("</p>")
            : QStringLiteral("<table class=\"summary\"><thead><tr><th>%1</th><th>%2</th>"
                             "<th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>")
                      .arg(esc(c.t("queue.village")), esc(c.t("summary.arrived")),
                           esc(c.t("summary.waiting_verification")),
                           esc(c.t("summary.waiting_ratification")),
                           esc(c.t("summary.waiting_final")), esc(c.t("summary.average"))) +
                  rows +
                  QStringLiteral("</tbody><tfoot><tr><th>%1</th><td>%2</td><td>%3</td>"
                                 "<td>%4</td><td>%5</td><td></td></tr></tfoot></table>")
                      .arg(esc(total.villageCode), QString::number(total.arrivedThisMonth),
                           QString::number(total.waitingVerification),
                           QString::number(total.waitingRatification),
                           QString::number(total.waitingFinal));
    return html::page(c, c.t("summary.title"), QStringLiteral("summary"),
                      QStringLiteral("<h1>%1</h1><p class=\"meta\">%2 %3</p>")
                              .arg(esc(c.t("summary.title")), esc(c.t("summary.month_from")),
                                   esc(monthStart.toString(QStringLiteral("dd-MM-yyyy")))) +
                          table);
}

QString message(const PageContext &c, const QString &title, const QString &text)
{
    return html::page(c, title, {},
                      QStringLiteral("<h1>%1</h1><p>%2</p><p><a href=\"/console/queue\">%3</a></p>")
                          .arg(esc(title), esc(text), esc(c.t("request.back"))));
}

} // namespace tepat::central::console::pages
