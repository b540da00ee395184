#include "sync/server/console/ConsoleText.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tepat::central::console {

const ConsoleText &ConsoleText::catalogue()
{
    static const ConsoleText text = [] {
        QFile file(QStringLiteral(":/console/text.json"));
        return parse(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }();
    return text;
}

ConsoleText ConsoleText::parse(const QByteArray &json)
{
    ConsoleText text;
    const QJsonObject all = QJsonDocument::fromJson(json).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        text.m_texts.insert(it.key(), {entry.value(QLatin1String("id")).toString(),
                                       entry.value(QLatin1String("en")).toString()});
    }
    return text;
}

QString ConsoleText::get(Language language, const QString &key) const
{
    const auto it = m_texts.constFind(key);
    const QString text =
        it == m_texts.cend() ? QString() : (language == Language::English ? it->second : it->first);
    return text.isEmpty() ? QStringLiteral("⟦%1⟧").arg(key) : text;
}

QStringList ConsoleText::missing(Language language) const
{
    QStringList keys;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QString &text = language == Language::English ? it->second : it->first;
        if (text.trimmed().isEmpty()) {
            keys << it.key();
        }
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

Language ConsoleText::choose(const QByteArray &cookie, const QByteArray &acceptLanguage)
{
    if (cookie == "en") {
        return Language::English;
    }
    if (cookie == "id") {
        return Language::Indonesian;
    }
    // "en-GB,en;q=0.9,id;q=0.8": the highest q among id/en wins, the first one on a tie.
    double best = -1;
    Language chosen = Language::Indonesian;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> fields = part.trimmed().split(';');
        const QByteArray tag = fields.value(0).trimmed().toLower();
        double q = 1;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QByteArray f = fields[i].trimmed();
            if (f.startsWith("q=")) {
                q = f.mid(2).toDouble();
            }
        }
        const bool english = tag == "en" || tag.startsWith("en-");
        const bool indonesian = tag == "id" || tag.startsWith("id-") || tag == "in";
        if ((english || indonesian) && q > best) {
            best = q;
            chosen = english ? Language::English : Language::Indonesian;
        }
    }
    return chosen;
}

QString ConsoleText::code(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("id");
}

} // namespace tepat::central::console
