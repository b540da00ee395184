#pragma once

#include <QStringList>

namespace tepat::demo {

// Word lists for synthetic demo data: common Indonesian (mostly Javanese, as in Kediri) given
// names, combined at random, so no generated person is a real one.
struct DemoNames
{
    static const QStringList &maleOlder(); // born before about 1975
    static const QStringList &femaleOlder();
    static const QStringList &maleYounger();
    static const QStringList &femaleYounger();
    static const QStringList &secondNamesMale();
    static const QStringList &secondNamesFemale();
    // Pre-1972 spellings for the oldest people, by sex (a wife is never "Soeparman").
    static const QStringList &oldSpellingsMale();
    static const QStringList &oldSpellingsFemale();
    static const QStringList &birthPlaces();
    // Adults' occupations by sex, as often as a poor village has them.
    static const QStringList &occupationsMale();
    static const QStringList &occupationsFemale();
    static const QStringList &streets();
};

} // namespace tepat::demo
