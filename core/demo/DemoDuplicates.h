#pragma once

#include <QList>
#include <QString>

namespace tepat::demo {

// The mistakes that put one person in the register twice, as the demo generator plants them
// (and the matcher's tests and benchmark expect to find them).
enum class DuplicateKind
{
    NikSubstitution,   // one digit of the NIK mistyped
    NikTransposition,  // two adjacent digits of the NIK swapped
    DayMonthSwapped,   // day and month of the birth date swapped, registered without NIK
    OldSpelling,       // Suparman written Soeparman, Cahyono written Tjahjono
    WordOrder,         // the words of the name in another order, registered without NIK
    MuhammadShortened, // "M." for Muhammad
    LetterDropped,     // a letter of the name left out
    HouseholdTwice     // the whole family registered again
};

struct PlantedDuplicate
{
    QString originalId;
    QString duplicateId;
    DuplicateKind kind = DuplicateKind::NikSubstitution;
};

// Text mutations; each returns an empty string when it does not apply to the input.
struct DemoDuplicates
{
    static const char *code(DuplicateKind kind);
    static QList<DuplicateKind> personKinds(); // all but HouseholdTwice

    static QString oldSpelling(const QString &name);
    static QString reversedWords(const QString &name);
    static QString shortenedMuhammad(const QString &name);
    static QString droppedLetter(const QString &name, int choice);
    // The NIK with serial digit `position` (0..3) changed by `delta` (1..9), or the serial's
    // adjacent digits `position`, `position`+1 swapped.
    static QString substitutedDigit(const QString &nik, int position, int delta);
    static QString transposedDigits(const QString &nik, int position);
};

} // namespace tepat::demo
