#include "core/demo/DemoDuplicates.h"

#include <QStringList>

#include <algorithm>

namespace tepat::demo {

const char *DemoDuplicates::code(DuplicateKind kind)
{
    switch (kind) {
    case DuplicateKind::NikSubstitution:
        return "nik_substitution";
    case DuplicateKind::NikTransposition:
        return "nik_transposition";
    case DuplicateKind::DayMonthSwapped:
        return "day_month_swapped";
    case DuplicateKind::OldSpelling:
        return "old_spelling";
    case DuplicateKind::WordOrder:
        return "word_order";
    case DuplicateKind::MuhammadShortened:
        return "muhammad_shortened";
    case DuplicateKind::LetterDropped:
        return "letter_dropped";
    case DuplicateKind::HouseholdTwice:
        return "household_twice";
    }
    return "";
}

QList<DuplicateKind> DemoDuplicates::personKinds()
{
    return {DuplicateKind::NikSubstitution, DuplicateKind::NikTransposition,
            DuplicateKind::DayMonthSwapped, DuplicateKind::OldSpelling,
            DuplicateKind::WordOrder,       DuplicateKind::MuhammadShortened,
            DuplicateKind::LetterDropped};
}

QString DemoDuplicates::oldSpelling(const QString &name)
{
    // Back to the spelling before 1972: j→dj first, then y→j, c→tj, u→oe.
    QString out;
    for (QChar c : name) {
        const bool upper = c.isUpper();
        const QChar l = c.toLower();
        QString piece;
        if (l == u'j') {
            piece = QStringLiteral("dj");
        } else if (l == u'y') {
            piece = QStringLiteral("j");
        } else if (l == u'c') {
            piece = QStringLiteral("tj");
        } else if (l == u'u') {
            piece = QStringLiteral("oe");
        } else {
            out += c;
            continue;
        }
        if (upper) {
            piece[0] = piece[0].toUpper();
        }
        out += piece;
    }
    return out == name ? QString() : out;
}

QString DemoDuplicates::reversedWords(const QString &name)
{
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2) {
        return {};
    }
    std::reverse(words.begin(), words.end());
    return words.join(u' ');
}

QString DemoDuplicates::shortenedMuhammad(const QString &name)
{
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (w == QLatin1String("Muhammad") || w == QLatin1String("Mochamad") ||
            w == QLatin1String("Mochammad")) {
            w = QStringLiteral("M.");
            return words.join(u' ');
        }
    }
    return {};
}

QString DemoDuplicates::droppedLetter(const QString &name, int choice)
{
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    int longest = -1;
    for (int i = 0; i < words.size(); ++i) {
        if (words[i].size() >= 5 && (longest < 0 || words[i].size() > words[longest].size())) {
            longest = i;
        }
    }
    if (longest < 0) {
        return {};
    }
    QString &w = words[longest];
    const int position = 1 + choice % int(w.size() - 2); // never the first or last letter
    if (w[position] == w[position - 1] || w[position] == w[position + 1]) {
        return {}; // dropping one of a doubled letter changes nothing the matcher sees
    }
    w.remove(position, 1);
    return words.join(u' ');
}

QString DemoDuplicates::substitutedDigit(const QString &nik, int position, int delta)
{
    if (nik.size() != 16 || position < 0 || position > 3 || delta % 10 == 0) {
        return {};
    }
    QString out = nik;
    const int index = 12 + position;
    const int digit = (out[index].digitValue() + delta) % 10;
    out[index] = QChar(u'0' + digit);
    return out.mid(12) == QLatin1String("0000") ? QString() : out;
}

QString DemoDuplicates::transposedDigits(const QString &nik, int position)
{
    if (nik.size() != 16 || position < 0 || position > 2) {
        return {};
    }
    const int index = 12 + position;
    if (nik[index] == nik[index + 1]) {
        return {};
    }
    QString out = nik;
    std::swap(out[index], out[index + 1]);
    return out.mid(12) == QLatin1String("0000") ? QString() : out;
}

} // namespace tepat::demo
