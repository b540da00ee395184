#include "core/letters/TemplateText.h"

#include <QRegularExpression>

namespace tepat {

namespace {

struct Filled
{
    QString text;
    bool missing = false;
};

struct Parser
{
    explicit Parser(const QString &t, const TemplateText::Values *v = nullptr)
        : text(t)
        , values(v)
    {}

    const QString &text;
    const TemplateText::Values *values = nullptr; // null: only collect names
    QStringList names;
    QString error;
    qsizetype i = 0;

    Filled parse(int depth)
    {
        Filled out;
        while (i < text.size()) {
            if (text.mid(i, 2) == QLatin1String("[[")) {
                i += 2;
                const Filled inner = parse(depth + 1);
                if (!inner.missing) {
                    out.text += inner.text;
                }
                continue;
            }
            if (text.mid(i, 2) == QLatin1String("]]")) {
                if (depth == 0) {
                    error = TemplateText::tr("Ada \"]]\" tanpa \"[[\" pembukanya.");
                    out.text += text.mid(i, 2);
                    i += 2;
                    continue;
                }
                i += 2;
                return out;
            }
            if (text[i] == u'{') {
                const qsizetype close = text.indexOf(u'}', i);
                if (close < 0) {
                    error = TemplateText::tr("Ada \"{\" tanpa \"}\" penutupnya.");
                    out.text += text.mid(i);
                    i = text.size();
                    break;
                }
                const QString inside = text.mid(i + 1, close - i - 1);
                i = close + 1;
                const qsizetype bar = inside.indexOf(u'|');
                const QString name = (bar < 0 ? inside : inside.left(bar)).trimmed();
                static const QRegularExpression valid(QStringLiteral("^[a-z_]+$"));
                if (!valid.match(name).hasMatch()) {
                    error = TemplateText::tr("Isian \"{%1}\" tidak sah: nama isian hanya huruf "
                                             "kecil dan garis bawah.")
                                .arg(inside);
                    continue;
                }
                if (!names.contains(name)) {
                    names << name;
                }
                const QString value = values ? values->value(name).trimmed() : QString();
                if (!value.isEmpty()) {
                    out.text += value;
                } else if (bar >= 0) {
                    out.text += inside.mid(bar + 1);
                } else {
                    out.missing = true;
                    out.text += TemplateText::kMissing;
                }
                continue;
            }
            out.text += text[i];
            ++i;
        }
        if (depth > 0) {
            error = TemplateText::tr("Ada \"[[\" tanpa \"]]\" penutupnya.");
        }
        return out;
    }
};

// Leaving out an optional part can leave double spaces or a space before punctuation.
QString tidy(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t]{2,}"));
    static const QRegularExpression beforePunctuation(QStringLiteral("[ \\t]+([,.;:)])"));
    text.replace(spaces, QStringLiteral(" "));
    text.replace(beforePunctuation, QStringLiteral("\\1"));
    return text.trimmed();
}

} // namespace

Status TemplateText::validate(const QString &text, const QStringList &known)
{
    Parser parser(text);
    parser.parse(0);
    if (!parser.error.isEmpty()) {
        return Error{QStringLiteral("template.syntax"), parser.error};
    }
    QStringList unknown;
    for (const QString &name : std::as_const(parser.names)) {
        if (!known.contains(name)) {
            unknown << QLatin1Char('{') + name + QLatin1Char('}');
        }
    }
    if (!unknown.isEmpty()) {
        return Error{QStringLiteral("template.unknown_placeholder"),
                     tr("Isian tidak dikenal: %1. Isian yang tersedia: %2.")
                         .arg(unknown.join(QStringLiteral(", ")),
                              QStringLiteral("{") + known.join(QStringLiteral("}, {")) +
                                  QStringLiteral("}"))};
    }
    return {};
}

QString TemplateText::fill(const QString &text, const Values &values)
{
    Parser parser(text, &values);
    return tidy(parser.parse(0).text);
}

QStringList TemplateText::placeholders(const QString &text)
{
    Parser parser(text);
    parser.parse(0);
    return parser.names;
}

} // namespace tepat
