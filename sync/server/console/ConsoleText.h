#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace tepat::central::console {

enum class Language
{
    Indonesian,
    English
};

// The console's own words in Indonesian and English, from the catalogue shipped in the binary
// (:/console/text.json, {"key": {"id": "…", "en": "…"}}). A key without a text renders as
// ⟦key⟧, which the tests look for on every page.
class ConsoleText
{
public:
    static const ConsoleText &catalogue();

    QString get(Language language, const QString &key) const;
    bool has(const QString &key) const { return m_texts.contains(key); }
    QStringList keys() const { return m_texts.keys(); }
    // Keys of the catalogue without a text in `language`.
    QStringList missing(Language language) const;

    // The `tepat_lang` cookie ("id" or "en") first, then the browser's Accept-Language
    // (the first of id/en it prefers); Indonesian otherwise.
    static Language choose(const QByteArray &cookie, const QByteArray &acceptLanguage);
    static QString code(Language language);

    // Reads a catalogue (the tests give it their own text too).
    static ConsoleText parse(const QByteArray &json);

private:
    QHash<QString, std::pair<QString, QString>> m_texts; // key → (id, en)
};

} // namespace tepat::central::console
