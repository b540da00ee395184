#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace tepat::sync {

struct JsonLimits
{
    qint64 maxBytes;
    int maxDepth;
    int maxString;
    // Refuse C0 control characters other than tab, line feed and carriage return, and DEL,
    // anywhere in a string or a key (json.control_character). The server reads every request
    // this way: PostgreSQL cannot store U+0000 and no field of the protocol needs the others.
    bool refuseControlCharacters = false;
};

// Parses a JSON object within limits (size, nesting depth, string length): the only way
// either side reads a body from the other.
Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const JsonLimits &limits);
int jsonDepth(const QJsonValue &value, int stopAfter);
// U+0000–U+001F except tab, LF and CR, and U+007F.
bool hasControlCharacter(const QString &text);

// Reads typed fields of one object and keeps the first problem, with the field's path, as an
// Indonesian message ("kolom items[3].key harus berupa teks").
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    explicit JsonReader(QJsonObject object, QString path = {});

    QString string(const char *key, int maxLength, bool required = true);
    std::optional<qint64> integer(const char *key, qint64 min, qint64 max, bool required = true);
    bool boolean(const char *key, bool required = true);
    QJsonObject object(const char *key, bool required = true);
    QJsonArray array(const char *key, int maxCount, bool required = true);
    QDateTime timestamp(const char *key, bool required = true);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    void fail(const QString &field, const QString &problem);
    QString path(const char *key) const;

private:
    QJsonValue take(const char *key, bool required);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

bool isUuid(const QString &text);
// The one stored form of a UUID: lower case, with hyphens, without braces.
QString canonicalUuid(const QString &text);

} // namespace tepat::sync
