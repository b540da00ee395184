#include "core/questionnaire/QuestionnaireDefinition.h"

#include "core/common/Language.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace tepat {

QString QuestionnaireText::text() const
{
    return Language::current() == QLatin1String("en") && !en.isEmpty() ? en : id;
}

const QuestionnaireOption *QuestionnaireQuestion::option(const QString &code) const
{
    for (const QuestionnaireOption &o : options) {
        if (o.code == code) {
            return &o;
        }
    }
    return nullptr;
}

const QuestionnaireQuestion *
QuestionnaireDefinition::question(const QString &questionId, const QuestionnaireBlock **block) const
{
    for (const QuestionnaireBlock &b : m_blocks) {
        for (const QuestionnaireQuestion &q : b.questions) {
            if (q.id == questionId) {
                if (block) {
                    *block = &b;
                }
                return &q;
            }
        }
    }
    return nullptr;
}

namespace {

// Reads one definition; the first problem found stops it (problem() is then non-empty).
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireDefinition)

public:
    QString problem;

    bool fail(const QString &where, const QString &what)
    {
        if (problem.isEmpty()) {
            problem = QStringLiteral("%1: %2").arg(where, what);
        }
        return false;
    }

    bool text(const QJsonValue &value, const QString &where, QuestionnaireText &out)
    {
        const QJsonObject o = value.toObject();
        out.id = o.value(QLatin1String("id")).toString().trimmed();
        out.en = o.value(QLatin1String("en")).toString().trimmed();
        return !out.id.isEmpty() || fail(where, tr("teks bahasa Indonesia (\"id\") kosong"));
    }

    bool options(const QJsonArray &array, const QString &where, QList<QuestionnaireOption> &out)
    {
        if (array.isEmpty()) {
            return fail(where, tr("pertanyaan pilihan tanpa kode jawaban"));
        }
        QSet<QString> codes;
        for (const QJsonValue &v : array) {
            QuestionnaireOption option;
            option.code = v.toObject().value(QLatin1String("code")).toString();
            if (option.code.isEmpty() || codes.contains(option.code)) {
                return fail(where, tr("kode jawaban \"%1\" kosong atau ganda").arg(option.code));
            }
            codes.insert(option.code);
            if (!text(v.toObject().value(QLatin1String("label")),
                      where + QLatin1Char('/') + option.code, option.label)) {
                return false;
            }
            out << option;
        }
        return true;
    }

    std::optional<NumberRange> range(const QJsonValue &value, const QString &where)
    {
        if (value.isUndefined()) {
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        const QJsonValue min = o.value(QLatin1String("min"));
        const QJsonValue max = o.value(QLatin1String("max"));
        if (!min.isDouble() || !max.isDouble() || min.toDouble() > max.toDouble()) {
            fail(where, tr("rentang harus berisi angka \"min\" dan \"max\" dengan min ≤ max"));
            return std::nullopt;
        }
        return NumberRange{min.toDouble(), max.toDouble()};
    }

    // A skip rule or check condition, naming only questions in `known` (asked before).
    bool condition(const QJsonObject &c, const QString &where,
                   const QHash<QString, QuestionnaireQuestion> &known)
    {
        static const QStringList comparisons{QStringLiteral("gte"), QStringLiteral("lte"),
                                             QStringLiteral("gt"), QStringLiteral("lt")};
        for (const char *group : {"all", "any"}) {
            if (c.contains(QLatin1String(group))) {
                const QJsonArray parts = c.value(QLatin1String(group)).toArray();
                if (parts.isEmpty()) {
                    return fail(where, tr("\"%1\" tanpa syarat").arg(QLatin1String(group)));
                }
                for (const QJsonValue &p : parts) {
                    if (!condition(p.toObject(), where, known)) {
                        return false;
                    }
                }
                return true;
            }
        }
        if (c.contains(QLatin1String("not"))) {
            return condition(c.value(QLatin1String("not")).toObject(), where, known);
        }
        int compared = 0;
        for (const QString &op : comparisons) {
            if (c.contains(op)) {
                if (!c.value(op).isDouble()) {
                    return fail(where, tr("\"%1\" harus berupa angka").arg(op));
                }
                ++compared;
            }
        }
        if (c.contains(QLatin1String("context"))) {
            return compared > 0 || fail(where, tr("syarat konteks tanpa perbandingan angka"));
        }
        const QString name = c.value(QLatin1String("question")).toString();
        if (name.isEmpty()) {
            return fail(where, tr("syarat tanpa \"question\", \"context\", \"all\" atau \"any\""));
        }
        const auto found = known.find(name);
        if (found == known.end()) {
            return fail(
                where, tr("syarat menyebut pertanyaan \"%1\" yang tidak ada sebelumnya").arg(name));
        }
        const QuestionnaireQuestion &target = found.value();
        for (const char *list : {"in", "not_in"}) {
            if (!c.contains(QLatin1String(list))) {
                continue;
            }
            const QJsonArray codes = c.value(QLatin1String(list)).toArray();
            if (codes.isEmpty()) {
                return fail(where, tr("daftar \"%1\" kosong").arg(QLatin1String(list)));
            }
            for (const QJsonValue &code : codes) {
                if (target.type == QuestionType::Choice && !target.option(code.toString())) {
                    return fail(where, tr("kode \"%1\" bukan jawaban pertanyaan \"%2\"")
                                           .arg(code.toString(), name));
                }
            }
            ++compared;
        }
        if (c.contains(QLatin1String("answered"))) {
            ++compared;
        }
        if (compared == 0) {
            return fail(where, tr("syarat atas \"%1\" tanpa \"in\", \"not_in\", \"answered\" "
                                  "atau perbandingan")
                                   .arg(name));
        }
        return true;
    }

    bool question(const QJsonObject &o, const QString &where, const QJsonObject &optionSets,
                  const QHash<QString, QuestionnaireQuestion> &known, QuestionnaireQuestion &q)
    {
        q.id = o.value(QLatin1String("id")).toString();
        static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
        if (!idPattern.match(q.id).hasMatch()) {
            return fail(where, tr("id pertanyaan \"%1\" harus huruf kecil, angka dan _").arg(q.id));
        }
        const QString path = where + QLatin1Char('/') + q.id;
        if (!text(o.value(QLatin1String("label")), path, q.label)) {
            return false;
        }
        q.required = o.value(QLatin1String("required")).toBool();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("choice")) {
            q.type = QuestionType::Choice;
            QJsonArray array = o.value(QLatin1String("options")).toArray();
            if (o.contains(QLatin1String("options_ref"))) {
                const QString ref = o.value(QLatin1String("options_ref")).toString();
                if (!optionSets.contains(ref)) {
                    return fail(path, tr("kumpulan jawaban \"%1\" tidak ada").arg(ref));
                }
                array = optionSets.value(ref).toArray();
            }
            if (!options(array, path, q.options)) {
                return false;
            }
        } else if (type == QLatin1String("number")) {
            q.type = QuestionType::Number;
            q.decimals = o.value(QLatin1String("decimals")).toInt(0);
            q.unit = o.value(QLatin1String("unit")).toString();
            q.range = range(o.value(QLatin1String("range")), path);
            q.expected = range(o.value(QLatin1String("expected")), path);
            if (!problem.isEmpty()) {
                return false;
            }
            if (!q.range) {
                return fail(path, tr("pertanyaan angka tanpa rentang \"range\""));
            }
        } else if (type == QLatin1String("text")) {
            q.type = QuestionType::Text;
            q.maxLength = o.value(QLatin1String("max_length")).toInt(0);
            q.pattern = o.value(QLatin1String("pattern")).toString();
            if (!q.pattern.isEmpty() && !QRegularExpression(q.pattern).isValid()) {
                return fail(path, tr("pola \"%1\" tidak sah").arg(q.pattern));
            }
        } else {
            return fail(
                path, tr("jenis pertanyaan \"%1\" tidak dikenal (choice, number, text)").arg(type));
        }
        q.showIf = o.value(QLatin1String("show_if")).toObject();
        return q.showIf.isEmpty() || condition(q.showIf, path, known);
    }
};

} // namespace

