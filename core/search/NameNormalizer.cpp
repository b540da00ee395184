#include "core/search/NameNormalizer.h"

namespace tepat {

namespace {

bool isAsciiAlnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Characters that join a name rather than separate it: Ma'ruf, Nur`aini.
bool isJoiner(unsigned char c)
{
    return c == '\'' || c == '`';
}

// Non-ASCII input: strip diacritics and lower-case through Qt, keep letters and digits.
std::string foldUnicode(std::string_view utf8)
{
    const QString decomposed = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()))
                                   .normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isMark()) {
            continue;
        }
        if (c == u'\u2019' || c == u'\u2018') {
            kept.append(u'\'');
        } else if (c.isLetterOrNumber()) {
            kept.append(c.toLower());
        } else {
            kept.append(u' ');
        }
    }
    return kept.toStdString();
}

} // namespace

void NameNormalizer::foldToken(std::string &token)
{
    std::string out;
    out.reserve(token.size() + 2);
    for (int pass = 0; pass < 4; ++pass) {
        out.clear();
        for (size_t i = 0; i < token.size(); ++i) {
            const char c = token[i];
            const char next = i + 1 < token.size() ? token[i + 1] : '\0';
            if (c == 'o' && next == 'e') {
                out += 'u';
                ++i;
            } else if (c == 'd' && next == 'j') {
                out += 'j';
                ++i;
            } else if (c == 't' && next == 'j') {
                out += 'c';
                ++i;
            } else if (c == 's' && next == 'j') {
                out += "sy";
                ++i;
            } else if (c == 'n' && next == 'j') {
                out += "ny";
                ++i;
            } else if (c == 'c' && next == 'h') {
                out += "kh";
                ++i;
            } else if (!out.empty() && out.back() == c && c >= 'a' && c <= 'z') {
                // Doubled letter written once.
            } else {
                out += c;
            }
        }
        if (out == token) {
            return;
        }
        token.swap(out);
    }
}

std::string NameNormalizer::normalizeUtf8(std::string_view utf8)
{
    bool ascii = true;
    for (unsigned char c : utf8) {
        if (c >= 0x80) {
            ascii = false;
            break;
        }
    }
    std::string folded;
    if (!ascii) {
        folded = foldUnicode(utf8);
        utf8 = folded;
    }

    std::string result;
    result.reserve(utf8.size());
    std::string token;
    const auto flush = [&] {
        if (token.empty()) {
            return;
        }
        foldToken(token);
        if (!result.empty()) {
            result += ' ';
        }
        result += token;
        token.clear();
    };
    for (unsigned char c : utf8) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<unsigned char>(c + ('a' - 'A'));
        }
        if (isAsciiAlnum(c) || c >= 0x80) {
            token += static_cast<char>(c);
        } else if (!isJoiner(c)) {
            flush();
        }
    }
    flush();
    return result;
}

QString NameNormalizer::normalize(QStringView name)
{
    const QByteArray utf8 = name.toUtf8();
    return QString::fromStdString(
        normalizeUtf8(std::string_view(utf8.constData(), size_t(utf8.size()))));
}

QStringList NameNormalizer::tokens(QStringView name)
{
    return normalize(name).split(u' ', Qt::SkipEmptyParts);
}

} // namespace tepat
