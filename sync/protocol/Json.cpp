#include "sync/protocol/Json.h"
#include "core/common/Clock.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace tepat::sync {

namespace {

enum class StringProblem
{
    None,
    TooLong,
    Control
};

StringProblem checkString(const QString &s, const JsonLimits &limits)
{
    if (s.size() > limits.maxString) {
        return StringProblem::TooLong;
    }
    if (limits.refuseControlCharacters && hasControlCharacter(s)) {
        return StringProblem::Control;
    }
    return StringProblem::None;
}

StringProblem checkStrings(const QJsonValue &value, const JsonLimits &limits)
{
    if (value.isString()) {
        return checkString(value.toString(), limits);
    }
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (const StringProblem p = checkStrings(v, limits); p != StringProblem::None) {
                return p;
            }
        }
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (const StringProblem p = checkString(it.key(), limits); p != StringProblem::None) {
                return p;
            }
            if (const StringProblem p = checkStrings(it.value(), limits);
                p != StringProblem::None) {
                return p;
            }
        }
    }
    return StringProblem::None;
}

} // namespace

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f;
    });
}

int jsonDepth(const QJsonValue &value, int stopAfter)
{
    if (stopAfter < 0) {
        return 0;
    }
    int deepest = 0;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            deepest = qMax(deepest, jsonDepth(v, stopAfter - 1));
        }
        return deepest + 1;
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            deepest = qMax(deepest, jsonDepth(it.value(), stopAfter - 1));
        }
        return deepest + 1;
    }
    return 0;
}

Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const JsonLimits &limits)
{
    if (bytes.size() > limits.maxBytes) {
        return Error{QStringLiteral("json.too_large"),
                     JsonReader::tr("Isi pesan terlalu besar (%1 byte; paling banyak %2).")
                         .arg(bytes.size())
                         .arg(limits.maxBytes)};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{QStringLiteral("json.invalid"),
                     JsonReader::tr("Isi pesan bukan JSON yang sah (%1 pada posisi %2).")
                         .arg(parseError.error != QJsonParseError::NoError
                                  ? parseError.errorString()
                                  : JsonReader::tr("bukan objek"))
                         .arg(parseError.offset)};
    }
    const QJsonObject object = doc.object();
    if (jsonDepth(object, limits.maxDepth + 1) > limits.maxDepth) {
        return Error{QStringLiteral("json.too_deep"),
                     JsonReader::tr("Isi pesan bersarang terlalu dalam (paling banyak %1 tingkat).")
                         .arg(limits.maxDepth)};
    }
    switch (checkStrings(object, limits)) {
    case StringProblem::None:
        break;
    case StringProblem::TooLong:
        return Error{QStringLiteral("json.string_too_long"),
                     JsonReader::tr("Ada teks yang terlalu panjang (paling banyak %1 karakter).")
                         .arg(limits.maxString)};
    case StringProblem::Control:
        return Error{QStringLiteral("json.control_character"),
                     JsonReader::tr("Ada teks yang berisi karakter kendali (misalnya NUL); hapus "
                                    "karakter itu dari isian lalu kirim lagi.")};
    }
    return object;
}

JsonReader::JsonReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{}

QString JsonReader::path(const char *key) const
{
    return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + u'.' + QLatin1String(key);
}

void JsonReader::fail(const QString &field, const QString &problem)
{
    if (!m_error) {
        m_error = Error{QStringLiteral("request.invalid"),
                        tr("Isi pesan tidak valid: kolom %1 %2.").arg(field, problem)};
    }
}

QJsonValue JsonReader::take(const char *key, bool required)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if ((v.isUndefined() || v.isNull()) && required) {
        fail(path(key), tr("wajib ada"));
    }
    return v;
}

QString JsonReader::string(const char *key, int maxLength, bool required)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (!v.isString()) {
        fail(path(key), tr("harus berupa teks"));
        return {};
    }
    if (v.toString().size() > maxLength) {
        fail(path(key), tr("lebih dari %1 karakter").arg(maxLength));
        return {};
    }
    return v.toString();
}

std::optional<qint64> JsonReader::integer(const char *key, qint64 min, qint64 max, bool required)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined() || v.isNull()) {
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
        fail(path(key), tr("harus bilangan bulat %1–%2").arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(d);
}

bool JsonReader::boolean(const char *key, bool required)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined() || v.isNull()) {
        return false;
    }
    if (!v.isBool()) {
        fail(path(key), tr("harus true atau false"));
        return false;
    }
    return v.toBool();
}

QJsonObject JsonReader::object(const char *key, bool required)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (!v.isObject()) {
        fail(path(key), tr("harus berupa objek"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const char *key, int maxCount, bool required)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (!v.isArray()) {
        fail(path(key), tr("harus berupa daftar"));
        return {};
    }
    if (v.toArray().size() > maxCount) {
        fail(path(key), tr("berisi lebih dari %1 unsur").arg(maxCount));
        return {};
    }
    return v.toArray();
}

QDateTime JsonReader::timestamp(const char *key, bool required)
{
    const QString s = string(key, 40, required);
    if (s.isEmpty()) {
        return {};
    }
    const QDateTime at = parseStoredTime(s);
    if (!at.isValid()) {
        fail(path(key), tr("bukan waktu ISO 8601"));
    }
    return at;
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QString canonicalUuid(const QString &text)
{
    return QUuid::fromString(text).toString(QUuid::WithoutBraces);
}

} // namespace tepat::sync