Result<QuestionnaireDefinition> QuestionnaireDefinition::parse(const QByteArray &json)
{
    const auto malformed = [](const QString &detail) {
        return Error{QStringLiteral("questionnaire.malformed"),
                     tr("Definisi kuesioner tidak sah (%1). Pasang ulang Tepat atau hubungi "
                        "pengelola aplikasi.")
                         .arg(detail)};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return malformed(tr("bukan JSON yang utuh di posisi %1").arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != kFormat) {
        return malformed(tr("format %1 tidak dikenal")
                             .arg(root.value(QLatin1String("format")).toVariant().toString()));
    }
    QuestionnaireDefinition def;
    def.m_id = root.value(QLatin1String("id")).toString();
    def.m_version = root.value(QLatin1String("version")).toInt();
    if (def.m_id.isEmpty() || def.m_version < 1) {
        return malformed(tr("id atau versi kosong"));
    }
    Parser parser;
    if (!parser.text(root.value(QLatin1String("title")), QStringLiteral("title"), def.m_title)) {
        return malformed(parser.problem);
    }
    const QJsonObject optionSets = root.value(QLatin1String("option_sets")).toObject();
    const QJsonArray blocks = root.value(QLatin1String("blocks")).toArray();
    if (blocks.isEmpty()) {
        return malformed(tr("tanpa blok"));
    }
    QSet<QString> ids;
    // Questions a skip rule may name: the household's, and those of the person blocks so far.
    QHash<QString, QuestionnaireQuestion> household;
    QHash<QString, QuestionnaireQuestion> person;
    for (const QJsonValue &bv : blocks) {
        const QJsonObject bo = bv.toObject();
        QuestionnaireBlock block;
        block.id = bo.value(QLatin1String("id")).toString();
        const QString where = QStringLiteral("blocks/") + block.id;
        const QString scope = bo.value(QLatin1String("scope")).toString();
        if (block.id.isEmpty() || ids.contains(block.id)) {
            return malformed(tr("id blok \"%1\" kosong atau ganda").arg(block.id));
        }
        ids.insert(block.id);
        if (scope != QLatin1String("household") && scope != QLatin1String("person")) {
            return malformed(
                tr("%1: cakupan \"%2\" tidak dikenal (household, person)").arg(where, scope));
        }
        block.scope = scope == QLatin1String("person") ? QuestionnaireScope::Person
                                                       : QuestionnaireScope::Household;
        if (!parser.text(bo.value(QLatin1String("title")), where, block.title)) {
            return malformed(parser.problem);
        }
        auto &known = block.scope == QuestionnaireScope::Person ? person : household;
        QHash<QString, QuestionnaireQuestion> visible = household;
        if (block.scope == QuestionnaireScope::Person) {
            visible.insert(person);
        }
        block.showIf = bo.value(QLatin1String("show_if")).toObject();
        if (!block.showIf.isEmpty() && !parser.condition(block.showIf, where, visible)) {
            return malformed(parser.problem);
        }
        const QJsonArray questions = bo.value(QLatin1String("questions")).toArray();
        if (questions.isEmpty()) {
            return malformed(tr("%1: blok tanpa pertanyaan").arg(where));
        }
        for (const QJsonValue &qv : questions) {
            QuestionnaireQuestion q;
            if (!parser.question(qv.toObject(), where, optionSets, visible, q)) {
                return malformed(parser.problem);
            }
            if (ids.contains(q.id)) {
                return malformed(tr("%1: id \"%2\" ganda").arg(where, q.id));
            }
            ids.insert(q.id);
            block.questions << q;
            visible.insert(q.id, q);
        }
        for (const QJsonValue &cv : bo.value(QLatin1String("checks")).toArray()) {
            const QJsonObject co = cv.toObject();
            QuestionnaireCheck check;
            check.id = co.value(QLatin1String("id")).toString();
            check.warning =
                co.value(QLatin1String("severity")).toString() != QLatin1String("error");
            check.when = co.value(QLatin1String("when")).toObject();
            check.field = co.value(QLatin1String("field")).toString();
            const QString path = where + QStringLiteral("/checks/") + check.id;
            if (check.id.isEmpty() || check.when.isEmpty() || !visible.contains(check.field)) {
                return malformed(
                    tr("%1: pemeriksaan perlu id, \"when\" dan \"field\" yang ada").arg(path));
            }
            if (!parser.condition(check.when, path, visible) ||
                !parser.text(co.value(QLatin1String("message")), path, check.message)) {
                return malformed(parser.problem);
            }
            block.checks << check;
        }
        for (const QuestionnaireQuestion &q : std::as_const(block.questions)) {
            known.insert(q.id, q);
        }
        def.m_blocks << block;
    }
    return def;
}

} // namespace tepat
